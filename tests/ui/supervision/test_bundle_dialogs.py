"""Review bundles through the GUI: the name-hit check, export, import into the review area."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counsel_app.exchange import pseudonymise
from counsel_app.review.bundle import read_bundle
from counsel_app.ui.main_window import MainWindow
from counsel_app.ui.session import UiContext
from counsel_app.ui.supervision.bundle_dialogs import BundleExportDialog, hit_target
from counsel_app.ui.supervision.review_area_window import ReviewAreaWindow
from tests.ui.helpers import focusable_without_name
from tests.ui.supervision.conftest import (
    CASE_WITH_HITS,
    SESSION_PASSPHRASE,
    TEST_BUNDLE_KDF,
    WAIT_MS,
    case_id_of,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path) -> BundleExportDialog:
    store = ui_ctx.session.store
    widget = BundleExportDialog(
        store, case_id_of(ui_ctx, CASE_WITH_HITS), save_dir=tmp_path, kdf=TEST_BUNDLE_KDF
    )
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def export(qtbot: QtBot, dialog: BundleExportDialog, out: Path) -> None:
    dialog.ui.passphraseEdit.setText(SESSION_PASSPHRASE)
    dialog.ui.repeatEdit.setText(SESSION_PASSPHRASE)
    dialog.ui.fileEdit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def open_bundle(qtbot: QtBot, area: ReviewAreaWindow, bundle: Path, passphrase: str) -> Any:
    """Import `bundle` through the window's dialog; returns the dialog when the work ended."""
    area.import_bundle()
    importer = area.import_dialog
    importer.ui.fileEdit.setText(str(bundle))
    importer.ui.passphraseEdit.setText(passphrase)
    importer.open_bundle()
    qtbot.waitUntil(lambda: not importer.tasks.busy, timeout=WAIT_MS)
    return importer


def test_export_refuses_until_the_name_hits_are_confirmed(
    qtbot: QtBot, dialog: BundleExportDialog, tmp_path: Path
) -> None:
    rows = [dialog.ui.hitsList.item(i).text() for i in range(dialog.ui.hitsList.count())]
    assert len(rows) == len(dialog.hits) >= 3
    assert any("Hagebuttner" in row and "$.plan.goals[0].text" in row for row in rows)
    assert all("(" in row and "$." in row for row in rows)  # every hit names its field path
    out = tmp_path / "paket.cbundle"
    dialog.ui.passphraseEdit.setText(SESSION_PASSPHRASE)
    dialog.ui.repeatEdit.setText(SESSION_PASSPHRASE)
    dialog.ui.fileEdit.setText(str(out))
    assert not dialog.export_button.isEnabled()
    dialog.export()  # even when called directly, nothing is written
    assert "Nichts wurde geschrieben" in dialog.ui.messageLabel.text()
    assert not out.exists()
    dialog.ui.confirmCheck.setChecked(True)
    assert dialog.export_button.isEnabled()
    dialog.ui.repeatEdit.setText("anders-als-vorher")
    dialog.export()
    assert dialog.ui.messageLabel.text().startswith("Passphrase wiederholen:")
    dialog.ui.passphraseEdit.setText("kurz")
    dialog.export()
    assert dialog.ui.messageLabel.text().startswith("Passphrase für die Sitzung:")
    assert not out.exists() and not dialog.tasks.busy
    export(qtbot, dialog, out)
    case = read_bundle(out, SESSION_PASSPHRASE)
    assert case.client.pseudonymised and case.client.display_name is None
    assert dialog.result_info is not None and case.client.reference == dialog.result_info.pseudonym
    assert CASE_WITH_HITS not in out.read_text(encoding="utf-8")


def test_a_hit_opens_its_field_in_the_case(
    qtbot: QtBot, dialog: BundleExportDialog, ui_ctx: UiContext
) -> None:
    case = ui_ctx.session.store.cases.get(case_id_of(ui_ctx, CASE_WITH_HITS))
    assert hit_target(case, "$.plan.steps[1].text") == f"step:{case.plan.steps[1].id}"
    assert hit_target(case, "$.plan.goals[0].client_words") == f"goal:{case.plan.goals[0].id}"
    assert hit_target(case, "$.plan.follow_ups[0].note") == "plan"
    dialog.ui.hitsList.setCurrentRow(0)
    with qtbot.waitSignal(dialog.jumpRequested) as jump:
        qtbot.keyClick(dialog.ui.hitsList, Qt.Key.Key_Return)
    assert jump.args == [f"goal:{case.plan.goals[0].id}"]
    assert not dialog.isVisible()


def test_every_control_has_a_name(dialog: BundleExportDialog) -> None:
    assert focusable_without_name(dialog) == []


def test_round_trip_through_the_gui_into_a_separate_review_area(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    main = MainWindow(ui_ctx)
    qtbot.addWidget(main)
    main.show()
    own_before = sorted(r.reference for r in main.model.rows())
    store = ui_ctx.session.store
    case_id = case_id_of(ui_ctx, CASE_WITH_HITS)
    main._select_case(case_id)
    main.supervision.kdf = TEST_BUNDLE_KDF
    dialog = main.supervision.export_bundle()
    assert dialog is not None
    dialog.ui.confirmCheck.setChecked(True)
    out = tmp_path / "paket.cbundle"
    export(qtbot, dialog, out)

    area = main.supervision.show_review_area()
    assert isinstance(area, ReviewAreaWindow)
    assert area.case_references() == []
    importer = open_bundle(qtbot, area, out, "falsche-passphrase")
    assert importer.ui.messageLabel.text().startswith("Passphrase: Sie passt nicht")
    assert importer.isVisible() and area.case_references() == []  # try again
    importer.ui.passphraseEdit.setText(SESSION_PASSPHRASE)
    with qtbot.waitSignal(importer.imported, timeout=WAIT_MS):
        importer.open_bundle()

    pseudonym = dialog.result_info.pseudonym if dialog.result_info else ""
    assert area.case_references() == [pseudonym]
    assert area.case_list.count() == 1 and pseudonym in area.case_list.item(0).text()
    imported = area.area.cases.get(area.selected_case_id())
    expected = pseudonymise(store.cases.get(case_id), pseudonym)
    assert imported.plan.goals == expected.plan.goals and imported.plan.steps == expected.plan.steps
    assert imported.client.display_name is None
    shown = area.preview.toPlainText()
    assert f"Pseudonym {pseudonym}" in shown and CASE_WITH_HITS not in shown
    # never mixed: the main list still shows exactly the own cases, the area only the bundle
    main.reload()
    assert sorted(r.reference for r in main.model.rows()) == own_before
    assert pseudonym not in own_before
    assert not set(area.case_references()) & set(own_before)
    assert focusable_without_name(area) == []
    # after the session the case can go; the own store is untouched
    guide = area.start_session()
    assert guide is not None and not area.remove_case(confirm=False)  # a session runs
    guide.close()
    qtbot.waitUntil(lambda: not area.session_windows, timeout=WAIT_MS)
    assert area.remove_case(confirm=False)
    assert area.case_references() == [] and not area.start_button.isEnabled()
    assert sorted(r.reference for r in main.model.rows()) == own_before
    open_bundle(qtbot, area, out, SESSION_PASSPHRASE)
    assert len(area.case_references()) == 1
    second = area.start_session()
    assert second is not None and second.isVisible()
    assert area.close()  # closes the running session guide with it (its protocol is stored)
    assert not second.isVisible()
