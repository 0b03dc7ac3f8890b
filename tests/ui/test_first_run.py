"""First start: the store is created, the recovery key shown once, then the profile."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from counsel_app.context import AppContext
from counsel_app.services.store import open_store
from counsel_app.ui.app import Startup
from counsel_app.ui.first_run import FirstRunDialog, passphrase_hint
from tests.support.fixtures import FAST_KDF, ContextMaker
from tests.support.keyrings import FailingKeyring
from tests.ui.helpers import focusable_without_name

pytestmark = pytest.mark.gui

KEY_PATTERN = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$")


@pytest.fixture
def dialogs() -> Iterator[list[FirstRunDialog]]:
    made: list[FirstRunDialog] = []
    yield made
    for dialog in made:
        if dialog.session is not None:
            dialog.session.close()


def make_dialog(
    qtbot: QtBot, ctx: AppContext, made: list[FirstRunDialog], *, ask: bool = False
) -> FirstRunDialog:
    startup = Startup(ctx, kdf=FAST_KDF)
    dialog = FirstRunDialog(startup.ctx, startup._create_store, ask_passphrase=ask)
    made.append(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_creates_store_shows_key_and_needs_the_checkbox(
    qtbot: QtBot, keyring_ctx: AppContext, dialogs: list[FirstRunDialog]
) -> None:
    dialog = make_dialog(qtbot, keyring_ctx, dialogs)
    ui = dialog.ui
    assert not keyring_ctx.paths.database.exists()
    assert not dialog.asks_passphrase
    assert focusable_without_name(dialog) == []
    ui.nextButton.click()

    assert keyring_ctx.paths.database.exists()
    assert dialog.page() == dialog.PAGE_RECOVERY
    assert KEY_PATTERN.match(ui.recoveryKeyLabel.text())
    assert ui.recoveryKeyLabel.text() == dialog.recovery_key
    assert ui.recoveryKeyLabel.font().fixedPitch() or ui.recoveryKeyLabel.font().styleHint()
    assert not ui.nextButton.isEnabled()
    assert not ui.cancelButton.isVisible()
    assert focusable_without_name(dialog) == []
    dialog.reject()  # Escape must not skip the recovery key
    assert dialog.isVisible()
    assert dialog.page() == dialog.PAGE_RECOVERY

    ui.keptCheck.setChecked(True)
    assert ui.nextButton.isEnabled()
    ui.keptCheck.setChecked(False)
    assert not ui.nextButton.isEnabled()
    ui.keptCheck.setChecked(True)
    ui.nextButton.click()

    assert dialog.page() == dialog.PAGE_PROFILE
    assert focusable_without_name(dialog) == []
    qtbot.keyClicks(ui.nameEdit, "Petra Ahornweg")
    qtbot.keyClicks(ui.officeEdit, "Jobcenter Musterstadt")
    with qtbot.waitSignal(dialog.accepted):
        ui.nextButton.click()
    assert dialog.session is not None
    assert dialog.session.key_source == "keyring"
    profile = dialog.session.store.cases.get_counsellor_profile()
    assert (profile.name, profile.office) == ("Petra Ahornweg", "Jobcenter Musterstadt")


def test_without_keyring_asks_for_a_passphrase_twice(
    qtbot: QtBot, make_ctx: ContextMaker, dialogs: list[FirstRunDialog]
) -> None:
    ctx = make_ctx(keyring=FailingKeyring())
    dialog = make_dialog(qtbot, ctx, dialogs)
    ui = dialog.ui
    ui.nextButton.click()  # tries the keyring first: it fails, nothing is created
    assert not ctx.paths.database.exists()
    assert not ctx.paths.keyfile.exists()
    assert dialog.asks_passphrase
    assert "Schlüsselbund" in ui.errorLabel.text()
    assert focusable_without_name(dialog) == []

    qtbot.keyClicks(ui.passphraseEdit, "kurz")
    assert "Zu kurz" in ui.strengthLabel.text()
    assert not ui.nextButton.isEnabled()
    ui.passphraseEdit.setText("ein langer Satz mit 7 Wörtern")
    ui.repeatEdit.setText("ein langer Satz mit 7 Wörtern!")
    assert "stimmt noch nicht" in ui.strengthLabel.text()
    assert not ui.nextButton.isEnabled()
    ui.repeatEdit.setText("ein langer Satz mit 7 Wörtern")
    assert ui.nextButton.isEnabled()
    ui.nextButton.click()

    assert dialog.page() == dialog.PAGE_RECOVERY
    assert dialog.session is not None
    assert dialog.session.key_source == "passphrase"
    with open_store(make_ctx(keyring=FailingKeyring(), passphrase="ein langer Satz mit 7 Wörtern")):
        pass


def test_cancel_on_the_first_page_creates_nothing(
    qtbot: QtBot, keyring_ctx: AppContext, dialogs: list[FirstRunDialog]
) -> None:
    dialog = make_dialog(qtbot, keyring_ctx, dialogs)
    with qtbot.waitSignal(dialog.rejected):
        dialog.ui.cancelButton.click()
    assert not keyring_ctx.paths.root.exists() or not any(keyring_ctx.paths.root.iterdir())


@pytest.mark.parametrize(
    ("text", "ok"),
    [("", False), ("123456789", False), ("1234567890", True), ("Ein-langer-Satz-2026!", True)],
)
def test_passphrase_hint(text: str, ok: bool) -> None:
    assert passphrase_hint(text)[0] is ok
    assert passphrase_hint(text)[1]
