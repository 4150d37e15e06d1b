#!/usr/bin/env bash
# Checks the Linux packages as a volunteer's machine meets them. Makes the Debian package
# and the portable archive (scripts/package-linux.sh, from the dev build `cargo test`
# made), holds the package to lintian, then:
# - installs it with apt into a fresh, minimal Debian root made here (debootstrap), and
#   there runs `placard --version`, makes a poster from a template, renders its print-shop
#   PDF, runs the thumbnailer as a file manager does, and asks the desktop's own tools
#   (gio) what a .placard file is and what opens it;
# - installs the archive with its install.sh into an empty home, checks the same, and
#   removes it again.
# Needs root (for the Debian root), the network (Debian's mirror), debootstrap, lintian,
# dpkg-deb, poppler-utils, desktop-file-utils, appstream, shared-mime-info and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "check-packages: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "needs root to make and enter a Debian root"

mirror=${PLACARD_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=${PLACARD_DEBIAN_SUITE:-bookworm}
cargo_deb_version=3.8.0
if [ "$(cargo-deb --version 2>/dev/null | awk '{print $2}')" != "$cargo_deb_version" ]; then
  cargo install --quiet cargo-deb --version "$cargo_deb_version" --locked
fi

work=target/check-packages
rm -rf "$work" && mkdir -p "$work"
work=$(cd "$work" && pwd)
cargo build --quiet --bin placard
mapfile -t made < <(scripts/package-linux.sh --profile dev --no-build --out "$work")
deb=${made[0]}
archive=${made[1]}
if [ ! -f "$deb" ] || [ ! -f "$archive" ]; then fail "the packages were not made"; fi
echo "check-packages: made $(basename "$deb") and $(basename "$archive")"

# --- The Debian package, as Debian's checker sees it --------------------------------------
lintian --fail-on error,warning "$deb" || fail "lintian finds errors or warnings in $deb"
mkdir -p "$work/contents"
dpkg-deb --extract "$deb" "$work/contents"
desktop-file-validate "$work/contents/usr/share/applications/org.placard.Placard.desktop" \
  || fail "the packaged desktop entry is not valid"
appstreamcli validate --no-net "$work/contents/usr/share/metainfo/org.placard.Placard.metainfo.xml" \
  || fail "the packaged AppStream metainfo is not valid"

# --- Installed into a fresh, minimal Debian ------------------------------------------------
root="$work/debian-root"
debootstrap --variant=minbase "$suite" "$root" "$mirror" > "$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap could not make a Debian root"; }
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
in_root apt-get update -qq
# What any desktop has to know file types and menu entries by; installed first, so that
# the package's files are registered by its triggers as on a desktop.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  shared-mime-info desktop-file-utils libglib2.0-bin > "$work/apt.log" 2>&1 \
  || { tail -20 "$work/apt.log" >&2; fail "the desktop tools did not install"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "/tmp/$(basename "$deb")" >> "$work/apt.log" 2>&1 \
  || { tail -20 "$work/apt.log" >&2; fail "apt could not install the package"; }

installed_version=$(in_root placard --version)
built_version=$(target/debug/placard --version)
[ "$installed_version" = "$built_version" ] \
  || fail "the installed program says '$installed_version', the build '$built_version'"
in_root placard new poster-a3 -o /root/poster.placard --set headline="GENERAL STRIKE NOW!"
in_root placard render /root/poster.placard --preset print-shop -o /root/poster.pdf
# A Persian poster on a machine with no fonts installed at all: the program carries its own.
in_root placard new poster-a3-fa -o /root/persian.placard
in_root placard render /root/persian.placard -o /root/persian.pdf
thumbnailer="$root/usr/share/thumbnailers/placard.thumbnailer"
exec_line=$(sed -n 's/^Exec=//p' "$thumbnailer")
command=${exec_line//%i//root/poster.placard}
command=${command//%o//root/thumbnail.png}
command=${command//%s/256}
in_root sh -c "$command" || fail "the installed thumbnailer failed: $command"
content_type=$(in_root gio info --attributes=standard::content-type /root/poster.placard \
  | sed -n 's/^ *standard::content-type: //p')
[ "$content_type" = application/x-placard ] \
  || fail "the installed MIME database calls a .placard file '$content_type'"
in_root gio mime application/x-placard | grep -q '^Default application for .*org\.placard\.Placard\.desktop' \
  || fail "the installed desktop does not open .placard files with Placard"

pdffonts "$root/root/poster.pdf" > "$work/pdffonts.txt"
grep -q ' yes yes ' "$work/pdffonts.txt" || fail "the PDF made in the Debian root embeds no fonts"
pdftotext "$root/root/poster.pdf" - | tr '\n' ' ' | grep -q 'GENERAL STRIKE NOW!' \
  || fail "the PDF made in the Debian root does not carry the headline"
pdffonts "$root/root/persian.pdf" | grep -q 'NotoSansArabic' \
  || fail "the Persian poster made in the Debian root is not set in Noto Sans Arabic"
[ "$(in_root sh -c 'ls /usr/share/fonts 2>/dev/null | wc -l')" = 0 ] \
  || fail "the Debian root has fonts of its own; the check means a machine with none"
check_png() {
  python3 - "$1" "$2" <<'PY' || fail "$1 is not a ${2}px picture"
import pathlib, struct, sys
data = pathlib.Path(sys.argv[1]).read_bytes()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
width, height = struct.unpack(">II", data[16:24])
assert max(width, height) == int(sys.argv[2]), (width, height)
PY
}
check_png "$root/root/thumbnail.png" 256
cp "$root/root/thumbnail.png" "$work/thumbnail-debian.png"
echo "check-packages: installed in a fresh $suite root: $installed_version, a poster, its PDF, its thumbnail, *.placard opens with Placard"
rm -rf "$root"

# --- The portable archive, installed for one person ----------------------------------------
home="$work/home"
mkdir -p "$home" "$work/unpacked"
tar --extract --gzip --file "$archive" --directory "$work/unpacked"
unpacked=$(find "$work/unpacked" -mindepth 1 -maxdepth 1 -type d)
for needed in install.sh COPYING README.md bin/placard; do
  [ -e "$unpacked/$needed" ] || fail "the archive has no $needed"
done
# Every file of the package is in the archive (Debian's bookkeeping aside).
(cd "$work/contents/usr" && find . -type f | grep -v -e '^./share/lintian/' -e 'changelog.Debian.gz$' | sort) > "$work/deb-files"
(cd "$unpacked" && find bin share -type f | sed 's|^|./|' | sort) > "$work/archive-files"
diff "$work/deb-files" "$work/archive-files" || fail "the archive and the package hold different files"

env -u XDG_DATA_HOME HOME="$home" PATH=/usr/bin:/bin "$unpacked/install.sh" > "$work/install.log"
local_share="$home/.local/share"
program="$home/.local/bin/placard"
[ "$("$program" --version)" = "$built_version" ] || fail "the program the archive installed does not run"
desktop-file-validate "$local_share/applications/org.placard.Placard.desktop" \
  || fail "the desktop entry install.sh wrote is not valid"
grep -qx "Exec=\"$program\" %f" "$local_share/applications/org.placard.Placard.desktop" \
  || fail "the installed desktop entry does not start $program"
grep -q '^50:application/x-placard:\*\.placard$' "$local_share/mime/globs2" \
  || fail "install.sh left *.placard out of the user's MIME database"
grep -q '^application/x-placard=org\.placard\.Placard\.desktop;' "$local_share/applications/mimeinfo.cache" \
  || fail "install.sh did not make Placard the application for .placard files"
"$program" new sticker-round-75mm -o "$work/sticker.placard"
exec_line=$(sed -n 's/^Exec=//p' "$local_share/thumbnailers/placard.thumbnailer")
command=${exec_line//%i/$work/sticker.placard}
command=${command//%o/$work/thumbnail-archive.png}
command=${command//%s/128}
env -i PATH=/usr/bin:/bin sh -c "$command" || fail "the thumbnailer install.sh registered failed: $command"
check_png "$work/thumbnail-archive.png" 128
# Removing it takes away every file it put in place and nothing of the volunteer's.
mkdir -p "$local_share/placard"
echo "my slogans" > "$local_share/placard/slogans.toml"
env -u XDG_DATA_HOME HOME="$home" PATH=/usr/bin:/bin "$unpacked/install.sh" --uninstall >> "$work/install.log"
left=$(cd "$home" && { find . -type f -path '*placard*' | grep -v '^./.local/share/placard/slogans.toml$' || true; })
[ -z "$left" ] || fail "install.sh --uninstall left: $left"
[ "$(cat "$local_share/placard/slogans.toml")" = "my slogans" ] || fail "install.sh --uninstall touched the volunteer's files"
grep -q placard "$local_share/mime/globs2" && fail "the MIME type is still known after --uninstall"
echo "check-packages: the archive installs under ~/.local with a working menu entry, file type and thumbnailer, and uninstalls cleanly"
