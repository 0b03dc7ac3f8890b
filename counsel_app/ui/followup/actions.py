"""The workspace's Nachhaltung actions that need the store: record a review, write the next
version (Fortschreibung), compare two versions, print a version with its history."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from counsel_app.errors import UserError

if TYPE_CHECKING:
    from counsel_app.domain import Case, Review
    from counsel_app.ui.session import StoreSession
    from counsel_app.ui.workspace.workspace import CaseWorkspace

PRINT_CHOICES = {
    "Aktenexemplar (mit Versionen und Überprüfungen)": "official",
    "Exemplar für die Kundin/den Kunden": "client",
}


def apply_review(case: Case, review: Review) -> None:
    """Add `review` to the case and set its steps' status from the step results."""
    case.plan.reviews.append(copy.deepcopy(review))
    for step in case.plan.steps:
        result = review.step_results.get(step.id)
        if result is not None:
            step.status = result.status


def record_review(workspace: CaseWorkspace) -> None:
    """The review dialog; the review becomes an (undoable, autosaved) edit of the case.

    With "Im Anschluss den Plan fortschreiben" ticked, the Fortschreibung follows.
    """
    from counsel_app.ui.workspace.dialogs import ReviewDialog

    case = workspace.editor.case
    if case is None:
        return
    dialog = ReviewDialog(case, workspace.ui_ctx.today(), workspace)
    if dialog.exec() != ReviewDialog.DialogCode.Accepted:
        return
    review = dialog.review()
    apply_review(case, review)
    workspace.editor.commit("", "Überprüfung festgehalten")
    workspace.editor.flush()
    workspace.reload_pages()
    workspace.statusChanged.emit("Überprüfung festgehalten")
    if dialog.revise_next:
        revise_plan(workspace, start=review.date)


def revise_plan(workspace: CaseWorkspace, start: date | None = None) -> int | None:
    """The Fortschreibung dialog; on OK the next version is stored and opened. Its number."""
    from counsel_app.ui.followup.revise_dialog import Decision, ReviseDialog

    case_id = workspace.editor.case_id
    case = workspace.editor.case
    if case_id is None or case is None:
        return None
    if not workspace.editor.flush():
        QMessageBox.warning(
            workspace,
            "Plan fortschreiben",
            "Die letzten Änderungen sind noch nicht gespeichert. Bitte erneut versuchen.",
        )
        return None
    session = workspace.session

    def write(decision: Decision) -> Any:
        from counsel_app.services.followup import write_next_version

        return write_next_version(session.store, case_id, **decision.as_kwargs())

    dialog = ReviseDialog(
        copy.deepcopy(case), workspace.ui_ctx.today(), write, workspace, start=start
    )
    if dialog.exec() != ReviseDialog.DialogCode.Accepted or dialog.result_value is None:
        return None
    number = int(dialog.result_value.version)
    workspace.editor.unload()
    workspace.open_case(case_id)
    workspace.statusChanged.emit(f"Version {number} angelegt")
    workspace.caseStored.emit(case_id)
    return number


def compare_versions(
    parent: QWidget, session: StoreSession, case_id: Any, old: int | None = None
) -> None:
    """The side-by-side comparison; `old` preselects the earlier version."""
    from counsel_app.ui.followup.compare_dialog import CompareDialog

    try:
        numbers = [info.version for info in session.case_versions(case_id)]
    except UserError as err:
        QMessageBox.warning(parent, "Planversionen vergleichen", err.message)
        return
    if len(numbers) < 2:
        QMessageBox.information(
            parent,
            "Planversionen vergleichen",
            "Es gibt erst eine Version dieses Plans. Nach einer Fortschreibung lassen sich "
            "Versionen vergleichen.",
        )
        return
    if old is not None and old == numbers[-1]:
        old = numbers[-2]
    dialog = CompareDialog(
        numbers, lambda number: session.case_version(case_id, number), parent, old=old
    )
    dialog.exec()
    dialog.deleteLater()


def ask_print_target(parent: QWidget, version: int, today: date) -> tuple[str, Path] | None:
    """Which copy to print, and where to save it; None if cancelled."""
    labels = list(PRINT_CHOICES)
    label, ok = QInputDialog.getItem(
        parent, f"Version {version} drucken", "Welches Exemplar?", labels, 0, False
    )
    if not ok:
        return None
    variant = PRINT_CHOICES[label]
    suggestion = Path.home() / f"kooperationsplan-v{version}-{variant}-{today:%Y-%m-%d}.pdf"
    name, _filter = QFileDialog.getSaveFileName(
        parent, f"Version {version} als PDF speichern", str(suggestion), "PDF-Dateien (*.pdf)"
    )
    if not name:
        return None
    path = Path(name)
    return variant, path if path.suffix else path.with_suffix(".pdf")


def print_job(
    session: StoreSession, case_id: Any, version: int, variant: str, *, out: Path, today: date
) -> Any:
    """The job for the task runner: print one stored version with its history."""

    def job(report: Any) -> Path:
        from counsel_app.services.followup import print_version

        report(0, 0, "Die PDF-Datei wird geschrieben …")
        return print_version(session.store, case_id, variant, out, version=version, today=today)

    return job
