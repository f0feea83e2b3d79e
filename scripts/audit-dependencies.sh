#!/usr/bin/env bash
# Audits the dependency tree with cargo-deny: every licence is one we can ship under
# MIT/Apache-2.0, no crate comes from outside crates.io, and no crate appears in two
# versions without a reason (see deny.toml). Installs cargo-deny with cargo once (kept in
# cargo's own bin folder, so later runs on the same machine skip the build).
# The security-advisory check needs the RustSec database from the network; it runs when
# that database is reachable and is skipped with a note when it is not (offline builds).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if ! command -v cargo-deny >/dev/null; then
  cargo install --locked --quiet --no-default-features cargo-deny@0.20.2
fi
# The audit reads every crate in Cargo.lock, for every platform (not only those this build
# downloads), so fetch them all first.
cargo fetch --locked --quiet
cargo deny --offline check bans licenses sources
if timeout 60 cargo deny fetch db >/dev/null 2>&1; then
  cargo deny check advisories
else
  echo "dependency audit: the advisory database could not be fetched (no network); licences, sources and bans were checked"
fi
