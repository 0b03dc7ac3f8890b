"""Real processes: `python -m counsel_app` without keyring, passphrase from the environment.

These use the production scrypt cost (whatever the keyfile records is what `init` chose).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from counsel_app.context import PASSPHRASE_ENV, AppContext
from counsel_app.resources import resource_path
from counsel_app.services.doctor import run_doctor
from counsel_app.services.store import open_store
from counsel_app.storage.keyfile import ScryptParams, read_keyfile
from tests.support.canary import files_containing, folder_state, new_canary, write_canary_case
from tests.support.fixtures import make_context
from tests.support.keyrings import FailingKeyring

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "Sommer-Regen-Fahrrad-42"


def environment(passphrase: str | None = PASSPHRASE) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNSEL_APP_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["PYTHONPATH"] = str(REPO)
    if passphrase is not None:
        env[PASSPHRASE_ENV] = passphrase
    return env


def counsel(
    root: Path, *argv: str, passphrase: str | None = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counsel_app", "--data-dir", str(root), *argv],
        capture_output=True,
        text=True,
        env=environment(passphrase),
        cwd=REPO,
        timeout=120,
        check=False,
    )


def headless_context(root: Path, passphrase: str = PASSPHRASE) -> AppContext:
    return make_context(root, keyring=FailingKeyring(), passphrase=passphrase)


def test_init_demo_list_doctor_in_a_fresh_folder(tmp_path: Path) -> None:
    root = tmp_path / "daten"
    init = counsel(root, "init")
    assert init.returncode == 0, init.stderr
    assert "Passphrase" in init.stdout and "COUNSEL_APP_PASSPHRASE" in init.stdout
    assert read_keyfile(root / "keys.json").passphrase is not None
    wrapped = json.loads((root / "keys.json").read_text())["passphrase_wrapped_key"]
    assert ScryptParams(wrapped["n"], wrapped["r"], wrapped["p"]) == ScryptParams()

    demo = counsel(root, "demo")
    assert demo.returncode == 0, demo.stderr
    listed = counsel(root, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert rows and all({"id", "reference"} <= row.keys() for row in rows)
    assert len(rows) == len({row["reference"] for row in rows})
    assert {row["reference"] for row in rows} >= {"TR-2026-001"} or not any(
        resource_path("cases").glob("*.json")
    )

    canary = new_canary("proc")
    case_file = write_canary_case(tmp_path / "fall.json", "K-PROC", canary)
    imported = counsel(root, "import", str(case_file))
    assert imported.returncode == 0, imported.stderr
    assert int(imported.stdout.strip().splitlines()[-1]) > 0

    doctor = counsel(root, "doctor")
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert "Alles in Ordnung" in doctor.stdout
    assert files_containing(root, [canary]) == []


def test_wrong_or_missing_passphrase_fails_closed(tmp_path: Path) -> None:
    root = tmp_path / "daten"
    assert counsel(root, "init").returncode == 0
    before = folder_state(root)
    for passphrase, expected in (("falsch-falsch-falsch", "Passphrase ist falsch"), (None, "")):
        result = counsel(root, "list", passphrase=passphrase)
        assert result.returncode != 0
        assert result.stderr.startswith("Fehler: ") and result.stderr.count("\n") == 1
        assert expected in result.stderr and "--recovery-key" in result.stderr
        assert result.stdout == ""
    assert folder_state(root) == before


def test_init_without_keyring_and_passphrase_creates_nothing(tmp_path: Path) -> None:
    root = tmp_path / "daten"
    result = counsel(root, "init", passphrase=None)
    assert result.returncode != 0
    assert "COUNSEL_APP_PASSPHRASE" in result.stderr and "Traceback" not in result.stderr
    assert not (root / "keys.json").exists() and not (root / "store.db").exists()


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from counsel_app.context import AppContext
    from counsel_app.paths import DataPaths
    from counsel_app.services.store import open_store
    from tests.support.canary import canary_case

    ctx = AppContext(paths=DataPaths(Path(sys.argv[1])))
    with open_store(ctx) as store:
        first = store.cases.add(canary_case("KILL-FIRST", "erster"))
        print(f"first {first}", flush=True)
        number = 0
        while True:
            number += 1
            reference = f"KILL-{number:05}"
            store.cases.add(canary_case(reference, f"lauf {number}"))
            edited = canary_case("KILL-FIRST", "erster")
            edited.plan.steps[0].text = f"Stand {number}"
            store.cases.save(first, edited)
            print(f"ack {number} {reference}", flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_writes_keeps_every_acknowledged_write(tmp_path: Path) -> None:
    root = tmp_path / "daten"
    assert counsel(root, "init").returncode == 0
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(),
        cwd=REPO,
    )
    assert writer.stdout is not None
    acked: list[str] = []
    last = 0
    first_line = writer.stdout.readline()
    assert first_line.startswith("first "), writer.stderr.read() if writer.stderr else ""
    first_id = int(first_line.split()[1])
    for line in writer.stdout:
        _, number, reference = line.split()
        acked.append(reference)
        last = int(number)
        if len(acked) >= 25:
            break
    writer.send_signal(signal.SIGKILL)
    rest, _ = writer.communicate(timeout=30)
    for line in rest.splitlines():  # acknowledged before the kill, still in the pipe
        if line.startswith("ack "):
            _, number, reference = line.split()
            acked.append(reference)
            last = int(number)
    assert writer.returncode == -signal.SIGKILL

    ctx = headless_context(root)
    report = run_doctor(ctx)
    assert report.ok, [(c.name, c.detail) for c in report.problems]
    with open_store(ctx) as store:
        stored = {summary.reference for summary in store.cases.list_summaries()}
        saved = store.cases.get(first_id).plan.steps[0].text
    assert set(acked) <= stored
    assert int(saved.split()[1]) >= last
