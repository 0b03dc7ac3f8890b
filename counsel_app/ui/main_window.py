"""The main window: the case list with search and filters; beside it a read-only overview of
the selected case or, once a case is opened (double-click, Enter, Ctrl+N), its workspace."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from counsel_app import __version__
from counsel_app.errors import UserError
from counsel_app.ui.app import after_first_paint
from counsel_app.ui.autolock import AutoLock, lock_window, store_unlocker
from counsel_app.ui.case_table import (
    CASE_ID_ROLE,
    CaseFilter,
    CaseFilterProxy,
    CaseRow,
    CaseTableModel,
    Column,
)
from counsel_app.ui.followup import install_due_page
from counsel_app.ui.forms.ui_main_window import Ui_MainWindow
from counsel_app.ui.labels import count_phrase
from counsel_app.ui.overview import case_overview_html, placeholder_html
from counsel_app.ui.session import ImportOutcome, UiContext
from counsel_app.ui.supervision import install_supervision_menu
from counsel_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from counsel_app.ui.workspace.workspace import CaseWorkspace

OVERVIEW_PAGE, WORKSPACE_PAGE = 0, 1
LIST_WIDTH_WITH_WORKSPACE = 290
SPLIT_WITHOUT_WORKSPACE = (780, 560)  # list and overview; the list has five columns
# With a case open the list shows only Kundennummer and Name: the workspace needs the room.
# Column widths follow the first rows only: measuring a thousand rows costs a quarter second.
CONTENTS_PRECISION = 100
COLUMNS_HIDDEN_WITH_WORKSPACE = (Column.PROFILE, Column.PLAN, Column.NEXT)
NOTICE_STYLE = (
    "QFrame#noticeFrame { background-color: #fff4ce; border: 1px solid #e0c060;"
    " border-radius: 3px; } QFrame#noticeFrame QLabel { color: #3b2f00; }"
)


class MainWindow(QMainWindow):
    """The case list with the overview or the workspace of a case beside it.

    At start the list comes from the store's glance while the store opens on a thread
    (`StoreSession`); the overview and the workspace follow once it is open (`storeReady`).
    """

    storeReady = Signal()  # noqa: N815 - Qt naming

    def __init__(self, ui_ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_ctx = ui_ctx
        self.session = ui_ctx.session
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.tasks = TaskRunner(self)
        self.model = CaseTableModel(self)
        self.proxy = CaseFilterProxy(ui_ctx.today(), self)
        self.proxy.setSourceModel(self.model)
        self._progress: QProgressDialog | None = None
        self._help: QWidget | None = None
        self._workspace: CaseWorkspace | None = None
        # The hidden workspace must not make the overview wide: the list needs that room.
        self.ui.workspacePage.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self.ui.rightStack.setCurrentIndex(OVERVIEW_PAGE)
        self._setup_table()
        self._setup_actions()
        self._setup_status_bar()
        self._setup_autolock()
        self.ui.noticeFrame.setStyleSheet(NOTICE_STYLE)
        self.ui.noticeButton.clicked.connect(self._show_due_reviews)
        self.ui.noticeFrame.hide()
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes(list(SPLIT_WITHOUT_WORKSPACE))
        self._fill_filter_combo()
        self.ui.searchEdit.textChanged.connect(self.proxy.set_search_text)
        self.ui.filterCombo.currentIndexChanged.connect(self._filter_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.reload()
        install_due_page(self)
        self.supervision = install_supervision_menu(self)
        self.ui.searchEdit.setFocus()
        self.storeReady.connect(self._store_ready, Qt.ConnectionType.QueuedConnection)
        self.session.when_ready(self._announce_store_ready)
        after_first_paint(self, self.session.open_in_background)

    def _announce_store_ready(self) -> None:
        """Runs on the thread that opened the store (or now, if it is open already)."""
        with contextlib.suppress(RuntimeError):  # the window is gone already
            self.storeReady.emit()

    def _store_ready(self) -> None:
        """The store is open for work: the overview of the selected case, the workspace."""
        if not self.workspace_open:
            self._selection_changed(QItemSelection(), QItemSelection())
        _ = self.workspace  # built now, so that opening the first case is quick

    @property
    def workspace(self) -> CaseWorkspace:
        """The case workspace, built on first use (not before the window shows)."""
        if self._workspace is None:
            self._workspace = self._build_workspace()
        return self._workspace

    def _build_workspace(self) -> CaseWorkspace:
        from counsel_app.ui.workspace.workspace import CaseWorkspace

        workspace = CaseWorkspace(self.ui_ctx, self.ui.workspacePage)
        self.ui.workspaceLayout.addWidget(workspace)
        actions = workspace.edit_actions()
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
        menu = self.ui.menuEdit
        menu.addActions(actions[:4])
        menu.addSeparator()
        menu.addActions(actions[4:])
        workspace.statusChanged.connect(self.save_label_changed)
        workspace.caseStored.connect(lambda _case_id: self.reload())
        return workspace

    # --- setup ---

    def _setup_table(self) -> None:
        table = self.ui.caseTable
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(CONTENTS_PRECISION)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        table.sortByColumn(Column.NEXT, Qt.SortOrder.AscendingOrder)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.activated.connect(lambda _index: self.open_selected())

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionNewCase.triggered.connect(self.new_case)
        ui.actionOpenCase.triggered.connect(self.open_selected)
        ui.actionCloseCase.triggered.connect(self.close_workspace)
        ui.actionCloseCase.setEnabled(False)
        ui.actionImport.triggered.connect(self.import_files)
        ui.actionExport.triggered.connect(lambda: self.export_selected(pseudonymise=False))
        ui.actionExportPseudonymised.triggered.connect(
            lambda: self.export_selected(pseudonymise=True)
        )
        ui.actionBackup.triggered.connect(self.create_backup)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionPrint.triggered.connect(self.print_selected)
        ui.actionSettings.triggered.connect(self.show_settings)
        ui.actionHelp.triggered.connect(self.show_help)
        ui.actionLock.triggered.connect(self.lock)
        self._export_menu()
        ui.actionRefresh.triggered.connect(self.reload)
        ui.actionFocusSearch.triggered.connect(self._focus_search)
        ui.actionFocusList.triggered.connect(ui.caseTable.setFocus)
        ui.actionFocusOverview.triggered.connect(self._focus_right)
        for action in (
            ui.actionNewCase,
            ui.actionImport,
            ui.actionExport,
            ui.actionPrint,
            ui.actionBackup,
            ui.actionSettings,
            ui.actionHelp,
        ):
            # Tool buttons show the shortcut in their tooltip, so the keyboard way is visible.
            shortcut = action.shortcut().toString()
            if shortcut and action.isEnabled():
                action.setToolTip(f"{action.toolTip()} ({shortcut})")

    def _setup_status_bar(self) -> None:
        session = self.session
        text = (
            f"Verschlüsselt (SQLCipher) · Schlüssel: {session.key_source_label} · "
            f"{session.paths.root}"
        )
        self.storage_label = QLabel(text, self)
        self.storage_label.setToolTip(
            "Alle Falldaten liegen verschlüsselt in diesem Ordner auf diesem Rechner."
        )
        self.save_label = QLabel("", self)
        self.save_label.setAccessibleName("Speicherstand")
        self.save_label.setToolTip("Jede Änderung wird nach spätestens einer Sekunde gespeichert.")
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.storage_label)

    def _export_menu(self) -> None:
        """The tool bar's "Exportieren" offers both kinds of export in a drop-down."""
        button = self.ui.mainToolBar.widgetForAction(self.ui.actionExport)
        if isinstance(button, QToolButton):
            menu = QMenu(button)
            menu.addActions([self.ui.actionExport, self.ui.actionExportPseudonymised])
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

    def _setup_autolock(self) -> None:
        """Lock after the idle time from the settings (default 15 minutes, 0 = never)."""
        from counsel_app.ui.settings import DEFAULT_IDLE_MINUTES, idle_minutes

        try:
            minutes = idle_minutes(self.session)
        except UserError:
            minutes = DEFAULT_IDLE_MINUTES
        self.autolock = AutoLock(minutes, self)
        self.autolock.locked.connect(self.lock)
        self._unlock = store_unlocker(self.ui_ctx.app)

    def lock(self) -> None:
        """Save, hide the case content and ask to unlock again (idle time or Ctrl+Shift+L)."""
        if self._workspace is not None:
            self._workspace.flush()
        self.autolock.pause()
        lock_window(self, self._unlock, on_unlocked=self.autolock.resume)

    @property
    def locked(self) -> bool:
        return self.centralWidget() is not self.ui.centralWidget

    def save_label_changed(self, text: str) -> None:
        self.save_label.setText(text)

    # --- data ---

    def reload(self) -> None:
        """Read the summaries again (after an import, on F5)."""
        selected = self.selected_case_id()
        try:
            rows = self.session.case_rows()
        except UserError as err:
            QMessageBox.warning(self, "Fallliste", err.message)
            rows = []
        self.model.set_rows(rows)
        self._update_notice(rows)
        self._update_count()
        if not self._select_case(selected):
            self._select_first()

    def _fill_filter_combo(self) -> None:
        combo = self.ui.filterCombo
        for choice in CaseFilter:
            combo.addItem(choice.value, choice.value)
        combo.setItemData(
            combo.findData(CaseFilter.REVIEW_DUE.value),
            "Überprüfungstermin heute oder früher",
            Qt.ItemDataRole.ToolTipRole,
        )
        combo.setItemData(
            combo.findData(CaseFilter.STEPS_OVERDUE.value),
            "Mindestens ein offener Schritt war vor heute fällig",
            Qt.ItemDataRole.ToolTipRole,
        )
        combo.setItemData(
            combo.findData(CaseFilter.DRAFTS.value),
            "Pläne, die noch nicht vereinbart sind",
            Qt.ItemDataRole.ToolTipRole,
        )

    def _update_notice(self, rows: list[CaseRow]) -> None:
        today = self.ui_ctx.today()
        due_today = sum(1 for r in rows if r.review_due == today)
        overdue = sum(1 for r in rows if r.review_due is not None and r.review_due < today)
        if not due_today and not overdue:
            self.ui.noticeFrame.hide()
            return
        parts = []
        if due_today:
            parts.append(f"heute fällig: {count_phrase(due_today, 'Überprüfung', 'Überprüfungen')}")
        if overdue:
            parts.append(f"überfällig: {count_phrase(overdue, 'Überprüfung', 'Überprüfungen')}")
        self.ui.noticeLabel.setText("Wiedervorlage – " + ", ".join(parts) + ".")
        self.ui.noticeFrame.show()

    def _show_due_reviews(self) -> None:
        self.set_case_filter(CaseFilter.REVIEW_DUE)
        self.ui.caseTable.setFocus()

    def set_case_filter(self, case_filter: CaseFilter) -> None:
        index = self.ui.filterCombo.findData(case_filter.value)
        if index >= 0:
            self.ui.filterCombo.setCurrentIndex(index)

    def _filter_changed(self, _index: int) -> None:
        data = self.ui.filterCombo.currentData()
        self.proxy.set_case_filter(CaseFilter(data) if data else CaseFilter.ALL)
        if not self.selected_case_id():
            self._select_first()

    def _update_count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = "Noch keine Fälle. Mit „Datei › Importieren …“ (Strg+I) Fälle hinzufügen."
        elif shown == total:
            text = f"{count_phrase(total, 'Fall', 'Fälle')}"
        else:
            text = f"{shown} von {count_phrase(total, 'Fall', 'Fällen')} angezeigt"
        self.ui.countLabel.setText(text)
        if shown == 0:
            self._show_placeholder()

    # --- selection and overview ---

    def selected_case_id(self) -> Any:
        indexes = self.ui.caseTable.selectionModel().selectedRows()
        return indexes[0].data(CASE_ID_ROLE) if indexes else None

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.ui.caseTable.selectRow(0)
        else:
            self._show_placeholder()

    def _select_case(self, case_id: Any) -> bool:
        if case_id is None:
            return False
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(CASE_ID_ROLE) == case_id:
                self.ui.caseTable.selectRow(row)
                return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        case_id = self.selected_case_id()
        if self.workspace_open:
            if case_id is not None and case_id != self.workspace.case_id:
                self.workspace.open_case(case_id)  # the previous case is saved first
            return
        if case_id is None:
            self._show_placeholder()
            return
        if not self.session.ready:  # shown by `_store_ready`
            self.ui.overviewBrowser.setHtml(placeholder_html("Die Ablage wird geöffnet …"))
            return
        try:
            case = self.session.case(case_id)
        except UserError as err:
            self.ui.overviewBrowser.setHtml(placeholder_html(err.message))
            return
        self.ui.overviewBrowser.setHtml(case_overview_html(case))

    # --- the workspace ---

    @property
    def workspace_open(self) -> bool:
        return self.ui.rightStack.currentIndex() == WORKSPACE_PAGE

    def open_selected(self) -> None:
        """Open the selected case in the workspace (double-click or Enter in the list)."""
        case_id = self.selected_case_id()
        if case_id is not None:
            self.open_workspace(case_id)

    def open_workspace(self, case_id: Any) -> None:
        if not self.workspace.open_case(case_id):
            return
        if not self.workspace_open:
            self.ui.rightStack.setCurrentIndex(WORKSPACE_PAGE)
            table = self.ui.caseTable
            for column in COLUMNS_HIDDEN_WITH_WORKSPACE:
                table.setColumnHidden(column, True)
            total = sum(self.ui.splitter.sizes())
            self.ui.splitter.setSizes(
                [LIST_WIDTH_WITH_WORKSPACE, total - LIST_WIDTH_WITH_WORKSPACE]
            )
            self.workspace.quality_updater.start_warm_up()
        for action in (self.ui.actionCloseCase, *self.workspace.edit_actions()):
            action.setEnabled(True)
        self.workspace.show_page(self.workspace.tabs.currentIndex())

    def close_workspace(self) -> None:
        """Save, close the workspace and show the overview again."""
        if not self.workspace_open:
            return
        self.workspace.close_case()
        self.ui.rightStack.setCurrentIndex(OVERVIEW_PAGE)
        for column in COLUMNS_HIDDEN_WITH_WORKSPACE:
            self.ui.caseTable.setColumnHidden(column, False)
        self.ui.splitter.setSizes(list(SPLIT_WITHOUT_WORKSPACE))
        for action in (self.ui.actionCloseCase, *self.workspace.edit_actions()):
            action.setEnabled(False)
        self.save_label.setText("")
        self.reload()
        self._selection_changed(QItemSelection(), QItemSelection())
        self.ui.caseTable.setFocus()

    def new_case(self) -> None:
        """Ctrl+N: a small dialog, then the new case opens in the workspace."""
        from counsel_app.ui.workspace.dialogs import NewCaseDialog

        dialog = NewCaseDialog(self.session.reference_taken, self)
        if dialog.exec() != NewCaseDialog.DialogCode.Accepted:
            return
        try:
            counsellor = self.session.counsellor_profile()
            case_id = self.session.add_case(dialog.make_case(self.ui_ctx.today(), counsellor))
        except UserError as err:
            QMessageBox.warning(self, "Neuer Fall", err.message)
            return
        self.workspace.flush()
        self.ui.searchEdit.clear()
        self.set_case_filter(CaseFilter.ALL)
        self.reload()
        self._select_case(case_id)
        self.open_workspace(case_id)
        self.workspace.show_page(0)

    def _show_placeholder(self) -> None:
        if self.workspace_open:
            return
        if self.proxy.rowCount() == 0 and self.model.rowCount() > 0:
            text = "Kein Fall passt zur Suche oder zum Filter."
        else:
            text = "Wählen Sie links einen Fall, um seine Übersicht zu sehen."
        self.ui.overviewBrowser.setHtml(placeholder_html(text))

    def _focus_right(self) -> None:
        if self.workspace_open:
            self.workspace.show_page(self.workspace.tabs.currentIndex())
        else:
            self.ui.overviewBrowser.setFocus()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # --- actions ---

    def import_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, "Fälle importieren", str(Path.home()), "Austauschdateien (*.json)"
        )
        if not names:
            return
        files = [Path(n) for n in names]
        self.run_task(
            "Fälle werden importiert …",
            len(files),
            lambda report: self.session.import_files(files, report),
            self._import_done,
        )

    def _import_done(self, outcome: ImportOutcome) -> None:
        self.reload()
        lines = [f"Importiert: {count_phrase(len(outcome.added), 'Fall', 'Fälle')}."]
        if outcome.failed:
            lines.append("")
            lines.append("Nicht importiert:")
            lines += [f"• {path.name}: {message}" for path, message in outcome.failed[:10]]
            if len(outcome.failed) > 10:
                lines.append(f"… und {len(outcome.failed) - 10} weitere.")
            QMessageBox.warning(self, "Import", "\n".join(lines))
        else:
            self.statusBar().showMessage(lines[0], 8000)

    def export_selected(self, *, pseudonymise: bool) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            QMessageBox.information(self, "Exportieren", "Bitte zuerst links einen Fall auswählen.")
            return
        title = "Pseudonymisiert exportieren" if pseudonymise else "Exportieren"
        if pseudonymise:
            answer = QMessageBox.question(
                self,
                title,
                "Name, Kundennummer und Kontaktdaten werden ersetzt, Daten bleiben unverändert. "
                "Freitexte (Ziele, Schritte, Notizen) werden nicht verändert: Bitte prüfen Sie "
                "sie selbst auf Namen und andere persönliche Angaben, bevor Sie die Datei "
                "weitergeben.",
                QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Ok:
                return
        suggestion = "fall-pseudonymisiert.json" if pseudonymise else "fall.json"
        name, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / suggestion), "Austauschdateien (*.json)"
        )
        if not name:
            return
        try:
            out = self.session.export_case(case_id, Path(name), pseudonymise=pseudonymise)
        except UserError as err:
            QMessageBox.warning(self, title, err.message)
            return
        note = "" if pseudonymise else " Die Datei ist nicht verschlüsselt: bitte sicher ablegen."
        self.statusBar().showMessage(f"Exportiert nach {out}.{note}", 10000)

    def create_backup(self) -> None:
        stamp = self.ui_ctx.today().strftime("%Y-%m-%d")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            "Sicherung erstellen",
            str(Path.home() / f"counsel-app-sicherung-{stamp}.db"),
            "Sicherungen (*.db)",
        )
        if not name:
            return
        self.run_task(
            "Sicherung wird erstellt …",
            0,
            lambda report: self.session.backup(Path(name), report),
            lambda out: QMessageBox.information(
                self,
                "Sicherung erstellt",
                f"Die verschlüsselte Sicherung liegt in {out}. Sie lässt sich nur mit dem "
                "Schlüssel dieser Ablage (oder dem Wiederherstellungsschlüssel) öffnen.",
            ),
        )

    def run_task(self, label: str, total: int, job: Any, on_done: Any) -> None:
        """Run `job(report)` off the GUI thread with a progress dialog; errors as messages."""
        if self.tasks.busy:
            QMessageBox.information(self, "Bitte warten", "Es läuft noch eine andere Arbeit.")
            return
        progress = QProgressDialog(label, "", 0, total, self)
        progress.setWindowTitle("counsel-app")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setValue(0)
        self._progress = progress

        def on_progress(done: int, count: int, text: str) -> None:
            progress.setMaximum(count)
            progress.setValue(done)
            if text:
                progress.setLabelText(f"{label}\n{text}")

        def finish() -> None:
            progress.close()
            progress.deleteLater()
            self._progress = None

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(err: BaseException) -> None:
            finish()
            self.show_error(err)

        self.tasks.start(job, done, failed, on_progress)

    def show_error(self, err: BaseException) -> None:
        if isinstance(err, UserError):
            QMessageBox.warning(self, "counsel-app", err.message)
            return
        from counsel_app.crashlog import write_crash_log

        log = write_crash_log(self.session.paths, err)
        where = f"\n\nDetails (ohne Falldaten): {log}" if log else ""
        QMessageBox.critical(
            self,
            "Unerwarteter Fehler",
            f"Die Arbeit wurde wegen eines internen Fehlers ({type(err).__name__}) abgebrochen. "
            f"Ihre gespeicherten Daten sind nicht betroffen.{where}",
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "Über counsel-app",
            f"<h3>counsel-app {__version__}</h3>"
            "<p>Begleiter für Integrationsfachkräfte: Potenzialanalyse, Kooperationsplan "
            "(§ 15 SGB II), Rückmeldungen zur Qualität und Ausdruck in einfacher Sprache.</p>"
            "<p>Die Rückmeldungen dienen Ihrer eigenen Reflexion; sie bewerten keine "
            "Mitarbeitenden.</p>"
            "<p>Alle Falldaten bleiben verschlüsselt auf diesem Rechner.</p>",
        )

    def print_selected(self) -> None:
        """Ctrl+P: open the selected case on its "Drucken" page."""
        from counsel_app.ui.workspace.workspace import PAGE_PRINT

        case_id = self.workspace.case_id if self.workspace_open else self.selected_case_id()
        if case_id is None:
            QMessageBox.information(self, "Drucken", "Bitte zuerst links einen Fall auswählen.")
            return
        self.open_workspace(case_id)
        if self.workspace_open:
            self.workspace.show_page(PAGE_PRINT)

    def show_settings(self) -> None:
        from counsel_app.ui.settings import SettingsDialog
        from counsel_app.ui.workspace.workspace import PAGE_PRINT

        dialog = SettingsDialog(self.session, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.autolock.set_minutes(dialog.minutes)
            if self.workspace_open and self.workspace.tabs.currentIndex() == PAGE_PRINT:
                self.workspace.reload_pages()  # the client copy shows the new contact data
            self.statusBar().showMessage("Einstellungen gespeichert.", 5000)
        dialog.deleteLater()

    def show_help(self) -> None:
        from counsel_app.ui.help import HelpDialog

        if self._help is None:
            actions = [*self.ui.menuFile.actions(), *self.ui.menuEdit.actions()]
            actions += [*self.ui.menuView.actions(), *self.ui.menuHelp.actions()]
            self._help = HelpDialog(actions, self)
        self._help.show()
        if QApplication.platformName() != "offscreen":  # no window stacking there
            self._help.raise_()
        self._help.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.tasks.busy:
            QMessageBox.information(
                self,
                "Bitte warten",
                "Es läuft noch eine Arbeit (Import oder Sicherung). Das Programm schließt, "
                "sobald sie fertig ist.",
            )
            self.tasks.wait()
        for runner in self.findChildren(TaskRunner):  # the pages' own jobs read the store too
            runner.wait()
        if self._workspace is not None:
            self._workspace.close_case()  # the last edits are stored before the window goes
        self.autolock.uninstall()
        super().closeEvent(event)
