#!/usr/bin/env bash
# Derives every icon the app and the installers need from the one source image
# assets/icon/makegood.svg. The results are committed, so building needs none of these tools.
#
#   installer/icons.sh            (Debian/Ubuntu; installs its tools with apt-get when run as root)
#
# Writes:
#   assets/icon/makegood-{16,24,32,48,64,128,256,512}.png   window icons (classpath /assets/icon/...), Linux
#   installer/resources/makegood.png                         Linux package icon (512 px)
#   installer/resources/makegood.ico                         Windows (16, 24, 32, 48, 64, 128, 256)
#   installer/resources/makegood.icns                        macOS (png2icns from icnsutils)
#
# On a Mac, the .icns can instead be made with Apple's own tool:
#   mkdir makegood.iconset
#   for s in 16 32 128 256 512; do
#     sips -z $s $s assets/icon/makegood-512.png --out makegood.iconset/icon_${s}x${s}.png
#     d=$((s*2)); sips -z $d $d assets/icon/makegood-512.png --out makegood.iconset/icon_${s}x${s}@2x.png
#   done
#   iconutil -c icns makegood.iconset -o installer/resources/makegood.icns
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1; }
if ! need rsvg-convert || ! need icotool || ! need png2icns; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q && apt-get install -y -q librsvg2-bin icoutils icnsutils
  else
    echo "Needs rsvg-convert, icotool and png2icns: sudo apt-get install librsvg2-bin icoutils icnsutils" >&2
    exit 1
  fi
fi

src=assets/icon/makegood.svg
out=installer/resources
mkdir -p "$out"
for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" "$src" -o "/tmp/makegood-icon-$s.png"
done
for s in 16 24 32 48 64 128 256 512; do
  cp "/tmp/makegood-icon-$s.png" "assets/icon/makegood-$s.png"
done
cp assets/icon/makegood-512.png "$out/makegood.png"
# Windows: 256 px is stored as PNG inside the .ico (-r), the small ones as bitmaps.
icotool -c -o "$out/makegood.ico" \
  /tmp/makegood-icon-{16,24,32,48,64,128}.png -r /tmp/makegood-icon-256.png
# macOS: png2icns accepts 16, 32, 48, 128, 256, 512 and 1024 px.
png2icns "$out/makegood.icns" /tmp/makegood-icon-{16,32,48,128,256,512,1024}.png >/dev/null
rm -f /tmp/makegood-icon-*.png
ls -l assets/icon "$out"
