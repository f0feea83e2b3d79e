#!/usr/bin/env bash
# Installs the Debian package as a person would, checks the installed app, then removes it and
# checks that nothing of it is left:
#   1. the desktop entry and the AppStream metainfo validate;
#   2. `apt-get install ./….deb` installs it with its dependencies;
#   3. the installed `cafe-host --help` and `cafe-host check` on the installed guides work;
#   4. the desktop knows café files (and only those) and opens them with the app;
#   5. the installed menu entry's Exec line starts the app under Xvfb, from an empty home: its
#      windows carry the app's WM_CLASS and icon, a café file given as the entry does on a
#      double-click opens, and its projector window is named so it can be picked;
#   6. `apt-get remove` leaves no file, file type or menu entry behind.
#
#   scripts/check-package.sh [DEB]     # default: the newest target/debian/cafe-host_*.deb
#
# Needs root on Debian/Ubuntu. Installs desktop-file-utils, appstream, shared-mime-info,
# libglib2.0-bin (gio), xvfb, xdotool and x11-utils (xprop) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
id=org.cafehost.CafeHost
file_type=application/x-cafe-host-session
deb=${1:-$(ls -t target/debian/cafe-host_*.deb | head -1)}
deb=$(realpath "$deb")
missing=()
for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream \
            update-mime-database:shared-mime-info gio:libglib2.0-bin Xvfb:xvfb \
            xdotool:xdotool xprop:x11-utils; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d)
xvfb=""
pid=""
cleanup() {
  [[ -z $pid ]] || kill "$pid" 2>/dev/null || true
  [[ -z $xvfb ]] || kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }

echo "1. The desktop entry and the metainfo validate."
desktop-file-validate "assets/desktop/$id.desktop" || fail "the desktop entry does not validate"
appstreamcli validate --no-net "assets/desktop/$id.metainfo.xml" >"$work/appstream.log" ||
  { cat "$work/appstream.log"; fail "the metainfo does not validate"; }

echo "2. apt installs $(basename "$deb") with its dependencies."
# A copy left by an earlier run on this machine goes first.
if dpkg -s cafe-host >/dev/null 2>&1; then apt-get remove -y -qq cafe-host >/dev/null; fi
apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
[[ $(command -v cafe-host) == /usr/bin/cafe-host ]] || fail "cafe-host is not on PATH from /usr/bin"
desktop-file-validate "/usr/share/applications/$id.desktop" || fail "the installed entry does not validate"
appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml" >/dev/null ||
  fail "the installed metainfo does not validate"
for size in 16 24 32 48 64 128 256; do
  [[ -s /usr/share/icons/hicolor/${size}x${size}/apps/$id.png ]] || fail "no $size px icon installed"
done

# From here on, the installed app runs as a person's would: from an empty home, far from the
# source tree, with a desktop's environment only.
home=$work/home
mkdir -p "$home" "$work/run"
chmod 700 "$work/run"
become_person() {
  cd "$home" && exec env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR="$work/run" \
    DISPLAY="${DISPLAY:-}" "$@"
}
as_person() { (become_person "$@"); }

