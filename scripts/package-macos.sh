#!/usr/bin/env bash
# Makes the macOS app bundle, Placard.app, for Apple silicon and Intel Macs in one
# (a universal binary), with its icon and the .placard document type, and a zip of it:
#
#   scripts/package-macos.sh [OUT_DIR]
#
# Runs on macOS with Xcode's command line tools (lipo, iconutil, codesign, ditto) and
# the Rust targets aarch64-apple-darwin and x86_64-apple-darwin. The bundle is signed
# ad hoc, not notarised: macOS asks once before opening it (right click, Open).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/dist}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
targets=(aarch64-apple-darwin x86_64-apple-darwin)
for target in "${targets[@]}"; do
  cargo build --release --bin placard --target "$target"
done

mkdir -p "$out"
app="$out/Placard.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
lipo -create -output "$app/Contents/MacOS/placard" \
  "target/${targets[0]}/release/placard" "target/${targets[1]}/release/placard"
sed "s/@VERSION@/$version/g" packaging/macos/Info.plist > "$app/Contents/Info.plist"

# The app's icon and the document icon, from the same pictures the Linux desktop uses.
icons=packaging/linux/icons/hicolor
make_icns() { # kind (apps|mimetypes), file name in the folders, icns name
  local iconset
  iconset=$(mktemp -d)/"$3".iconset
  mkdir -p "$iconset"
  for size in 16 32 128 256 512; do
    cp "$icons/${size}x${size}/$1/$2" "$iconset/icon_${size}x${size}.png"
    double=$((size * 2))
    if [ -f "$icons/${double}x${double}/$1/$2" ]; then
      cp "$icons/${double}x${double}/$1/$2" "$iconset/icon_${size}x${size}@2x.png"
    fi
  done
  iconutil --convert icns --output "$app/Contents/Resources/$3.icns" "$iconset"
}
make_icns apps org.placard.Placard.png Placard
make_icns mimetypes application-x-placard.png PlacardDocument
cp COPYING README.md "$app/Contents/Resources/"

codesign --force --sign - "$app"
zip="$out/placard-$version-macos-universal.zip"
rm -f "$zip"
ditto -c -k --keepParent "$app" "$zip"
echo "$zip"
