#!/usr/bin/env bash
# What a person feels on an old laptop without a working GPU driver: runs the release app
# under Xvfb with software OpenGL (LIBGL_ALWAYS_SOFTWARE=1) and reports, from outside,
#   - CPU with the round timer running, presenter and projector windows both open,
#   - CPU on Tables with a half-typed note, after the cursor has been idle for 10 s,
#   - frames drawn per pointer move over empty space, and per move onto and off a button,
#   - the time from starting the app on Home to its first frame, with no café and with the
#     1,000 and 10,000 generated cafés `cargo bench --bench review` keeps under
#     target/bench-cafes (when they are there), each started in turn,
# and, in the same run, pdfpc with its timer running (presenter and presentation windows) on
# a small PDF made here, and its CPU per pointer move. CPU comes from /proc/PID/stat (user +
# system ticks); frames from CAFE_HOST_FRAME_LOG (one line per pass of a frame, per window,
# with what asked for it: a frame egui lays out twice counts once, its second pass apart).
#
#   scripts/measure-cpu.sh [SECONDS]      (default 20 s per figure)
#
# Needs Debian packages, installed here when missing (as root): xvfb xdotool pdfpc.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
app=${CAFE_HOST_BIN:-target/release/cafe-host}
[[ -x $app ]] || cargo build --release --locked --quiet
need=0
for t in Xvfb xdotool pdfpc; do command -v "$t" >/dev/null || need=1; done
if [[ $need -eq 1 ]]; then
  apt-get install -y -qq --no-install-recommends xvfb xdotool pdfpc >/dev/null
fi
work=$(mktemp -d)
# shellcheck source=scripts/xvfb.sh
source scripts/xvfb.sh
start_xvfb 2400x900 || exit 1
xvfb=$xvfb_pid
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export LIBGL_ALWAYS_SOFTWARE=1 LANG=en_US.UTF-8
export XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
tick=$(getconf CLK_TCK)

# CPU ticks (user + system) of a process.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# Percent of one core used by PID over SECS seconds.
cpu() {
  local a b
  a=$(ticks "$1"); sleep "$2"; b=$(ticks "$1")
  awk -v d=$((b - a)) -v s="$2" -v t="$tick" 'BEGIN { printf "%.2f", 100 * d / (s * t) }'
}
frames() { grep -c "^$1	0	" "$work/frames.log" || true; }
# Passes egui laid out again (a frame drawn once but laid out twice).
again() { grep -c "^$1	[1-9]	" "$work/frames.log" || true; }
# The log's length, to look at what was drawn from here on.
mark() { wc -l <"$work/frames.log"; }
# What asked for the frames logged after line $1: the commonest reasons, with their counts
# (an empty reason is the window system's own event).
why() {
  tail -n +"$(($1 + 1))" "$work/frames.log" | awk -F'\t' '$2 == 0 {
    r = ($4 == "" ? ($3 == "" ? "(the window system)" : "input: " $3) : $4); n[$1 ": " r]++ }
    END { for (k in n) printf "    %4d  %s\n", n[k], k }' | sort -rn | head -6
}
# Move the pointer N times by one pixel around (X, Y), a quarter second apart.
wiggle() {
  local x=$1 y=$2 n=$3 i
  for ((i = 0; i < n; i++)); do
    xdotool mousemove $((x + i % 2)) "$y"; sleep 0.25
  done
}

# --- Café Host: presenter + projector, the timer running on a question ---------------------
data=$work/data
mkdir -p "$data/sessions"
cp sessions/2026-11-12_our-children-our-school_5e1f2a9c.ron "$data/sessions/cafe.ron"
CAFE_HOST_FRAME_LOG=$work/frames.log "$app" --data-dir "$data" --projector \
  "$data/sessions/cafe.ron" >"$work/app.log" 2>&1 &
pid=$!
pids+=("$pid")
sleep 5
console="" projector=""
for w in $(xdotool search --onlyvisible --pid "$pid" 2>/dev/null); do
  if [[ $(xdotool getwindowname "$w") == *projector* ]]; then projector=$w; else console=$w; fi
done
if [[ -z $console || -z $projector ]]; then
  echo "measure-cpu: the app's windows did not open" >&2; cat "$work/app.log" >&2; exit 1
fi
# Side by side, as on a laptop and a projector (no window manager: they would overlap).
xdotool windowmove "$projector" 1370 0 windowsize "$projector" 1024 768
xdotool windowmove "$console" 0 0 windowsize "$console" 1366 768 windowfocus --sync "$console"
xdotool mousemove 1360 760
# On to a question (the café file says where the café is); T starts the round's timer.
for _ in 1 2 3 4 5 6 7 8; do
  grep -q 'current: Question' "$data/sessions/cafe.ron" && break
  xdotool key --clearmodifiers Next; sleep 1.5
done
xdotool key --clearmodifiers t; sleep 2
c0=$(frames console) p0=$(frames projector) a0=$(again console) m=$(mark)
timer=$(cpu "$pid" "$secs")
c1=$(frames console) p1=$(frames projector) a1=$(again console)
echo "Café Host, timer running (presenter + projector): $timer % CPU;" \
  "frames in ${secs} s: console $((c1 - c0)) (laid out again: $((a1 - a0))), projector $((p1 - p0))"
why "$m"
xdotool key --clearmodifiers t; sleep 1

