#!/usr/bin/env bash
# Installs the system packages Café Host needs on Debian or Ubuntu: the X11/Wayland and
# software OpenGL libraries the window uses (no GPU needed), the Noto fonts for Arabic, Hebrew,
# Chinese/Japanese/Korean, Devanagari, Thai, Ethiopic, Khmer and more (the app finds installed
# fonts for scripts its bundled fonts lack; the tests check that it does), Symbola for the emoji
# the bundled emoji font lacks, plus rustfmt and clippy.
# Safe to run again; it only installs what is missing. Needs root (or sudo).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
packages=(libgl1 libegl1 libgl1-mesa-dri libx11-6 libxcursor1 libxrandr2 libxi6
          libxkbcommon0 libxkbcommon-x11-0 libwayland-client0 ca-certificates
          fonts-noto-core fonts-noto-cjk fonts-symbola)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]] && command -v apt-get >/dev/null; then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if command -v rustup >/dev/null; then
  rustup component add rustfmt clippy >/dev/null 2>&1 || true
fi
