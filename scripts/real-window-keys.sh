#!/usr/bin/env bash
# Real keys in a real window: runs the app under Xvfb, types with xdotool as a note-taker and a
# clicker would, stops it the way the system does (SIGTERM) and checks the session file.
# Covers what widget tests cannot: keyboard focus after a click, the text a chord also types,
# a clean stop by the operating system, and a guide editor killed before saving. Saves a PNG of each step in OUT (default
# target/real-window) to look at.
#
#   scripts/real-window-keys.sh [OUT]
#
# Needs xvfb, xdotool and imagemagick (installed here when missing, on Debian/Ubuntu as root).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/real-window}
app=target/debug/cafe-host
[[ -x $app ]] || cargo build --quiet
if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || ! command -v import >/dev/null; then
  apt-get install -y -qq --no-install-recommends xvfb xdotool imagemagick >/dev/null
fi
mkdir -p "$out"
work=$(mktemp -d)
display=":$((200 + RANDOM % 200))"
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
pid=""
cleanup() {
  [[ -z $pid ]] || kill "$pid" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=$display XDG_RUNTIME_DIR=$work
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

echo "3. Guide editor: typing and Alt+Up reach it; a kill before saving loses nothing."
# Home at the window's size here (1280x700 at the screen's corner): the person's own guide is
# the row under "Your guides"; its Edit button sits under the guide's purpose; in the editor
# the second question's row is in the agenda and its text box in the middle.
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
xdotool mousemove 200 388 click 1
sleep 0.7
xdotool mousemove 32 512 click 1
sleep 1
xdotool mousemove 150 284 click 1
sleep 0.7
xdotool mousemove 647 193 click 1
sleep 0.5
xdotool key ctrl+End
xdotool type --delay 40 " (typed)"
sleep 0.3
xdotool key alt+Up
sleep 2
shot 5-editor-typed-moved
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
pid=""
grep -q "(typed)" "$draft" 2>/dev/null || fail "the unsaved edit was not kept on disk"
grep -q "(typed)" "$guide" && fail "the guide was saved without Ctrl+S"
open_home
shot 6-home-offers-the-edit-back
xdotool mousemove 78 148 click 1
sleep 1
shot 7-editor-edit-back
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

if [[ $failures -gt 0 ]]; then
  echo "real-window keys: $failures failed (PNGs in $out)"
  exit 1
fi
echo "real-window keys: all passed (PNGs in $out)"
