#!/usr/bin/env bash
# Renders the same right-to-left projector slides twice — with Café Host's own projector view
# (an Arabic-first café with English on screen) and with headless Chromium, same texts, fonts
# and colours — and puts each pair side by side (side-SLIDE-SIZE.png: Café Host left).
# Then opens an Arabic café (the one the tests walk every page with) in the real app and puts
# its screens beside Chromium's drawing of the same words, to compare word order:
# side-screen-themes.png and side-screen-closing.png (the room's theme and closing slides),
# side-screen-points.png (the presenter's discussion points and facilitator notes) and
# side-screen-notes.png (the Tables page's note list).
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
command -v xdotool >/dev/null || need+=(xdotool)
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

# The real app, on an Arabic café.
cafes="$out/cafes"
rm -rf "$cafes"
CAFE_HOST_RTL_CAFES="$cafes" cargo test --quiet --test all -- --ignored --exact \
  rtl_everywhere::write_the_arabic_cafes_for_the_comparison >/dev/null
cargo build --quiet
app=target/debug/cafe-host
# shellcheck source=scripts/xvfb.sh
source scripts/xvfb.sh
start_xvfb 2600x900 || exit 1
app_pid=""
trap '[[ -z $app_pid ]] || kill "$app_pid" 2>/dev/null; kill "$xvfb_pid" 2>/dev/null' EXIT
window() { # NAME-PATTERN: the app's visible window whose name matches, waited for
  for _ in $(seq 1 80); do
    local w
    w=$(xdotool search --all --pid "$app_pid" --onlyvisible --name "$1" 2>/dev/null | head -1 || true)
    [[ -z $w ]] || { echo "$w"; return 0; }
    sleep 0.25
  done
  echo "no window \"$1\" appeared" >&2
  return 1
}
# Open CAFE with its projector beside the console, press KEYS in the console, save both.
screens() {
  local name=$1 cafe=$2 keys=$3 console projector data
  # A copy of its own in a data folder of its own: the café opens as it was written.
  data=$(mktemp -d)
  cp "$cafes/$cafe.ron" "$data/$cafe.ron"
  "$app" --data-dir "$data" --projector "$data/$cafe.ron" >"$out/app-$name.log" 2>&1 &
  app_pid=$!
  console=$(window "^Caf.+ Host$")
  projector=$(window "projector")
  xdotool windowsize "$console" 1366 768 windowmove "$console" 0 0
  xdotool windowsize "$projector" 1024 768 windowmove "$projector" 1450 0
  sleep 1
  xdotool windowfocus --sync "$console"
  for key in $keys; do xdotool key "$key"; sleep 0.4; done
  sleep 1.5
  import -window "$console" "$out/egui-console-$name.png"
  import -window "$projector" "$out/egui-projector-$name.png"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}
screens question question ""
screens notes question "F3"
screens harvest harvest "h"
screens closing closing ""

# The same words in Chromium, each paragraph `dir=auto` as the exports write them.
page() { # NAME WIDTH HEIGHT BACKGROUND COLOUR SIZE BODY
  local html="$out/chromium-screen-$1.html"
  cat >"$html" <<HTML
<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; background: $4; width: $2px; height: $3px; overflow: hidden; }
main { padding: 24px; font-family: "Ubuntu", "Noto Sans Arabic", sans-serif; color: $5; font-size: $6px; }
p { margin: 0 0 0.6em; unicode-bidi: plaintext; }
</style></head><body><main>$7</main></body></html>
HTML
  chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d)" --hide-scrollbars --window-size="$2,$3" \
    --screenshot="$out/chromium-screen-$1.png" "file://$html" 2>/dev/null
}
# The words of tests/all/rtl_everywhere.rs's café.
title="مقهى الآباء في مدرسة النور"
point="القراءة مع الأطفال كل يوم"
facilitator="اترك وقتا للصمت"
note="نقرأ قصة قبل النوم 20 دقيقة"
theme="القراءة في البيت"
commitment="سأقرأ مع ابني كل مساء"
table="طاولة الزيتون"
room="#101418" ink="#F4F4F0" desk="#F4F1EA" text="#202020"
page themes 1024 768 "$room" "$ink" 48 "<p dir=auto>$theme</p><p dir=auto style=\"font-size:28px\">1 · $table</p>"
page closing 1024 768 "$room" "$ink" 40 "<p dir=auto>$title</p><p dir=auto style=\"font-size:30px\">$commitment — $table</p>"
page points 1366 768 "$desk" "$text" 18 "<p dir=auto>$point</p><p dir=auto>$point</p><p dir=auto>$facilitator</p>"
page notes 1366 768 "$desk" "$text" 18 "<p dir=auto>$table</p><p dir=auto>$note</p>"
convert "$out/egui-projector-harvest.png" "$out/chromium-screen-themes.png" +append "$out/side-screen-themes.png"
convert "$out/egui-projector-closing.png" "$out/chromium-screen-closing.png" +append "$out/side-screen-closing.png"
convert "$out/egui-console-question.png" "$out/chromium-screen-points.png" +append "$out/side-screen-points.png"
convert "$out/egui-console-notes.png" "$out/chromium-screen-notes.png" +append "$out/side-screen-notes.png"
ls -1 "$out"/side-*.png
