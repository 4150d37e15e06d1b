#!/usr/bin/env bash
# Holds the SVG corpus to the rasterisers print shops use: each corpus file is placed in
# boxes of three shapes, exported as PNG and PDF, and the PDF rasterised by MuPDF,
# poppler and Ghostscript; the PNG must differ from each of them by no more than they
# differ among themselves, plus 1 % of the pixels (examples/tool_fidelity.rs). The
# figures go to target/tool-fidelity/tool-fidelity.tsv (docs/FIDELITY.md). Needs
# mupdf-tools, poppler-utils and ghostscript.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet --example tool_fidelity
out=target/tool-fidelity
rm -rf "$out"
if target/debug/examples/tool_fidelity tests/corpus/svg "$out" 100 > "$out.log" 2>&1; then
  echo "fidelity-tools: every corpus file's PNG is within the rasterisers' own spread plus 1 %"
else
  cat "$out.log" >&2
  echo "fidelity-tools: some corpus files depart from what the rasterisers print (see $out)" >&2
  exit 1
fi
