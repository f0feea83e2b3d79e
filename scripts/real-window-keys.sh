#!/usr/bin/env bash
# Real keys in real windows: runs the app on a desk of two monitors (the laptop, 1366×768, and
# a projector, 1024×768) with a window manager, types with xdotool as a note-taker, a host at
# the sign-in desk, a clicker and a guide's author would, stops the app the way the system does
# (SIGTERM, or kill -9 for the editor) and checks the session and guide files and where the
# windows are (xwininfo, xprop). Covers what widget tests cannot: keyboard focus after a click,
# the text a chord also types, the projector's fullscreen window on its own screen, a clean stop
# by the operating system, a guide editor killed before saving, and a note typed on an Arabic
# keyboard layout (setxkbmap ara). Saves a PNG of each step in
# OUT (default target/real-window) to look at.
#
#   scripts/real-window-keys.sh [OUT]
#
# The desk is an Xorg server with the "dummy" driver (two monitors through xrandr) and
# openbox; plain Xvfb shows the app one monitor and has no window manager. Needs Debian
# packages, installed here when missing (as root).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/real-window}
app=target/debug/cafe-host
[[ -x $app ]] || cargo build --quiet --locked
tools=(Xorg openbox xrandr xdotool import xwininfo xprop setxkbmap)
missing=0
for t in "${tools[@]}"; do command -v "$t" >/dev/null || missing=1; done
[[ -e /usr/lib/xorg/modules/drivers/dummy_drv.so ]] || missing=1
if [[ $missing -eq 1 ]]; then
  apt-get install -y -qq --no-install-recommends xserver-xorg-core xserver-xorg-video-dummy \
    x11-xserver-utils x11-utils x11-xkb-utils xkb-data openbox xdotool imagemagick >/dev/null
