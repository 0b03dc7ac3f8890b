"""Supervisors and trainers: review bundles, the review area and review mode, the caseload
picture, and the training library with comparison and exercises.

Importing this package is cheap; the windows load their modules when first opened.
"""

from counsel_app.ui.supervision.menu import SupervisionMenu, install_supervision_menu

__all__ = ["SupervisionMenu", "install_supervision_menu"]
