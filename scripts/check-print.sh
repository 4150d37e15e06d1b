#!/usr/bin/env bash
# Checks a print-shop PDF with the tools a print shop would use: a poster from a
# template, with a photo, exported with bleed and crop marks, must have the right boxes,
# embedded subset fonts, the photo at its own size, extractable text, and a clean
# structure; a sticker's cut line must come out as its own CutContour plate in
# ghostscript's separations and not in the PNG. Needs poppler-utils, qpdf, mupdf-tools
# and ghostscript.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/check-print
rm -rf "$out" && mkdir -p "$out"
fail() { echo "check-print: $*" >&2; exit 1; }

cargo build --quiet --bin placard --example make_photo --example compare_region
placard=target/debug/placard
target/debug/examples/make_photo "$out/photo.jpg" 3000 2000
"$placard" new poster-a2 -o "$out/x.placard" --set headline="FREE ASSANGE" --set photo=@"$out/photo.jpg"
"$placard" render "$out/x.placard" -o "$out/x.pdf" --bleed --marks --bundled-fonts-only

pdf="$out/x.pdf"
echo "== pdfinfo -box"; pdfinfo -box "$pdf" | grep -E 'Box|Page size'
echo "== mutool pages (the boxes really in the file)"; mutool pages "$pdf" | tee "$out/pages.txt"
grep -q '<TrimBox' "$out/pages.txt" || fail "no TrimBox in the file"
grep -q '<BleedBox' "$out/pages.txt" || fail "no BleedBox in the file"
# Trim 420 x 594 mm; bleed 3 mm (8.5 pt) larger on each side.
pdfinfo -box "$pdf" | awk '
  /^TrimBox/  { tw = $4 - $2; th = $5 - $3; tx = $2; ty = $3 }
  /^BleedBox/ { bx = $2; by = $3; bw = $4 - $2; bh = $5 - $3 }
  END {
    mm = 25.4 / 72
    if (tw * mm < 419.9 || tw * mm > 420.1 || th * mm < 593.9 || th * mm > 594.1) { print "TrimBox is not 420 x 594 mm"; exit 1 }
    if ((tx - bx) * mm < 2.99 || (tx - bx) * mm > 3.01 || (bw - tw) * mm < 5.99 || (bw - tw) * mm > 6.01 || (bh - th) * mm < 5.99 || (bh - th) * mm > 6.01) { print "BleedBox is not 3 mm larger on each side"; exit 1 }
    printf "trim %.1f x %.1f mm, bleed %.2f mm\n", tw * mm, th * mm, (tx - bx) * mm
  }' || fail "page boxes are wrong"

echo "== pdffonts"; pdffonts "$pdf" | tee "$out/fonts.txt"
fonts=$(tail -n +3 "$out/fonts.txt")
[ -n "$fonts" ] || fail "no fonts"
echo "$fonts" | awk '{ n = NF; if ($(n-4) != "yes" || $(n-3) != "yes" || $(n-2) != "yes") bad = 1 } END { exit bad }' \
  || fail "a font is not embedded, subset and mapped to Unicode"

echo "== pdfimages -list"; pdfimages -list "$pdf" | tee "$out/images.txt"
tail -n +3 "$out/images.txt" | awk '$4 == 3000 && $5 == 2000 && $9 == "jpeg" { found = 1 } END { exit !found }' \
  || fail "the photo is not embedded at 3000 x 2000 as JPEG"

echo "== pdftotext"; pdftotext "$pdf" - | tee "$out/text.txt"
tr '\n' ' ' < "$out/text.txt" | grep -q 'FREE ASSANGE' || fail "the headline is not extractable text"

echo "== qpdf --check"; qpdf --check "$pdf" || fail "qpdf finds errors"

echo "== sticker cut line (ghostscript separations)"
"$placard" new sticker-round-75mm -o "$out/sticker.placard"
"$placard" render "$out/sticker.placard" -o "$out/sticker.pdf" --marks --bundled-fonts-only
gs -q -dNOPAUSE -dBATCH -sDEVICE=tiffsep -r72 -sOutputFile="$out/sep.tif" "$out/sticker.pdf"

