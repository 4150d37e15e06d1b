#!/usr/bin/env bash
# Hostile files against the real program: each is refused with a message naming the file
# and what is wrong, and no run needs more than 1 GiB of memory (GNU time's maximum
# resident size). Needs python3 and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/hostile-memory
rm -rf "$out" && mkdir -p "$out"
fail() { echo "hostile-memory: $*" >&2; exit 1; }

cargo build --quiet --bin placard
placard=$(pwd)/target/debug/placard

python3 - "$out" <<'PY'
import struct, sys, zipfile, zlib
out = sys.argv[1]
doc = '{"format_version": 1, "title": "x", "pages": [{"width": 100, "height": 100, "bleed": 0, "background": {"type": "none"}, "elements": [%s]}]}'
image = '{"x": 0, "y": 0, "width": 10, "height": 10, "type": "%s", "asset": "%s"}'
def placard(name, entries):
    with zipfile.ZipFile(f"{out}/{name}", "w", zipfile.ZIP_DEFLATED) as z:
        for entry, data in entries:
            z.writestr(entry, data)
placard("slip.placard", [("document.json", doc % ""), ("../../evil.sh", "rm -rf ~")])
placard("absolute.placard", [("document.json", doc % ""), ("/etc/passwd", "x")])
placard("json.placard", [("document.json", "{ not json")])
placard("future.placard", [("document.json", (doc % "").replace('"format_version": 1', '"format_version": 99'))])
placard("missing.placard", [("document.json", doc % (image % ("image", "gone.jpg")))])
# 600 MiB of zeros, streamed into the zip.
with zipfile.ZipFile(f"{out}/zipbomb.placard", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("document.json", doc % (image % ("image", "zeros.png")))
    with z.open("assets/zeros.png", "w", force_zip64=True) as f:
        block = bytes(16 * 1024 * 1024)
        for _ in range(600 // 16 + 1):
            f.write(block)
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
bomb = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100000, 100000, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", bytes([0x78, 0x9C, 0x03, 0, 0, 0, 0, 1])) + chunk(b"IEND", b""))
open(f"{out}/bomb.png", "wb").write(bomb)
placard("bombpng.placard", [("document.json", doc % (image % ("image", "bomb.png"))), ("assets/bomb.png", bomb)])
open(f"{out}/secret.txt", "w").write("not for you")
svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="file://{out}/secret.txt" width="10" height="10"/></svg>'
placard("href.placard", [("document.json", doc % (image % ("svg", "evil.svg"))), ("assets/evil.svg", svg)])
PY
cp tests/fixtures/truncated.jpg "$out/"

# Runs the program, keeps its message and its peak memory.
run() {
  local name=$1; shift
  /usr/bin/time -f '%M' -o "$out/$name.kb" "$placard" "$@" > "$out/$name.out" 2> "$out/$name.err" && echo 0 > "$out/$name.status" || echo $? > "$out/$name.status"
  local kb; kb=$(cat "$out/$name.kb" | tail -1)
  [ "$kb" -lt 1048576 ] || fail "$name used $kb KiB"
  printf '%-18s exit %s, peak %6s KiB: %s\n' "$name" "$(cat "$out/$name.status")" "$kb" "$(head -1 "$out/$name.err")"
}
refused() {
  local name=$1 needle=$2; shift 2
  run "$name" "$@"
  [ "$(cat "$out/$name.status")" = 1 ] || fail "$name was not refused"
  grep -q -- "$needle" "$out/$name.err" || fail "$name: '$needle' not in: $(cat "$out/$name.err")"
  ! grep -q panicked "$out/$name.err" || fail "$name panicked"
}

refused zip-slip "unsafe entry name" check "$out/slip.placard"
refused absolute "unsafe entry name" check "$out/absolute.placard"
refused bad-json "document.json is damaged" check "$out/json.placard"
refused future "newer Placard" check "$out/future.placard"
refused missing "gone.jpg" check "$out/missing.placard"
refused zip-bomb "implausibly large" check "$out/zipbomb.placard"
refused bomb-png "too large" new poster-a2 -o "$out/x.placard" --set "photo=@$out/bomb.png"
refused bomb-in-file "too large" render "$out/bombpng.placard" -o "$out/x.png"
refused truncated "damaged or cut short" new poster-a2 -o "$out/y.placard" --set "photo=@$out/truncated.jpg"
# An SVG pointing at a local file is drawn without it.
run svg-href render "$out/href.placard" -o "$out/href.png" --bundled-fonts-only
[ "$(cat "$out/svg-href.status")" = 0 ] || fail "the SVG with a file link was not drawn: $(cat "$out/svg-href.err")"
echo "hostile-memory: every hostile file refused or made harmless, each run under 1 GiB"
