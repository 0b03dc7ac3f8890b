"""Which Qt plugins and translations the frozen counsel-app ships (used by the spec and hooks).

Not a hook itself (no `hook-` prefix): the spec puts this folder on sys.path, and the
hook-PySide6.*.py files beside it narrow what PyInstaller's own Qt hooks collect, *before*
PyInstaller follows the plugins' library dependencies. Dropping a plugin here therefore also
keeps its libraries out (e.g. the GTK platform theme would pull in GTK's cairo, pango, atk).
"""

from __future__ import annotations

import re
from pathlib import PurePath

# Qt plugins by folder; "*" = the whole folder. Every other folder is left out: tls and
# networkinformation (QtNetwork is not used: keyring talks D-Bus through jeepney), sqldrivers,
# qmltooling, egldeviceintegrations, generic (evdev), designer, vectorimageformats,
# wayland-graphics-integration-server.
QT_PLUGINS: dict[str, set[str] | str] = {
    # X11 and native Wayland (a Wayland session makes Qt try "wayland" first, and some set
    # QT_QPA_PLATFORM=wayland, which fails hard without it), offscreen and minimal (tests,
    # smoke test, scripts), Windows, macOS
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "xcbglintegrations": "*",
    # Wayland: the standard desktop shell protocol, window decorations where the compositor
    # draws none (GNOME), OpenGL through EGL; not the server-buffer and embedded-shell plugins
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": "*",
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    # native file dialogs through xdg-desktop-portal; the GTK theme is left out because it
    # needs the system's GTK 3 and would bundle half of GTK's libraries beside it
    "platformthemes": {"qxdgdesktopportal"},
    # dead keys and input methods (umlauts on international keyboards)
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "imageformats": {"qico", "qjpeg", "qsvg"},  # PNG is built into QtGui
    "iconengines": "*",  # SVG icons of the desktop's icon theme
    "styles": "*",  # e.g. the Windows 11 style
    "printsupport": "*",  # CUPS printers in the print dialog (recovery key print-out)
}

# counsel_app.ui.app loads Qt's German standard texts as "qtbase_de".
QT_TRANSLATIONS = {"qtbase_de.qm"}

_PLUGIN_FILE = re.compile(r"(?:^|/)plugins/([^/]+)/([^/]+)$")
_TRANSLATION_FILE = re.compile(r"(?:^|/)translations/([^/]+)$")


def _stem(filename: str) -> str:
    stem = filename.split(".", maxsplit=1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_file(dest_file: str) -> bool:
    """False for a Qt plugin or translation (by its path in the bundle) that is not wanted."""
    dest_file = dest_file.replace("\\", "/")
    plugin = _PLUGIN_FILE.search(dest_file)
    if plugin is not None and "PySide6/" in dest_file:
        folder, filename = plugin.groups()
        wanted = QT_PLUGINS.get(folder)
        return wanted == "*" or (wanted is not None and _stem(filename) in wanted)
    translation = _TRANSLATION_FILE.search(dest_file)
    if translation is not None and "PySide6/" in dest_file:
        return translation.group(1) in QT_TRANSLATIONS
    return True


def _dest_file(src: str, dest_dir: str) -> str:
    return f"{dest_dir.rstrip('/')}/{PurePath(src).name}"


def narrow(
    hiddenimports: list[str], binaries: list[tuple[str, str]], datas: list[tuple[str, str]]
) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """Filter what `add_qt6_dependencies` returned."""
    binaries = [(src, dest) for src, dest in binaries if keep_file(_dest_file(src, dest))]
    datas = [(src, dest) for src, dest in datas if keep_file(_dest_file(src, dest))]
    return hiddenimports, binaries, datas
