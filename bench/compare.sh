#!/bin/sh
# Placard against resvg, rsvg-convert, Inkscape and svg2pdf on the same posters; writes
# the results into docs/PERFORMANCE.md. Peers: `cargo install resvg svg2pdf-cli` and
# `apt-get install librsvg2-bin inkscape` (missing ones are reported, not fatal).
set -e
cd "$(dirname "$0")/.."
exec python3 bench/compare.py "$@"
