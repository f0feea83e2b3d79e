#!/usr/bin/env bash
# Builds the Debian package of Café Host with cargo-deb, configured in Cargo.toml under
# [package.metadata.deb]: the release binary, the desktop entry, the icon at every size, the
# AppStream metainfo, the café file type, the guides, the README and the licences, with the
# window, OpenGL and font packages the app needs as its dependencies. Prints the .deb's path
# (under target/debian/) as its last line.
#
#   scripts/package-deb.sh [cargo-deb options]     # e.g. --no-build to package the release
#                                                  # binary already in target/release
#
# Installs cargo-deb with cargo once (kept in cargo's own bin folder, so later runs on the same
# machine skip the build), and dpkg-dev (dpkg-shlibdeps finds the libraries the binary links)
# when missing, on Debian/Ubuntu as root.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cargo_deb_version=3.8.0
if [[ $(cargo-deb --version 2>/dev/null) != *"$cargo_deb_version"* ]]; then
  cargo install --locked --quiet "cargo-deb@$cargo_deb_version"
fi
if ! command -v dpkg-shlibdeps >/dev/null; then
  apt-get install -y -qq --no-install-recommends dpkg-dev >/dev/null
fi
cargo deb --locked "$@"
