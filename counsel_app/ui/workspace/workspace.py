"""The case workspace: four pages in order, live quality beside them, autosave and undo."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_app.errors import UserError
from counsel_app.ui.labels import plan_state
from counsel_app.ui.workspace.analysis_page import AnalysisPage
from counsel_app.ui.workspace.common import PageBase
from counsel_app.ui.workspace.editor import CaseEditor
from counsel_app.ui.workspace.followup_page import FollowUpPage
from counsel_app.ui.workspace.goals_page import GoalsPage
from counsel_app.ui.workspace.widgets import (
    make_print_page,
    make_quality_panel,
    make_quality_updater,
)

if TYPE_CHECKING:
    from counsel_app.domain import Case, Counsellor
    from counsel_app.ui.session import UiContext

PAGE_TITLES = ("1 Potenzialanalyse", "2 Ziele und Schritte", "3 Nachhaltung", "4 Drucken")
PAGE_ANALYSIS, PAGE_GOALS, PAGE_FOLLOW_UP, PAGE_PRINT = range(4)
HINT_PAGES = {"obstacle": PAGE_ANALYSIS, "goal": PAGE_GOALS, "step": PAGE_GOALS}
HINT_PAGES["plan"] = PAGE_FOLLOW_UP


def _no_contact(counsellor: Counsellor | None) -> bool:
    return counsellor is None or not any(
        (counsellor.name, counsellor.office, counsellor.phone, counsellor.email)
    )


def _scrolling(page: QWidget) -> QScrollArea:
    """`page` in a frameless scroll area: a small screen scrolls instead of growing the window."""
    area = QScrollArea()
    area.setObjectName(f"{page.objectName() or type(page).__name__}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(page)
    return area


def first_focusable(page: QWidget) -> QWidget:
    """The first widget of `page` in tab order that takes the keyboard focus."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return page


