#!/usr/bin/env bash
# Takes the README's screenshots of the real editor under Xvfb: the start screen, and a
# poster with its headline selected. Needs xvfb, xauth, imagemagick, x11-utils, xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=$(mkdir -p target/screenshots && cd target/screenshots && pwd)
rm -f "$dir"/*
cargo build --quiet --release --bin placard --example make_photo
target/release/examples/make_photo "$dir/photo.jpg" 2400 1600
target/release/placard new poster-a2 -o "$dir/poster.placard" --set headline="FREE ASSANGE" --set photo=@"$dir/photo.jpg"

export SHOTS="$dir"
xvfb-run -a -s '-screen 0 1600x1000x24' bash -c '
  target/release/placard & app=$!
  sleep 6
  import -window root "$SHOTS/start.png"
  kill $app; wait $app 2>/dev/null || true
  PLACARD_SMOKE_DIR="$SHOTS" target/release/placard "$SHOTS/poster.placard" & app=$!
  for _ in $(seq 60); do [ -f "$SHOTS/canvas.json" ] && break; sleep 0.5; done
  sleep 1
  # Click the headline: the canvas region shows the bleed box of a 420 x 594 mm page.
  read -r cx cy < <(python3 -c "
import json, sys
c = json.load(open(sys.argv[1]))
bleed, w, h = 8.5, 1190.55, 1683.78
print(int(c[\"x\"] + c[\"width\"] / 2), int(c[\"y\"] + (bleed + 1200) / (h + 2 * bleed) * c[\"height\"]))
" "$SHOTS/canvas.json")
  xdotool mousemove "$cx" "$cy" click 1
  sleep 2
  import -window root "$SHOTS/editor.png"
  kill $app; wait $app 2>/dev/null || true
'
# The window is 1400 x 900 at the top-left of the screen.
convert "$dir/start.png" -crop 1400x900+0+0 +repage docs/screenshot-start.png
convert "$dir/editor.png" -crop 1400x900+0+0 +repage docs/screenshot-editor.png
echo "screenshots written to docs/"
