#!/usr/bin/env bash
# Makes docs/templates.png: every built-in template, every page, with a sample photo.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mkdir -p target/contact-sheet && cd target/contact-sheet && pwd)
cargo build --quiet --release --example make_photo --example contact_sheet
target/release/examples/make_photo "$dir/photo.jpg" 1600 1067
target/release/examples/contact_sheet docs/templates.png "$dir/photo.jpg"
