"""Screenshots of the Nachhaltung screens (docs/screen-due.png, screen-review.png,
screen-compare.png) and the first page of an official print with history
(docs/print-official-history.png).

Run under Xvfb from the repository root:

    xvfb-run -a -s '-screen 0 1366x768x24' .venv/bin/python docs/screenshots/followup_screens.py

Builds a throw-away store with the fictional training cases in a temporary folder.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402
from shots import DOCS, settle, shoot  # noqa: E402  (beside this script)

TODAY = date(2026, 11, 25)
CASE = "TR-2026-001"


def shoot_beside(window: QWidget, dialog: QWidget, name: str) -> None:
    """The window and, right of it, the dialog (grab() shows one top-level only)."""
    dialog.show()
    settle()
    base = window.grab()
    top = dialog.grab()
    gap = 16
    canvas = QPixmap(base.width() + gap + top.width(), max(base.height(), top.height()))
    canvas.fill(QColor("#5a5a5a"))
    painter = QPainter(canvas)
    painter.drawPixmap(0, 0, base)
    painter.drawPixmap(QPoint(base.width() + gap, 0), top)
    painter.end()
    canvas.save(str(DOCS / name))
    print("wrote", DOCS / name)


def prepare(store: object) -> int:
    """One case with two reviews and a second plan version written from the last one."""
    from counsel_app.domain import Actor, Review, Step, StepResult, StepStatus
    from counsel_app.services import followup

    case_id = store.cases.resolve(CASE)  # type: ignore[attr-defined]
    case = store.cases.get(case_id)  # type: ignore[attr-defined]
    goals = [g.id for g in case.plan.goals]
    steps = [s.id for s in case.plan.steps]
    review = Review(
        date=date(2026, 11, 24),
        goal_ratings={goals[0]: 0, goals[1]: 1, goals[2]: 1},
        note="Kurs läuft gut; zwei Vorstellungsgespräche vereinbart.",
        step_results={
            steps[0]: StepResult(StepStatus.DONE),
            steps[1]: StepResult(StepStatus.PARTLY, "Zwei von drei Bewerbungen verschickt"),
            steps[2]: StepResult(StepStatus.DROPPED, "Kita-Platz ab Januar sicher"),
        },
    )
    followup.write_next_version(
        store,  # type: ignore[arg-type]
        case_id,
        review_date=date(2026, 11, 24),
        new_review_due=date(2027, 2, 24),
        review=review,
        step_changes={steps[3]: {"due": date(2027, 1, 29)}},
        add_steps=[
            Step(
                "st20",
                goals[0],
                Actor.CLIENT,
                "Frau Kirschgarten bewirbt sich bei drei Drogeriemärkten in der Innenstadt.",
                due=date(2027, 1, 15),
            )
        ],
    )
    return int(case_id)


def shoot_review(window: object, case_id: int) -> None:
    from counsel_app.ui.followup.review_dialog import ReviewDialog
    from counsel_app.ui.workspace.workspace import PAGE_FOLLOW_UP

    window.open_workspace(case_id)  # type: ignore[attr-defined]
    workspace = window.workspace  # type: ignore[attr-defined]
    workspace.show_page(PAGE_FOLLOW_UP)
    settle(3000)  # the quality panel fills once the word lists are loaded
    case = workspace.case
    dialog = ReviewDialog(case, TODAY, window)  # type: ignore[arg-type]
    goal_ids = [g.id for g in case.plan.goals]
    dialog.ratings[goal_ids[0]].setCurrentIndex(dialog.ratings[goal_ids[0]].findData(1))
    first_step = case.plan.steps[0].id
    dialog.results[first_step].setCurrentIndex(2)
    dialog.reasons[first_step].setText("Kurs erst ab Februar")
    dialog.ui.noteEdit.setPlainText("Gespräch in der Sprechstunde; die Kinder sind gesund.")
    dialog.resize(760, 600)
    shoot_beside(window, dialog, "screen-review.png")  # type: ignore[arg-type]
    dialog.close()


def shoot_print(store: object, case_id: int, tmp: Path) -> None:
    from counsel_app.services.followup import print_version

    pdf = tmp / "official.pdf"
    print_version(store, case_id, "official", pdf, today=TODAY)  # type: ignore[arg-type]
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    number = next(i for i, text in enumerate(pages) if "Planversionen" in text) + 1
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", str(number), "-l", str(number), "-singlefile",
         str(pdf), str(DOCS / "print-official-history")],
        check=True,
    )  # fmt: skip
    print("wrote", DOCS / "print-official-history.png")


def main() -> int:
    from PySide6.QtGui import QAction

    from counsel_app.context import AppContext
    from counsel_app.services.demo import load_demo_cases
    from counsel_app.services.store import init_store
    from counsel_app.storage.keyfile import ScryptParams
    from counsel_app.ui.app import setup_application
    from counsel_app.ui.followup.compare_dialog import CompareDialog
    from counsel_app.ui.followup.due_page import DuePage
    from counsel_app.ui.main_window import MainWindow
    from counsel_app.ui.session import UiContext, open_session
    from tests.support.fixtures import make_context
    from tests.support.keyrings import MemoryKeyring

    app = setup_application(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="counsel-followup-screens-"))
    ctx: AppContext = make_context(tmp / "data", keyring=MemoryKeyring())
    init_store(ctx, kdf=ScryptParams(n=2**10, r=8, p=1))
    session = open_session(ctx)
    load_demo_cases(session.store)
    case_id = prepare(session.store)
    window = MainWindow(UiContext(app=ctx, session=session, today=lambda: TODAY))
    window.resize(1366, 740)
    window.show()
    settle(500)
    show_due = window.findChild(QAction, "actionShowDue")  # the page is built when shown
    assert show_due is not None
    show_due.trigger()
    page = window.findChild(DuePage)
    assert page is not None
    while page.is_loading():  # read on a pool thread
        settle(50)
    shoot(window, "screen-due.png")

    shoot_review(window, case_id)
    versions = [info.version for info in session.case_versions(case_id)]
    compare = CompareDialog(versions, lambda n: session.case_version(case_id, n), window)
    compare.resize(1100, 640)
    shoot(compare, "screen-compare.png")
    compare.close()
    shoot_print(session.store, case_id, tmp)
    window.workspace.close_case()
    window.close()
    session.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
