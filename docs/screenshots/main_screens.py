"""Screenshots of the main window and the four workspace pages with the quality panel
(docs/screen-main.png, screen-workspace-analysis.png, -goals.png, -followup.png, -print.png).

Run under Xvfb from the repository root:

    xvfb-run -a -s '-screen 0 1366x768x24' .venv/bin/python docs/screenshots/main_screens.py

Builds a throw-away store with the fictional training cases (`counsel-app demo`) in a
temporary folder; nothing of the user's data is touched.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from shots import settle, shoot  # noqa: E402  (beside this script)

TODAY = date(2026, 11, 25)
CASE = "TR-2026-002 (schwach)"  # a plan with hints to show
SIZE = (1366, 740)


def wait_for(condition: object, timeout_ms: int = 30000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:  # type: ignore[operator]
        settle(50)
        waited += 50


def main() -> int:
    from counsel_app.context import AppContext
    from counsel_app.services.demo import load_demo_cases
    from counsel_app.services.store import init_store
    from counsel_app.storage.keyfile import ScryptParams
    from counsel_app.ui.app import setup_application
    from counsel_app.ui.main_window import MainWindow
    from counsel_app.ui.session import UiContext, open_session
    from counsel_app.ui.workspace.workspace import (
        PAGE_ANALYSIS,
        PAGE_FOLLOW_UP,
        PAGE_GOALS,
        PAGE_PRINT,
    )
    from tests.support.fixtures import make_context
    from tests.support.keyrings import MemoryKeyring

    app = setup_application(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="counsel-main-screens-"))
    ctx: AppContext = make_context(tmp / "data", keyring=MemoryKeyring())
    init_store(ctx, kdf=ScryptParams(n=2**10, r=8, p=1))
    session = open_session(ctx)
    load_demo_cases(session.store)
    window = MainWindow(UiContext(app=ctx, session=session, today=lambda: TODAY))
    window.resize(*SIZE)
    window.show()
    settle(500)
    shoot(window, "screen-main.png")

    case_id = session.store.cases.resolve(CASE)
    row = next(r for r in range(window.proxy.rowCount()) if window.proxy.index(r, 0).data() == CASE)
    window.ui.caseTable.selectRow(row)
    window.open_workspace(case_id)
    workspace = window.workspace
    workspace.show_page(PAGE_ANALYSIS)
    wait_for(lambda: workspace.last_report is not None)
    shoot(window, "screen-workspace-analysis.png")

    workspace.show_page(PAGE_GOALS)
    goals = workspace.goals_page
    goals.ui.stepTable.selectRow(1)
    goals.ui.goalList.setCurrentRow(1)
    settle(1200)  # the plain-language marks follow after their debounce
    shoot(window, "screen-workspace-goals.png")

    workspace.show_page(PAGE_FOLLOW_UP)
    shoot(window, "screen-workspace-followup.png")

    page = workspace.print_page
    workspace.show_page(PAGE_PRINT)
    wait_for(lambda: bool(page.pages()) and not page.is_busy())
    shoot(window, "screen-workspace-print.png")

    workspace.close_case()
    window.close()
    session.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