[ -f "$out/sep(CutContour).tif" ] || fail "the sticker PDF has no CutContour plate"
# The plate holds the line (some dark pixels) and nothing else of the artwork.
inked=$(convert "$out/sep(CutContour).tif" -negate -format '%[fx:mean]' info:)
awk -v m="$inked" 'BEGIN { exit !(m > 0.001 && m < 0.1) }' || fail "the CutContour plate is empty or holds artwork ($inked)"
echo "CutContour plate present, $inked of it inked"
echo "== PDF/X-4 (print shop preset)"
"$placard" render "$out/x.placard" -o "$out/x4.pdf" --preset print-shop --bundled-fonts-only
qpdf --check "$out/x4.pdf" >/dev/null || fail "qpdf finds errors in the PDF/X"
pdfinfo -box "$out/x4.pdf" | grep -q '^TrimBox' || fail "no TrimBox in the PDF/X"
mutool show "$out/x4.pdf" trailer/Info/GTS_PDFXVersion | grep -q 'PDF/X-4' || fail "no GTS_PDFXVersion"
mutool show "$out/x4.pdf" trailer/Root/OutputIntents | grep -q 'GTS_PDFX' || fail "no PDF/X output intent"
gs -q -dNOPAUSE -dBATCH -sDEVICE=ppmraw -r20 -sOutputFile=/dev/null "$out/x4.pdf" > "$out/gs.txt" 2>&1
[ ! -s "$out/gs.txt" ] || { cat "$out/gs.txt"; fail "ghostscript warns about the PDF/X"; }
echo "PDF/X-4: output intent, version, boxes present; qpdf and ghostscript are silent"

echo "== CMYK (print shop preset): FOGRA39 inks only, within 300 % in every pixel"
mutool show "$out/x4.pdf" trailer/Root/OutputIntents | grep -q 'FOGRA39' || fail "the print shop PDF/X does not name FOGRA39"
qpdf --qdf --object-streams=disable "$out/x4.pdf" "$out/x4-plain.pdf"
if grep -a -q 'DeviceRGB' "$out/x4-plain.pdf"; then fail "RGB left in the CMYK print file"; fi
pdfimages -list "$out/x4.pdf" | tail -n +3 | awk '$4 == 3000 && $5 == 2000 && $6 == "cmyk" && $9 == "jpeg" { found = 1 } END { exit !found }' \
  || fail "the photo is not a 3000 x 2000 CMYK JPEG"
# Within the trim box: the crop marks outside it are registration colour (all four inks).
gs -q -dNOPAUSE -dBATCH -dUseTrimBox -sDEVICE=tiffsep -r36 -sOutputFile="$out/x4sep.tif" "$out/x4.pdf"
plates=()
for plate in Cyan Magenta Yellow Black; do
  [ -f "$out/x4sep($plate).tif" ] || fail "no $plate plate"
  plates+=("$out/x4sep($plate).tif")
done
# Plates are white where there is no ink: a quarter of the summed ink, at most 0.75.
quarter=$(convert "${plates[@]}" -fx '(4 - u[0] - u[1] - u[2] - u[3]) / 4' -format '%[fx:maxima]' info:)
awk -v q="$quarter" 'BEGIN { exit !(q > 0.2 && q <= 0.76) }' \
  || fail "total ink is $(awk -v q="$quarter" 'BEGIN { print q * 400 }') % somewhere"
echo "CMYK: FOGRA39 intent, no RGB, photo as CMYK JPEG, most ink $(awk -v q="$quarter" 'BEGIN { printf "%.0f", q * 400 }') %"
# A round sticker with its slogan on the rim: the bent words are real text that reads
# back as typed (English and Persian), and MuPDF draws the PDF as the engine draws the PNG.
for lang in en fa; do
  rim="$out/rim-$lang"
  LANG="${lang}_XX.UTF-8" "$placard" new sticker-round-rim-75mm -o "$rim.placard"
  "$placard" render "$rim.placard" -o "$rim.pdf"
  "$placard" render "$rim.placard" -o "$rim.png" --dpi 150
  # Lines joined, poppler's direction marks taken out.
  words=$(pdftotext "$rim.pdf" - | python3 -c 'import re, sys; print(" ".join(re.sub("[\u202a-\u202e\f\n]", "", sys.stdin.read()).split()))')
  case $lang in
    en) expected="FREE ASSANGE#FreeAssange" ;;
    fa) expected="آزادی برای آسانژ#آزادی_آسانژ" ;;
  esac
  [ "$words" = "$expected" ] || fail "the rim sticker ($lang) reads back as '$words', not '$expected'"
  mutool draw -q -r 150 -o "$rim-mupdf.png" "$rim.pdf" 2>/dev/null
  target/debug/examples/compare_region "$rim-mupdf.png" "$rim.png" 0 0 2 3 95 \
    || fail "MuPDF draws the rim sticker ($lang) otherwise than the PNG"
done
echo "rim sticker: the bent slogan reads back as typed in English and Persian; MuPDF and the PNG agree"
echo "check-print: all print checks passed"
