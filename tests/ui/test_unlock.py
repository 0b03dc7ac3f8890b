"""Unlocking: wrong entries say so inline and allow another try; the right one opens."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from counsel_app.context import AppContext
from counsel_app.services.store import init_store
from counsel_app.ui.app import Startup
from counsel_app.ui.unlock import UnlockDialog
from tests.support.fixtures import FAST_KDF, TEST_PASSPHRASE, ContextMaker
from tests.support.keyrings import FailingKeyring
from tests.ui.helpers import focusable_without_name

pytestmark = pytest.mark.gui


@pytest.fixture
def dialogs() -> Iterator[list[UnlockDialog]]:
    made: list[UnlockDialog] = []
    yield made
    for dialog in made:
        if dialog.session is not None:
            dialog.session.close()


def make_dialog(qtbot: QtBot, ctx: AppContext, made: list[UnlockDialog]) -> UnlockDialog:
    startup = Startup(ctx, kdf=FAST_KDF)
    dialog = UnlockDialog(startup._attempt_unlock)
    made.append(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_wrong_passphrase_inline_error_then_right_one_opens(
    qtbot: QtBot, passphrase_ctx: AppContext, dialogs: list[UnlockDialog]
) -> None:
    dialog = make_dialog(qtbot, passphrase_ctx, dialogs)
    ui = dialog.ui
    assert ui.secretEdit.echoMode() == QLineEdit.EchoMode.Password
    assert focusable_without_name(dialog) == []

    qtbot.keyClicks(ui.secretEdit, "falsche Passphrase")
    qtbot.keyClick(ui.secretEdit, Qt.Key.Key_Return)  # Enter submits
    assert dialog.isVisible()
    assert dialog.session is None
    assert "Passphrase ist falsch" in dialog.error_text()
    assert "counsel-app unlock" not in dialog.error_text()  # no command-line advice here

    ui.secretEdit.clear()
    qtbot.keyClicks(ui.secretEdit, TEST_PASSPHRASE)
    assert dialog.error_text() == ""  # typing again clears the message
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(ui.secretEdit, Qt.Key.Key_Return)
    assert dialog.session is not None
    assert dialog.session.key_source == "passphrase"
    assert dialog.session.case_rows() == []


def test_escape_cancels(
    qtbot: QtBot, passphrase_ctx: AppContext, dialogs: list[UnlockDialog]
) -> None:
    dialog = make_dialog(qtbot, passphrase_ctx, dialogs)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.ui.secretEdit, Qt.Key.Key_Escape)
    assert dialog.session is None


def test_empty_entry_is_refused_inline(
    qtbot: QtBot, passphrase_ctx: AppContext, dialogs: list[UnlockDialog]
) -> None:
    dialog = make_dialog(qtbot, passphrase_ctx, dialogs)
    dialog.ui.openButton.click()
    assert "Bitte die Passphrase eingeben" in dialog.error_text()


def test_recovery_key_opens_and_sets_a_new_passphrase(
    qtbot: QtBot, make_ctx: ContextMaker, dialogs: list[UnlockDialog]
) -> None:
    made = make_ctx(keyring=FailingKeyring(), passphrase=TEST_PASSPHRASE)
    recovery_key = init_store(made, kdf=FAST_KDF).recovery_key
    ctx = make_ctx(keyring=FailingKeyring())
    dialog = make_dialog(qtbot, ctx, dialogs)
    ui = dialog.ui
    assert not ui.newPassphraseEdit.isVisible()
    ui.recoveryToggle.setChecked(True)
    assert ui.secretEdit.echoMode() == QLineEdit.EchoMode.Normal
    assert ui.secretEdit.accessibleName() == "Wiederherstellungsschlüssel"
    assert ui.newPassphraseEdit.isVisible()
    assert focusable_without_name(dialog) == []

    ui.secretEdit.setText("ABCD-EFGH")
    ui.openButton.click()
    assert "Zeichen" in dialog.error_text()  # format error, in German, nothing opened

    ui.secretEdit.setText(recovery_key.lower().replace("-", " "))
    ui.openButton.click()  # no keyring and no new passphrase: asks for one
    assert "neue Passphrase" in dialog.error_text()
    assert dialog.session is None

    ui.secretEdit.setText(recovery_key)
    ui.newPassphraseEdit.setText("neue lange Passphrase")
    ui.repeatEdit.setText("neue lange Passphrase")
    with qtbot.waitSignal(dialog.accepted):
        ui.openButton.click()
    assert dialog.session is not None
    dialog.session.close()
    dialog.session = None
    reopened = Startup(ctx, kdf=FAST_KDF)._attempt_unlock("neue lange Passphrase", None, None)
    reopened.close()
