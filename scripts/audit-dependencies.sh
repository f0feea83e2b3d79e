#!/usr/bin/env bash
# Audits the dependency tree with cargo-deny: every licence is one we can ship under
# MIT/Apache-2.0, no crate comes from outside crates.io, and no crate appears in two
# versions without a reason (see deny.toml). Installs cargo-deny into target/tools once.
# The security-advisory check needs the RustSec database from the network; it runs when
# that database is reachable and is skipped with a note when it is not (offline builds).
set -euo pipefail
cd "$(dirname "$0")/.."
tools="$PWD/target/tools"
if ! command -v cargo-deny >/dev/null && [[ ! -x $tools/bin/cargo-deny ]]; then
  cargo install --locked --quiet --no-default-features --root "$tools" cargo-deny@0.20.2
fi
export PATH="$tools/bin:$PATH"
cargo deny --offline check bans licenses sources
if timeout 60 cargo deny fetch db >/dev/null 2>&1; then
  cargo deny check advisories
else
  echo "dependency audit: the advisory database could not be fetched (no network); licences, sources and bans were checked"
fi
