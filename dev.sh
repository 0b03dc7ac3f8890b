#!/usr/bin/env bash
# Set up and run counsel-app from a source checkout.
#
#   ./dev.sh app  [ARGS...]   check Debian packages, set up .venv, start the program
#   ./dev.sh test [PYTEST ARGS...]   ... and run the whole check: forms, lint, types, tests
#   ./dev.sh check-system     only report missing Debian packages
#   ./dev.sh package          build the Linux bundle and archive (PyInstaller), then smoke-test
#                             the frozen program (docs/packaging.md); about 1 minute
#
# Needs only Python 3.11+ and Debian packages. Missing Debian packages are installed with
# apt-get when running as root (or through sudo when it is there); otherwise the script names
# them and stops.
set -euo pipefail
cd "$(dirname "$0")"

# What Qt's xcb/offscreen platforms and the test tools need on Debian 12 / Ubuntu 22.04+.
RUNTIME_DEBS=(libegl1 libgl1 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libfreetype6 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1)
TEST_DEBS=(poppler-utils qpdf xvfb xauth desktop-file-utils appstream)
# PyInstaller strips symbols with binutils; the smoke test runs the GUI under weston (Wayland)
# and validates the installed menu entry (desktop-file-utils).
PACKAGE_DEBS=(binutils weston desktop-file-utils)
VENV=.venv

say() { printf '%s\n' "$*" >&2; }

python_ok() {
  command -v python3 >/dev/null &&
    python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'
}

missing_debs() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || printf '%s ' "$pkg"
  done
  # Debian splits venv/ensurepip out of python3.
  python3 -c 'import ensurepip' 2>/dev/null || printf 'python3-venv '
}

ensure_debs() {
  command -v dpkg-query >/dev/null || { say "Kein Debian-System erkannt: Pakete nicht geprüft."; return 0; }
  local missing
  missing=$(missing_debs "$@")
  [ -z "$missing" ] && return 0
  local apt=(apt-get)
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then apt=(sudo apt-get); else
      say "Es fehlen Debian-Pakete: $missing"
      say "Bitte als root installieren: apt-get install $missing"
      exit 1
    fi
  fi
  say "Installiere Debian-Pakete: $missing"
  "${apt[@]}" update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq $missing >/dev/null
}

ensure_venv() {
  local extras=$1 stamp="$VENV/.installed-$1"
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  # Reinstall only when pyproject.toml changed since the last install of these extras.
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[$extras]"
    touch "$stamp"
  fi
}

python_ok || { say "Python 3.11 oder neuer wird gebraucht (python3)."; exit 1; }

cmd=${1:-app}
[ $# -gt 0 ] && shift
case "$cmd" in
  app)
    ensure_debs "${RUNTIME_DEBS[@]}"
    ensure_venv test
    exec "$VENV/bin/counsel-app" "$@"
    ;;
  test)
    ensure_debs "${RUNTIME_DEBS[@]}" "${TEST_DEBS[@]}"
    ensure_venv dev
    export QT_QPA_PLATFORM=offscreen
    "$VENV/bin/python" -m tools.check_forms
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    "$VENV/bin/mypy"
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  package)
    ensure_debs "${RUNTIME_DEBS[@]}" "${TEST_DEBS[@]}" "${PACKAGE_DEBS[@]}"
    ensure_venv test,build
    "$VENV/bin/python" packaging/build.py --tarball
    exec "$VENV/bin/python" packaging/smoke_test.py "$@"
    ;;
  check-system)
    missing=$(missing_debs "${RUNTIME_DEBS[@]}" "${TEST_DEBS[@]}")
    if [ -n "$missing" ]; then say "Es fehlen: $missing"; exit 1; fi
    say "Alle Debian-Pakete sind da."
    ;;
  *)
    say "Aufruf: ./dev.sh app|test|package|check-system"
    exit 2
    ;;
esac
