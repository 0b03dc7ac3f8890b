#!/bin/sh
# Install counsel-app from the unpacked Linux archive, for the current user (no root needed).
#
#   ./install.sh                   install into ~/.local (program, start menu entry, icons)
#   ./install.sh --uninstall       remove it again; the data folder is kept
#   ./install.sh --prefix DIR      install below DIR instead (e.g. sudo ./install.sh --prefix /usr/local)
#
# Puts (with the default prefix ~/.local):
#   ~/.local/lib/counsel-app/                 the program (replaced as a whole on an update)
#   ~/.local/bin/counsel-app                  a link to it, for the command line
#   ~/.local/share/applications/ID.desktop    the start menu entry
#   ~/.local/share/metainfo/ID.metainfo.xml   the description for software centres
#   ~/.local/share/icons/hicolor/*/apps/ID.*  the icon in several sizes
# The user's data (~/.local/share/counsel-app: encrypted store, keys, backups) is never touched.
set -eu

APP=counsel-app
ID=io.github.counsel_app.CounselApp
HERE=$(cd "$(dirname "$0")" && pwd)

prefix="$HOME/.local"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) action=uninstall ;;
    --prefix) [ $# -ge 2 ] || { echo "--prefix braucht einen Ordner" >&2; exit 2; }; prefix=$2; shift ;;
    --prefix=*) prefix=${1#--prefix=} ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unbekannte Option: $1 (--help zeigt die Optionen)" >&2; exit 2 ;;
  esac
  shift
done

bindir="$prefix/bin"
libdir="$prefix/lib/$APP"
if [ "$prefix" = "$HOME/.local" ]; then
  sharedir="${XDG_DATA_HOME:-$HOME/.local/share}"
else
  sharedir="$prefix/share"
fi
SIZES="16 32 48 64 128 256"

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$sharedir/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$sharedir/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$sharedir/icons/hicolor" 2>/dev/null || true
  fi
}

remove_files() {
  rm -f "$bindir/$APP" "$sharedir/applications/$ID.desktop" "$sharedir/metainfo/$ID.metainfo.xml"
  rm -f "$sharedir/icons/hicolor/scalable/apps/$ID.svg"
  for size in $SIZES; do
    rm -f "$sharedir/icons/hicolor/${size}x${size}/apps/$ID.png"
  done
}

if [ "$action" = uninstall ]; then
  remove_files
  rm -rf "$libdir"
  refresh_caches
  echo "counsel-app ist entfernt. Die Daten bleiben erhalten in:"
  echo "  ${XDG_DATA_HOME:-$HOME/.local/share}/$APP"
  echo "Wer auch sie löschen will (unwiderruflich): rm -r \"${XDG_DATA_HOME:-$HOME/.local/share}/$APP\""
  exit 0
fi

[ -x "$HERE/$APP/$APP" ] || { echo "Programm fehlt: $HERE/$APP/$APP" >&2; exit 1; }

# The program: copy beside the old one, then swap, so a failed copy leaves the old one working.
mkdir -p "$prefix/lib" "$bindir"
rm -rf "$libdir.new"
cp -R "$HERE/$APP" "$libdir.new"
cp "$HERE/install.sh" "$libdir.new/install.sh"
rm -rf "$libdir.old"
[ -e "$libdir" ] && mv "$libdir" "$libdir.old"
mv "$libdir.new" "$libdir"
rm -rf "$libdir.old"
ln -sf "$libdir/$APP" "$bindir/$APP"

# Start menu entry: Exec and TryExec name the installed program by its full path, because the
# desktop session does not always have ~/.local/bin on its PATH.
mkdir -p "$sharedir/applications" "$sharedir/metainfo"
case "$libdir" in
  *[\"\`\$\\%]*) exec_line="Exec=$APP" ;; # characters the Exec key would need escaped
  *) exec_line="Exec=\"$libdir/$APP\"" ;;
esac
while IFS= read -r line; do
  case "$line" in
    Exec=*) printf '%s\n' "$exec_line" ;;
    TryExec=*) printf 'TryExec=%s\n' "$libdir/$APP" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$HERE/share/applications/$ID.desktop" >"$sharedir/applications/$ID.desktop"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$sharedir/metainfo/"
for size in $SIZES; do
  mkdir -p "$sharedir/icons/hicolor/${size}x${size}/apps"
  cp "$HERE/share/icons/hicolor/${size}x${size}/apps/$ID.png" "$sharedir/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$sharedir/icons/hicolor/scalable/apps"
cp "$HERE/share/icons/hicolor/scalable/apps/$ID.svg" "$sharedir/icons/hicolor/scalable/apps/"
refresh_caches

echo "counsel-app $("$libdir/$APP" --version 2>/dev/null | sed 's/^counsel-app //') ist installiert:"
echo "  Programm:   $libdir"
echo "  Startmenü:  $sharedir/applications/$ID.desktop"
case ":$PATH:" in
  *":$bindir:"*) echo "  Befehl:     $APP" ;;
  *) echo "  Befehl:     $bindir/$APP ($bindir ist nicht im PATH)" ;;
esac
echo "Entfernen:  $libdir/install.sh --uninstall"
