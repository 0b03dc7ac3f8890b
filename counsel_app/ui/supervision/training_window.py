"""Training workshops: the library of fictional cases, plan comparison, writing exercises.

Everything comes from files (`resources/cases/`, `resources/exercises/` or a trainer's own
folders) through `services.training.TrainingService`; nothing here touches the counsellor's
cases. Loading the library (every case is assessed) and each evaluation run off the GUI
thread; an exercise gives new feedback while the participant types.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
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

from counsel_app.ui.supervision.common import NOTE_STYLE, add_action, error_text, warn
from counsel_app.ui.supervision.training_html import (
    comparison_side_html,
    comparison_summary,
    exercise_result_html,
    training_case_html,
)
from counsel_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from counsel_app.services.training import TrainingService
    from counsel_app.training import Exercise, ExerciseResult, TrainingCase

NAME_ROLE = Qt.ItemDataRole.UserRole
EVALUATE_DELAY_MS = 350
CASES_SETTING = "training.cases_folder"
EXERCISES_SETTING = "training.exercises_folder"


def _combo(name: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    return combo


def _browser(name: str, parent: QWidget) -> QTextBrowser:
    browser = QTextBrowser(parent)
    browser.setAccessibleName(name)
    return browser


class TrainingWindow(QMainWindow):
    """Library, comparison and exercises in three tabs."""

    libraryReady = Signal()  # noqa: N815
    feedbackReady = Signal(object)  # noqa: N815  (ExerciseResult)

    def __init__(
        self,
        *,
        settings: Any = None,
        open_dir: Path | None = None,
        paths: Any = None,
        service_factory: Callable[[Path | None, Path | None], TrainingService] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`settings` has get_setting/set_setting (the store's repository) or is None."""
        super().__init__(parent)
        self.settings = settings
        self.open_dir = open_dir or Path.home()
        self.paths = paths
        self.service_factory = service_factory or _default_service
        self.tasks = TaskRunner(self)
        self.eval_tasks = TaskRunner(self)
        self.service: TrainingService | None = None
        self.cases_folder = self._setting(CASES_SETTING)
        self.exercises_folder = self._setting(EXERCISES_SETTING)
        self.result: ExerciseResult | None = None
        self._eval_serial = 0
        self.setWindowTitle("Schulung: Übungsfälle und Übungen – counsel-app")
        self.setAccessibleName("Schulung")
        self._eval_timer = QTimer(self)
        self._eval_timer.setSingleShot(True)
        self._eval_timer.setInterval(EVALUATE_DELAY_MS)
        self._eval_timer.timeout.connect(self.evaluate_now)
        self._build()
        self.load()

    # --- settings (the trainer's own folders) ---

    def _setting(self, key: str) -> Path | None:
        if self.settings is None:
            return None
        value = self.settings.get_setting(key)
        return Path(value) if value else None

    def _store_setting(self, key: str, folder: Path | None) -> None:
        if self.settings is not None:
            self.settings.set_setting(key, str(folder) if folder else None)

    def set_folders(self, cases: Path | None, exercises: Path | None) -> None:
        """Use a trainer's own folders (None: the ones that ship with the program)."""
        self.cases_folder, self.exercises_folder = cases, exercises
        self._store_setting(CASES_SETTING, cases)
        self._store_setting(EXERCISES_SETTING, exercises)
        self.load()

    def choose_cases_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, "Ordner mit eigenen Übungsfällen (*.json)", str(self.open_dir)
        )
        if name:
            self.set_folders(Path(name), self.exercises_folder)

    def choose_exercises_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, "Ordner mit eigenen Übungen (*.toml)", str(self.open_dir)
        )
        if name:
            self.set_folders(self.cases_folder, Path(name))

    # --- layout ---

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.folder_label = QLabel("", central)
        self.folder_label.setWordWrap(True)
        self.folder_label.setStyleSheet(NOTE_STYLE)
        layout.addWidget(self.folder_label)
        self.tabs = QTabWidget(central)
        self.tabs.setAccessibleName("Bibliothek, Vergleich und Übungen")
        self.tabs.tabBar().setAccessibleName("Seiten: Bibliothek, Vergleich und Übungen")
        self.tabs.addTab(self._build_library(), "&Bibliothek")
        self.tabs.addTab(self._build_comparison(), "&Vergleich")
        self.tabs.addTab(self._build_exercise(), "Schreib&übungen")
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(1240, 760)
        menu = self.menuBar().addMenu("&Ordner")
        menu.addAction(
            add_action(self, "Eigene Übungs&fälle aus Ordner …", self.choose_cases_folder)
        )
        menu.addAction(
            add_action(self, "Eigene Ü&bungen aus Ordner …", self.choose_exercises_folder)
        )
        menu.addAction(
            add_action(
                self, "&Mitgelieferte Fälle und Übungen", lambda: self.set_folders(None, None)
            )
        )
        menu.addSeparator()
        menu.addAction(add_action(self, "&Schließen", self.close, "Ctrl+W"))

    def _build_library(self) -> QWidget:
        page = QWidget(self)
        layout = QHBoxLayout(page)
        left = QWidget(page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.profile_filter = _combo("Filter Profillage", left)
        self.obstacle_filter = _combo("Filter erschwerender Umstand", left)
        self.band_filter = _combo("Filter Qualität", left)
        form.addRow("&Profillage:", self.profile_filter)
        form.addRow("&Umstand:", self.obstacle_filter)
        form.addRow("&Qualität:", self.band_filter)
        self._fill_filters()
        left_layout.addLayout(form)
        self.count_label = QLabel("", left)
        left_layout.addWidget(self.count_label)
        self.case_list = QListWidget(left)
        self.case_list.setAccessibleName("Übungsfälle")
        left_layout.addWidget(self.case_list, 1)
        row = QHBoxLayout()
        self.handout_button = QPushButton("&Arbeitsblatt als PDF …", left)
        self.handout_button.setAccessibleName("Arbeitsblatt mit Reflexionsfragen als PDF")
        self.compare_button = QPushButton("&Mit dem Partnerplan vergleichen", left)
        self.compare_button.setAccessibleName("Mit dem anderen Plan derselben Person vergleichen")
        row.addWidget(self.handout_button)
        row.addWidget(self.compare_button)
        left_layout.addLayout(row)
        self.case_view = _browser("Übungsfall", page)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(left)
        splitter.addWidget(self.case_view)
        splitter.setSizes([420, 780])
        layout.addWidget(splitter)
        for combo in (self.profile_filter, self.obstacle_filter, self.band_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.case_list.currentItemChanged.connect(lambda *_a: self._show_case())
        self.handout_button.clicked.connect(lambda _checked=False: self.save_handout())
        self.compare_button.clicked.connect(self._compare_selected)
        return page

    def _fill_filters(self) -> None:
        from counsel_app.domain import ObstacleCategory, Profile
        from counsel_app.labels import default_labels
        from counsel_app.training import BANDS

        labels = default_labels()
        self.profile_filter.addItem("alle", None)
        for profile in Profile:
            self.profile_filter.addItem(labels.of("profile", profile), profile.value)
        self.obstacle_filter.addItem("alle", None)
        for category in ObstacleCategory:
            self.obstacle_filter.addItem(labels.of("category", category), category.value)
        self.band_filter.addItem("alle", None)
        for band in BANDS:
            self.band_filter.addItem(band, band)

    def _build_comparison(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        label = QLabel("&Zwei Pläne:", page)
        self.pair_combo = _combo("Paar von Plänen derselben Person", page)
        label.setBuddy(self.pair_combo)
        row.addWidget(label)
        row.addWidget(self.pair_combo, 1)
        layout.addLayout(row)
        self.compare_summary = QLabel("", page)
        self.compare_summary.setWordWrap(True)
        self.compare_summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.compare_summary)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.left_view = _browser("Erster Plan mit Rückmeldung", splitter)
        self.right_view = _browser("Zweiter Plan mit Rückmeldung", splitter)
        splitter.addWidget(self.left_view)
        splitter.addWidget(self.right_view)
        layout.addWidget(splitter, 1)
        self.pair_combo.currentIndexChanged.connect(lambda _i: self.show_comparison())
        return page

    def _build_exercise(self) -> QWidget:
        page = QWidget(self)
        layout = QHBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.exercise_list = QListWidget(splitter)
        self.exercise_list.setAccessibleName("Übungen")
        self.exercise_list.setWordWrap(True)
        self.exercise_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        middle = QWidget(splitter)
        mid = QVBoxLayout(middle)
        self.exercise_title = QLabel("", middle)
        font = self.exercise_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.exercise_title.setFont(font)
        self.exercise_title.setWordWrap(True)
        self.task_label = QLabel("", middle)
        self.task_label.setWordWrap(True)
        self.hint_label = QLabel("", middle)
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(NOTE_STYLE)
        original_label = QLabel("So steht es im Plan:", middle)
        self.original_view = QPlainTextEdit(middle)
        self.original_view.setReadOnly(True)
        self.original_view.setAccessibleName("Ausgangstext")
        self.original_view.setMaximumHeight(70)
        self.original_view.setTabChangesFocus(True)
        self.target_hints = _browser("Hinweise zum Ausgangstext", middle)
        self.target_hints.setMaximumHeight(190)
        rewrite_label = QLabel("&Ihr neuer Text:", middle)
        self.rewrite_edit = QPlainTextEdit(middle)
        self.rewrite_edit.setAccessibleName("Ihr neuer Text")
        self.rewrite_edit.setTabChangesFocus(True)
        self.rewrite_edit.setMaximumHeight(120)
        rewrite_label.setBuddy(self.rewrite_edit)
        for widget in (self.exercise_title, self.task_label, self.hint_label, original_label):
            mid.addWidget(widget)
        mid.addWidget(self.original_view)
        mid.addWidget(self.target_hints)
        mid.addWidget(rewrite_label)
        mid.addWidget(self.rewrite_edit)
        mid.addLayout(self._build_example_row(middle))
        mid.addStretch(1)
        self.feedback_view = _browser("Rückmeldung zum neuen Text", splitter)
        splitter.addWidget(self.exercise_list)
        splitter.addWidget(middle)
        splitter.addWidget(self.feedback_view)
        splitter.setSizes([300, 520, 460])
        layout.addWidget(splitter)
        self.exercise_list.currentItemChanged.connect(lambda *_a: self._show_exercise())
        self.rewrite_edit.textChanged.connect(self._eval_timer.start)
        self.example_button.clicked.connect(self._toggle_example)
        return page

    def _build_example_row(self, middle: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.example_button = QPushButton("&Lösungsbeispiel zeigen", middle)
        self.example_button.setAccessibleName("Lösungsbeispiel zeigen")
        self.example_label = QLabel("", middle)
        self.example_label.setWordWrap(True)
        row.addWidget(self.example_button)
        row.addWidget(self.example_label, 1)
        return row

    # --- loading ---

    def load(self) -> None:
        """(Re)read the library and the exercises off the GUI thread."""
        cases, exercises = self.cases_folder, self.exercises_folder
        where = []
        where.append(f"Fälle aus {cases}" if cases else "mitgelieferte Übungsfälle")
        where.append(f"Übungen aus {exercises}" if exercises else "mitgelieferte Übungen")
        self.folder_label.setText(
            "Fiktive Übungsfälle – getrennt von echten Fällen: "
            + ", ".join(where)
            + ". Eigene Fälle und Übungen: Menü „Ordner“."
        )
        self.count_label.setText("Die Übungsfälle werden geladen …")
        factory = self.service_factory

        def job(_report: Any) -> TrainingService:
            service = factory(cases, exercises)
            _ = service.library, service.exercises  # read and assess now, off the GUI thread
            return service

        self.tasks.start(job, self._loaded, self._load_failed)

    def _load_failed(self, err: BaseException) -> None:
        self.count_label.setText(error_text(err, self.paths))
        warn(self, "Schulung", err, self.paths)

    def _loaded(self, service: TrainingService) -> None:
        self.service = service
        self.apply_filters()
        self.pair_combo.blockSignals(True)
        self.pair_combo.clear()
        for weak, good in service.pairs():
            self.pair_combo.addItem(f"{weak.name}  ↔  {good.name}", (weak.name, good.name))
        self.pair_combo.blockSignals(False)
        self.show_comparison()
        self.exercise_list.blockSignals(True)  # the old names are not in the new service
        self.exercise_list.clear()
        for name, exercise in service.exercises.items():
            item = QListWidgetItem(exercise.title)
            item.setData(NAME_ROLE, name)
            item.setToolTip(exercise.task)
            self.exercise_list.addItem(item)
        if self.exercise_list.count():
            self.exercise_list.setCurrentRow(0)
        self.exercise_list.blockSignals(False)
        self._show_exercise()
        self.libraryReady.emit()

    # --- library ---

    def apply_filters(self) -> None:
        if self.service is None:
            return
        try:
            cases = self.service.find_cases(
                profile=self.profile_filter.currentData(),
                obstacle=self.obstacle_filter.currentData(),
                band=self.band_filter.currentData(),
            )
        except Exception as err:
            self.count_label.setText(error_text(err, self.paths))
            return
        self.case_list.blockSignals(True)
        self.case_list.clear()
        for case in cases:
            item = QListWidgetItem(f"{case.name}\n    {case.band} · {case.report.overall} Punkte")
            item.setData(NAME_ROLE, case.name)
            self.case_list.addItem(item)
        total = len(self.service.library.cases)
        self.count_label.setText(f"{len(cases)} von {total} Übungsfällen")
        if cases:
            self.case_list.setCurrentRow(0)
        self.case_list.blockSignals(False)
        if not cases:
            self.case_view.setHtml("<p><i>Kein Übungsfall passt zu den Filtern.</i></p>")
        self._show_case()

    def shown_cases(self) -> list[str]:
        return [str(self.case_list.item(i).data(NAME_ROLE)) for i in range(self.case_list.count())]

    def selected_case(self) -> TrainingCase | None:
        item = self.case_list.currentItem()
        if item is None or self.service is None:
            return None
        return self.service.library.get(str(item.data(NAME_ROLE)))

    def _show_case(self) -> None:
        case = self.selected_case()
        self.handout_button.setEnabled(case is not None)
        self.compare_button.setEnabled(self._pair_index(case) >= 0)
        if case is not None:
            self.case_view.setHtml(training_case_html(case))

    def _pair_index(self, case: TrainingCase | None) -> int:
        if case is None:
            return -1
        for index in range(self.pair_combo.count()):
            if case.name in self.pair_combo.itemData(index):
                return index
        return -1

    def _compare_selected(self) -> None:
        index = self._pair_index(self.selected_case())
        if index >= 0:
            self.pair_combo.setCurrentIndex(index)
            self.tabs.setCurrentIndex(1)

    def save_handout(self, out: Path | None = None) -> None:
        """The `handout` print variant with reflection questions, as PDF (off the GUI thread)."""
        case = self.selected_case()
        if case is None or self.service is None:
            return
        if self.tasks.busy:
            self.statusBar().showMessage("Es läuft noch eine Arbeit; bitte gleich noch einmal.")
            return
        if out is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                "Arbeitsblatt als PDF speichern",
                str(self.open_dir / f"arbeitsblatt-{case.name}.pdf"),
                "PDF (*.pdf)",
            )
            if not name:
                return
            out = Path(name)
        service, case_name, target = self.service, case.name, out
        self.statusBar().showMessage("Das Arbeitsblatt wird gesetzt …")
        self.tasks.start(
            lambda _r: service.print_handout(case_name, target),
            lambda path: self.statusBar().showMessage(f"Arbeitsblatt gespeichert: {path}", 10000),
            lambda err: warn(self, "Arbeitsblatt", err, self.paths),
        )

    # --- comparison ---

    def show_comparison(self) -> None:
        names = self.pair_combo.currentData()
        if self.service is None or not names:
            self.compare_summary.setText("Es gibt keine zwei Pläne derselben Person.")
            return
        try:
            comparison = self.service.compare(*names)
            weak, good = (self.service.library.get(n) for n in names)
        except Exception as err:
            self.compare_summary.setText(error_text(err, self.paths))
            return
        self.compare_summary.setText(comparison_summary(comparison))
        self.left_view.setHtml(comparison_side_html(weak, comparison.report_a, comparison.report_b))
        self.right_view.setHtml(
            comparison_side_html(good, comparison.report_b, comparison.report_a)
        )

    # --- exercises ---

    def selected_exercise(self) -> Exercise | None:
        item = self.exercise_list.currentItem()
        if item is None or self.service is None:
            return None
        return self.service.exercise(str(item.data(NAME_ROLE)))

    def _show_exercise(self) -> None:
        exercise = self.selected_exercise()
        if exercise is None or self.service is None:
            return
        from counsel_app.training.exercise import current_text, evaluate, exercise_case

        self.exercise_title.setText(exercise.title)
        self.task_label.setText(exercise.task)
        self.hint_label.setText(f"Tipp: {exercise.hint}" if exercise.hint else "")
        self.hint_label.setVisible(bool(exercise.hint))
        self.example_label.setText("")
        self.example_button.setEnabled(bool(exercise.example))
        try:
            case = exercise_case(exercise, self.service.cases_folder)
            original = current_text(exercise, case)
            start = evaluate(exercise, original or "–", cases_folder=self.service.cases_folder)
        except Exception as err:
            self.original_view.setPlainText("")
            self.target_hints.setHtml(f"<p>{error_text(err, self.paths)}</p>")
            return
        from counsel_app.ui.supervision.training_html import hints_html

        self.original_view.setPlainText(original)
        self.target_hints.setHtml(
            "<p><b>Hinweise dazu:</b></p>" + hints_html(start.target_hints_before)
        )
        self.rewrite_edit.blockSignals(True)
        self.rewrite_edit.setPlainText(original)
        self.rewrite_edit.blockSignals(False)
        self.feedback_view.setHtml(
            "<p><i>Schreiben Sie den Text links neu. Die Rückmeldung erscheint, während Sie "
            "schreiben.</i></p>"
        )
        self.result = None

    def _toggle_example(self) -> None:
        exercise = self.selected_exercise()
        if exercise is None:
            return
        shown = bool(self.example_label.text())
        self.example_label.setText("" if shown else f"Beispiel: {exercise.example}")
        self.example_button.setText(
            "&Lösungsbeispiel zeigen" if shown else "&Lösungsbeispiel ausblenden"
        )

    def evaluate_now(self) -> None:
        """Evaluate the participant's text (off the GUI thread; older results are dropped)."""
        exercise = self.selected_exercise()
        if exercise is None or self.service is None:
            return
        text = self.rewrite_edit.toPlainText()
        if not text.strip():
            self.feedback_view.setHtml("<p>Ihr neuer Text: bitte einen Text eingeben.</p>")
            return
        self._eval_serial += 1
        serial, service, name = self._eval_serial, self.service, exercise.name
        self.eval_tasks.start(
            lambda _r: service.evaluate(name, text),
            lambda result: self._evaluated(serial, result),
            lambda err: self._eval_failed(serial, err),
        )

    def _evaluated(self, serial: int, result: ExerciseResult) -> None:
        if serial != self._eval_serial:
            return
        self.result = result
        self.feedback_view.setHtml(exercise_result_html(result))
        self.feedbackReady.emit(result)

    def _eval_failed(self, serial: int, err: BaseException) -> None:
        if serial == self._eval_serial:
            self.feedback_view.setHtml(f"<p>{error_text(err, self.paths)}</p>")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._eval_timer.stop()
        self.tasks.wait()
        self.eval_tasks.wait()
        super().closeEvent(event)


def _default_service(cases: Path | None, exercises: Path | None) -> TrainingService:
    from counsel_app.services.training import TrainingService

    return TrainingService(cases_folder=cases, exercises_folder=exercises)
