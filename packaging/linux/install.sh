#!/bin/sh
# Installs Placard from this folder for the person running it, with no administrator
# rights: the program into ~/.local/bin, its menu entry, icons, file type, thumbnailer,
# manual pages and completions into ~/.local/share (or $XDG_DATA_HOME). The applications
# menu then lists Placard, and .placard files open in it and show their design as a
# thumbnail.
#
#   ./install.sh                 install (again: an older version is replaced)
#   ./install.sh --uninstall     remove what an install put in place
#   ./install.sh --prefix DIR    use DIR/bin and DIR/share instead
#
# Designs, settings, slogans and templates of your own are never touched, not even by
# --uninstall: they live elsewhere (~/.config/placard, ~/.local/share/placard,
# ~/.local/state/placard).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bin_dir="$HOME/.local/bin"
share_dir="${XDG_DATA_HOME:-$HOME/.local/share}"
action=install

say() { printf '%s\n' "$*"; }
fail() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) action=uninstall ;;
    --prefix)
      [ $# -ge 2 ] || fail "--prefix needs a folder"
      case "$2" in /*) ;; *) fail "--prefix needs a full path, starting with /" ;; esac
      bin_dir="$2/bin"
      share_dir="$2/share"
      shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option: $1 (see --help)" ;;
  esac
  shift
done

# What was installed, one path a line, so that it can be taken away again exactly.
manifest="$share_dir/doc/placard/installed-files"

# The desktop's caches of file types, menu entries and icons, brought up to date where
# the tools exist (every desktop has them; a server may not).
refresh_caches() {
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$share_dir/mime" ]; then
    # (it rebuilds nothing without a packages folder, even an empty one)
    mkdir -p "$share_dir/mime/packages"
    update-mime-database "$share_dir/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$share_dir/applications" ]; then
    update-desktop-database "$share_dir/applications" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share_dir/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$share_dir/icons/hicolor" >/dev/null 2>&1 || true
  fi
}

uninstall() {
  [ -f "$manifest" ] || fail "nothing to remove: $manifest is not there"
  while IFS= read -r path; do
    [ -n "$path" ] || continue
    rm -f "$path"
    # Folders the install made, if nothing else is in them now.
    dir=$(dirname "$path")
    while [ "$dir" != "$share_dir" ] && [ "$dir" != "$bin_dir" ] && rmdir "$dir" 2>/dev/null; do
      dir=$(dirname "$dir")
    done
  done < "$manifest"
  rm -f "$manifest"
  # The file the MIME database made for the type (update-mime-database leaves it behind).
  rm -f "$share_dir/mime/application/x-placard.xml"
  rmdir "$share_dir/mime/application" 2>/dev/null || true
  rmdir "$share_dir/doc/placard" "$share_dir/doc" 2>/dev/null || true
  refresh_caches
  say "Placard is removed. Your designs and settings are where they were."
}

# Copies one file into place by way of a temporary name beside it, so that a file in use
# (the program itself, while Placard is open) is replaced whole, never half written.
place() {
  source=$1 target=$2 mode=$3
  mkdir -p "$(dirname "$target")"
  cp "$source" "$target.new-$$"
  chmod "$mode" "$target.new-$$"
  mv -f "$target.new-$$" "$target"
  printf '%s\n' "$target" >> "$manifest.new-$$"
}

install_files() {
  [ -x "$here/bin/placard" ] || fail "bin/placard is missing beside install.sh: unpack the whole archive first"
  "$here/bin/placard" --version >/dev/null 2>&1 \
    || fail "bin/placard does not run on this machine (is the archive for this processor? $(uname -m))"
  program="$bin_dir/placard"
  case "$program" in
    *[\"\`\$\\%\|\&]*)
      fail "the folder $bin_dir has a character a menu entry cannot name (\" \` \$ \\ % | &): choose another with --prefix" ;;
  esac
  mkdir -p "$(dirname "$manifest")"
  : > "$manifest.new-$$"
  place "$here/bin/placard" "$program" 755
  (cd "$here/share" && find . -type f) | sort | while IFS= read -r file; do
    file=${file#./}
    case "$file" in
      applications/*.desktop|thumbnailers/*.thumbnailer)
        # The desktop starts programs with its own PATH, which may not have ~/.local/bin:
        # the entries name the program by its full path.
        entry=$(mktemp)
        sed -e "s|^Exec=placard |Exec=\"$program\" |" -e "s|^TryExec=placard\$|TryExec=$program|" \
          "$here/share/$file" > "$entry"
        place "$entry" "$share_dir/$file" 644
        rm -f "$entry" ;;
      *) place "$here/share/$file" "$share_dir/$file" 644 ;;
    esac
  done
  # Files an older install had and this one has not.
  if [ -f "$manifest" ]; then
    sort "$manifest" > "$manifest.old-$$"
    sort "$manifest.new-$$" | comm -23 "$manifest.old-$$" - | while IFS= read -r stale; do
      rm -f "$stale"
    done
    rm -f "$manifest.old-$$"
  fi
  mv -f "$manifest.new-$$" "$manifest"
  refresh_caches
  say "Placard $("$program" --version | sed 's/^placard //') is installed: $program"
  case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) say "To start it from a terminal by its name, add $bin_dir to PATH (the applications menu finds it already)." ;;
  esac
}

case "$action" in
  install) install_files ;;
  uninstall) uninstall ;;
esac
