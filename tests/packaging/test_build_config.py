"""The PyInstaller spec and its helpers: version, bundled resources, Qt plugin selection."""

from __future__ import annotations

import re
import sys

import counsel_qt_selection as qt
import pytest
from appinfo import app_version, version_tuple

import counsel_app
from counsel_app import resources

from .conftest import PACKAGING

SPEC = (PACKAGING / "counsel-app.spec").read_text(encoding="utf-8")


def test_version_comes_from_the_package() -> None:
    assert app_version() == counsel_app.__version__
    # The spec has no version of its own: it reads the package's through appinfo.
    assert "from appinfo import" in SPEC and "VERSION = app_version()" in SPEC
    assert not re.search(r"""VERSION\s*=\s*["']\d""", SPEC)


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("2.0rc1", (2, 0, 0, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
        ("dev", (0, 0, 0, 0)),
    ],
)
def test_windows_version_numbers(version: str, expected: tuple[int, ...]) -> None:
    assert version_tuple(version) == expected


def test_windows_executables_carry_the_version_resource() -> None:
    assert 'version=version_info(f"{APP_NAME}.exe")' in SPEC
    assert 'version=version_info(f"{APP_NAME}-cli.exe")' in SPEC  # the console twin for the CLI
    assert "windows_version_info(VERSION, exe_name)" in SPEC


def test_windows_version_resource_builds() -> None:
    """PyInstaller's versioninfo imports Windows-only modules: this runs on the Windows builder."""
    if sys.platform != "win32":
        pytest.skip("PyInstaller's versioninfo only imports on Windows")
    from appinfo import windows_version_info

    info = windows_version_info("1.2.3", "counsel-app.exe")
    text = str(info)
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringStruct('OriginalFilename', 'counsel-app.exe')" in text
    assert info.toRaw()  # type: ignore[attr-defined]


def test_resources_land_where_the_frozen_program_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    match = re.search(r'tree\(ROOT / "resources", "([^"]+)"\)', SPEC)
    assert match is not None, "the spec no longer bundles resources/"
    monkeypatch.setattr(sys, "_MEIPASS", "/bundle", raising=False)
    resources.resource_root.cache_clear()
    try:
        frozen_root = resources.resource_root()
    finally:
        resources.resource_root.cache_clear()
    assert frozen_root.as_posix() == f"/bundle/{match.group(1)}"


def test_language_data_comes_from_the_lexicon_not_pyphen_or_wordfreq_lists() -> None:
    """Frequencies and hyphenation are read from resources/language/lexicon_de.sqlite (in
    the resources tree); the libraries' own word lists and dictionaries are not shipped."""
    assert 'collect_data_files("pyphen")' not in SPEC and '"pyphen",' in SPEC  # excluded
    assert 'collect_data_files("wordfreq")' not in SPEC
    assert '"wordfreq.tokens"' in SPEC  # words with digits or apostrophes still use it
    assert 'collect_data_files("langcodes")' in SPEC


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/lib/libQt6Core.so.6",  # not a plugin: never filtered here
    ],
)
def test_qt_files_the_program_needs_are_kept(path: str) -> None:
    assert qt.keep_file(path)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/translations/qt_help_de.qm",
    ],
)
def test_qt_files_the_program_does_not_need_are_dropped(path: str) -> None:
    assert not qt.keep_file(path)


def test_the_qt_translation_the_app_loads_is_the_one_bundled() -> None:
    app_source = (PACKAGING.parent / "counsel_app" / "ui" / "app.py").read_text(encoding="utf-8")
    loaded = set(re.findall(r'translator\.load\("([^"]+)"', app_source))
    assert loaded, "counsel_app/ui/app.py no longer loads a Qt translation"
    assert {f"{name}.qm" for name in loaded} == qt.QT_TRANSLATIONS


def test_command_line_runs_do_not_load_qt() -> None:
    """Our run-time hook replaces PyInstaller's, which imports PySide6.QtCore on every start."""
    rthooks = (PACKAGING / "hooks" / "rthooks.dat").read_text(encoding="utf-8")
    assert "'PySide6': ['pyi_rth_pyside6_lazy.py']" in rthooks
    hook = (PACKAGING / "hooks" / "rthooks" / "pyi_rth_pyside6_lazy.py").read_text(encoding="utf-8")
    assert "QT_PLUGIN_PATH" in hook
    assert "import PySide6" not in hook and "QtCore" not in hook.split("\n\n", 1)[1]
    assert 'hookspath=[str(PACKAGING / "hooks")]' in SPEC
