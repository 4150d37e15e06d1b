#!/usr/bin/env bash
# Makes the Linux packages of Placard: the Debian/Ubuntu package (`cargo deb`, from the
# metadata in Cargo.toml) and, with the very same files, the portable archive for other
# distributions with its install script (packaging/linux/install.sh).
#
#   scripts/package-linux.sh [--profile PROFILE] [--target TRIPLE] [--out DIR] [--no-build]
#
# PROFILE is `release` (the default, what volunteers get). CI packages the `dev` build
# that `cargo test` has already made (the same files around a slower program) to test the
# packaging without a second full build. Needs cargo-deb (`cargo install cargo-deb
# --version 3.8.0 --locked`) and dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release
target=
out=target/dist
build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) profile=$2; shift ;;
    --target) target=$2; shift ;;
    --out) out=$2; shift ;;
    --no-build) build=no ;;
    *) echo "package-linux: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
fail() { echo "package-linux: $*" >&2; exit 1; }
command -v cargo-deb >/dev/null || fail "cargo-deb is not installed (cargo install cargo-deb --version 3.8.0 --locked)"

target_args=()
[ -n "$target" ] && target_args=(--target "$target")
if [ "$build" = yes ]; then
  cargo build --profile "$profile" --bin placard "${target_args[@]}"
fi
# Man pages and completions come from the command line's definitions; they are the same
# on every processor, so the machine's own build makes them.
rm -rf target/dist/man1 target/dist/completions
cargo run --quiet --profile "$profile" --example dist_files -- target/dist >/dev/null

mkdir -p "$out"
# cargo-deb warns that a dev build is not meant for release; only CI's check packages one.
# PLACARD_DEB_MAINTAINER, when set, names the package's maintainer instead of Cargo.toml.
maintainer_args=()
[ -n "${PLACARD_DEB_MAINTAINER:-}" ] && maintainer_args=(--maintainer "$PLACARD_DEB_MAINTAINER")
deb=$(cargo deb --no-build --profile "$profile" "${target_args[@]}" "${maintainer_args[@]}" \
  --output "$out" 2>/dev/null | tail -n 1)
[ -f "$deb" ] || fail "cargo deb made no package"

# The portable archive: the package's files under bin/ and share/, the install script,
# the licence and the README.
version=$(dpkg-deb --field "$deb" Version | sed 's/-[^-]*$//')
case "$(dpkg-deb --field "$deb" Architecture)" in
  amd64) arch=x86_64 ;;
  arm64) arch=aarch64 ;;
  *) arch=$(dpkg-deb --field "$deb" Architecture) ;;
esac
name="placard-$version-$arch-linux"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
dpkg-deb --extract "$deb" "$staging/root"
mkdir -p "$staging/$name"
mv "$staging/root/usr/bin" "$staging/$name/bin"
mv "$staging/root/usr/share" "$staging/$name/share"
# Debian's own bookkeeping, which means nothing elsewhere.
rm -rf "$staging/$name/share/lintian" "$staging/$name/share/doc/placard/changelog.Debian.gz"
cp packaging/linux/install.sh "$staging/$name/install.sh"
chmod 755 "$staging/$name/install.sh"
cp COPYING README.md "$staging/$name/"
archive="$out/$name.tar.gz"
tar --create --gzip --owner=0 --group=0 --numeric-owner --sort=name \
  --file "$archive.part" --directory "$staging" "$name"
mv -f "$archive.part" "$archive"

echo "$deb"
echo "$archive"
