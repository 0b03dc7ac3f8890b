"""Review mode: the session guide of a kollegiale Fallberatung, made for a projector.

Large type and high contrast, zoom with Ctrl++ / Ctrl+-. The guide walks through the
phases of the chosen model (six phases or the Heilsbronner variant) with a visible timer
per phase (start, pause, next; time used; over-time in red), shows the roles, the
pseudonymised case with its plan and quality hints, and takes notes per phase. The
protocol is stored in the review area as it grows (autosave) and can be saved as PDF.

Given a stored protocol (`resume=`), the window continues it ("Fortsetzen" in the review
area): model, roles, notes, key question, outcome and the time per phase come back, the
clock goes on in the phase where the session stopped, and saving replaces that protocol.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counsel_app.errors import UserError
from counsel_app.review import ReviewSession, load_phase_catalogue
from counsel_app.ui.supervision.common import add_action, review_case_html, warn
from counsel_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.quality import QualityReport
    from counsel_app.review import PhaseCatalogue, PhaseStatus, ReviewProtocol
    from counsel_app.services.review_area import ReviewArea

BASE_POINTS = 16
MIN_POINTS, MAX_POINTS, ZOOM_STEP = 10, 36, 2
TICK_MS = 250
AUTOSAVE_MS = 800
INK, PAPER = "#000000", "#ffffff"
CURRENT_BG, OVERRUN = "#0a3d91", "#b00020"
STYLE = f"""
QMainWindow, QWidget#reviewCentral {{ background: {PAPER}; color: {INK}; }}
QLabel#phaseTitle {{ color: {CURRENT_BG}; font-weight: bold; }}
QLabel#timerLabel {{ font-weight: bold; }}
QLabel#timerLabel[overrun="true"] {{ color: {OVERRUN}; }}
QLabel#overrunLabel {{ color: {OVERRUN}; font-weight: bold; }}
QListWidget#phaseList::item:selected {{ background: {CURRENT_BG}; color: {PAPER}; }}
QPlainTextEdit, QLineEdit, QTextBrowser, QListWidget {{
    color: {INK}; background: {PAPER}; border: 2px solid #444444; }}
QPushButton {{ padding: 6px 14px; }}
"""


def clock_text(seconds: float) -> str:
    """'4:05' for 245 seconds; hours as '1:02:03'."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ReviewModeWindow(QMainWindow):
    """The session guide for one case of the review area."""

    protocolStored = Signal(object)  # noqa: N815  (protocol id)

    def __init__(
        self,
        area: ReviewArea,
        case: Case,
        *,
        today: Callable[[], date] = date.today,
        clock: Callable[[], float] = time.monotonic,
        catalogue: PhaseCatalogue | None = None,
        paths: Any = None,
        open_dir: Path | None = None,
        resume: ReviewProtocol | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """A new session on `case`, or with `resume` the continuation of a stored protocol."""
        super().__init__(parent)
        self.area = area
        self.case = case
        self.today = today
        self.clock = clock
        self.paths = paths
        self.open_dir = open_dir or Path.home()
        self.catalogue = catalogue or load_phase_catalogue()
        self.tasks = TaskRunner(self)
        self.assess_tasks = TaskRunner(self)
        self.protocol_id: int | None = None
        self._printer: QPrinter | None = None
        self.report: QualityReport | None = None
        self.points = BASE_POINTS
        self._viewed_key: str | None = None  # the phase whose notes a finished session shows
        if resume is None:
            self.session = self._new_session(next(iter(self.catalogue.models)))
        else:
            # goes on where the protocol says it stood (current phase, finished); only
            # protocols stored before that was recorded fall back to the guess
            self.session = ReviewSession.resume_from(
                resume, self.catalogue.model(resume.model_key), now=clock
            )
            self.protocol_id = resume.id
        self.setWindowTitle(f"Fallberatung: {case.client.reference} – counsel-app")
        self.setAccessibleName("Fallberatung im Präsentationsmodus")
        self._build()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.store_protocol)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.refresh)
        self._ticker.start()
        self._apply_zoom()
        if resume is not None:
            self.choose_model(resume.model_key)
            self.model_combo.setEnabled(False)
        self._show_model()
        if resume is not None:
            self._fill_from(resume)
        self._assess()

    # --- layout ---

    def _build(self) -> None:
        central = QWidget(self)
        central.setObjectName("reviewCentral")
        outer = QVBoxLayout(central)
        outer.addLayout(self._build_top(central))
        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.phase_list = QListWidget(splitter)
        self.phase_list.setObjectName("phaseList")
        self.phase_list.setAccessibleName("Phasen mit Zeit")
        self.phase_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.phase_list.setWordWrap(True)
        self.phase_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.phase_list.itemActivated.connect(self._phase_activated)
        self.phase_list.currentItemChanged.connect(lambda item, _old: self._phase_selected(item))
        splitter.addWidget(self.phase_list)
        splitter.addWidget(self._build_middle(splitter))
        splitter.addWidget(self._build_side(splitter))
        splitter.setSizes([290, 640, 430])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.resize(1340, 760)
        self._build_actions()

    def _build_top(self, central: QWidget) -> QHBoxLayout:
        top = QHBoxLayout()
        model_label = QLabel("&Ablauf:", central)
        self.model_combo = QComboBox(central)
        self.model_combo.setAccessibleName("Ablaufmodell")
        model_label.setBuddy(self.model_combo)
        for key, model in self.catalogue.models.items():
            self.model_combo.addItem(model.name, key)
        self.model_combo.currentIndexChanged.connect(self._model_chosen)
        self.case_label = QLabel(
            f"Fall: {escape(self.case.client.reference)} (pseudonymisiert)", central
        )
        self.total_label = QLabel("", central)
        self.total_label.setAccessibleName("Gesamtzeit")
        top.addWidget(model_label)
        top.addWidget(self.model_combo)
        top.addSpacing(24)
        top.addWidget(self.case_label, 1)
        top.addWidget(self.total_label)
        return top

    def _build_middle(self, splitter: QSplitter) -> QWidget:
        middle = QWidget(splitter)
        mid = QVBoxLayout(middle)
        self.phase_title = QLabel("", middle)
        self.phase_title.setObjectName("phaseTitle")
        self.phase_title.setWordWrap(True)
        self.lead_label = QLabel("", middle)
        self.lead_label.setWordWrap(True)
        self.asks_label = QLabel("", middle)
        self.asks_label.setWordWrap(True)
        self.asks_label.setTextFormat(Qt.TextFormat.RichText)
        timer_row = QHBoxLayout()
        self.timer_label = QLabel("0:00", middle)
        self.timer_label.setObjectName("timerLabel")
        self.timer_label.setAccessibleName("Zeit der Phase")
        self.overrun_label = QLabel("", middle)
        self.overrun_label.setObjectName("overrunLabel")
        timer_row.addWidget(self.timer_label)
        timer_row.addWidget(self.overrun_label, 1)
        notes_label = QLabel("N&otizen zu dieser Phase:", middle)
        self.notes_edit = QPlainTextEdit(middle)
        self.notes_edit.setAccessibleName("Notizen zur Phase")
        self.notes_edit.setTabChangesFocus(True)
        notes_label.setBuddy(self.notes_edit)
        self.notes_edit.textChanged.connect(self._note_changed)
        form = QFormLayout()
        self.key_question_edit = QLineEdit(middle)
        self.key_question_edit.setAccessibleName("Schlüsselfrage")
        self.outcome_edit = QLineEdit(middle)
        self.outcome_edit.setAccessibleName("Ergebnis")
        form.addRow("Sch&lüsselfrage:", self.key_question_edit)
        form.addRow("&Ergebnis:", self.outcome_edit)
        self.key_question_edit.textChanged.connect(self._key_question_changed)
        self.outcome_edit.textChanged.connect(self._outcome_changed)
        for widget in (self.phase_title, self.lead_label, self.asks_label):
            mid.addWidget(widget)
        mid.addLayout(timer_row)
        mid.addLayout(self._build_buttons())
        mid.addWidget(notes_label)
        mid.addWidget(self.notes_edit, 1)
        mid.addLayout(form)
        save_row = QHBoxLayout()
        self.pdf_button = self._button(
            "Protokoll als P&DF …", "Protokoll als PDF speichern", self.save_pdf
        )
        self.status_label = QLabel("", middle)
        self.status_label.setAccessibleName("Speicherstand des Protokolls")
        self.print_button = self._button(
            "Protokoll d&rucken …", "Protokoll drucken", self.print_protocol
        )
        save_row.addWidget(self.pdf_button)
        save_row.addWidget(self.print_button)
        save_row.addStretch(1)
        mid.addLayout(save_row)
        self.status_label.setWordWrap(True)
        mid.addWidget(self.status_label)
        return middle

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.start_button = self._button("&Start", "Fallberatung starten", self.start)
        self.pause_button = self._button(
            "&Pause", "Zeit anhalten oder weiterlaufen lassen (F6)", self.toggle_pause
        )
        self.back_button = self._button(
            "&Zurück", "Vorige Phase (Strg+Bild auf)", self.previous_phase
        )
        self.next_button = self._button(
            "&Nächste Phase", "Nächste Phase (Strg+Bild ab)", self.next_phase
        )
        self.finish_button = self._button("&Beenden", "Fallberatung beenden", self.finish)
        for button in (
            self.start_button,
            self.pause_button,
            self.back_button,
            self.next_button,
            self.finish_button,
        ):
            button.setToolTip(button.accessibleName())
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _build_side(self, splitter: QSplitter) -> QTabWidget:
        self.side_tabs = QTabWidget(splitter)
        self.side_tabs.setAccessibleName("Fall, Qualität und Rollen")
        self.side_tabs.tabBar().setAccessibleName("Seiten: Fall, Qualität und Rollen")
        self.case_view = QTextBrowser(self.side_tabs)
        self.case_view.setAccessibleName("Fall und Plan (pseudonymisiert)")
        self.case_view.setHtml(review_case_html(self.case))
        self.hints_view = QTextBrowser(self.side_tabs)
        self.hints_view.setAccessibleName("Hinweise zur Qualität")
        self.hints_view.setHtml("<p>Die Qualitätshinweise werden berechnet …</p>")
        roles_page = QWidget(self.side_tabs)
        self.roles_form = QFormLayout(roles_page)
        self.role_edits: dict[str, QLineEdit] = {}
        self.side_tabs.addTab(self.case_view, "Fall und Plan")
        self.side_tabs.addTab(self.hints_view, "Qualität")
        self.side_tabs.addTab(roles_page, "Rollen")
        return self.side_tabs

    def _build_actions(self) -> None:
        add_action(self, "Größer", lambda: self.zoom(+1), QKeySequence.StandardKey.ZoomIn)
        add_action(self, "Größer", lambda: self.zoom(+1), "Ctrl+=")
        add_action(self, "Kleiner", lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut)
        add_action(self, "Normale Größe", lambda: self.zoom(0), "Ctrl+0")
        add_action(self, "Nächste Phase", self.next_phase, "Ctrl+PgDown")
        add_action(self, "Vorige Phase", self.previous_phase, "Ctrl+PgUp")
        add_action(self, "Pause", self.toggle_pause, "F6")
        add_action(self, "Vollbild", self._toggle_full_screen, "F11")
        add_action(self, "Schließen", self.close, "Ctrl+W")

    @property
    def case_reference(self) -> str:
        return self.case.client.reference

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- the model and its roles ---

    def _new_session(self, key: str) -> ReviewSession:
        return ReviewSession(
            self.catalogue.model(key),
            now=self.clock,
            held_on=self.today(),
            case_reference=self.case.client.reference,
        )

    def _model_chosen(self, _index: int) -> None:
        key = self.model_combo.currentData()
        if self.session.started or key is None or key == self.session.model.key:
            return
        self.session = self._new_session(str(key))
        self._show_model()

    def choose_model(self, key: str) -> None:
        self.model_combo.setCurrentIndex(self.model_combo.findData(key))

    def _show_model(self) -> None:
        model = self.session.model
        while self.roles_form.rowCount():
            self.roles_form.removeRow(0)
        self.role_edits = {}
        intro = QLabel(
            "Namen sind freiwillig; ohne Namen nennt das Protokoll nur die Rollen.",
            self.side_tabs,
        )
        intro.setWordWrap(True)
        self.roles_form.addRow(intro)
        for role in model.roles:
            label = self.catalogue.role_labels.get(role, role)
            edit = QLineEdit(self.side_tabs)
            edit.setAccessibleName(f"Name: {label}")
            edit.setPlaceholderText("(freiwillig)")
            edit.textChanged.connect(lambda _t: self._changed())
            self.role_edits[role] = edit
            self.roles_form.addRow(f"{label}:", edit)
        self.phase_list.blockSignals(True)
        self.phase_list.clear()
        for number, phase in enumerate(model.phases, start=1):
            item = QListWidgetItem(f"{number}. {phase.title}")
            item.setData(Qt.ItemDataRole.UserRole, phase.key)
            self.phase_list.addItem(item)
        self.phase_list.blockSignals(False)
        self._show_current()
        self.refresh()

    def _role_names(self) -> dict[str, str]:
        return {role: edit.text() for role, edit in self.role_edits.items()}

    def _fill_from(self, protocol: ReviewProtocol) -> None:
        """Names, key question and outcome of a continued protocol (no autosave for that)."""
        from counsel_app.ui.labels import format_date

        names = protocol.role_names()
        widgets: list[tuple[QLineEdit, str]] = [
            (edit, names.get(role, "")) for role, edit in self.role_edits.items()
        ]
        widgets += [
            (self.key_question_edit, protocol.key_question),
            (self.outcome_edit, protocol.outcome),
        ]
        for edit, text in widgets:
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        how = "beendet; Notizen lassen sich noch ändern" if self.session.finished else "fortgesetzt"
        self.status_label.setText(
            f"Protokoll vom {format_date(protocol.held_on)} wieder geöffnet ({how})."
        )

    # --- moving through the phases ---

    def start(self) -> None:
        if self.session.started:
            return
        self.session.start()
        self.model_combo.setEnabled(False)
        self.store_protocol()
        self._show_current()

    def toggle_pause(self) -> None:
        if not self.session.running:
            return
        if self.session.paused:
            self.session.resume()
        else:
            self.session.pause()
        self._show_current()

    def next_phase(self) -> None:
        if not self.session.running:
            return
        self.session.next_phase()
        self.store_protocol()
        self._show_current()

    def previous_phase(self) -> None:
        index = self.session.current_index
        if not self.session.running or not index:
            return
        self.session.previous_phase()
        self._show_current()

    def finish(self) -> None:
        if not self.session.running:
            return
        self.session.finish()
        self.store_protocol()
        self._show_current()

    def _phase_activated(self, item: QListWidgetItem) -> None:
        if self.session.running:
            self.session.go_to(str(item.data(Qt.ItemDataRole.UserRole)))
            self._show_current()
        else:
            self._phase_selected(item)

    def _phase_selected(self, item: QListWidgetItem | None) -> None:
        """After the end, choosing a phase in the list shows its notes for correcting."""
        if item is None or not self.session.finished:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        if key != self._shown_phase_key():
            self._viewed_key = key
            self._show_current()

    def _shown_phase_key(self) -> str:
        phase = self.session.current_phase
        if self.session.finished:
            return self._viewed_key or self.session.model.phases[-1].key
        return "" if phase is None else phase.key

    def _show_current(self) -> None:
        session, model = self.session, self.session.model
        phase = session.current_phase
        if not session.started:
            first = model.phases[0]
            self.phase_title.setText(model.name)
            self.lead_label.setText(
                f"{len(model.phases)} Phasen, zusammen {model.total_minutes} Minuten. "
                f"Als Erstes: {first.title}."
            )
            self.asks_label.setText(f"<p>{escape(model.description)}</p>")
        elif session.finished:
            viewed = model.phase(self._shown_phase_key())
            self.phase_title.setText("Die Fallberatung ist beendet.")
            self.lead_label.setText(
                "Notizen, Schlüsselfrage und Ergebnis lassen sich noch ergänzen; das Protokoll "
                "wird gespeichert. Für die Notizen einer anderen Phase diese in der Liste wählen."
            )
            self.asks_label.setText(f"<p>Notizen zur Phase: <b>{escape(viewed.title)}</b></p>")
            self.phase_list.setCurrentRow(model.index_of(viewed.key))
        else:
            assert phase is not None and session.current_index is not None
            lead = self.catalogue.role_labels.get(phase.lead, phase.lead)
            self.phase_title.setText(
                f"Phase {session.current_index + 1} von {len(model.phases)}: {phase.title}"
            )
            self.lead_label.setText(f"Es führt: {lead}")
            self.asks_label.setText(
                "<ul>" + "".join(f"<li>{escape(ask)}</li>" for ask in phase.asks) + "</ul>"
            )
            self.phase_list.setCurrentRow(session.current_index)
        key = self._shown_phase_key()
        self.notes_edit.blockSignals(True)
        self.notes_edit.setPlainText(session.note(key) if key else "")
        self.notes_edit.blockSignals(False)
        self.notes_edit.setEnabled(bool(key))
        self.start_button.setEnabled(not session.started)
        self.pause_button.setEnabled(session.running)
        self.pause_button.setText("&Weiter" if session.paused else "&Pause")
        self.back_button.setEnabled(session.running and bool(session.current_index))
        self.next_button.setEnabled(session.running)
        self.finish_button.setEnabled(session.running)
        self.refresh()

    # --- the clock ---

    def refresh(self) -> None:
        """Update the times (called several times a second)."""
        session = self.session
        statuses = session.status()
        for status in statuses:
            self._phase_item(status)
        self.total_label.setText(
            f"Gesamt {clock_text(session.total_elapsed())} von {session.model.total_minutes} Min."
        )
        current = next((s for s in statuses if s.current), None)
        if current is None:
            self.timer_label.setText("–" if not session.started else "Ende")
            self.overrun_label.setText("")
            self._set_overrun(False)
            return
        planned = current.phase.planned_seconds
        self.timer_label.setText(f"{clock_text(current.elapsed_seconds)} / {clock_text(planned)}")
        if current.is_overrun:
            self.overrun_label.setText(f"{clock_text(current.overrun_seconds)} über der Zeit")
        else:
            pause = " – angehalten" if session.paused else ""
            self.overrun_label.setText(f"noch {clock_text(current.remaining_seconds)}{pause}")
        self._set_overrun(current.is_overrun)

    def _set_overrun(self, overrun: bool) -> None:
        if self.timer_label.property("overrun") != overrun:
            self.timer_label.setProperty("overrun", overrun)
            self.timer_label.style().unpolish(self.timer_label)
            self.timer_label.style().polish(self.timer_label)

    def _phase_item(self, status: PhaseStatus) -> None:
        item = self.phase_list.item(status.index)
        if item is None:
            return
        used = clock_text(status.elapsed_seconds)
        text = f"{status.index + 1}. {status.phase.title}\n    {used} / {status.phase.minutes}:00"
        if status.is_overrun:
            text += f"  +{clock_text(status.overrun_seconds)}"
        if item.text() != text:
            item.setText(text)
        item.setForeground(Qt.GlobalColor.darkRed if status.is_overrun else Qt.GlobalColor.black)

    # --- notes and the protocol ---

    def _note_changed(self) -> None:
        key = self._shown_phase_key()
        if key:
            self.session.set_note(self.notes_edit.toPlainText(), key)
            self._changed()

    def _key_question_changed(self, text: str) -> None:
        self.session.key_question = text.strip()
        self._changed()

    def _outcome_changed(self, text: str) -> None:
        self.session.outcome = text.strip()
        self._changed()

    def _changed(self) -> None:
        if self.session.started:
            self.status_label.setText("Ungespeicherte Änderungen …")
            self._autosave.start()

    def protocol(self) -> Any:
        return self.session.protocol(self.catalogue.role_labels, self._role_names())

    def store_protocol(self) -> int | None:
        """Store the protocol as of now in the review area (first call adds it)."""
        self._autosave.stop()
        if not self.session.started:
            return None
        protocol = self.protocol()
        try:
            if self.protocol_id is None:
                self.protocol_id = self.area.protocols.add(protocol)
            else:
                self.area.protocols.save(self.protocol_id, protocol)
        except UserError as err:
            self.status_label.setText(err.message)
            return None
        self.status_label.setText(f"Protokoll gespeichert {time.strftime('%H:%M:%S')}")
        self.protocolStored.emit(self.protocol_id)
        return self.protocol_id

    def save_pdf(self, out: Path | None = None) -> None:
        """Store, then render the protocol with the case as PDF off the GUI thread."""
        if self.tasks.busy:
            return
        if out is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                "Protokoll als PDF speichern",
                str(self.open_dir / f"protokoll-{self.case.client.reference}.pdf"),
                "PDF (*.pdf)",
            )
            if not name:
                return
            out = Path(name)
        from counsel_app.printing.protocol import render_protocol_pdf

        self.store_protocol()
        protocol, case, target = self.protocol(), self.case, out
        self.status_label.setText("Das Protokoll wird gesetzt …")
        self.tasks.start(
            lambda _report: render_protocol_pdf(protocol, case, target),
            lambda path: self.status_label.setText(f"PDF gespeichert: {path}"),
            lambda err: warn(self, "Protokoll", err, self.paths),
        )

    def print_protocol(self, printer: QPrinter | None = None) -> None:
        """Print the protocol with the case (the print dialog first, unless `printer`)."""
        if self.tasks.busy:
            return
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(f"Protokoll der Fallberatung – {self.case.client.reference}")
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle("Protokoll drucken")
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
        from counsel_app.printing.protocol import protocol_pdf_bytes
        from counsel_app.ui.pdf_preview import print_pdf

        self.store_protocol()
        protocol, case, target = self.protocol(), self.case, printer
        self._printer = printer  # kept alive until the job ends
        self.status_label.setText("Das Protokoll wird gedruckt …")
        self.tasks.start(
            lambda report: print_pdf(protocol_pdf_bytes(protocol, case), target, report),
            lambda pages: self.status_label.setText(f"Gedruckt: {pages} Seite(n)"),
            lambda err: warn(self, "Protokoll", err, self.paths),
        )

    # --- quality hints (computed off the GUI thread) ---

    def _assess(self) -> None:
        from counsel_app.quality import assess

        case, day = self.case, self.today()
        self.assess_tasks.start(
            lambda _report: assess(case, day), self._show_report, self._no_report
        )

    def _show_report(self, report: QualityReport) -> None:
        from counsel_app.labels import default_labels

        self.report = report
        labels = default_labels()
        rows = "".join(
            f"<tr><td>{escape(labels.of('dimension', name))}</td>"
            f"<td align='right'><b>{value}</b></td></tr>"
            for name, value in report.dimensions.items()
        )
        hints = "".join(
            f"<li><b>{escape(h.message)}</b><br/>{escape(h.suggestion)}</li>" for h in report.hints
        )
        self.hints_view.setHtml(
            f"<h3>Gesamt: {report.overall} von 100</h3><table cellpadding='3'>{rows}</table>"
            f"<h3>Hinweise ({len(report.hints)})</h3><ul>{hints or '<li>keine</li>'}</ul>"
            "<p><i>Die Punkte sind eine Rückmeldung zum Plan, keine Bewertung der Person.</i></p>"
        )

    def _no_report(self, err: BaseException) -> None:
        self.hints_view.setHtml(f"<p>{escape(str(getattr(err, 'message', err)))}</p>")

    # --- zoom and window ---

    def zoom(self, direction: int) -> None:
        """+1 larger, -1 smaller, 0 back to the normal size."""
        if direction == 0:
            self.points = BASE_POINTS
        else:
            self.points = max(MIN_POINTS, min(MAX_POINTS, self.points + direction * ZOOM_STEP))
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        """Sizes go through the style sheet: it reaches every child, lists and tabs too."""
        points = self.points
        self.setStyleSheet(
            STYLE
            + f"QWidget#reviewCentral, QWidget#reviewCentral * {{ font-size: {points}pt; }}"
            + f"QLabel#phaseTitle {{ font-size: {round(points * 1.6)}pt; }}"
            + f"QLabel#timerLabel {{ font-size: {round(points * 3)}pt; }}"
            + f"QLabel#overrunLabel {{ font-size: {round(points * 1.3)}pt; }}"
            + "QWidget#reviewCentral QTabWidget QTextBrowser"
            + f" {{ font-size: {round(points * 0.85)}pt; }}"
        )

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._ticker.stop()
        self.store_protocol()
        self.tasks.wait()
        self.assess_tasks.wait()
        super().closeEvent(event)
