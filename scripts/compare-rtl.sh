#!/usr/bin/env bash
# Renders the same right-to-left projector slides twice — with Café Host's own projector view
# (an Arabic-first café with English on screen) and with headless Chromium, same texts, fonts
# and colours — and puts each pair side by side (side-SLIDE-SIZE.png: Café Host left).
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
command -v convert >/dev/null || need+=(imagemagick)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
if [[ ${#need[@]} -gt 0 ]]; then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
cargo build --example rtl_preview
preview=target/debug/examples/rtl_preview

# The texts, exactly as the projector shows them (the bundled guide's first question, the
# room catalogue's slide words).
question_heading="السؤال 1 من 6  ·  Question 1 of 6"
question="عندما تتخيّل طفلك وقد كبر، كيف تتمنى أن تكون حياته؟"
question_en="When you picture your child grown up, what do you hope their life is like?"
move_ar="من فضلكم انتقلوا إلى طاولة جديدة"
move_en="Please move to a new table"
hint_ar="مضيفو الطاولات، من فضلكم ابقوا في أماكنكم ورحّبوا بضيوفكم الجدد."
hint_en="Table hosts, please stay and welcome your new guests."

for size in 1024x768 1920x1080; do
  w=${size%x*} h=${size#*x}
  # The preview's proportions: unit = min(h, 0.6 w); margin = max(12, 5% of the short side).
  read -r big small margin top gap < <(python3 -c "
w, h = $w, $h
unit = min(h, w * 0.6)
margin = max(12, min(w, h) * 0.05)
print(round(unit * 0.09), round(unit * 0.045), margin, (h - 2 * margin) * 0.05, unit * 0.03)")
  for slide in question bilingual; do
    XDG_DATA_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 ${w}x${h}x24" "$preview" "$slide" "$size" "$out/egui-$slide-$size.png"
    if [[ $slide == question ]]; then
      body="<p class=small style=\"color:#F2DE9C\">$question_heading</p><p class=big>$question</p><div style=\"height:${gap}px\"></div><p class=mid style=\"color:#F2DE9C\">$question_en</p>"
    else
      body="<p class=big>$move_ar</p><p class=mid style=\"color:#F2DE9C\">$move_en</p><div style=\"height:${gap}px\"></div><p class=small style=\"color:#F2DE9C\">$hint_ar</p><p class=small style=\"color:#F2DE9C\">$hint_en</p>"
    fi
    html="$out/chromium-$slide-$size.html"
    cat >"$html" <<HTML
<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; background: #101418; width: ${w}px; height: ${h}px; overflow: hidden; }
main { position: absolute; left: ${margin}px; top: ${margin}px; right: ${margin}px; padding-top: ${top}px;
       font-family: "Ubuntu", "Noto Sans Arabic", sans-serif; color: #F4F4F0; text-align: center; }
p { margin: 0; unicode-bidi: plaintext; }
.big { font-size: ${big}px; } .mid { font-size: calc(${big}px * 0.75); } .small { font-size: ${small}px; }
</style></head><body><main>$body</main></body></html>
HTML
    chromium --headless --no-sandbox --disable-gpu --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$(mktemp -d)" --hide-scrollbars --window-size="$w,$h" \
      --screenshot="$out/chromium-$slide-$size.png" "file://$html" 2>/dev/null
    convert "$out/egui-$slide-$size.png" "$out/chromium-$slide-$size.png" +append "$out/side-$slide-$size.png"
  done
done
ls -1 "$out"/side-*.png
