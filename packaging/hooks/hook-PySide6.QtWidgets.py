# counsel-app: PyInstaller's own hook for PySide6.QtWidgets, with the Qt plugins and translations
# narrowed to what the program uses (see counsel_qt_selection.py). Only in the stripped build.
from counsel_qt_selection import narrow
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = narrow(*add_qt6_dependencies(__file__))
