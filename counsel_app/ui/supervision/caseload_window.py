"""The caseload picture: charts of pseudonymised plans for reflection in the team.

Sources: the counsellor's own store (pseudonymised in memory; the figures are the
counsellor's own and shown only to whoever opened them) or a folder of pseudonymised
exchange files from a team (grouped by profile only, never by person or file). The
figures come from `services.caseload`; computing them and the PDF run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_app.ui.supervision.charts import (
    DistributionChart,
    DutiesChart,
    FollowUpChart,
    MeansChart,
    groups_of,
    num,
    pct,
)
from counsel_app.ui.supervision.common import NOTE_STYLE, add_action, error_text, warn
from counsel_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from counsel_app.services.caseload import CaseloadPicture
    from counsel_app.services.store import Store

GAP_STYLE = (
    "QLabel { background-color: #eef3fb; border: 1px solid #9db4d8; padding: 8px;"
    " border-radius: 3px; color: #10233f; }"
)


def figure_rows(data: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """The figures of the table tab: (measure, one value per group with plans)."""
    from counsel_app.labels import default_labels

    labels = default_labels()
    groups = [g for _n, g in groups_of(data)]
    rows: list[tuple[str, list[str]]] = [("Pläne", [str(g["count"]) for g in groups])]
    rows.append(("Gesamtpunkte (Mittel)", [num(g["overall"]) for g in groups]))
    for key in groups[0]["dimensions"] if groups else []:
        rows.append((labels.of("dimension", key), [num(g["dimensions"][key]) for g in groups]))
    rows += [
        ("Überprüfung überfällig", [pct(g["overdue_review_share"]) for g in groups]),
        ("Plan mit eigenen Worten", [pct(g["client_words_share"]) for g in groups]),
        ("Kein Schritt des Jobcenters", [pct(g["no_jobcenter_step_share"]) for g in groups]),
        ("Kontakte je Plan", [num(g["contacts_per_plan"], 1) for g in groups]),
        (
            "Anteil Schritte der Kundin / des Kunden",
            [pct(g["duties"]["client_share"]) for g in groups],
        ),
    ]
    return rows


class CaseloadWindow(QMainWindow):
    """Charts and figures of the caseload picture, with PDF export."""

    pictureReady = Signal(object)  # noqa: N815  (CaseloadPicture)

    def __init__(
        self,
        store: Store | None,
        *,
        today: Callable[[], date] = date.today,
        open_dir: Path | None = None,
        paths: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.open_dir = open_dir or Path.home()
        self.paths = paths
        self.tasks = TaskRunner(self)
        self.picture: CaseloadPicture | None = None
        self.setWindowTitle("Fallübersicht für die Reflexion im Team – counsel-app")
        self.setAccessibleName("Fallübersicht")
        self._build()

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.note_label = QLabel(
            "Diese Übersicht dient der gemeinsamen Reflexion im Team – nicht dem Vergleich "
            "oder der Bewertung von Mitarbeitenden. Sie zeigt nur pseudonymisierte Daten; "
            "Zahlen einzelner Kolleginnen und Kollegen zeigt sie nie.",
            central,
        )
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(NOTE_STYLE)
        layout.addWidget(self.note_label)
        layout.addLayout(self._build_source(central))
        self.source_label = QLabel("", central)
        self.source_label.setWordWrap(True)
        self.source_label.setAccessibleName("Quelle der Auswertung")
        layout.addWidget(self.source_label)
        self.tabs = QTabWidget(central)
        self.tabs.setAccessibleName("Bilder und Zahlen")
        self.tabs.tabBar().setAccessibleName("Seiten: Bilder und Zahlen")
        self.table = QTableWidget(self.tabs)
        self.table.setAccessibleName("Zahlen der Fallübersicht")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self._build_charts(), "&Bilder")
        self.tabs.addTab(self.table, "&Zahlen")
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(1240, 720)
        self.own_radio.setEnabled(self.store is not None)
        (self.own_radio if self.store is not None else self.folder_radio).setChecked(True)
        self.own_radio.toggled.connect(lambda _on: self._source_changed())
        self._source_changed()
        self.browse_button.clicked.connect(self._browse)
        self.run_button.clicked.connect(self.run)
        self.pdf_button.clicked.connect(lambda _checked=False: self.save_pdf())
        add_action(self, "Auswerten", self.run, "F5")
        add_action(self, "Als PDF speichern", lambda _c=False: self.save_pdf(), "Ctrl+S")
        add_action(self, "Schließen", self.close, "Ctrl+W")

    def _build_source(self, central: QWidget) -> QHBoxLayout:
        source = QHBoxLayout()
        self.own_radio = QRadioButton("&Eigene Fälle (nur für Sie)", central)
        self.own_radio.setAccessibleName("Quelle: eigene Fälle")
        self.folder_radio = QRadioButton("&Ordner mit pseudonymisierten Dateien:", central)
        self.folder_radio.setAccessibleName("Quelle: Ordner mit pseudonymisierten Dateien")
        group = QButtonGroup(self)
        group.addButton(self.own_radio)
        group.addButton(self.folder_radio)
        self.folder_edit = QLineEdit(central)
        self.folder_edit.setAccessibleName("Ordner mit pseudonymisierten Austauschdateien")
        self.folder_edit.setPlaceholderText("Ordner mit *.json-Dateien (pseudonymisiert)")
        self.browse_button = QPushButton("&Durchsuchen …", central)
        self.browse_button.setAccessibleName("Ordner wählen")
        self.run_button = QPushButton("&Auswerten", central)
        self.run_button.setAccessibleName("Auswerten")
        self.pdf_button = QPushButton("Als PDF &speichern …", central)
        self.pdf_button.setAccessibleName("Fallübersicht als PDF speichern")
        self.pdf_button.setEnabled(False)
        source.addWidget(self.own_radio)
        source.addSpacing(12)
        source.addWidget(self.folder_radio)
        source.addWidget(self.folder_edit, 1)
        source.addWidget(self.browse_button)
        source.addWidget(self.run_button)
        source.addWidget(self.pdf_button)
        return source

    def _build_charts(self) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName("Bilder der Fallübersicht")
        charts = QWidget(scroll)
        grid = QGridLayout(charts)
        self.means_chart = MeansChart(charts)
        self.distribution_chart = DistributionChart(charts)
        self.follow_up_chart = FollowUpChart(charts)
        self.duties_chart = DutiesChart(charts)
        self.gap_label = QLabel("", charts)
        self.gap_label.setWordWrap(True)
        self.gap_label.setStyleSheet(GAP_STYLE)
        self.gap_label.setAccessibleName("Abstand marktnah – komplex")
        self.gap_label.setTextFormat(Qt.TextFormat.RichText)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.means_chart, 0, 0, 2, 1, top)
        grid.addWidget(self.distribution_chart, 0, 1, top)
        grid.addWidget(self.gap_label, 1, 1, top)
        grid.addWidget(self.follow_up_chart, 2, 0, top)
        grid.addWidget(self.duties_chart, 2, 1, top)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll.setWidget(charts)
        return scroll

    def _source_changed(self) -> None:
        folder = self.folder_radio.isChecked()
        self.folder_edit.setEnabled(folder)
        self.browse_button.setEnabled(folder)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self,
            "Ordner mit pseudonymisierten Dateien",
            self.folder_edit.text() or str(self.open_dir),
        )
        if name:
            self.folder_edit.setText(name)
            self.folder_radio.setChecked(True)

    # --- computing ---

    def load_own(self) -> None:
        self.own_radio.setChecked(True)
        self.run()

    def load_folder(self, folder: Path) -> None:
        self.folder_edit.setText(str(folder))
        self.folder_radio.setChecked(True)
        self.run()

    def run(self) -> None:
        if self.tasks.busy:
            return
        from counsel_app.services.caseload import folder_picture, own_store_picture

        day = self.today()
        if self.own_radio.isChecked() and self.store is not None:
            store = self.store
            job: Callable[[Any], Any] = lambda _r: own_store_picture(store, today=day)  # noqa: E731
        else:
            text = self.folder_edit.text().strip()
            if not text:
                self.source_label.setText("Ordner: bitte einen Ordner wählen.")
                self.folder_edit.setFocus()
                return
            folder = Path(text).expanduser()
            job = lambda _r: folder_picture(folder, today=day)  # noqa: E731
        self.source_label.setText("Die Pläne werden ausgewertet …")
        self.run_button.setEnabled(False)
        self.tasks.start(job, self.show_picture, self._failed)

    def _failed(self, err: BaseException) -> None:
        self.run_button.setEnabled(True)
        self.source_label.setText(error_text(err, self.paths))

    def show_picture(self, picture: CaseloadPicture) -> None:
        self.run_button.setEnabled(True)
        self.picture = picture
        data = picture.to_json()
        self.source_label.setText(
            f"{picture.source_label} · {picture.case_count} Pläne · Stand "
            f"{picture.today.strftime('%d.%m.%Y')}"
        )
        for chart in (
            self.means_chart,
            self.distribution_chart,
            self.follow_up_chart,
            self.duties_chart,
        ):
            chart.set_data(data)
        gap = picture.summary.gap.get("overall")
        headline = (
            "Abstand marktnah – komplex: nicht berechenbar"
            if gap is None
            else f"Abstand marktnah – komplex: {gap:+.0f} Punkte (Mittel der Gesamtpunkte)"
        )
        self.gap_label.setText(f"<b style='font-size:large'>{headline}</b><br/>{picture.gap_note}")
        self._fill_table(data)
        self.pdf_button.setEnabled(True)
        self.pictureReady.emit(picture)

    def _fill_table(self, data: dict[str, Any]) -> None:
        groups = [g for _n, g in groups_of(data)]
        rows = figure_rows(data)
        self.table.clear()
        self.table.setColumnCount(len(groups))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([str(g["label"]) for g in groups])
        self.table.setVerticalHeaderLabels([label for label, _v in rows])
        for row, (_label, values) in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def table_values(self) -> dict[str, list[str]]:
        """The figures as shown in the table tab: row label -> values per group."""
        result = {}
        for row in range(self.table.rowCount()):
            header = self.table.verticalHeaderItem(row)
            items = [self.table.item(row, c) for c in range(self.table.columnCount())]
            values = [item.text() if item is not None else "" for item in items]
            result[header.text() if header else str(row)] = values
        return result

    # --- PDF ---

    def save_pdf(self, out: Path | None = None) -> None:
        if self.picture is None:
            return
        if self.tasks.busy:
            self.statusBar().showMessage("Es läuft noch eine Auswertung; bitte gleich noch einmal.")
            return
        if out is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                "Fallübersicht als PDF speichern",
                str(self.open_dir / "fallübersicht.pdf"),
                "PDF (*.pdf)",
            )
            if not name:
                return
            out = Path(name)
        from counsel_app.services.caseload import export_caseload_pdf

        picture, target = self.picture, out
        self.statusBar().showMessage("Die Fallübersicht wird gesetzt …")
        self.tasks.start(
            lambda _r: export_caseload_pdf(picture, target),
            lambda path: self.statusBar().showMessage(f"PDF gespeichert: {path}", 10000),
            lambda err: warn(self, "Fallübersicht", err, self.paths),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.tasks.wait()
        super().closeEvent(event)
