"""Template errors name file and line; writing is atomic; the command line prints."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from counsel_app.cli import print_commands
from counsel_app.cli.main import run
from counsel_app.context import AppContext
from counsel_app.paths import resolve_data_dir
from counsel_app.printing import VARIANTS, PdfRenderer, PrintError, TemplateError
from counsel_app.resources import resource_path
from tests.printing.conftest import pdf_pages, pdf_text, training_case_files
from tests.printing.sample_cases import TODAY, sample_case


def override(tmp_path: Path, name: str, text: str) -> PdfRenderer:
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return PdfRenderer(template_dirs=[folder])


def test_syntax_error_names_template_and_line(tmp_path: Path) -> None:
    renderer = override(tmp_path, "client.xml.j2", "<document>\n<p>ok</p>\n{% if %}\n</document>\n")
    with pytest.raises(TemplateError, match=r"Vorlage client\.xml\.j2, Zeile 3") as info:
        renderer.render_bytes(sample_case(), "client", today=TODAY)
    assert info.value.line == 3


def test_undefined_variable_names_template_and_line(tmp_path: Path) -> None:
    text = "<document>\n<p>ok</p>\n\n<p>{{ plan.no_such_field }}</p>\n</document>\n"
    renderer = override(tmp_path, "official.xml.j2", text)
    with pytest.raises(TemplateError, match=r"Vorlage official\.xml\.j2, Zeile 4.*no_such_field"):
        renderer.render_bytes(sample_case(), "official", today=TODAY)


def test_error_in_an_included_template_names_that_template(tmp_path: Path) -> None:
    renderer = override(tmp_path, "legal_note.xml.j2", "<box>\n{{ missing_name }}\n</box>\n")
    with pytest.raises(TemplateError, match=r"Vorlage legal_note\.xml\.j2, Zeile 2"):
        renderer.render_bytes(sample_case(), "client", today=TODAY)


def test_bad_markup_names_the_template(tmp_path: Path) -> None:
    renderer = override(tmp_path, "handout.xml.j2", "<document><blink>x</blink></document>")
    with pytest.raises(TemplateError, match=r"handout\.xml\.j2.*<blink>"):
        renderer.render_bytes(sample_case(), "handout", today=TODAY)


def test_an_office_can_override_one_template(tmp_path: Path) -> None:
    source = (resource_path("templates") / "legal_note.xml.j2").read_text(encoding="utf-8")
    changed = source.replace("Der Plan ist kein Vertrag.", "Dieser Plan ist kein Vertrag.")
    renderer = override(tmp_path, "legal_note.xml.j2", changed)
    assert "Dieser Plan ist kein Vertrag." in renderer.markup(sample_case(), "client", today=TODAY)


def test_unknown_variant(renderer: PdfRenderer) -> None:
    with pytest.raises(PrintError, match="Unbekannte Druckvariante"):
        renderer.render_bytes(sample_case(), "poster", today=TODAY)


def test_failed_render_leaves_no_file(tmp_path: Path) -> None:
    renderer = override(tmp_path, "client.xml.j2", "<document>{{ nope }}</document>")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "plan.pdf"
    target.write_bytes(b"old")
    with pytest.raises(TemplateError):
        renderer.render(sample_case(), "client", target, today=TODAY)
    assert sorted(os.listdir(out_dir)) == ["plan.pdf"]
    assert target.read_bytes() == b"old"


def test_unwritable_folder_is_a_user_error(renderer: PdfRenderer, tmp_path: Path) -> None:
    with pytest.raises(PrintError, match="kann nicht geschrieben werden"):
        renderer.render(sample_case(), "client", tmp_path / "missing" / "x.pdf", today=TODAY)
    assert not (tmp_path / "missing").exists()


def _cli(tmp_path: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()

    def factory(args: object) -> AppContext:
        return AppContext(paths=resolve_data_dir(str(tmp_path / "data")), stdout=out, stderr=err)

    code = run(list(argv), factory)
    return code, out.getvalue(), err.getvalue()


def test_cli_variants_match_the_printing_package() -> None:
    assert print_commands.VARIANTS == VARIANTS


def test_cli_prints_from_a_file(tmp_path: Path) -> None:
    files = training_case_files()
    if not files:
        pytest.skip("no training cases yet")
    case_file = tmp_path / "case.json"
    shutil.copy(files[0], case_file)
    out = tmp_path / "plan.pdf"
    code, stdout, stderr = _cli(
        tmp_path, "print", "--file", str(case_file), "--variant", "client",
        "--out", str(out), "--today", "2027-02-15",
    )  # fmt: skip
    assert code == 0, stderr
    assert str(out) in stdout
    assert pdf_pages(out) >= 1
    assert "gedruckt am 15. Februar 2027" in pdf_text(out)
    assert not (tmp_path / "data").exists()  # --file never opens the store


def test_cli_rejects_a_bad_date(tmp_path: Path) -> None:
    code, _, stderr = _cli(
        tmp_path, "print", "--file", "x.json", "--variant", "client", "--out", "x.pdf",
        "--today", "15.02.2027",
    )  # fmt: skip
    assert code != 0
    assert "JJJJ-MM-TT" in stderr


def test_render_pdf_uses_one_cached_renderer(tmp_path: Path) -> None:
    from counsel_app.printing import default_renderer, render_pdf

    out = render_pdf(sample_case(), "official", tmp_path / "o.pdf", today=TODAY)
    assert out == tmp_path / "o.pdf"
    assert out.read_bytes().startswith(b"%PDF-")
    assert default_renderer() is default_renderer()


def test_building_the_parser_does_not_load_reportlab() -> None:
    code = (
        "import sys\n"
        "from counsel_app.cli.main import build_parser\n"
        "build_parser().parse_args(['print', '--file', 'x.json', '--variant', 'client',"
        " '--out', 'x.pdf'])\n"
        "print('reportlab' in sys.modules, 'jinja2' in sys.modules)\n"
    )
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    assert result.stdout.split() == ["False", "False"]
