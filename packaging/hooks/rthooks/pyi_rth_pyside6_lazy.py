# counsel-app: replaces PyInstaller's run-time hook for PySide6 (pyi_rth_pyside6), which imports
# PySide6.QtCore at the start of every run to register a qt.conf. That loads Qt (and its 30 MB
# ICU data) even for `--version` and the command line, which never touch Qt. PySide6 wheels
# register their own qt.conf when QtCore is imported (prefix = the bundled PySide6/Qt), so only
# the plugin path is set here. The smoke test checks that Qt still finds its plugins and German
# translations inside the bundle (/proc/PID/maps).


def _pyi_rthook() -> None:
    import os
    import sys

    base = sys._MEIPASS  # type: ignore[attr-defined]
    if sys.platform.startswith("win"):
        qt_path = os.path.join(base, "PySide6")
        # as PyInstaller's hook: DLLs collected to the top level are found by Qt
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")
    else:
        qt_path = os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")


_pyi_rthook()
del _pyi_rthook
