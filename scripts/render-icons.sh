#!/usr/bin/env bash
# Renders the app icon (assets/icons/org.cafehost.CafeHost.svg, drawn by hand) to the PNG sizes
# desktops look for, under assets/icons/hicolor/. The PNGs are committed, so building the app or
# its package never needs this; run it again after changing the drawing.
# Needs rsvg-convert (Debian/Ubuntu: librsvg2-bin, installed here when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
id=org.cafehost.CafeHost
svg=assets/icons/$id.svg
if ! command -v rsvg-convert >/dev/null; then
  apt-get install -y -qq --no-install-recommends librsvg2-bin >/dev/null
fi
for size in 16 24 32 48 64 128 256; do
  dir=assets/icons/hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$dir/$id.png"
done
echo "icons rendered: $(ls assets/icons/hicolor | tr '\n' ' ')"
