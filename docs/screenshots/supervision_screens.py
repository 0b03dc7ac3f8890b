"""Screenshots of the supervision and training windows (docs/screen-*.png).

Run under Xvfb from the repository root:

    xvfb-run -a -s '-screen 0 1366x768x24' .venv/bin/python docs/screenshots/supervision_screens.py

Builds a throw-away store with the fictional training cases in a temporary folder.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from shots import settle, shoot  # noqa: E402  (beside this script)

from counsel_app.review.bundle import BundleKdf  # noqa: E402

TODAY = date(2026, 11, 21)
PASSPHRASE = "sitzung-im-team-42"
FAST = BundleKdf(n=2**12)  # screenshots only; real bundles use the default cost


def wait_for(signal: SignalInstance, timeout_ms: int = 60000) -> None:
    loop = QEventLoop()
    signal.connect(lambda *_a: loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def open_demo_store(tmp: Path) -> Any:
    from counsel_app.services.demo import load_demo_cases
    from counsel_app.services.store import init_store
    from counsel_app.storage.keyfile import ScryptParams
    from counsel_app.ui.session import open_session
    from tests.support.fixtures import make_context
    from tests.support.keyrings import MemoryKeyring

    ctx = make_context(tmp / "data", keyring=MemoryKeyring())
    init_store(ctx, kdf=ScryptParams(n=2**10, r=8, p=1))
    session = open_session(ctx)
    load_demo_cases(session.store)
    return session


def bundle_export(store: Any, case_id: int, tmp: Path) -> None:
    from counsel_app.ui.supervision.bundle_dialogs import BundleExportDialog

    dialog = BundleExportDialog(store, case_id, save_dir=tmp, kdf=FAST)
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.ui.repeatEdit.setText(PASSPHRASE)
    dialog.resize(760, 560)
    shoot(dialog, "screen-bundle-export.png")
    dialog.close()


def review_mode(store: Any, case_id: int, tmp: Path) -> None:
    """The counsellor replaced the name in the free text, exported; the group meets."""
    from counsel_app.exchange import case_to_json, read_case
    from counsel_app.review.bundle import read_bundle
    from counsel_app.services.review_area import export_bundle
    from counsel_app.ui.supervision.review_area_window import ReviewAreaWindow
    from counsel_app.ui.supervision.review_mode import ReviewModeWindow

    fixed = case_to_json(store.cases.get(case_id)).replace("Herr Hagebuttner", "Herr H.")
    store.cases.save(case_id, read_case(json.loads(fixed)))
    bundle = tmp / "fall.cbundle"
    export_bundle(store, case_id, PASSPHRASE, bundle, confirm_hits=True, kdf=FAST)
    area_window = ReviewAreaWindow(store, today=lambda: TODAY, open_dir=tmp)
    area_window.area.add_case(read_bundle(bundle, PASSPHRASE))
    area_window.reload()
    clock = Clock()
    case = area_window.area.cases.get(area_window.selected_case_id())
    guide = ReviewModeWindow(area_window.area, case, today=lambda: TODAY, clock=clock)
    guide.resize(1366, 768)
    guide.start()
    clock.now += 290
    guide.next_phase()
    guide.notes_edit.setPlainText(
        "Kunde 59 Jahre, seit 4 Jahren ohne Arbeit; Rücken macht Lagerarbeit schwer.\n"
        "Plan seit September nicht überprüft."
    )
    clock.now += 640
    guide.next_phase()
    guide.key_question_edit.setText("Wie kommen wir mit ihm zu einem Ziel, das er selbst will?")
    clock.now += 345
    guide.notes_edit.setPlainText("Schlüsselfrage steht; Fallgeber möchte Ideen zur Beteiligung.")
    guide.refresh()
    guide.assess_tasks.wait()
    settle(500)
    shoot(guide, "screen-review-mode.png")
    guide.close()  # stores the protocol: the review area lists it, to print or continue
    area_window.reload()
    area_window.resize(1100, 640)
    area_window.show()
    settle(300)
    shoot(area_window, "screen-review-area.png")
    area_window.close()


def caseload(store: Any, tmp: Path) -> None:
    from counsel_app.exchange import pseudonymise, read_case, write_case
    from counsel_app.resources import resource_path
    from counsel_app.ui.supervision.caseload_window import CaseloadWindow

    team = tmp / "team"
    team.mkdir()
    for index, path in enumerate(sorted(resource_path("cases").glob("*.json")), start=1):
        write_case(pseudonymise(read_case(path), f"P-{index:02d}"), team / f"p{index:02d}.json")
    window = CaseloadWindow(store, today=lambda: TODAY, open_dir=tmp)
    window.resize(1366, 768)
    window.show()
    window.load_folder(team)
    wait_for(window.pictureReady)
    shoot(window, "screen-caseload.png")
    window.close()


def training(tmp: Path) -> None:
    from counsel_app.ui.supervision.training_window import TrainingWindow

    window = TrainingWindow(open_dir=tmp)
    window.resize(1366, 768)
    window.show()
    wait_for(window.libraryReady)
    window.tabs.setCurrentIndex(2)
    window.exercise_list.setCurrentRow(0)
    window.rewrite_edit.setPlainText(
        "Herr Fliederbusch fragt bis zum 15. Dezember 2026 in 3 Fahrradwerkstätten "
        "nach einem Praktikum."
    )
    wait_for(window.feedbackReady)
    shoot(window, "screen-exercise.png")
    window.tabs.setCurrentIndex(1)
    shoot(window, "screen-training-compare.png")
    window.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="counsel-screens-"))
    session = open_demo_store(tmp)
    store = session.store
    case_id = next(s.id for s in store.cases.list_summaries() if s.reference == "TR-2026-004")
    bundle_export(store, case_id, tmp)
    review_mode(store, case_id, tmp)
    caseload(store, tmp)
    training(tmp)
    session.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
