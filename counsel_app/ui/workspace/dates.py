"""A QDateEdit with a calendar popup and a "kein Datum" state, and date conversions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = "kein Datum"
_SENTINEL = QDate(1900, 1, 1)  # the minimum stands for "no date" (special value text)


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    if not value.isValid():
        return None
    return date(value.year(), value.month(), value.day())


class OptionalDateEdit(QDateEdit):
    """German date field with a calendar; Entf (Delete) clears it to "kein Datum".

    `optional=False` makes a plain required date field with the same look.
    `dateValueChanged(object)` carries a `datetime.date` or None.
    """

    dateValueChanged = Signal(object)  # noqa: N815

    def __init__(
        self, parent: QWidget | None = None, *, optional: bool = True, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._today = today or date.today()
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setMaximumDate(QDate(2199, 12, 31))
        self.set_optional(optional)
        self.calendarWidget().installEventFilter(self)
        self.dateChanged.connect(lambda _d: self.dateValueChanged.emit(self.date_value()))

    def set_optional(self, optional: bool) -> None:
        """Optional: the minimum date shows "kein Datum"; else a plain required date."""
        self._optional = optional
        if optional:
            self.setMinimumDate(_SENTINEL)
            self.setSpecialValueText(NO_DATE)
            self.setToolTip(
                "Datum wählen (Kalender mit Alt+↓, Pfeiltasten ab heute); Entf: kein Datum"
            )
        else:
            self.setSpecialValueText("")
            self.setMinimumDate(QDate(1990, 1, 1))
            self.setToolTip("Datum wählen (Kalender mit Alt+↓)")
        self.setDate(_SENTINEL if optional else to_qdate(self._today))

    def set_today(self, today: date) -> None:
        self._today = today

    def date_value(self) -> date | None:
        if self._optional and self.date() == _SENTINEL:
            return None
        return from_qdate(self.date())

    def set_date_value(self, value: date | None) -> None:
        """Show `value` (None: "kein Datum") without emitting change signals."""
        wanted = to_qdate(value) if value else (_SENTINEL if self._optional else self.date())
        if wanted != self.date():
            blocked = self.blockSignals(True)
            self.setDate(wanted)
            self.blockSignals(blocked)

    def clear_date(self) -> None:
        if self._optional:
            self.setDate(_SENTINEL)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        """The inner line edit takes the focus too: it gets the same name."""
        super().setAccessibleName(name)
        self.lineEdit().setAccessibleName(name)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        # Tab leaves the field (Qt would step through day, month and year first);
        # the arrow keys Left/Right move between the parts.
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        clearing = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        line = self.lineEdit()
        if self._optional and clearing and line.selectedText() == line.text():
            self.clear_date()
            event.accept()
            return
        starts = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Space)
        if self._optional and self.date_value() is None and event.key() in starts:
            self.setDate(to_qdate(self._today))  # from "kein Datum" the arrows start at today
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Opening the calendar on "kein Datum" shows this month, not January 1900.
        if event.type() == QEvent.Type.Show and self.date_value() is None:
            calendar = self.calendarWidget()
            calendar.setCurrentPage(self._today.year, self._today.month)
        return super().eventFilter(watched, event)
