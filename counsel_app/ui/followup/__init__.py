"""Nachhaltung in the GUI: due page, review and Fortschreibung dialogs, GAS chart, comparison."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from counsel_app.ui.main_window import MainWindow


def install_due_page(window: MainWindow) -> None:
    """Add the due page's actions to the main window (see `install.install_due_page`)."""
    from counsel_app.ui.followup.install import install_due_page as install

    install(window)
