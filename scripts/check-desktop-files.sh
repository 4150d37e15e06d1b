#!/usr/bin/env bash
# Checks what a desktop needs to know Placard by, with the freedesktop tools themselves:
# the desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli), the
# MIME type (update-mime-database maps *.placard to it), the thumbnailer (its Exec line,
# run as a file manager runs it, writes a PNG of a design) and the icons (each PNG the
# size its folder names). Needs desktop-file-utils, appstream, shared-mime-info, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
linux=packaging/linux
fail() { echo "check-desktop-files: $*" >&2; exit 1; }

desktop-file-validate "$linux/org.placard.Placard.desktop" || fail "the desktop entry is not valid"
appstreamcli validate --no-net "$linux/org.placard.Placard.metainfo.xml" \
  || fail "the AppStream metainfo is not valid"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp "$linux/placard.xml" "$work/mime/packages/"
update-mime-database "$work/mime" 2>/dev/null
grep -q '^50:application/x-placard:\*\.placard$' "$work/mime/globs2" \
  || fail "the MIME database does not map *.placard to application/x-placard"
grep -q '^MimeType=application/x-placard;$' "$linux/org.placard.Placard.desktop" \
  || fail "the desktop entry does not open application/x-placard"

# The thumbnailer, run as a file manager runs it.
cargo build --quiet --bin placard
target/debug/placard new poster-a3 -o "$work/poster.placard"
exec_line=$(sed -n 's/^Exec=//p' "$linux/placard.thumbnailer")
command=${exec_line//%i/$work/poster.placard}
command=${command//%o/$work/thumbnail.png}
command=${command//%s/256}
PATH="$PWD/target/debug:$PATH" bash -c "$command" || fail "the thumbnailer failed: $command"
python3 - "$work/thumbnail.png" "$linux/icons/hicolor" <<'PY' || fail "a picture is not what it should be"
import pathlib, struct, sys

def png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])

width, height = png_size(pathlib.Path(sys.argv[1]))
assert max(width, height) == 256, f"the thumbnail is {width}x{height}"
icons = list(pathlib.Path(sys.argv[2]).glob("*x*/*/*.png"))
assert icons, "no icons"
for icon in icons:
    side = int(icon.parent.parent.name.split("x")[0])
    assert png_size(icon) == (side, side), f"{icon} is not {side}x{side}"
print(f"thumbnail {width}x{height}; {len(icons)} icons at their sizes")
PY
echo "check-desktop-files: the desktop entry, metainfo, MIME type, thumbnailer and icons hold"
