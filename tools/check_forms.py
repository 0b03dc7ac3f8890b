"""Keep counsel_app/ui/forms/ui_*.py in step with forms/*.ui (the .ui file is the source).

python -m tools.check_forms           fail if a generated module differs or is missing
python -m tools.check_forms --write   regenerate every module with pyside6-uic
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "counsel_app" / "ui" / "forms"
HEADER = (
    "# Generated from forms/{name} by pyside6-uic; do not edit.\n"
    "# Regenerate with `python -m tools.check_forms --write`.\n"
)


def _uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    found = str(exe) if exe.exists() else shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic nicht gefunden: ist PySide6 installiert?")
    return found


def _strip_version(code: str) -> str:
    # uic writes its own version into the banner; it must not make CI fail on a patch release.
    return "\n".join(line for line in code.splitlines() if "Qt User Interface Compiler" not in line)


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [_uic(), "--from-imports", str(ui_file)], capture_output=True, text=True, check=True
    )
    return HEADER.format(name=ui_file.name) + result.stdout


def target_for(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="regenerate the modules")
    args = parser.parse_args(argv)
    problems: list[str] = []
    forms = sorted(FORMS.glob("*.ui"))
    expected = {target_for(f) for f in forms}
    for ui_file in forms:
        code, target = compile_form(ui_file), target_for(ui_file)
        if args.write:
            target.write_text(code, encoding="utf-8")
        elif not target.exists():
            problems.append(f"{target.relative_to(ROOT)} fehlt")
        elif _strip_version(target.read_text(encoding="utf-8")) != _strip_version(code):
            problems.append(f"{target.relative_to(ROOT)} weicht von {ui_file.name} ab")
    for stale in sorted(set(GENERATED.glob("ui_*.py")) - expected):
        problems.append(f"{stale.relative_to(ROOT)} hat keine .ui-Datei mehr")
    for line in problems:
        print(f"Formulare: {line}", file=sys.stderr)
    if problems:
        print("Neu erzeugen: python -m tools.check_forms --write", file=sys.stderr)
        return 1
    print(f"Formulare: {len(forms)} geprüft, alle aktuell.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
