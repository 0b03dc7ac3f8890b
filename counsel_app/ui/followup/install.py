"""Wires the Nachhaltung pieces into the main window: the due page, its menu entries, the
start notice's button, and the calendar export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from counsel_app.errors import UserError
from counsel_app.ui.labels import count_phrase

if TYPE_CHECKING:
    from datetime import date

    from counsel_app.followup.due import DueItem, DueList
    from counsel_app.ui.followup.due_page import DuePage
    from counsel_app.ui.main_window import MainWindow
    from counsel_app.ui.session import StoreSession

SHOW_DUE_SHORTCUT = "Ctrl+Shift+F"
PAGE_NUMBERS = {"analyse": 0, "ziele": 1, "nachhaltung": 2}
LIST_WIDTH_WITH_DUE_PAGE = 440  # the case list narrows so the due labels fit


def install_due_page(window: MainWindow) -> None:
    """Add the "Wiedervorlage" actions to `window`; the page itself is built when first shown.

    The page is reached by "Ansicht › Wiedervorlage" (Ctrl+Umschalt+F) and by the button of
    the start notice; selecting a case in the list (or Esc) goes back to its overview.
    """
    built: list[DuePage] = []  # the page, once built (the start does not wait for it)

    def page() -> DuePage:
        if not built:
            built.append(_build_due_page(window))
        return built[0]

    show = QAction("&Wiedervorlage (Fälliges)", window)
    show.setShortcut(QKeySequence(SHOW_DUE_SHORTCUT))
    show.setToolTip("Fällige Überprüfungen, Schritte und Kontakte aller Fälle")
    show.setObjectName("actionShowDue")
    show.triggered.connect(lambda: show_due_page(window, page()))
    menu_view = window.ui.menuView
    first = menu_view.actions()[0] if menu_view.actions() else None
    menu_view.insertAction(first, show)  # type: ignore[arg-type]

    export = QAction("Termine als &Kalenderdatei (.ics) exportieren …", window)
    export.setToolTip(
        "Überprüfungs- und Kontakttermine für den Bürokalender; nur Kundennummern, keine Namen"
    )
    export.setObjectName("actionExportCalendar")
    export.triggered.connect(lambda: export_calendar(window))
    window.ui.menuFile.insertAction(window.ui.actionBackup, export)

    window.ui.noticeButton.clicked.connect(lambda: show_due_page(window, page()))
    window.model.modelReset.connect(lambda: [_refresh_if_shown(window, p) for p in built])
    window.ui.caseTable.selectionModel().selectionChanged.connect(
        lambda _s, _d: [_leave_due_page(window, p) for p in built]
    )


def _build_due_page(window: MainWindow) -> DuePage:
    from counsel_app.ui.followup.due_page import DuePage

    session, today = window.session, window.ui_ctx.today  # the job must not touch the window
    page = DuePage(lambda: _load_due(session, today()), window.ui.rightStack)
    page.setObjectName("duePage")
    window.ui.rightStack.addWidget(page)
    back = QAction("Zurück zur Übersicht", page)
    back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    back.triggered.connect(lambda: _back_to_list(window, page))
    page.addAction(back)
    page.openRequested.connect(lambda item: open_due_item(window, page, item))
    page.exportRequested.connect(lambda: export_calendar(window))
    return page


def _load_due(session: StoreSession, today: date) -> DueList:
    """Runs on the due page's pool thread: services only, no widgets."""
    from counsel_app.services.followup import due_list

    return due_list(session.store, today)


def show_due_page(window: MainWindow, page: DuePage) -> None:
    """Show the due list on the right (an open case is saved and closed first)."""
    if window.workspace_open:
        window.close_workspace()
    splitter = window.ui.splitter
    if window.ui.rightStack.currentWidget() is not page:
        page.saved_sizes = splitter.sizes()
        total = sum(page.saved_sizes)
        splitter.setSizes([LIST_WIDTH_WITH_DUE_PAGE, total - LIST_WIDTH_WITH_DUE_PAGE])
    window.ui.rightStack.setCurrentWidget(page)
    page.refresh()
    page.ui.dueTable.setFocus(Qt.FocusReason.OtherFocusReason)


def _refresh_if_shown(window: MainWindow, page: DuePage) -> None:
    if window.ui.rightStack.currentWidget() is page:
        page.refresh()


def _leave_due_page(window: MainWindow, page: DuePage) -> None:
    """Choosing a case in the list shows its overview (the window has just filled it)."""
    if window.ui.rightStack.currentWidget() is page:
        from counsel_app.ui.main_window import OVERVIEW_PAGE

        window.ui.rightStack.setCurrentIndex(OVERVIEW_PAGE)
        if page.saved_sizes:
            window.ui.splitter.setSizes(page.saved_sizes)


def _back_to_list(window: MainWindow, page: DuePage) -> None:
    """Esc on the due page: the overview of the selected case, the focus in the list."""
    _leave_due_page(window, page)
    window.ui.caseTable.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _select_in_list(window: MainWindow, case_id: Any) -> None:
    from counsel_app.ui.case_table import CASE_ID_ROLE, CaseFilter

    if window.selected_case_id() == case_id:
        return
    window.ui.searchEdit.clear()
    window.set_case_filter(CaseFilter.ALL)
    proxy = window.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(CASE_ID_ROLE) == case_id:
            window.ui.caseTable.selectRow(row)
            return


def open_due_item(window: MainWindow, page: DuePage, item: DueItem) -> None:
    """Open the case of `item` in the workspace, at the page and field it concerns."""
    _select_in_list(window, item.case_id)
    if window.ui.rightStack.currentWidget() is page and page.saved_sizes:
        window.ui.splitter.setSizes(page.saved_sizes)
    window.open_workspace(item.case_id)
    workspace = window.workspace
    if not window.workspace_open or workspace.case_id != item.case_id:
        return
    kind, _sep, ident = item.target.partition(":")
    if kind == "follow_up":
        workspace.show_page(PAGE_NUMBERS["nachhaltung"])
        workspace.follow_up_page.focus_target(kind, ident)
    elif kind in {"step", "plan"}:
        workspace.focus_hint(item.target)
    else:
        workspace.show_page(PAGE_NUMBERS.get(item.page.value, 0))


def export_calendar(window: MainWindow) -> None:
    """Ask for a file and write the open review and contact dates as .ics (off the GUI
    thread, with the window's progress dialog)."""
    title = "Termine als Kalenderdatei exportieren"
    today = window.ui_ctx.today()
    name, _filter = QFileDialog.getSaveFileName(
        window,
        title,
        str(Path.home() / f"wiedervorlage-{today:%Y-%m-%d}.ics"),
        "Kalenderdateien (*.ics)",
    )
    if not name:
        return
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".ics")
    window.workspace.flush()
    store = window.session.store

    def job(report: Any) -> Any:
        from counsel_app.services.followup import write_reminders

        report(0, 0, path.name)
        try:
            return write_reminders(store, path, today=today)
        except OSError as err:
            raise UserError(
                f"Die Datei {path} kann nicht geschrieben werden: {err.strerror or err}"
            ) from err

    def done(result: Any) -> None:
        window.statusBar().showMessage(
            f"Kalenderdatei geschrieben: {result.path} "
            f"({count_phrase(result.events, 'Termin', 'Termine')}; nur Kundennummern, "
            "keine Namen).",
            10000,
        )

    window.run_task("Kalenderdatei wird geschrieben …", 0, job, done)
