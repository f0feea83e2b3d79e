#!/usr/bin/env bash
# Renders the same right-to-left projector slides twice — with Café Host's own drawing and with
# headless Chromium, same font, sizes and colours — so the PNGs can be put side by side.
# Installs Chromium, a virtual display and the Noto fonts from Debian's packages if missing
# (needs root or sudo for that). Usage: scripts/compare-rtl.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/rtl-compare}
mkdir -p "$out"
out=$(cd "$out" && pwd)
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
if [[ ${#need[@]} -gt 0 ]]; then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
cargo build --example rtl_preview
preview=target/debug/examples/rtl_preview

# The texts, exactly as the preview draws them.
question_heading="السؤال 1 من 6"
question="عندما تتخيّل طفلك وقد كبر، كيف تتمنى أن تكون حياته؟ وما الذي يساعده على الوصول إلى ذلك؟"
move_ar="من فضلكم انتقلوا إلى طاولة جديدة"
move_en="Please move to a new table"

for size in 1024x768 1920x1080; do
  w=${size%x*} h=${size#*x}
  # The preview's proportions: unit = min(h, 0.6 w); margin = max(12, 5% of the short side).
  read -r big small margin top gap < <(python3 -c "
w, h = $w, $h
unit = min(h, w * 0.6)
margin = max(12, min(w, h) * 0.05)
print(round(unit * 0.08), round(unit * 0.045), margin, (h - 2 * margin) * 0.15, unit * 0.03)")
  for slide in question bilingual; do
    XDG_DATA_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 ${w}x${h}x24" "$preview" "$slide" "$size" "$out/egui-$slide-$size.png"
    if [[ $slide == question ]]; then
      body="<p class=small style=\"color:#F2DE9C\">$question_heading</p><div style=\"height:${gap}px\"></div><p class=big>$question</p>"
    else
      body="<p class=big>$move_ar</p><div style=\"height:${gap}px\"></div><p class=small style=\"color:#F2DE9C\">$move_en</p>"
    fi
    html="$out/chromium-$slide-$size.html"
    cat >"$html" <<HTML
<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; background: #101418; width: ${w}px; height: ${h}px; overflow: hidden; }
main { position: absolute; left: ${margin}px; top: ${margin}px; right: ${margin}px; padding-top: ${top}px;
       font-family: "Noto Naskh Arabic", "Ubuntu", sans-serif; color: #F4F4F0; text-align: center; }
p { margin: 0; unicode-bidi: plaintext; }
.big { font-size: ${big}px; } .small { font-size: ${small}px; }
</style></head><body><main>$body</main></body></html>
HTML
    chromium --headless --no-sandbox --disable-gpu --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$(mktemp -d)" --hide-scrollbars --window-size="$w,$h" \
      --screenshot="$out/chromium-$slide-$size.png" "file://$html" 2>/dev/null
  done
done
ls -1 "$out"/*.png
