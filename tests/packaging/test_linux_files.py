"""The Linux desktop integration files: .desktop entry, AppStream metainfo, icons, install.sh."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from appinfo import APP_ID, APP_NAME, app_version

import counsel_app
from counsel_app.paths import APP_NAME as DATA_FOLDER_NAME

from .conftest import PACKAGING, ROOT

LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_names_agree_with_the_program() -> None:
    assert app_version() == counsel_app.__version__
    assert APP_NAME == DATA_FOLDER_NAME == "counsel-app"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_desktop_file_starts_the_program_with_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == entry["TryExec"] == APP_NAME  # install.sh puts in the full path
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    # Qt's xcb plugin sets WM_CLASS from the executable name (the smoke test checks it live).
    assert entry["StartupWMClass"] == APP_NAME
    assert "Office" in entry["Categories"].split(";")


def test_metainfo_has_the_required_appstream_elements() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"  # as in pyproject.toml
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert root.findtext("name") == APP_NAME
    summaries = [
        s
        for s in root.findall("summary")
        if s.get("{http://www.w3.org/XML/1998/namespace}lang") is None
    ]
    assert len(summaries) == 1 and summaries[0].text
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == APP_NAME
    assert root.find("content_rating") is not None


def test_metainfo_names_the_current_version_as_newest_release() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == counsel_app.__version__
    assert releases[0].get("date")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstream")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_png_icons_have_the_sizes_their_names_promise() -> None:
    for size in ICON_SIZES:
        assert png_size(PACKAGING / "icons" / "png" / f"{APP_NAME}-{size}.png") == (size, size)


def test_windows_icon_holds_every_size() -> None:
    data = (PACKAGING / "icons" / f"{APP_NAME}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height = data[6 + 16 * index], data[7 + 16 * index]
        sizes.add((width or 256, height or 256))  # 0 means 256 in an ICO directory
    assert {(s, s) for s in ICON_SIZES} <= sizes


def test_svg_icon_parses() -> None:
    root = ET.parse(PACKAGING.parent / "resources" / "icons" / f"{APP_NAME}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


def test_install_script_is_valid_sh_and_keeps_the_data_folder() -> None:
    script = LINUX / "install.sh"
    subprocess.run(["sh", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    assert f"ID={APP_ID}" in text and f"APP={APP_NAME}" in text
    # The program goes to lib/counsel-app, never into the data folder share/counsel-app, and no
    # removal touches the data folder (uninstall only prints how to delete it by hand).
    assert 'libdir="$prefix/lib/$APP"' in text
    removals = [line for line in text.splitlines() if line.strip().startswith("rm ")]
    assert removals
    for line in removals:
        assert "share}/$APP" not in line and '$sharedir/$APP"' not in line, line