class _UndoKeys(QObject):
    """Routes Ctrl+Z / Ctrl+Shift+Z in text fields to the case's undo stack.

    Text fields keep their own undo history and claim these keys; the workspace's history
    holds every edit of the case (typing included), so the keys go there instead.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        # Returned without accepting: the window's undo/redo shortcut fires instead.
        return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
            QKeySequence.StandardKey.Redo
        )


class CaseWorkspace(QWidget):
    """Edits one case. `open_case(case_id)` loads it; every edit is saved within a second.

    Signals: `statusChanged(str)` for the status bar ("Gespeichert 14:03:12"),
    `caseStored(object)` with the case id after a new plan version.
    """

    statusChanged = Signal(str)  # noqa: N815
    caseStored = Signal(object)  # noqa: N815

    def __init__(self, ui_ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWorkspace")
        self.ui_ctx = ui_ctx
        self.session = ui_ctx.session
        self.editor = CaseEditor(self.session, self)
        self.last_report: Any = None
        self._build()
        self._build_actions()
        self.editor.changed.connect(self.quality_updater.schedule)
        self.editor.restored.connect(self.reload_pages)
        self.editor.saveStateChanged.connect(self.statusChanged)
        self.editor.saveFailed.connect(
            lambda message: QMessageBox.warning(
                self,
                "Speichern",
                f"Die letzte Änderung konnte nicht gespeichert werden: {message}\n"
                "Sie bleibt im Fenster und wird bei der nächsten Änderung erneut gespeichert.",
            )
        )
        self._undo_keys = _UndoKeys(self)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.installEventFilter(self._undo_keys)

    # --- building ---

    def _build(self) -> None:
        today = self.ui_ctx.today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        head.addWidget(self.title)
        head.addWidget(self.subtitle, 1)
        layout.addLayout(head)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setAccessibleName("Seiten des Falls")
        self.tabs.setDocumentMode(True)
        self.analysis_page = AnalysisPage(self.editor, today, self.tabs)
        self.goals_page = GoalsPage(self.editor, today, self.tabs)
        self.follow_up_page = FollowUpPage(self.editor, today, self.tabs)
        self.print_page = make_print_page(self.tabs, today)
        self.print_page.setAccessibleName("Drucken")
        self.pages: list[QWidget] = [
            self.analysis_page,
            self.goals_page,
            self.follow_up_page,
            self.print_page,
        ]
        for page, title in zip(self.pages, PAGE_TITLES, strict=True):
            self.tabs.addTab(page if page is self.print_page else _scrolling(page), title)
            self.tabs.setTabToolTip(self.tabs.count() - 1, f"{title[2:]} (Strg+{title[0]})")
        self.tabs.tabBar().setAccessibleName("Seiten des Falls")
        self.tabs.currentChanged.connect(self._page_changed)

        side = self._build_side(today)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)

        self.follow_up_page.recordReviewRequested.connect(self.record_review)
        self.follow_up_page.openVersionRequested.connect(self.open_version)
        self.follow_up_page.reviseRequested.connect(self.revise_plan)

    def _build_side(self, today: Callable[[], date]) -> QWidget:
        """The quality panel beside the pages, fed by the updater on every edit."""
        self.quality_panel = make_quality_panel(self.splitter)
        self.quality_panel.setMinimumWidth(260)
        self.quality_panel.hintActivated.connect(self.focus_hint)
        self.quality_updater = make_quality_updater(self.editor_snapshot, self, today)
        self.quality_updater.reportReady.connect(self._show_report)
        self.quality_updater.waiting.connect(self.quality_panel.show_waiting)
        return self.quality_panel

    def _action(self, text: str, keys: list[str], slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        stack = self.editor.undo_stack
        self.undo_action = stack.createUndoAction(self, "&Rückgängig")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(self, "&Wiederholen")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.page_actions = [
            self._action(
                f"Seite {title}", [f"Ctrl+{n + 1}"], lambda _c=False, n=n: self.show_page(n)
            )
            for n, title in enumerate(PAGE_TITLES)
        ]
        self.next_page_action = self._action(
            "Nächste Seite", ["Ctrl+PgDown"], lambda: self.step_page(1)
        )
        self.previous_page_action = self._action(
            "Vorige Seite", ["Ctrl+PgUp"], lambda: self.step_page(-1)
        )
        self.add_step_action = self._action("Schritt &hinzufügen", ["Ctrl+Shift+N"], self._add_step)
        self.add_goal_action = self._action(
            "&Zwischenziel hinzufügen", ["Ctrl+Shift+G"], self._add_goal
        )

    def edit_actions(self) -> list[QAction]:
        """For the window's "Bearbeiten" menu."""
        return [
            self.undo_action,
            self.redo_action,
            self.add_goal_action,
            self.add_step_action,
            *self.page_actions,
            self.previous_page_action,
            self.next_page_action,
        ]

    # --- the case ---

    @property
    def case_id(self) -> Any:
        return self.editor.case_id

    @property
    def case(self) -> Case | None:
        return self.editor.case

    def editor_snapshot(self) -> Case | None:
        """The case as of the last edit (for the quality check; never changed in place)."""
        return self.editor.snapshot

    def open_case(self, case_id: Any) -> bool:
        """Show this case (the previous one is saved first). False if it cannot be read."""
        if case_id == self.editor.case_id and self.editor.case is not None:
            return True
        self.editor.flush()
        try:
            case = self.session.case(case_id)
        except UserError as err:
            QMessageBox.warning(self, "Fall öffnen", err.message)
            return False
        self.editor.load(case_id, case)
        self._refresh_versions()
        self.reload_pages()
        self.statusChanged.emit("")
        return True

    def close_case(self) -> bool:
        ok = self.editor.flush()
        self.editor.unload()
        return ok

    def flush(self) -> bool:
        return self.editor.flush()

    def reload_pages(self) -> None:
        if self.editor.case is None:
            return
        case = self.editor.case
        name = case.client.display_name or case.client.reference
        self.title.setText(name)
        self.subtitle.setText(
            f"  Kundennummer {case.client.reference} · Plan: "
            f"{plan_state(case.plan.agreed, case.plan.version)}"
        )
        for page in self.pages:
            if isinstance(page, PageBase):
                page.load()
        if self.tabs.currentIndex() == PAGE_PRINT:
            self._show_print()

    def _refresh_versions(self) -> None:
        try:
            versions = self.session.case_versions(self.editor.case_id)
        except UserError:
            versions = []
        self.follow_up_page.set_versions(versions)

    # --- pages ---

    def show_page(self, number: int) -> None:
        """Switch to a page and put the focus on its first field."""
        self.tabs.setCurrentIndex(number)
        page = self.pages[self.tabs.currentIndex()]
        first_focusable(page).setFocus(Qt.FocusReason.TabFocusReason)

    def step_page(self, delta: int) -> None:
        self.show_page((self.tabs.currentIndex() + delta) % self.tabs.count())

    def _page_changed(self, index: int) -> None:
        self.editor.flush()
        self.editor.close_edit_group()
        page = self.pages[index] if 0 <= index < len(self.pages) else None
        if isinstance(page, PageBase) and self.editor.case is not None:
            page.load()
        elif page is self.print_page:
            self._show_print()

    def _show_print(self) -> None:
        """The print preview renders a copy of the case: only while its page is shown.

        A plan without counsellor contact gets the profile from the settings (Einstellungen),
        so the client copy always says whom to call.
        """
        case = self.editor.snapshot
        if case is not None and _no_contact(case.counsellor):
            try:
                profile = self.session.counsellor_profile()
            except UserError:
                profile = None
            if profile is not None and not _no_contact(profile):
                case = dataclasses.replace(case, counsellor=profile)
        case_id = self.editor.case_id
        if case is None or case_id is None:
            self.print_page.set_case(case)
            return
        # Client and official copies also show the stored versions and reviews.
        self.print_page.set_case(
            case, lambda variant: self.session.history_renderer(case_id, variant)
        )

    def _add_step(self) -> None:
        if self.editor.case is not None:
            self.show_page(PAGE_GOALS)
            self.goals_page.add_step()

    def _add_goal(self) -> None:
        if self.editor.case is not None:
            from counsel_app.domain import GoalKind

            self.show_page(PAGE_GOALS)
            self.goals_page.add_goal(GoalKind.INTERMEDIATE)

    # --- quality ---

    def _show_report(self, report: Any) -> None:
        self.last_report = report
        self.quality_panel.show_report(report)

    def focus_hint(self, target: str) -> None:
        """Select the field a hint concerns: goal:ID, step:ID, obstacle:ID or plan."""
        if self.editor.case is None:
            return
        kind, _sep, ident = target.partition(":")
        number = HINT_PAGES.get(kind)
        if number is None:
            return
        self.tabs.setCurrentIndex(number)
        page = self.pages[number]
        if isinstance(page, PageBase):
            page.focus_target(kind, ident)

    # --- Nachhaltung actions that need the store ---

    def record_review(self) -> None:
        """The review dialog (GAS per goal, step results, note); see ui.followup.actions."""
        from counsel_app.ui.followup.actions import record_review

        record_review(self)

    def revise_plan(self) -> None:
        """Fortschreibung with the carry-over dialog; see ui.followup.actions."""
        from counsel_app.ui.followup.actions import revise_plan

        revise_plan(self)

    def write_next_version(self) -> int | None:
        """Fortschreibung without asking (the button asks first); the new version number."""
        case_id = self.editor.case_id
        if case_id is None or not self.editor.flush():
            return None
        try:
            number = self.session.revise_case(case_id, self.ui_ctx.today())
        except UserError as err:
            QMessageBox.warning(self, "Plan fortschreiben", err.message)
            return None
        self.editor.unload()
        self.open_case(case_id)
        self.statusChanged.emit(f"Version {number} angelegt")
        self.caseStored.emit(case_id)
        return number

    def open_version(self, version: int) -> None:
        from counsel_app.ui.overview import case_overview_html
        from counsel_app.ui.workspace.dialogs import VersionDialog

        try:
            case = self.session.case_version(self.editor.case_id, version)
        except UserError as err:
            QMessageBox.warning(self, "Planversion", err.message)
            return
        title = f"Planversion {version} (nur lesen)"
        VersionDialog(case_overview_html(case), title, self).exec()

    def today(self) -> date:
        return self.ui_ctx.today()
