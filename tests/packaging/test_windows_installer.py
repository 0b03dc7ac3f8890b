"""The Inno Setup script (it cannot be compiled here): per-user install, data kept on uninstall."""

from __future__ import annotations

import re

from appinfo import APP_NAME

from .conftest import PACKAGING

ISS_PATH = PACKAGING / "windows" / "counsel-app.iss"
ISS = ISS_PATH.read_text(encoding="utf-8-sig")


def setup_value(key: str) -> str:
    section = ISS.split("[Setup]", 1)[1].split("\n[", 1)[0]
    match = re.search(rf"^{key}=(.*?)\s*$", section, re.MULTILINE)
    assert match is not None, f"[Setup] has no {key}"
    return match.group(1)


def test_script_is_utf8_with_bom_so_umlauts_survive() -> None:
    assert ISS_PATH.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Daten gelöscht" in ISS


def test_installs_per_user_without_admin_rights() -> None:
    assert setup_value("PrivilegesRequired") == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in ISS  # no switch to an admin install
    assert setup_value("DefaultDirName") == "{userpf}\\{#AppName}"
    assert "{commonpf}" not in ISS and "{pf}" not in ISS and "HKLM" not in ISS
    assert f'#define AppName "{APP_NAME}"' in ISS


def test_has_a_fixed_app_id_for_updates() -> None:
    assert re.fullmatch(
        r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup_value("AppId")
    )


def test_version_comes_from_the_built_executable() -> None:
    assert setup_value("AppVersion") == "{#AppVersion}"
    assert 'GetStringFileInfo(SourceDir + "\\" + AppExe, "ProductVersion")' in ISS
    assert '#define SourceDir AddBackslash(SourcePath) + "..\\..\\dist\\counsel-app"' in ISS


def test_start_menu_entry_and_german_messages() -> None:
    assert re.search(
        r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', ISS, re.M
    )
    assert 'MessagesFile: "compiler:Languages\\German.isl"' in ISS


def test_uninstall_removes_the_data_only_when_asked() -> None:
    code = ISS.split("[Code]", 1)[1]
    # the folder counsel_app/paths.py uses on Windows: platformdirs' user data dir
    assert "ExpandConstant('{localappdata}\\{#AppName}')" in code
    assert "usPostUninstall" in code
    assert "MB_YESNO or MB_DEFBUTTON2" in code  # "Nein" is the default button
    assert "not UninstallSilent" in code  # silent uninstalls never delete data by themselves
    assert "DelTree(Folder" in code
    # nothing outside [Code] deletes the data folder
    before_code = ISS.split("[Code]", 1)[0]
    assert "{localappdata}\\{#AppName}" not in before_code.split("[Setup]", 1)[1]
    assert "[UninstallDelete]" not in ISS
