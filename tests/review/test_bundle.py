"""Review bundles: round trip, wrong passphrase, no personal data in the file, the doc snippet."""

from __future__ import annotations

import base64
import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from counsel_app.domain import Case
from counsel_app.exchange import case_to_dict, pseudonymise, read_case
from counsel_app.review.bundle import (
    BUNDLE_FORMAT,
    BundleError,
    BundleKdf,
    WrongBundlePassphraseError,
    header_aad,
    read_bundle,
    write_bundle,
)
from tests.support.canary import canary_case, new_canary

FAST = BundleKdf(n=2**10, r=8, p=1)
PASSPHRASE = "Fallberatung-2026"
DOC = Path(__file__).resolve().parents[2] / "docs" / "review-bundle.md"


def _case() -> tuple[Case, str]:
    canary = new_canary("B")
    case = canary_case("K-4711-0815", canary)
    assert case.counsellor is not None
    case.counsellor = dataclasses.replace(
        case.counsellor,
        phone="0123 456789-42",
        email="berater.kanarie@jobcenter-musterstadt.example",
    )
    return case, canary


def _base64_forms(needle: bytes) -> list[bytes]:
    """The base64 text `needle` yields at each of the three alignments (inner, stable part)."""
    forms = []
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + needle + b"\0\0\0")
        start = -(-shift // 3) * 4 + (4 if shift else 0)
        core = encoded[start:-8]
        if len(core) >= 8:
            forms.append(core)
    return forms


def _forbidden(case: Case) -> dict[str, list[bytes]]:
    client, counsellor = case.client, case.counsellor
    assert counsellor is not None
    values = [
        client.reference,
        client.display_name or "",
        *(client.display_name or "").split(),
        counsellor.name or "",
        counsellor.phone or "",
        counsellor.email or "",
    ]
    result: dict[str, list[bytes]] = {}
    for value in {v for v in values if len(v) >= 4 and v != "Frau"}:
        encodings = [value.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
        result[value] = encodings + [f for enc in encodings for f in _base64_forms(enc)]
    return result


def test_round_trip_gives_the_pseudonymised_case(tmp_path: Path) -> None:
    case, _ = _case()
    out = tmp_path / "fall.bundle"
    write_bundle(case, PASSPHRASE, out, kdf=FAST, pseudonym="Fall-ABC123")
    opened = read_bundle(out, PASSPHRASE)
    assert opened == pseudonymise(case, "Fall-ABC123")
    assert opened.client.pseudonymised is True
    assert opened.client.display_name is None and opened.counsellor is None
    # the free text travels unchanged (it is the counsellor's to check before export)
    assert opened.plan.steps[0].text == case.plan.steps[0].text


def test_the_raw_file_holds_no_name_reference_or_contact(tmp_path: Path) -> None:
    case, _ = _case()
    # free text must not carry the name for this check (the service refuses that case)
    case.client = dataclasses.replace(case.client, display_name="Erika Kanarienvogel")
    out = tmp_path / "fall.bundle"
    write_bundle(case, PASSPHRASE, out, kdf=FAST)
    raw = out.read_bytes()
    forbidden = _forbidden(case)
    assert "K-4711-0815" in forbidden and "Kanarienvogel" in forbidden
    found = [value for value, needles in forbidden.items() if any(n in raw for n in needles)]
    assert found == []


def test_the_scan_would_find_plain_and_base64_text(tmp_path: Path) -> None:
    """Guard: the same scan finds the values in a file that does contain them."""
    case, _ = _case()
    plain = json.dumps(case_to_dict(case), ensure_ascii=False).encode("utf-8")
    blob = plain + base64.b64encode(b"xy" + "K-4711-0815".encode("utf-16-le"))
    forbidden = _forbidden(case)
    assert any(n in blob for n in forbidden["K-4711-0815"])
    assert any(n in blob for n in forbidden["0123 456789-42"])
    shifted = base64.b64encode(b"a" + b"berater.kanarie@jobcenter-musterstadt.example")
    assert any(n in shifted for n in forbidden["berater.kanarie@jobcenter-musterstadt.example"])


def test_wrong_passphrase_fails_in_german(tmp_path: Path) -> None:
    case, _ = _case()
    out = tmp_path / "fall.bundle"
    write_bundle(case, PASSPHRASE, out, kdf=FAST)
    with pytest.raises(WrongBundlePassphraseError, match="Passphrase passt nicht"):
        read_bundle(out, "falsche-passphrase")


def test_changed_header_is_detected(tmp_path: Path) -> None:
    case, _ = _case()
    out = tmp_path / "fall.bundle"
    write_bundle(case, PASSPHRASE, out, kdf=FAST)
    envelope = json.loads(out.read_text(encoding="utf-8"))
    envelope["kdf"]["r"] = 9  # still valid scrypt, but not what the key was made with
    out.write_text(json.dumps(envelope), encoding="utf-8")
    with pytest.raises(WrongBundlePassphraseError):
        read_bundle(out, PASSPHRASE)


def test_default_cost_and_header(tmp_path: Path) -> None:
    case, _ = _case()
    out = tmp_path / "fall.bundle"
    write_bundle(case, PASSPHRASE, out)
    envelope = json.loads(out.read_text(encoding="utf-8"))
    assert envelope["format"] == BUNDLE_FORMAT and envelope["version"] == 1
    assert envelope["cipher"] == "AES-256-GCM"
    assert envelope["kdf"]["name"] == "scrypt"
    assert (envelope["kdf"]["n"], envelope["kdf"]["r"], envelope["kdf"]["p"]) == (2**17, 8, 1)
    assert len(base64.b64decode(envelope["nonce"])) == 12
    assert len(base64.b64decode(envelope["kdf"]["salt"])) == 16
    assert header_aad(envelope).startswith(b'{"cipher":"AES-256-GCM","format"')
    assert read_bundle(out, PASSPHRASE).client.pseudonymised


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "kein JSON"),
        (b'{"format": "other"}', "kein Prüfpaket"),
        (b'{"format": "counsel-review-bundle", "version": 2}', "unbekannte"),
    ],
)
def test_broken_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.bundle"
    path.write_bytes(content)
    with pytest.raises(BundleError, match=message):
        read_bundle(path, PASSPHRASE)


