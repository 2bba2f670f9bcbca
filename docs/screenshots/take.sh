#!/usr/bin/env bash
# Takes the README screenshots from the real app in a 1280x800 virtual display.
# Needs: xvfb, xdotool, imagemagick (apt). Run from the repository root after `mvn package`.
set -euo pipefail
out=docs/screenshots
data=$(mktemp -d)
java -jar target/makegood.jar --data-dir "$data" import-json "$out/demo-incidents.json"
Xvfb :77 -screen 0 1280x800x24 & xvfb=$!
export DISPLAY=:77
sleep 1
LC_ALL=en_GB.UTF-8 java -Duser.language=en -Duser.country=GB -jar target/makegood.jar --data-dir "$data" & app=$!
trap 'kill $app $xvfb 2>/dev/null; rm -rf "$data"' EXIT
sleep 6
shot() { sleep 1.5; import -window root "$out/$1.png"; }
shot main-window
# The business profile, with a made-up logo, so the letters have a letterhead.
convert -size 240x80 xc:none -fill '#2f6f5e' -draw "roundrectangle 0,0 79,79 14,14" -fill white \
  -pointsize 44 -font DejaVu-Serif-Bold -annotate +16+58 "C" -fill '#2f6f5e' -pointsize 30 \
  -annotate +92+52 "Crumb" "$data/logo.png"
xdotool key ctrl+comma; sleep 1.5
field() { xdotool type --delay 10 "$1"; xdotool key "${2:-Tab}"; }
field "Crumb & Co Bakery"; field "14 Mill Lane" Return; field "Bristol BS1 4QT" ctrl+Tab
field "0117 496 0123"; field "hello@crumbandco.example"; field "crumbandco.example"; field "$data/logo.png" Return
xdotool key Tab Tab Tab; field "Sam Baker"; xdotool type --delay 10 "Owner"
shot business-profile
xdotool key Return; sleep 1; xdotool key ctrl+f; sleep 0.5
# Open the wedding-cake incident: search for it, then Enter.
xdotool type --delay 40 "wedding"; xdotool key Return
shot step-0-what-happened
x=(0 212 306 406 532 678 799)
names=(what-happened admit thank explain make-amends prove-the-fix letters)
for i in 1 2 3 4 5 6; do
  xdotool mousemove "${x[$i]}" 104 click 1
  shot "step-$i-${names[$i]}"
done
