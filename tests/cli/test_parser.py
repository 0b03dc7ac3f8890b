"""The command line speaks German also where argparse writes the text."""

from __future__ import annotations

import pytest

from counsel_app.cli.main import COMMAND_MODULES, build_parser, german_message

ENGLISH = ("usage:", "positional arguments", "options:", "show this help", "required", "invalid")


def _help_of(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(argv)
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_help_of_the_program_and_every_command_is_german(
    capsys: pytest.CaptureFixture[str],
) -> None:
    texts = [_help_of(["--help"], capsys)]
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert len(commands) >= len(COMMAND_MODULES)
    texts += [_help_of([name, "--help"], capsys) for name in commands]
    for text in texts:
        assert text.startswith("Aufruf: counsel-app"), text[:80]
        assert not any(word in text for word in ENGLISH), text


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["export"], "es fehlt: FALL, --out"),
        (["frob"], "'frob' gibt es nicht"),
        (["list", "--bogus"], "unbekannte Angaben: --bogus"),
        (["print", "1", "--variant", "xx"], "--variant: 'xx' gibt es nicht"),
    ],
)
def test_usage_errors_are_one_german_line_with_exit_2(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "Aufruf fehlerhaft: " in err and expected in err
    assert len(err.strip().splitlines()) == 1


def test_an_unknown_message_is_passed_through() -> None:
    assert german_message("something new") == "something new"
