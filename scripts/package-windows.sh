#!/usr/bin/env bash
# Makes the Windows zip: placard.exe with the README, the licence and the list of what
# the program carries (fonts, icons, printing profiles) and under which licences.
#
#   scripts/package-windows.sh [OUT_DIR]
#
# Runs in Git Bash on Windows (GitHub's Windows runners have it, with 7-Zip).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/dist}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
cargo build --release --bin placard
name="placard-$version-x86_64-windows"
staging="target/windows/$name"
rm -rf "$staging" && mkdir -p "$staging" "$out"
cp target/release/placard.exe README.md "$staging/"
cp COPYING "$staging/COPYING.txt"
cp packaging/debian/copyright "$staging/LICENSES.txt"
zip="$(cd "$out" && pwd)/$name.zip"
rm -f "$zip"
(cd target/windows && 7z a -tzip -bd "$zip" "$name" >/dev/null)
echo "$zip"
