"""Page 3, Nachhaltung: agreed and review dates, planned contacts, reviews, plan versions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from counsel_app.domain import FollowUp, FollowUpKind
from counsel_app.ui.forms.ui_workspace_followup import Ui_FollowUpPage
from counsel_app.ui.labels import format_date, plan_state
from counsel_app.ui.workspace.common import (
    ROLE_ID,
    PageBase,
    current_row,
    select_row,
    setup_table,
)
from counsel_app.ui.workspace.labels import FOLLOW_UP_KINDS, STATUSES, gas_number, short
from counsel_app.ui.workspace.records import Field, Kind, RecordDelegate, RecordTableModel

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.ui.workspace.editor import CaseEditor

WARNING_STYLE = "color: #8a4b00; background: #fff4ce; padding: 4px; border-radius: 3px;"
REVIEW_MONTHS = 3  # default: three months after agreed / created
LIMIT_MONTHS = 6  # later than this: a visible warning


def suggested_review(case: Case) -> date:
    from counsel_app.quality import add_months

    return add_months(case.plan.agreed or case.plan.created, REVIEW_MONTHS)


def review_too_late(case: Case) -> bool:
    from counsel_app.quality import add_months

    due, start = case.plan.review_due, case.plan.agreed or case.plan.created
    return due is not None and due > add_months(start, LIMIT_MONTHS)


class FollowUpPage(PageBase):
    """Signals ask the workspace for what needs the store: a review, a version, a revision."""

    recordReviewRequested = Signal()  # noqa: N815
    openVersionRequested = Signal(int)  # noqa: N815
    reviseRequested = Signal()  # noqa: N815

    def __init__(
        self, editor: CaseEditor, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, today, parent)
        self.ui = Ui_FollowUpPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.reviewWarning.setStyleSheet(WARNING_STYLE)
        ui.reviewWarning.hide()
        kind_choices = [(label, kind) for kind, label in FOLLOW_UP_KINDS.items()]
        fields = [
            Field(
                "Datum",
                lambda f: format_date(f.date),
                lambda f: f.date,
                lambda f, v: setattr(f, "date", v),
                Kind.DATE,
            ),
            Field(
                "Art",
                lambda f: FOLLOW_UP_KINDS[f.kind],
                lambda f: f.kind,
                lambda f, v: setattr(f, "kind", v),
                Kind.COMBO,
                lambda: kind_choices,
            ),
            Field(
                "Erledigt",
                lambda f: "erledigt" if f.done else "offen",
                lambda f: f.done,
                lambda f, v: setattr(f, "done", v),
                Kind.CHECK,
            ),
            Field(
                "Notiz",
                lambda f: f.note or "",
                lambda f: f.note or "",
                lambda f, v: setattr(f, "note", v.strip() or None),
            ),
        ]
        self.follow_ups = RecordTableModel(
            fields, self.items_of(lambda c: c.plan.follow_ups), self.commit, self
        )
        ui.followUpTable.setModel(self.follow_ups)
        ui.followUpTable.setItemDelegate(RecordDelegate(fields, today, ui.followUpTable))
        setup_table(ui.followUpTable)
        for column, width in enumerate((110, 120, 90)):
            ui.followUpTable.setColumnWidth(column, width)
        ui.followUpTable.horizontalHeader().setStretchLastSection(True)
        ui.agreedEdit.dateValueChanged.connect(self._agreed_changed)
        ui.reviewDueEdit.dateValueChanged.connect(self._review_due_changed)
        ui.suggestReviewButton.clicked.connect(self._take_suggestion)
        ui.addFollowUpButton.clicked.connect(self.add_follow_up)
        ui.removeFollowUpButton.clicked.connect(
            lambda: self.follow_ups.remove_row(current_row(ui.followUpTable), "Kontakt entfernt")
        )
        ui.recordReviewButton.clicked.connect(self.recordReviewRequested)
        ui.reviseButton.clicked.connect(self.reviseRequested)
        ui.openVersionButton.clicked.connect(self._open_version)
        ui.versionList.itemActivated.connect(lambda _item: self._open_version())
        ui.compareButton.clicked.connect(self.compare_versions)
        ui.printVersionButton.clicked.connect(self.print_version)
        self._tasks: Any = None
        self._version_count = 0
        self.printed_path: Any = None  # the last PDF written by "Version drucken"

    def load(self) -> None:
        with self.loading():
            plan = self.case.plan
            for edit in (self.ui.agreedEdit, self.ui.reviewDueEdit):
                edit.set_today(self.today())
            self.ui.agreedEdit.set_date_value(plan.agreed)
            self.ui.reviewDueEdit.set_date_value(plan.review_due)
            row = current_row(self.ui.followUpTable)
            self.follow_ups.refresh()
            select_row(self.ui.followUpTable, min(row, self.follow_ups.rowCount() - 1))
            self._fill_reviews()
        self._update_review_state()

    def set_versions(self, versions: list[Any]) -> None:
        """The plan versions (repository `PlanVersionInfo`), oldest first."""
        lst = self.ui.versionList
        lst.clear()
        for info in reversed(versions):
            state = plan_state(info.agreed, info.version)
            if info.status.value == "superseded":
                state = (
                    f"fortgeschrieben (vereinbart {format_date(info.agreed)})"
                    if info.agreed
                    else "fortgeschrieben"
                )
            current = " – aktuell, wird hier bearbeitet" if info is versions[-1] else ""
            item = QListWidgetItem(
                f"Version {info.version} vom {format_date(info.created)}: {state}{current}"
            )
            item.setData(ROLE_ID, info.version)
            lst.addItem(item)
        lst.setCurrentRow(min(1, lst.count() - 1))
        self._version_count = len(versions)
        self.ui.compareButton.setEnabled(len(versions) > 1)

    def _fill_reviews(self) -> None:
        from counsel_app.quality.gas import gas_history, gas_t_score
        from counsel_app.ui.followup.chart import format_t, short_summary, summary

        lst = self.ui.reviewList
        lst.clear()
        plan = self.case.plan
        for review in sorted(plan.reviews, key=lambda r: r.date, reverse=True):
            ratings = ", ".join(
                f"{short(plan.goal(g).text if plan.goal(g) else g, 28)}: {gas_number(level)}"
                for g, level in review.goal_ratings.items()
            )
            t_score = gas_t_score(review.goal_ratings)
            head = format_date(review.date)
            if t_score is not None:
                head += f" – T-Wert {format_t(t_score)}"
            lines = [f"{head} – {ratings or 'ohne GAS-Bewertung'}"]
            if review.step_results:
                lines.append(
                    "Schritte: "
                    + "; ".join(
                        f"{step_id} {STATUSES[result.status]}"
                        + (f" ({short(result.reason, 40)})" if result.reason else "")
                        for step_id, result in review.step_results.items()
                    )
                )
            if review.note:
                lines.append(short(review.note, 120))
            lst.addItem("\n".join(lines))
        if not plan.reviews:
            item = QListWidgetItem("Noch keine Überprüfung festgehalten.")
            lst.addItem(item)
        points = gas_history(self.case)
        self.ui.gasChart.set_points(points)
        self.ui.chartCaption.setText(short_summary(points))
        self.ui.chartCaption.setToolTip(summary(points))
        self.ui.chartCaption.setAccessibleDescription(summary(points))

    def _update_review_state(self) -> None:
        ui, case = self.ui, self.case
        suggestion = suggested_review(case)
        ui.suggestReviewButton.setText(f"Vorschlag {format_date(suggestion)} übernehmen")
        ui.suggestReviewButton.setVisible(case.plan.review_due is None)
        if review_too_late(case):
            start = "Vereinbarung" if case.plan.agreed else "Erstellung"
            ui.reviewWarning.setText(
                f"⚠ Die Überprüfung liegt mehr als sechs Monate nach der {start} des Plans. "
                "Bitte einen früheren Termin vereinbaren."
            )
            ui.reviewWarning.show()
        elif case.plan.review_due is None:
            ui.reviewWarning.setText(
                "Noch kein Termin für die gemeinsame Überprüfung. Vorschlag: drei Monate nach "
                f"der Vereinbarung, am {format_date(suggestion)}."
            )
            ui.reviewWarning.show()
        else:
            ui.reviewWarning.hide()

    # --- edits ---

    def _agreed_changed(self, value: date | None) -> None:
        if not self.editing:
            return
        self.case.plan.agreed = value
        self.commit("plan:agreed", "Vereinbarungsdatum geändert")
        self._update_review_state()

    def _review_due_changed(self, value: date | None) -> None:
        if not self.editing:
            return
        self.case.plan.review_due = value
        self.commit("plan:review_due", "Überprüfungstermin geändert")
        self._update_review_state()

    def _take_suggestion(self) -> None:
        value = suggested_review(self.case)
        with self.loading():
            self.ui.reviewDueEdit.set_date_value(value)
        self.case.plan.review_due = value
        self.commit("", "Überprüfungstermin übernommen")
        self._update_review_state()
        self.ui.reviewDueEdit.setFocus()

    def add_follow_up(self) -> None:
        plan = self.case.plan
        planned = [f.date for f in plan.follow_ups if not f.done]
        start = max([self.today(), *planned])
        from counsel_app.quality import add_months

        follow_up = FollowUp(date=add_months(start, 1), kind=FollowUpKind.CONTACT)
        row = self.follow_ups.insert_item(follow_up, text="Kontakt geplant")
        select_row(self.ui.followUpTable, row)
        self.ui.followUpTable.setFocus()

    def _open_version(self) -> None:
        item = self.ui.versionList.currentItem()
        if item is not None:
            self.openVersionRequested.emit(int(item.data(ROLE_ID)))

    def selected_version(self) -> int | None:
        item = self.ui.versionList.currentItem()
        return None if item is None else int(item.data(ROLE_ID))

    def compare_versions(self) -> None:
        """The side-by-side comparison, starting from the selected version."""
        from counsel_app.ui.followup.actions import compare_versions

        if self.editor.case_id is None:
            return
        self.editor.flush()
        compare_versions(self, self.editor.session, self.editor.case_id, self.selected_version())

    def print_version(self) -> None:
        """Save the selected version as a PDF with its history (off the GUI thread)."""
        from counsel_app.ui.followup.actions import ask_print_target, print_job
        from counsel_app.ui.workers import TaskRunner

        version, case_id = self.selected_version(), self.editor.case_id
        if version is None or case_id is None:
            return
        if self._tasks is None:
            self._tasks = TaskRunner(self)
        if self._tasks.busy:
            QMessageBox.information(self, "Version drucken", "Der Druck läuft noch.")
            return
        self.editor.flush()
        target = ask_print_target(self, version, self.today())
        if target is None:
            return
        variant, path = target
        self.ui.printVersionButton.setEnabled(False)
        self._tasks.start(
            print_job(self.editor.session, case_id, version, variant, out=path, today=self.today()),
            self._printed,
            self._print_failed,
        )

    def _printed(self, path: Any) -> None:
        self.ui.printVersionButton.setEnabled(True)
        self.printed_path = path
        QMessageBox.information(self, "Version drucken", f"Die PDF-Datei liegt in {path}.")

    def _print_failed(self, err: BaseException) -> None:
        from counsel_app.errors import UserError

        self.ui.printVersionButton.setEnabled(True)
        text = (
            err.message
            if isinstance(err, UserError)
            else f"Die PDF-Datei konnte nicht geschrieben werden ({type(err).__name__})."
        )
        QMessageBox.warning(self, "Version drucken", text)

    def wait_for_print(self) -> None:
        if self._tasks is not None:
            self._tasks.wait()

    def focus_target(self, kind: str, ident: str) -> bool:
        if kind == "follow_up":
            if ident.isdigit():
                select_row(self.ui.followUpTable, int(ident))
            self.ui.followUpTable.setFocus()
            return True
        if kind != "plan":
            return False
        self.ui.reviewDueEdit.setFocus()
        return True
