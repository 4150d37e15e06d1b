#!/usr/bin/env bash
# Takes the documentation's screenshots of the real editor under Xvfb, at three screen
# sizes (1280×720, 1600×1000, 1920×1080): the start screen, a poster with its headline
# selected, the Print & download window and the colour chooser. The window is resized to fill the screen
# first, so each picture also shows the page fitted after a resize. Needs xvfb, xauth,
# imagemagick, x11-utils, xdotool. Writes docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=$(mkdir -p target/screenshots && cd target/screenshots && pwd)
rm -rf "${dir:?}"/*
cargo build --quiet --bin placard --example make_photo
target/debug/examples/make_photo "$dir/photo.jpg" 2400 1600
target/debug/placard new poster-a2 -o "$dir/poster.placard" \
  --set headline="FREE ASSANGE" --set subhead="روزنامه‌نگاری جرم نیست" --set photo=@"$dir/photo.jpg"
mkdir -p docs/screenshots

for size in 1280x720 1600x1000 1920x1080; do
  w=${size%x*}
  h=${size#*x}
  export SHOTS="$dir" W="$w" H="$h" SIZE="$size"
  # A home of its own: no autosaved work or recent files from elsewhere, and the
  # first-run tour already seen.
  mkdir -p "$dir/home-$size/.config/placard"
  touch "$dir/home-$size/.config/placard/tour-seen"
  HOME="$dir/home-$size" xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
    fill_screen() {
      for _ in $(seq 40); do
        id=$(xdotool search --name Placard 2>/dev/null | head -1) && [ -n "$id" ] && break
        sleep 0.5
      done
      xdotool windowmove "$id" 0 0 windowsize "$id" "$W" "$H"
      sleep 3
    }
    target/debug/placard & app=$!
    fill_screen
    xdotool mousemove $((W - 20)) $((H - 40))
    sleep 1
    import -window root "$SHOTS/start-$SIZE.png"
    kill $app; wait $app 2>/dev/null || true

    target/debug/placard "$SHOTS/poster.placard" & app=$!
    fill_screen
    # The headline in the layers drawer (fourth row from the top).
    xdotool mousemove 175 175 click 1
    sleep 2
    import -window root "$SHOTS/editor-$SIZE.png"
    # The text colour button in the bar over the canvas.
    xdotool mousemove 780 74 click 1
    sleep 2
    import -window root "$SHOTS/colour-chooser-$SIZE.png"
    xdotool key Escape
    sleep 1
    # Print & download, at the right end of the top bar.
    xdotool mousemove $((W - 85)) 42 click 1
    sleep 2
    import -window root "$SHOTS/print-download-$SIZE.png"
    kill $app; wait $app 2>/dev/null || true
  '
  for shot in start editor colour-chooser print-download; do
    cp "$dir/$shot-$size.png" "docs/screenshots/$shot-$size.png"
  done
done
echo "screenshots written to docs/screenshots/"