# --- Pointer moves: over empty space, and onto and off a button -----------------------------
xdotool mousemove 1000 600; sleep 1
c0=$(frames console) p0=$(frames projector) a=$(ticks "$pid")
wiggle 1000 600 20
sleep 0.5
c1=$(frames console) p1=$(frames projector) b=$(ticks "$pid")
awk -v f=$((c1 - c0)) -v g=$((p1 - p0)) -v d=$((b - a)) -v t="$tick" 'BEGIN {
  printf "Café Host, 20 pointer moves over empty space: %d frames (projector %d), %.1f ms CPU per move\n", f, g, 1000 * d / t / 20 }' 
# The step buttons sit in the bar at the top of the presenter.
c0=$(frames console) m=$(mark) a=$(ticks "$pid")
for _ in 1 2 3 4 5; do
  xdotool mousemove 1000 600; sleep 0.3
  xdotool mousemove 40 20; sleep 0.3
done
sleep 0.5
c1=$(frames console) b=$(ticks "$pid")
awk -v f=$((c1 - c0)) -v d=$((b - a)) -v t="$tick" 'BEGIN {
  printf "Café Host, 10 pointer moves onto and off a button: %d frames, %.1f ms CPU per move\n", f, 1000 * d / t / 10 }' 
why "$m"

# --- Tables with a half-typed note, the cursor idle -----------------------------------------
xdotool mousemove 1360 760
xdotool key --clearmodifiers F3; sleep 1
xdotool type --delay 40 "Parents asked about the bus"
sleep 10
c0=$(frames console) m=$(mark)
tables=$(cpu "$pid" "$secs")
c1=$(frames console)
echo "Café Host, Tables, note half-typed, cursor idle 10 s: $tables % CPU; frames in ${secs} s: $((c1 - c0))"
why "$m"
kill "$pid"; wait "$pid" 2>/dev/null || true

# --- Home's first frame, with no café and with 1,000 and 10,000 -----------------------------
# From starting the app to the start of its first frame (the frame log's first line), each
# folder started in turn (a busy moment falls on all alike), the median of the runs.
first_frame() {
  local log=$work/first.log start now
  rm -f "$log"
  start=$(date +%s%N)
  CAFE_HOST_FRAME_LOG=$log "$app" --data-dir "$1" >/dev/null 2>&1 &
  local p=$!
  until [[ -s $log ]] || (($(date +%s%N) - start > 20000000000)); do sleep 0.001; done
  now=$(date +%s%N)
  kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true
  echo $(((now - start) / 100000))
}
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 10 }'; }
folders=("$work/empty")
mkdir -p "$work/empty"
for n in 1000 10000; do
  kept=""
  for d in target/bench-cafes/"$n"-v*; do [[ -f $d/complete ]] && kept=$d; done
  [[ -n $kept ]] && folders+=("$kept")
done
declare -A took
for _ in $(seq 21); do
  for f in "${folders[@]}"; do took[$f]+="$(first_frame "$f") "; done
done
line="Café Host, Home's first frame after starting (median of 21):"
for f in "${folders[@]}"; do
  n=$(find "$f/sessions" -maxdepth 1 -name '*.ron' 2>/dev/null | wc -l)
  line+=" $n cafés $(tr ' ' '\n' <<<"${took[$f]}" | grep . | median) ms;"
done
echo "${line%;}"
[[ ${#folders[@]} -gt 1 ]] || echo "  (no generated cafés: cargo bench --bench review writes them)"

# --- pdfpc, the same run: a small PDF, both windows, its timer running ----------------------
# A three-page PDF with a line of text per page, written by hand (no tool needed).
python3 - "$work" <<'PY'
import sys
from pathlib import Path
work = Path(sys.argv[1])
objs = []
pages = []
def add(body):
    objs.append(body)
    return len(objs)
font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
for n in (1, 2, 3):
    text = f"BT /F1 64 Tf 200 380 Td (Question {n}) Tj ET".encode()
    content = add(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
    pages.append(add(b"<< /Type /Page /Parent 0 0 R /MediaBox [0 0 1024 768] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>" % (content, font)))
kids = b" ".join(b"%d 0 R" % p for p in pages)
tree = add(b"<< /Type /Pages /Kids [" + kids + b"] /Count 3 >>")
objs = [o.replace(b"/Parent 0 0 R", b"/Parent %d 0 R" % tree) for o in objs]
catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
out = bytearray(b"%PDF-1.4\n")
offsets = []
for i, body in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, xref)
(work / "slides.pdf").write_bytes(bytes(out))
PY
pdfpc -w both -d 20 "$work/slides.pdf" >"$work/pdfpc.log" 2>&1 &
ppid=$!
pids+=("$ppid")
sleep 5
pwin=$(xdotool search --onlyvisible --pid "$ppid" 2>/dev/null | head -1)
[[ -n $pwin ]] || { echo "measure-cpu: pdfpc did not open" >&2; cat "$work/pdfpc.log" >&2; exit 1; }
xdotool windowfocus --sync "$pwin" 2>/dev/null || true
# Going to the next slide starts pdfpc's timer.
xdotool key --clearmodifiers Right; sleep 2
pdf=$(cpu "$ppid" "$secs")
echo "pdfpc, timer running (presenter + presentation): $pdf % CPU"
xdotool mousemove 300 300; sleep 1
a=$(ticks "$ppid")
wiggle 300 300 20
b=$(ticks "$ppid")
awk -v d=$((b - a)) -v t="$tick" 'BEGIN { printf "pdfpc, 20 pointer moves: %.1f ms CPU per move\n", 1000 * d / t / 20 }'
awk -v a="$timer" -v p="$pdf" 'BEGIN { printf "timer: Café Host %.2f %% vs pdfpc %.2f %% (target: at most pdfpc + 0.5)\n", a, p }'