echo "3. The installed command line: --help, and check on the installed guides."
as_person cafe-host --help >"$work/help.txt" || fail "cafe-host --help failed"
grep -q "Usage: cafe-host" "$work/help.txt" || fail "cafe-host --help says no usage"
guides=$(ls assets/guides/*.ron assets/guides/*.md | wc -l)
if as_person cafe-host check /usr/share/cafe-host/guides >"$work/check.txt"; then
  [[ $(grep -c ": ok (Guide)" "$work/check.txt") -eq $guides ]] ||
    { cat "$work/check.txt"; fail "check did not pass all $guides installed guides"; }
else
  cat "$work/check.txt"; fail "cafe-host check failed on the installed guides"
fi

echo "4. Café files are known to the desktop, other .ron files are not, and the app opens them."
cafe=$home/Documents/family-night.ron
mkdir -p "$home/Documents"
cp sessions/2026-11-12_our-children-our-school_5e1f2a9c.ron "$cafe"
cp assets/guides/learning-at-home.ron "$home/Documents/a-guide.ron"
printf 'Config(\n    window: (width: 800, height: 600),\n)\n' >"$home/Documents/other-program.ron"
content_type() { as_person gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p'; }
[[ $(content_type "$cafe") == "$file_type" ]] || fail "a café file is $(content_type "$cafe")"
for other in a-guide other-program; do
  type=$(content_type "$home/Documents/$other.ron")
  [[ $type == text/plain ]] || fail "$other.ron is $type, not plain text"
done
as_person gio mime "$file_type" >"$work/mime.txt"
default_app=$(head -1 "$work/mime.txt")
[[ $default_app == *"$id.desktop"* ]] || fail "café files do not open with the app: $default_app"

echo "5. The menu entry's Exec line starts the app under Xvfb."
read -ra exec_line <<<"$(sed -n 's/^Exec=//p' "/usr/share/applications/$id.desktop")"
# shellcheck source=scripts/xvfb.sh
source scripts/xvfb.sh
start_xvfb 1366x768 || exit 1
xvfb=$xvfb_pid

# Launch the entry with `%f` replaced as the desktop does (a file, or nothing from the menu),
# and wait for a window called $1.
launch() {
  local name=$1 file=${2:-} args=()
  for word in "${exec_line[@]}"; do
    if [[ $word == %f ]]; then [[ -z $file ]] || args+=("$file"); else args+=("$word"); fi
  done
  (become_person "${args[@]}") >"$work/app.log" 2>&1 &
  pid=$!
  window=$(wait_window "$name") || { cat "$work/app.log"; fail "no window \"$name\" appeared"; return 1; }
}
wait_window() {
  for _ in $(seq 1 60); do
    local found
    found=$(xdotool search --all --pid "$pid" --onlyvisible --name "$1" 2>/dev/null | head -1 || true)
    [[ -z $found ]] || { echo "$found"; return 0; }
    sleep 0.25
  done
  return 1
}
# The window's class is the app's id (as the entry's StartupWMClass says) and it has an icon.
identity() {
  local class icon
  class=$(xprop -id "$1" WM_CLASS)
  [[ $class == *"\"$id\""* ]] || fail "$2: $class"
  icon=$(xprop -id "$1" -len 8 _NET_WM_ICON)
  [[ $icon == *"Icon (256 x 256)"* ]] || fail "$2 has no icon: $icon"
}
stop() {
  kill -TERM "$pid"
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  if kill -0 "$pid" 2>/dev/null; then fail "the app did not close on SIGTERM"; kill -9 "$pid"; fi
  wait "$pid" 2>/dev/null || true
  pid=""
}

# (xdotool matches names in the Latin-1 WM_NAME, so the é is left to the exact check below.)
if launch "^Caf.+ Host$"; then
  identity "$window" "the main window"
  [[ $(xdotool getwindowname "$window") == "Café Host" ]] || fail "the main window is called $(xdotool getwindowname "$window")"
  stop
fi
if launch "^Caf.+ Host$" "$cafe"; then
  identity "$window" "the main window on a café file"
  sleep 1.5
  xdotool windowfocus --sync "$window"
  xdotool key F5
  if projector=$(wait_window "projector"); then
    name=$(xdotool getwindowname "$projector")
    [[ $name == "Café Host projector — Our Children, Our School" ]] || fail "the projector is called \"$name\""
    identity "$projector" "the projector window"
  else
    fail "F5 opened no projector window"
  fi
  stop
  checked=$(as_person cafe-host check "$cafe") || true
  [[ $checked == *": ok (Session)"* ]] || fail "the café file is not ok after closing: $checked"
fi

echo "6. apt removes the package and leaves nothing behind."
apt-get remove -y -qq cafe-host >/dev/null
[[ $(dpkg-query -W -f '${db:Status-Status}' cafe-host 2>/dev/null || echo not-installed) == not-installed ]] ||
  fail "dpkg still lists cafe-host: $(dpkg-query -W -f '${db:Status-Abbrev}' cafe-host)"
while read -r path; do
  [[ ! -e $path || -d $path ]] || fail "$path was left behind"
done < <(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's#^\./#/#')
for path in /usr/share/cafe-host /usr/share/doc/cafe-host "/usr/share/mime/${file_type}.xml"; do
  [[ ! -e $path ]] || fail "$path was left behind"
done
! grep -qs "$id" /usr/share/applications/mimeinfo.cache || fail "the menu still lists the app for café files"
[[ $(content_type "$cafe") != "$file_type" ]] || fail "café files are still known after removal"

if [[ $failures -gt 0 ]]; then
  echo "package check: $failures failed"
  exit 1
fi
echo "package check: all passed"
