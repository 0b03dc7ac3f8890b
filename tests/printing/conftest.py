"""Shared fixtures: one renderer per session, the training cases, PDF-to-text helpers."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from counsel_app.domain import Case
from counsel_app.printing import PdfRenderer
from counsel_app.resources import resource_path

POPPLER_TOOLS = ("pdftotext", "pdffonts", "pdfinfo", "qpdf")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    missing = [tool for tool in POPPLER_TOOLS if shutil.which(tool) is None]
    if missing:
        skip = pytest.mark.skip(reason=f"needs {', '.join(missing)} (poppler-utils, qpdf)")
        for item in items:
            if "tests/printing" in str(item.fspath).replace("\\", "/"):
                item.add_marker(skip)


@pytest.fixture(scope="session")
def renderer() -> PdfRenderer:
    return PdfRenderer()


def training_case_files() -> list[Path]:
    return sorted(resource_path("cases").glob("*.json"))


def load_training_case(path: Path) -> Case:
    from counsel_app.exchange import read_case

    return read_case(path)


def pdf_text(pdf: Path, *, layout: bool = True) -> str:
    """The text of `pdf` as pdftotext reads it (layout mode), trailing spaces removed."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    out = subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True, text=True)
    return out.stdout


def normalise(text: str) -> str:
    """Trailing spaces off, runs of blank lines collapsed, form feeds as page marks."""
    lines: list[str] = []
    for raw in text.replace("\f", "\n<<Seitenumbruch>>\n").splitlines():
        line = raw.rstrip()
        if not line and (not lines or not lines[-1]):
            continue
        lines.append(line)
    while lines and lines[-1] in ("", "<<Seitenumbruch>>"):
        lines.pop()
    return "\n".join(lines) + "\n"


def pdf_info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(
        ["pdfinfo", "-enc", "UTF-8", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    info: dict[str, str] = {}
    for line in out.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_pages(pdf: Path) -> int:
    return int(pdf_info(pdf)["Pages"])
