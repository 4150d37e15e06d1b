#!/bin/sh
# Makes fonts/lucide/lucide-placard.ttf: the icons named in fonts/lucide/icons.txt, cut
# from the Lucide icon font (npm package lucide-static, ISC licence), so the editor
# carries a few kilobytes instead of the whole font. Needs npm and fonttools
# (pip install fonttools). The version is pinned so the result is the same each time.
set -eu
VERSION=1.62.0
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "lucide-static@$VERSION" >/dev/null 2>&1
tar xzf "lucide-static-$VERSION.tgz"
codepoints=$(python3 - "$here/fonts/lucide/icons.txt" package/font/codepoints.json <<'PY'
import json, sys
names = [l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")]
points = json.load(open(sys.argv[2]))
missing = [n for n in names if n not in points]
if missing:
    sys.exit("not in Lucide: " + ", ".join(missing))
print(",".join("U+%04X" % points[n] for n in names))
PY
)
pyftsubset package/font/lucide.ttf --unicodes="$codepoints" \
    --output-file="$here/fonts/lucide/lucide-placard.ttf" --no-hinting --desubroutinize
cp package/LICENSE "$here/fonts/lucide/LICENSE.txt"
echo "fonts/lucide/lucide-placard.ttf: $(wc -c < "$here/fonts/lucide/lucide-placard.ttf") bytes"
