#!/usr/bin/env bash
# Checks the .deb from installer/build.sh end to end on Debian/Ubuntu, as root (it installs packages):
# installs it, starts the installed app under Xvfb on a fresh data folder, waits for its window, takes a
# screenshot (target/installer/check-screenshot.png), closes the app, uninstalls the package and checks
# that the data folder is still there, untouched.
#
#   sudo installer/check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "Run as root: it installs and removes the package." >&2; exit 1; }

deb=$(ls target/installer/*.deb 2>/dev/null | head -1 || true)
[ -n "$deb" ] || { echo "No .deb in target/installer: run installer/build.sh first." >&2; exit 1; }

tools=()
command -v Xvfb >/dev/null || tools+=(xvfb)
command -v xdotool >/dev/null || tools+=(xdotool)
command -v import >/dev/null || tools+=(imagemagick)
if [ ${#tools[@]} -gt 0 ]; then
  apt-get update -q && apt-get install -y -q "${tools[@]}"
fi

shot=target/installer/check-screenshot.png
data=$(mktemp -d /tmp/makegood-check-XXXXXX)
display=:97
fail() { echo "FAIL: $*" >&2; exit 1; }
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT

# jpackage's postinst registers the menu entry with xdg-desktop-menu, which fails on a system without any
# desktop (no /usr/share/applications, as in a bare container). A desktop system has these folders.
mkdir -p /usr/share/applications /usr/share/desktop-directories
echo "Installing $deb"
apt-get install -y -q -o DPkg::Lock::Timeout=300 "./$deb" >/dev/null
[ -x /opt/makegood/bin/MakeGood ] || fail "no /opt/makegood/bin/MakeGood after install"
grep -q '^Categories=Office' /opt/makegood/lib/makegood-MakeGood.desktop || fail "desktop entry without Office"

Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1

t0=$(date +%s.%N)
DISPLAY=$display /opt/makegood/bin/MakeGood --data-dir "$data" >"$data.log" 2>&1 &
app=$!
wid=
for _ in $(seq 1 600); do
  kill -0 "$app" 2>/dev/null || { cat "$data.log" >&2; fail "the app stopped before showing a window"; }
  wid=$(DISPLAY=$display xdotool search --onlyvisible --name '^MakeGood$' 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && break
  sleep 0.1
done
[ -n "$wid" ] || fail "no MakeGood window within 60 s"
t1=$(date +%s.%N)
echo "Window after $(awk "BEGIN { printf \"%.1f\", $t1 - $t0 }") s"

# The workbook opens in the background behind a spinning "Opening your workbook…": wait until two
# screen grabs a second apart are the same (the spinner has gone), at most 60 s.
prev=
for _ in $(seq 1 60); do
  sleep 1
  now=$(DISPLAY=$display import -window root rgb:- | md5sum)
  [ "$now" = "$prev" ] && break
  prev=$now
done
t2=$(date +%s.%N)
echo "Workbook shown after $(awk "BEGIN { printf \"%.1f\", $t2 - $t0 }") s (within 1 s)"
DISPLAY=$display import -window root "$shot"
echo "Screenshot: $shot"

# File ▸ Quit (Ctrl+Q), as a user would: the app saves and closes its database.
DISPLAY=$display xdotool windowfocus --sync "$wid" key ctrl+q || true
for i in $(seq 1 300); do
  kill -0 "$app" 2>/dev/null || break
  # A busy machine may drop the first key press: ask again every 5 s.
  [ $((i % 50)) = 0 ] && { DISPLAY=$display xdotool windowfocus --sync "$wid" key ctrl+q || true; }
  sleep 0.1
done
if kill -0 "$app" 2>/dev/null; then echo "The app did not close by itself: stopping it"; kill "$app"; fi
wait "$app" 2>/dev/null || true
app=
grep -i "exception" "$data.log" && fail "exceptions in the app's output ($data.log)"

before=$(cd "$data" && find . -type f -exec sha256sum {} + | sort)
[ -n "$before" ] || fail "the app wrote nothing into its data folder $data"
echo "Removing the package"
apt-get remove -y -q -o DPkg::Lock::Timeout=300 makegood >/dev/null
[ ! -e /opt/makegood ] || fail "/opt/makegood is still there after apt-get remove"
after=$(cd "$data" && find . -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ] || fail "uninstalling changed the data folder"
echo "Data folder kept after uninstall: $data"
ls -la "$data"
echo "OK"