def test_excessive_scrypt_cost_is_refused_before_deriving(tmp_path: Path) -> None:
    case, _ = _case()
    out = tmp_path / "fall.bundle"
    write_bundle(case, PASSPHRASE, out, kdf=FAST)
    envelope = json.loads(out.read_text(encoding="utf-8"))
    envelope["kdf"]["n"] = 2**30
    out.write_text(json.dumps(envelope), encoding="utf-8")
    with pytest.raises(BundleError, match="scrypt"):
        read_bundle(out, PASSPHRASE)


def test_short_passphrase_writes_nothing(tmp_path: Path) -> None:
    case, _ = _case()
    out = tmp_path / "fall.bundle"
    with pytest.raises(BundleError, match="zu kurz"):
        write_bundle(case, "kurz", out, kdf=FAST)
    assert list(tmp_path.iterdir()) == []


def _doc_snippet() -> str:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## Opening a bundle without counsel-app") :]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None
    return match.group(1)


def test_documented_snippet_decrypts_a_bundle(tmp_path: Path) -> None:
    snippet = _doc_snippet()
    assert len(snippet.strip().splitlines()) <= 15
    assert "counsel_app" not in snippet
    script = tmp_path / "open_bundle.py"
    script.write_text(snippet, encoding="utf-8")
    case, _ = _case()
    out = tmp_path / "fall.bundle"
    write_bundle(case, PASSPHRASE, out, kdf=FAST, pseudonym="Fall-DOC001")
    result = subprocess.run(
        [sys.executable, "-I", str(script), str(out)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert read_case(json.loads(result.stdout)) == pseudonymise(case, "Fall-DOC001")
    wrong = subprocess.run(
        [sys.executable, "-I", str(script), str(out)],
        input="falsch-falsch\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert wrong.returncode != 0 and "InvalidTag" in wrong.stderr
