#!/usr/bin/env bash
# One café, two laptops, a real sync program: two Syncthing instances (Debian's `syncthing`)
# on 127.0.0.1, each with its own home, no discovery, relays, NAT, usage reports or upgrades,
# their GUI and REST API on 127.0.0.1 only, share one folder (set up through their REST API).
# The facilitator's app shares the example café in one instance's folder; a table laptop's app
# (the real app under Xvfb) joins it from the other's and notes are typed into it with
# xdotool. Every note must be in the facilitator's café file within 60 seconds. Everything
# started here is stopped at the end. Takes about 30 seconds.
#
#   scripts/syncthing-end-to-end.sh [OUT]     (OUT: where logs and screenshots go)
#
# Needs syncthing, curl, xvfb, xdotool and imagemagick (installed when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/syncthing-end-to-end}
app=target/debug/cafe-host
[[ -x $app ]] || cargo build --quiet
need=()
for tool in syncthing:syncthing curl:curl Xvfb:xvfb xdotool:xdotool import:imagemagick; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool##*:}")
done
if ((${#need[@]})); then
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
mkdir -p "$out"
began=$(date +%s)
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAILED: $*"
  find "$work"/*/Sync -printf '%p %s %TT\n' 2>/dev/null || true
  for log in "$work"/*.log; do echo "--- $log"; tail -20 "$log"; done
  exit 1
}

# Ports of our own, away from Syncthing's usual ones.
base=$((23000 + RANDOM % 2000 * 4))
declare -A listen=([a]=$base [b]=$((base + 1))) gui=([a]=$((base + 2)) [b]=$((base + 3)))
declare -A id key
export STNODEFAULTFOLDER=1 STNOUPGRADE=1 STNORESTART=1
for side in a b; do
  home=$work/$side/syncthing
  syncthing generate --home="$home" --no-default-folder --skip-port-probing >/dev/null
  # Before the first start: nothing leaves 127.0.0.1.
  sed -i \
    -e "s|<listenAddress>default</listenAddress>|<listenAddress>tcp://127.0.0.1:${listen[$side]}</listenAddress>|" \
    -e "s|<globalAnnounceEnabled>true|<globalAnnounceEnabled>false|" \
    -e "s|<localAnnounceEnabled>true|<localAnnounceEnabled>false|" \
    -e "s|<relaysEnabled>true|<relaysEnabled>false|" \
    -e "s|<natEnabled>true|<natEnabled>false|" \
    -e "s|<urAccepted>0|<urAccepted>-1|" \
    -e "s|<autoUpgradeIntervalH>12|<autoUpgradeIntervalH>0|" \
    -e "s|<startBrowser>true|<startBrowser>false|" \
    -e "s|<crashReportingEnabled>true|<crashReportingEnabled>false|" \
    -e "s|<address>127.0.0.1:8384</address>|<address>127.0.0.1:${gui[$side]}</address>|" \
    "$home/config.xml"
  id[$side]=$(syncthing serve --home="$home" --device-id)
  key[$side]=$(sed -n 's|.*<apikey>\(.*\)</apikey>.*|\1|p' "$home/config.xml")
  mkdir -p "$work/$side/Sync" "$work/$side/data"
  syncthing serve --home="$home" --no-browser --no-restart --no-upgrade \
    --gui-address="http://127.0.0.1:${gui[$side]}" >"$work/syncthing-$side.log" 2>&1 &
  pids+=($!)
done

api() { # SIDE METHOD PATH [JSON]
  curl -fsS -X "$2" -H "X-API-Key: ${key[$1]}" -H "Content-Type: application/json" \
    ${4:+--data "$4"} "http://127.0.0.1:${gui[$1]}/rest/$3"
}
for side in a b; do
  for _ in $(seq 1 60); do api "$side" GET system/ping >/dev/null 2>&1 && break; sleep 0.25; done
  api "$side" GET system/ping >/dev/null || fail "Syncthing $side did not start"
done
for side in a b; do
  other=$([[ $side == a ]] && echo b || echo a)
  api "$side" POST config/devices \
    "{\"deviceID\":\"${id[$other]}\",\"name\":\"laptop-$other\",\"addresses\":[\"tcp://127.0.0.1:${listen[$other]}\"]}"
  api "$side" POST config/folders \
    "{\"id\":\"cafe\",\"label\":\"Café\",\"path\":\"$work/$side/Sync\",\"type\":\"sendreceive\",\"fsWatcherEnabled\":true,\"fsWatcherDelayS\":1,\"rescanIntervalS\":5,\"devices\":[{\"deviceID\":\"${id[a]}\"},{\"deviceID\":\"${id[b]}\"}]}"
done
for _ in $(seq 1 80); do
  api a GET system/connections | grep -q '"connected": *true' && break
  sleep 0.25
done
api a GET system/connections | grep -q '"connected": *true' || fail "the two Syncthing instances did not connect"

# shellcheck source=scripts/xvfb.sh
source scripts/xvfb.sh
start_xvfb 1366x768 || fail "no virtual screen"
pids+=("$xvfb_pid")
export XDG_RUNTIME_DIR=$work

# The facilitator's laptop: the example café, shared in side a's folder.
example=sessions/2026-11-12_our-children-our-school_5e1f2a9c.ron
mkdir -p "$work/a/data/sessions"
cp "$example" "$work/a/data/sessions/"
cafe_file="$work/a/data/sessions/$(basename "$example")"
"$app" --data-dir "$work/a/data" --share "$work/a/Sync" "$cafe_file" >"$work/facilitator.log" 2>&1 &
facilitator=$!
pids+=($facilitator)

# The table laptop waits for the café to reach its side, then joins it as table 2.
shared=""
for _ in $(seq 1 120); do
  shared=$(find "$work/b/Sync" -mindepth 2 -maxdepth 2 -name 'facilitator-*.ron' -printf '%h\n' | head -1)
  [[ -z $shared ]] || break
  sleep 0.25
done
[[ -n $shared ]] || fail "the facilitator's copy never reached the table laptop's folder"
"$app" --data-dir "$work/b/data" --join "$shared" --table 2 >"$work/table.log" 2>&1 &
table=$!
pids+=($table)
window=""
for _ in $(seq 1 60); do
  window=$(xdotool search --pid "$table" --onlyvisible 2>/dev/null | head -1 || true)
  [[ -z $window ]] || break
  sleep 0.25
done
[[ -n $window ]] || fail "the table laptop's window did not open"
sleep 1.5
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
import -window root "$out/1-table-laptop-joined.png"
notes=("Homework club on Tuesdays" "Interpreters at every meeting" "Send the newsletter home in Spanish")
for note in "${notes[@]}"; do
  xdotool type --delay 30 "$note"
  xdotool key Return
  sleep 0.3
done
import -window root "$out/2-notes-typed.png"
typed=$(date +%s)

arrived=""
for _ in $(seq 1 120); do
  missing=0
  for note in "${notes[@]}"; do grep -qF "$note" "$cafe_file" || missing=1; done
  if ((missing == 0)); then arrived=$(date +%s); break; fi
  sleep 0.5
done
import -window root "$out/3-facilitator.png"
[[ -n $arrived ]] || fail "not every note reached the facilitator's café file within 60 seconds"
echo "syncthing end to end: ${#notes[@]} notes typed on the table laptop were in the facilitator's café file $((arrived - typed)) s later; the whole run took $((arrived - began)) s"
