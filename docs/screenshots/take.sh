#!/usr/bin/env bash
# Takes the README screenshots from the real app under Xvfb: every screen at 1366x768, the incident list, a wizard
# page and the business profile again at 1024x600 (*-1024x600.png), and page 1 of the letters and the postmortem PDF.
# Needs: xvfb, xdotool, imagemagick, poppler-utils (apt). Run from the repository root after `mvn package`.
# SHOTS_DISPLAY=:NN picks the X display (default :77). There is no window manager: keys go to the window that
# `front` gave the input focus, so every dialog is found by its title before anything is typed into it.
set -euo pipefail
out=docs/screenshots
jar=target/makegood.jar
disp=${SHOTS_DISPLAY:-:77}
data=$(mktemp -d)
xvfb=; app=; main=
# The app goes before its display: pulling the display from under it crashes it.
stop() {
  for p in $app $xvfb; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  app=; xvfb=
}
trap 'stop; rm -rf "$data"' EXIT
# Window places are kept in Java preferences: a folder of our own leaves the user's alone and starts from scratch.
# British English in the window and on the command line, so dates read "3 December 2026" and amounts are in pounds.
makegood=(java -Djava.util.prefs.userRoot="$data/prefs" -Duser.language=en -Duser.country=GB -jar "$jar" --data-dir "$data/db")
mg() { "${makegood[@]}" "$@"; }
mg import-json "$out/demo-incidents.json"

# A window whose title is exactly $1, waited for (the app starts slowly on a busy machine).
window() {
  local w
  for _ in $(seq 120); do
    w=$(xdotool search --onlyvisible --name "^$1\$" 2>/dev/null | tail -1) && [ -n "$w" ] && { echo "$w"; return; }
    sleep 0.5
  done
  echo "no window called '$1'" >&2; return 1
}
front() { xdotool windowfocus --sync "$(window "$1")"; sleep 0.3; }
shot() { sleep "${2:-1.5}"; import -window root "$out/$1.png"; echo "$out/$1.png"; }
type_() { xdotool type --delay 15 "$1"; }

# Starts Xvfb and the app at this screen size; the main window is then made to fill the screen.
start() {
  Xvfb "$disp" -screen 0 "$1x$2x24" -nolisten tcp & xvfb=$!
  export DISPLAY=$disp
  sleep 1
  "${makegood[@]}" & app=$!
  main=$(window MakeGood)
  xdotool windowmove "$main" 0 0 windowsize "$main" "$1" "$2"
  # The workbook opens in the background behind a spinner; the menu bar's dark text shows it is open.
  for _ in $(seq 120); do
    [ "$(import -window root -crop 80x36+0+0 +repage -colorspace gray -format '%[fx:minima<0.3]' info:)" = 1 ] && break
    sleep 0.5
  done
  sleep 3
}
# Opens the wedding-cake incident: search for it, Enter opens the top result; the window's title names it once open.
open_wedding() {
  xdotool key ctrl+f; type_ "wedding"; sleep 1; xdotool key Return
  for _ in $(seq 120); do [[ $(xdotool getwindowname "$main") == *wedding* ]] && break; sleep 0.5; done
  sleep 3
}

# --- 1366x768: the first start, with its setup dialog -------------------------------------------------------------
start 1366 768
front "Set up MakeGood"
# The name field should have the focus but may not (see the report), so Alt+N (Business _name) puts it there.
xdotool key alt+n; type_ "Crumb & Co Bakery"; xdotool key alt+s; type_ "Sam Baker"
shot first-run-setup
xdotool key Return
front MakeGood
shot main-window

# The rest of the business profile, with a made-up logo, so the letters have a letterhead.
convert -size 240x80 xc:none -fill '#2f6f5e' -draw "roundrectangle 0,0 79,79 14,14" -fill white \
  -pointsize 44 -font DejaVu-Serif-Bold -annotate +16+58 "C" -fill '#2f6f5e' -pointsize 30 \
  -annotate +92+52 "Crumb" "$data/logo.png"
xdotool key ctrl+comma
front "Business profile"
# Each label names its field (Alt+letter), so no field is reached by counting Tabs.
xdotool key alt+a; type_ "14 Mill Lane"; xdotool key Return; type_ "Bristol BS1 4QT"
xdotool key alt+p; type_ "0117 496 0123"
xdotool key alt+e; type_ "hello@crumbandco.example"
xdotool key alt+w; type_ "crumbandco.example"
xdotool key alt+l; type_ "$data/logo.png"; xdotool key Return
xdotool key alt+r; type_ "Owner"
shot business-profile 3
xdotool key Return
front MakeGood

# The wizard: the wedding-cake incident, then Alt+N (Next) through the pages. The app is
# slow on a busy machine, so every key waits; Escape drops the menu bar's highlight that Alt leaves behind.
open_wedding
shot step-0-what-happened
next() { xdotool key alt+n; sleep 3; xdotool key Escape; }
# The mouse wheel scrolls the page under the pointer; a click is about 40 pixels.
wheel() { xdotool mousemove 683 450; for _ in $(seq "$2"); do xdotool click "$1"; done; sleep 1; }
names=(what-happened admit thank explain make-amends prove-the-fix letters)
for i in 1 2 3 4 5; do
  next
  shot "step-$i-${names[$i]}"
done
# Prove the fix, further down: the actions with their type and priority, then the postmortem notes opened.
wheel 5 12
shot step-5-actions
wheel 4 40
xdotool mousemove 590 667 click 1 # the "Postmortem notes" title (no key opens it)
wheel 5 8
shot step-5-postmortem-notes
next
shot step-6-letters 5 # the preview is drawn in the background
wheel 5 40
xdotool mousemove 217 391 click 1 # the "Public page text" title, at the bottom of the page
wheel 5 40
shot step-6-public-page-text
stop

# --- 1024x600: the small screen -----------------------------------------------------------------------------------
start 1024 600
front MakeGood
shot main-window-1024x600 6  # the icon font and the compact header come a moment after the first frame
open_wedding
for _ in 1 2 3; do xdotool key alt+n; sleep 3; done; xdotool key Escape
shot step-3-explain-1024x600 6
xdotool key ctrl+comma
front "Business profile"
shot business-profile-1024x600 3
xdotool key Escape
stop

# --- The letters and the postmortem as printed (page 1 of each PDF) ----------------------------------------------
pdfs=$data/pdf
mkdir -p "$pdfs"
wedding=5a3d2c1e-0000-4000-8000-5a3d2c1e0001
page1() { pdftoppm -r 90 -png -f 1 -l 1 -singlefile "$1" "$out/$2"; echo "$out/$2.png"; }
for kind in apology update followup; do
  mg letters --incident "$wedding" --kind "$kind" --format pdf --out "$pdfs/$kind" >/dev/null
  page1 "$(ls "$pdfs/$kind"/*Lambert.pdf)" "letter-$kind" # Zoë, who accepted her offer
done
mg postmortem --incident "$wedding" --format pdf --out "$pdfs/postmortem.pdf"
page1 "$pdfs/postmortem.pdf" postmortem
