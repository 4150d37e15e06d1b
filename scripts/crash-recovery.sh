#!/usr/bin/env bash
# Kills the real editor with SIGKILL seconds after an edit, starts it again and restores
# the autosave: the edit must come back and save into the volunteer's file. Needs xvfb,
# xauth, xdotool, imagemagick, x11-utils, unzip and Mesa's GL.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=target/crash-recovery
rm -rf "$dir" && mkdir -p "$dir/config/placard"
dir=$(cd "$dir" && pwd)
# The first-run tour is marked as seen: its card would sit over the page being edited.
touch "$dir/config/placard/tour-seen"
fail() { echo "crash-recovery: $*" >&2; exit 1; }

cargo build --quiet --bin placard
target/debug/placard new poster-a2 -o "$dir/rally.placard" --set headline="FREE ASSANGE"

# Settings, data and autosaves in folders of its own, not the machine's home.
export XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" XDG_STATE_HOME="$dir/state"
export PLACARD_SMOKE_DIR="$dir" DIR="$dir"
xvfb-run -a -s '-screen 0 1600x1000x24' bash -c '
  set -e
  target/debug/placard "$DIR/rally.placard" > "$DIR/first.log" 2>&1 & app=$!
  for _ in $(seq 120); do [ -f "$DIR/canvas.json" ] && break; sleep 0.5; done
  sleep 1
  read -r cx cy < <(python3 -c "
import json, sys
c = json.load(open(sys.argv[1]))
bleed, h = 8.5, 1683.78
print(int(c[\"x\"] + c[\"width\"] / 2), int(c[\"y\"] + (bleed + 1200) / (h + 2 * bleed) * c[\"height\"]))
" "$DIR/canvas.json")
  xdotool search --name Placard windowfocus 2>/dev/null || true
  # Edit the headline on the canvas, then give autosave a few quiet seconds.
  xdotool mousemove "$cx" "$cy" click --repeat 2 --delay 80 1
  sleep 0.5
  xdotool key ctrl+a
  xdotool type --delay 30 "GENERAL STRIKE"
  xdotool key Escape
  sleep 6
  kill -9 $app
  wait $app 2>/dev/null || true
'
unzip -p "$dir"/state/placard/autosave/autosave-*.placard document.json | grep -q 'GENERAL STRIKE' \
  || fail "no autosave holds the edit"
grep -q 'GENERAL STRIKE' <(unzip -p "$dir/rally.placard" document.json) \
  && fail "the volunteer's own file was written by autosave"

xvfb-run -a -s '-screen 0 1600x1000x24' bash -c '
  target/debug/placard > "$DIR/second.log" 2>&1 & app=$!
  sleep 6
  xdotool search --name Placard windowfocus 2>/dev/null || true
  import -window root "$DIR/offer.png"
  # The offer is a dialog: Tab reaches Restore, space presses it; then save.
  xdotool key Tab
  sleep 0.3
  xdotool key space
  sleep 1
  xdotool key ctrl+s
  sleep 2
  import -window root "$DIR/restored.png"
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
'
unzip -p "$dir/rally.placard" document.json | grep -q 'GENERAL STRIKE' \
  || fail "the restored edit did not reach the file (see $dir/offer.png, restored.png)"
echo "crash-recovery: the edit survived kill -9 and was saved after restoring"
