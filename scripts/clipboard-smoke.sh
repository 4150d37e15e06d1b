#!/usr/bin/env bash
# Pastes into the real editor under Xvfb what other programs put on the X11 clipboard
# (with xclip): a big JPEG with the photo frame selected must go into the frame, and text
# must become a text box; the design is saved and its file read back. Needs xvfb, xauth,
# xdotool, xclip, imagemagick, unzip and Mesa's GL.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=target/clipboard-smoke
rm -rf "$dir" && mkdir -p "$dir/config/placard"
dir=$(cd "$dir" && pwd)
fail() { echo "clipboard-smoke: $*" >&2; exit 1; }
# The first-run tour is marked as seen: its card would sit over the page.
touch "$dir/config/placard/tour-seen"

cargo build --quiet --bin placard --example make_photo
target/debug/placard new poster-a2 -o "$dir/rally.placard" --set headline="FREE ASSANGE"
# A photo big enough that X11 hands it over in increments.
target/debug/examples/make_photo "$dir/photo.jpg" 2400 1600
printf 'General Strike Now!' > "$dir/slogan.txt"

# Settings, data and autosaves in folders of its own, not the machine's home.
export XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" XDG_STATE_HOME="$dir/state"
export PLACARD_SMOKE_DIR="$dir" DIR="$dir"
# A click on the empty frame asks for its photo: with no session bus and no zenity the
# editor's own browser opens inside the window, as on a bare volunteer's desktop; a
# desktop dialog would be another window and take the keys meant for the editor.
unset DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR
{ echo "zenity: $(command -v zenity || echo none)"; } > "$dir/steps.log"
xvfb-run -a -s '-screen 0 1600x1000x24' bash -c '
  set -e
  target/debug/placard "$DIR/rally.placard" > "$DIR/app.log" 2>&1 & app=$!
  for _ in $(seq 120); do [ -f "$DIR/canvas.json" ] && break; sleep 0.5; done
  timeout 30 xdotool search --sync --onlyvisible --name Placard > "$DIR/window-id" || true
  sleep 1
  # The photo frame fills the top of the poster template; the grey beside the page is
  # empty.
  read -r px py gx gy < <(python3 -c "
import json, sys
c = json.load(open(sys.argv[1]))
print(int(c[\"x\"] + c[\"width\"] / 2), int(c[\"y\"] + c[\"height\"] * 0.2), int(c[\"x\"] - 40), int(c[\"y\"] + c[\"height\"] * 0.9))
" "$DIR/canvas.json")
  # Saves with Ctrl+S until the saved file holds what was pasted: a slow machine takes
  # longer to read and decode a big picture, and a fixed wait would fail there.
  save_until() {
    for _ in $(seq 40); do
      xdotool key ctrl+s
      sleep 1
      unzip -p "$DIR/rally.placard" document.json 2>/dev/null | grep -q "$1" && return 0
    done
    echo "nothing with \"$1\" was saved within 40 s" >> "$DIR/steps.log"
  }
  xdotool search --name Placard windowfocus 2>/dev/null || true
  xclip -selection clipboard -t image/jpeg -i "$DIR/photo.jpg"
  sleep 0.5
  { echo "the clipboard offers:"; xclip -selection clipboard -t TARGETS -o || true; } >> "$DIR/steps.log" 2>&1
  xdotool mousemove "$px" "$py" click 1
  sleep 0.5
  xdotool key ctrl+v
  echo "photo pasted at $px,$py" >> "$DIR/steps.log"
  save_until pasted.jpg
  xclip -selection clipboard -i "$DIR/slogan.txt"
  xdotool mousemove "$gx" "$gy" click 1
  sleep 0.5
  xdotool key ctrl+v
  echo "text pasted at $gx,$gy" >> "$DIR/steps.log"
  save_until "General Strike Now!"
  import -window root "$DIR/pasted.png"
  xwininfo -root -tree | grep -E "^ +0x" | grep -v "has no name" >> "$DIR/steps.log" || true
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
'
tell() {
  echo "--- steps" >&2; cat "$dir/steps.log" >&2 || true
  echo "--- app.log" >&2; tail -n 40 "$dir/app.log" >&2 || true
  echo "--- saved files" >&2; unzip -l "$dir/rally.placard" >&2 || true
}
unzip -l "$dir/rally.placard" | grep -q 'pasted.jpg' \
  || { tell; fail "the pasted JPEG is not in the saved design (see $dir/pasted.png, app.log)"; }
python3 - "$dir/rally.placard" <<'PY' || { tell; fail "the pasted photo or text is not where it belongs (see $dir/pasted.png)"; }
import json, sys, zipfile
doc = json.loads(zipfile.ZipFile(sys.argv[1]).read("document.json"))
elements = doc["pages"][0]["elements"]
def uses(e, asset):
    return asset in json.dumps(e.get("kind", e))
photos = [e for e in elements if uses(e, "pasted.jpg")]
texts = [e for e in elements if "General Strike Now!" in json.dumps(e)]
# The JPEG went into the template's frame (its slot kept), not onto a new layer.
assert len(photos) == 1 and photos[0].get("slot") == "photo", photos
assert len(texts) == 1, texts
PY
echo "clipboard-smoke: a big JPEG pasted into the photo frame and pasted text became a text box"
