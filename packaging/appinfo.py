"""Names and version of counsel-app for the packaging scripts (one place, read from the source).

The version is read from counsel_app/__init__.py as text, so that the build scripts and the
spec never import the program (and work with a Python that only has PyInstaller).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "counsel-app"  # executable, data folder name, StartupWMClass
APP_ID = "io.github.counsel_app.CounselApp"  # reverse-DNS id: .desktop, AppStream, icons

_VERSION = re.compile(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


def app_version() -> str:
    """counsel_app.__version__ (the one place the version is written)."""
    text = (ROOT / "counsel_app" / "__init__.py").read_text(encoding="utf-8")
    match = _VERSION.search(text)
    if match is None:
        raise SystemExit("counsel_app/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for a Windows version resource: "1.2.3rc1" -> (1, 2, 3, 0)."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(p) for p in release.group(0).split(".")] if release else []
    numbers = [*numbers, 0, 0, 0, 0][:4]
    return numbers[0], numbers[1], numbers[2], numbers[3]


def windows_version_info(version: str, exe_name: str) -> object:
    """The Windows version resource (Explorer > Properties > Details) of one executable.

    Imports PyInstaller's versioninfo (it needs pefile, which PyInstaller installs on Windows).
    """
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_tuple(version)
    strings = [
        vi.StringStruct("CompanyName", "counsel-app developers"),
        vi.StringStruct("FileDescription", "counsel-app – Kooperationsplan-Begleiter"),
        vi.StringStruct("FileVersion", version),
        vi.StringStruct("InternalName", exe_name.removesuffix(".exe")),
        vi.StringStruct("OriginalFilename", exe_name),
        vi.StringStruct("ProductName", APP_NAME),
        vi.StringStruct("ProductVersion", version),
        vi.StringStruct("LegalCopyright", "MIT License"),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            # 0x0407 = German (Germany), 1200 = Unicode (UTF-16LE)
            vi.StringFileInfo([vi.StringTable("040704B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0407, 1200])]),
        ],
    )
