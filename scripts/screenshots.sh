#!/usr/bin/env bash
# Takes the documentation's screenshots of the real editor under Xvfb, at three screen
# sizes (1280×720, 1600×1000, 1920×1080): the start screen, a poster with its headline
# selected, the Print & download window and the colour chooser. The window is resized to fill the screen
# first, so each picture also shows the page fitted after a resize. Then the editor and
# the start screen at 1280×720 in Persian, Arabic and Spanish, each with a design in
# that language. Needs xvfb, xauth, imagemagick, x11-utils, xdotool. Writes
# docs/screenshots/.
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
# The editor in other languages: the language chosen as the editor keeps it, a design
# from a template in that language, its headline selected in the layers drawer (on the
# right in Persian and Arabic).
for language in fa ar es; do
  export SHOTS="$dir" W=1280 H=720 LANGUAGE_TAG="$language"
  home="$dir/home-$language"
  mkdir -p "$home/.config/placard"
  touch "$home/.config/placard/tour-seen"
  echo "$language" > "$home/.config/placard/language"
  target/debug/placard new "poster-a3-$language" -o "$dir/poster-$language.placard" \
    --set photo=@"$dir/photo.jpg"
  HOME="$home" xvfb-run -a -s "-screen 0 1280x720x24" bash -c '
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
    # The pointer off the cards, so no tooltip covers them.
    xdotool mousemove $((W / 2)) $((H - 10))
    sleep 1
    import -window root "$SHOTS/start-$LANGUAGE_TAG.png"
    kill $app; wait $app 2>/dev/null || true
    target/debug/placard "$SHOTS/poster-$LANGUAGE_TAG.placard" & app=$!
    fill_screen
    if [ "$LANGUAGE_TAG" = es ]; then x=175; else x=$((W - 175)); fi
    xdotool mousemove "$x" 175 click 1
    sleep 2
    import -window root "$SHOTS/editor-$LANGUAGE_TAG.png"
    kill $app; wait $app 2>/dev/null || true
  '
  for shot in start editor; do
    cp "$dir/$shot-$language.png" "docs/screenshots/$shot-1280x720-$language.png"
  done
done
echo "screenshots written to docs/screenshots/"