fi
mkdir -p "$out"
work=$(mktemp -d)
main=1366x768 second=1024x768
# A modeline good enough for the dummy driver.
modeline() {
  local w=${1%x*} h=${1#*x}
  echo "$1_m $(( w * h * 60 / 1000000 + 1 )) $w $(( w + 48 )) $(( w + 80 )) $(( w + 160 )) $h $(( h + 3 )) $(( h + 8 )) $(( h + 30 )) -hsync +vsync"
}
cat >"$work/xorg.conf" <<CONF
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Monitor"
  Identifier "mon0"
  HorizSync 5.0 - 1000.0
  VertRefresh 5.0 - 200.0
  Modeline "${main}_m" $(modeline "$main" | cut -d" " -f2-)
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "mon0"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual 2400 800
    Modes "${main}_m"
  EndSubSection
EndSection
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoAddGPU" "false"
  Option "DontVTSwitch" "true"
EndSection
CONF
n=$(( 200 + RANDOM % 200 ))
while [[ -e /tmp/.X$n-lock ]]; do n=$(( n + 1 )); done
display=":$n"
Xorg "$display" -config "$work/xorg.conf" -logfile "$work/xorg.log" -noreset >/dev/null 2>&1 &
xorg=$!
pid=""
wm=""
cleanup() {
  [[ -z $pid ]] || kill "$pid" 2>/dev/null || true
  [[ -z $wm ]] || kill "$wm" 2>/dev/null || true
  kill "$xorg" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=$display XDG_RUNTIME_DIR=$work
for _ in $(seq 50); do xrandr >/dev/null 2>&1 && break; sleep 0.1; done
xrandr >/dev/null 2>&1 || { echo "the X server did not start:"; tail -20 "$work/xorg.log"; exit 1; }
# The laptop's screen, then the projector's to its right.
# shellcheck disable=SC2046
xrandr --newmode $(modeline "$main" | sed 's/_m /_laptop /') >/dev/null 2>&1 || true
xrandr --addmode DUMMY0 "${main}_laptop" >/dev/null 2>&1 || true
xrandr --output DUMMY0 --mode "${main}_laptop" --primary >/dev/null 2>&1
# shellcheck disable=SC2046
xrandr --newmode $(modeline "$second") >/dev/null 2>&1 || true
xrandr --addmode DUMMY1 "${second}_m" >/dev/null 2>&1
xrandr --output DUMMY1 --mode "${second}_m" --right-of DUMMY0 >/dev/null 2>&1
xrandr --listmonitors >"$out/monitors.txt" 2>&1
openbox >/dev/null 2>&1 &
wm=$!
sleep 1
example=sessions/2026-11-12_our-children-our-school_5e1f2a9c.ron
failures=0
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }

# Start the app on a fresh copy of the example café, with ARGS, and focus its window.
start() {
  rm -rf "$work/data"
  mkdir -p "$work/data/sessions"
  cp "$example" "$work/data/sessions/"
  file="$work/data/sessions/$(basename "$example")"
  "$app" --data-dir "$work/data" "$@" "$file" >"$out/app.log" 2>&1 &
  pid=$!
  focus_window
}

# Wait for the app's window (process $pid) and give it the keyboard.
focus_window() {
  for _ in $(seq 1 40); do
    window=$(xdotool search --pid "$pid" --onlyvisible 2>/dev/null | head -1 || true)
    [[ -z $window ]] || break
    sleep 0.25
  done
  [[ -n $window ]] || { fail "the window did not open"; cat "$out/app.log"; exit 1; }
  sleep 1.5
  xdotool windowfocus --sync "$window"
}

# Ask the app to stop as logout or shutdown does, and wait for it.
stop() {
  kill -TERM "$pid"
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then fail "SIGTERM did not close the app"; kill -9 "$pid"; fi
  pid=""
  [[ ! -e "$file.lock" ]] || fail "the lock file was left behind after SIGTERM"
}

shot() { import -window root "$out/$1.png"; }

echo "1. Table mode: a click takes the keyboard from the note box; typing must still land in it."
start --table 2
before=$(grep -m1 "current:" "$file")
xdotool mousemove 660 400 click 1
sleep 0.5
xdotool type --delay 40 "to b t"
xdotool key Next
sleep 0.5
shot 1-table-mode-typed
xdotool key Return
sleep 1.5
shot 2-table-mode-added
grep -q 'text: "to b t"' "$file" || fail "the note typed after the click was not saved"
[[ $(grep -m1 "current:" "$file") == "$before" ]] || fail "keys typed in table mode moved the café"
grep -q "running_since: Some" "$file" && fail "a typed t started the timer"
stop

echo "2. Tables page: Alt+1 tags without typing 1; the clicker's Page Down moves the café."
start
xdotool key F3
sleep 0.8
xdotool key alt+1
xdotool type --delay 40 "Read together"
xdotool key Next
sleep 0.8
shot 3-tables-page-down
xdotool key Return
sleep 1.5
shot 4-tables-added
grep -q 'text: "Read together"' "$file" || fail "the note with Alt+1 was not saved as typed"
grep -A3 'text: "Read together"' "$file" | grep -q Idea || fail "Alt+1 did not tag the note"
[[ $(grep -m1 "current:" "$file") == *"Question(2)"* ]] || fail "Page Down while typing did not move the café"
stop

echo "3. Sign-in desk: Tab to a tick box, Space ticks it, and the café does not move."
start
before=$(grep -m1 "current:" "$file")
xdotool key F6
sleep 0.8
xdotool type --delay 40 "Ana Ruiz"
# The role box: 1 is Parent. Then the household, children and language boxes, then the tick box.
xdotool key Tab
xdotool type --delay 40 "1"
for _ in 1 2 3 4; do xdotool key Tab; sleep 0.2; done
xdotool key space
sleep 0.5
shot 5-desk-ticked
xdotool key ctrl+Return
sleep 1.5
shot 6-desk-checked-in
grep -A8 'name: "Ana Ruiz"' "$file" | grep -q "interpreter: true" ||
  fail "Space on the focused 'Needs an interpreter' did not tick it"
[[ $(grep -m1 "current:" "$file") == "$before" ]] || fail "Space at the sign-in desk moved the café"
stop

# The projector's window is fullscreen on the second monitor (1024×768, right of the laptop's).
on_second_monitor() {
  local info x y w h
  info=$(xwininfo -id "$projector" 2>/dev/null) || { fail "$1: the projector's window is gone"; return; }
  x=$(awk '/Absolute upper-left X/ {print $4}' <<<"$info")
  y=$(awk '/Absolute upper-left Y/ {print $4}' <<<"$info")
  w=$(awk '/Width:/ {print $2}' <<<"$info")
  h=$(awk '/Height:/ {print $2}' <<<"$info")
  [[ "$w x $h + $x + $y" == "1024 x 768 + 1366 + 0" ]] ||
    fail "$1: the projector is not on the second monitor (${w}x${h}+${x}+${y})"
  xprop -id "$projector" _NET_WM_STATE | grep -q _NET_WM_STATE_FULLSCREEN ||
    fail "$1: the projector's window is not fullscreen"
}

echo "4. Esc on a menu closes the menu; the projector stays fullscreen on its screen, and a"
echo "   clicker's F5, Shift+F5, Esc, . and B never take it off."
start
xdotool key F5
sleep 2.5
# The app's other window is the projector's.
projector=$(xdotool search --pid "$pid" --onlyvisible 2>/dev/null | grep -vx "$window" | head -1 || true)
if [[ -z $projector ]]; then
  fail "F5 opened no projector window"
else
  on_second_monitor "after F5"
  xdotool windowfocus --sync "$window"
  # The console's "Projector settings" menu, in its bottom bar (the window fills the laptop's
  # screen, so the button is always there).
  xdotool mousemove 297 708 click 1
  sleep 0.6
  shot 7-menu-open
  xdotool key Escape
  sleep 0.6
  shot 8-menu-closed
  on_second_monitor "after Esc on the open menu"
  for k in Escape F5 Escape shift+F5 Escape period b; do
    xdotool key --clearmodifiers "$k"
    sleep 0.4
  done
  sleep 0.6
  shot 9-after-the-clicker
  on_second_monitor "after the clicker's keys"
fi
stop

echo "5. Guide editor: typing and Alt+Up reach it; a kill before saving loses nothing."
# Home fills the laptop's screen under its title bar: the person's own guide is the row under
# "Your guides"; its Edit button sits under the guide's purpose; in the editor the second
# question's row is in the agenda and its text box in the middle; after the restart, "Go on
# editing" is in the box at the top of Home.
rm -rf "$work/data"
"$app" --data-dir "$work/data" guide import assets/guides/meeting-the-new-teacher.md >/dev/null 2>&1
guide="$work/data/guides/meeting-the-new-teacher.ron"
draft="$work/data/drafts/guides/meeting-the-new-teacher.ron.ron"
open_home() {
  "$app" --data-dir "$work/data" >"$out/app.log" 2>&1 &
  pid=$!
  focus_window
}
open_home
xdotool mousemove 200 409 click 1
sleep 0.7
xdotool mousemove 32 535 click 1
sleep 1
xdotool mousemove 150 305 click 1
sleep 0.7
xdotool mousemove 615 225 click 1
sleep 0.5
xdotool key ctrl+End
xdotool type --delay 40 " (typed)"
sleep 0.3
xdotool key alt+Up
sleep 2
shot 10-editor-typed-moved
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
pid=""
grep -q "(typed)" "$draft" 2>/dev/null || fail "the unsaved edit was not kept on disk"
grep -q "(typed)" "$guide" && fail "the guide was saved without Ctrl+S"
open_home
shot 11-home-offers-the-edit-back
xdotool mousemove 78 169 click 1
sleep 1
shot 12-editor-edit-back
xdotool key ctrl+s
sleep 1.5
first=$("$app" guide export "$guide" --format md | grep "^# " | sed -n 3p)
[[ $first == *"(typed)" ]] || fail "the kept edit did not come back in first place (first question: $first)"
[[ ! -e $draft ]] || fail "the kept edit stayed on disk after saving"
kill -TERM "$pid"
for _ in $(seq 1 40); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.25
done
pid=""
[[ ! -e "$guide.lock" ]] || fail "the guide's lock was left behind after SIGTERM"

echo "6. An Arabic keyboard: a note typed key by key reads right to left; End and Backspace take"
echo "   its last letter."
start
setxkbmap -layout ara
xdotool key F3
sleep 0.8
# نقرأ قصة 20 دقيقة ("we read a story, 20 minutes"), the keys an Arabic keyboard sends.
for key in Arabic_noon Arabic_qaf Arabic_ra Arabic_hamzaonalef space Arabic_qaf Arabic_sad \
           Arabic_tehmarbuta space 2 0 space Arabic_dal Arabic_qaf Arabic_yeh Arabic_qaf \
           Arabic_tehmarbuta; do
  xdotool key "$key"
  sleep 0.05
done
sleep 0.5
shot 13-arabic-typed
xdotool key End BackSpace
sleep 0.3
shot 14-arabic-last-letter-gone
xdotool key Return
sleep 1.5
setxkbmap -layout us
grep -q 'text: "نقرأ قصة 20 دقيق"' "$file" ||
  fail "the Arabic note was not saved as typed: $(grep -o 'text: "[^"]*"' "$file" | tail -1)"
stop

if [[ $failures -gt 0 ]]; then
  echo "real-window keys: $failures failed (PNGs in $out)"
  exit 1
fi
echo "real-window keys: all passed (PNGs in $out)"
