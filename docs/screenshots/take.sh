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
# Open the wedding-cake incident: search for it, then Enter.
xdotool type --delay 40 "wedding"; xdotool key Return
shot step-0-what-happened
x=(0 212 306 406 532 678)
names=(what-happened admit thank explain make-amends prove-the-fix)
for i in 1 2 3 4 5; do
  xdotool mousemove "${x[$i]}" 104 click 1
  shot "step-$i-${names[$i]}"
done
