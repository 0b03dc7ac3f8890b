"""Hilfe: a short German guide and the keyboard shortcuts, read from the window's own actions
(so the list can never disagree with what the keys do)."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from counsel_app.quality import DIMENSION_LABELS, DIMENSIONS, default_rubric

GUIDE_HTML = """
<h2>So arbeiten Sie mit counsel-app</h2>
<p>Links steht die <b>Fallliste</b>. Tippen Sie in das Suchfeld, um nach Kundennummer oder
Name zu suchen; „Anzeigen“ filtert nach <i>Überprüfung fällig</i>, <i>Schritte überfällig</i>
oder <i>Entwürfe</i>. Doppelklick oder Eingabetaste öffnet einen Fall.</p>
<p>Ein Fall hat vier Seiten, die Sie der Reihe nach oder frei aufrufen:</p>
<ol>
<li><b>Potenzialanalyse</b>: Stärken, erschwerende Umstände mit Kategorie und die Sicht
der Kundin oder des Kunden. Jeder Umstand zeigt, ob ein Ziel oder Schritt daran arbeitet
oder warum er zurückgestellt ist.</li>
<li><b>Ziele und Schritte</b>: Eingliederungsziel und Zwischenziele (mit den eigenen Worten
der Kundin oder des Kunden, Zieldatum und auf Wunsch einer Zielerreichungsskala) und die
Schritte: wer was bis wann tut und woran man sieht, dass es erledigt ist.</li>
<li><b>Nachhaltung</b>: Überprüfungstermin (spätestens nach sechs Monaten), Kontakte,
Überprüfungen festhalten und den Plan fortschreiben. Frühere Versionen bleiben lesbar.</li>
<li><b>Drucken</b>: Kundenexemplar in einfacher Sprache, Aktenexemplar, Bogen für die
Fallberatung oder Schulungsunterlage; Vorschau, Drucken oder als PDF speichern.</li>
</ol>
<h3>Rückmeldung zum Plan</h3>
<p>Rechts neben dem Fall zeigt die Rückmeldung sieben Gesichtspunkte mit Werten von 0 bis 100
und Hinweise, was fehlt und wie man es ergänzen kann. Ein Klick auf einen Hinweis (oder
Eingabetaste) springt zur Stelle im Plan. Die Rückmeldung dient Ihrer eigenen Reflexion; sie
bewertet keine Mitarbeitenden und blockiert nichts.</p>
{weights}
<h3>Einfache Sprache</h3>
<p>Texte, die die Kundin oder der Kunde liest (Ziele, eigene Worte, Schritte), werden beim
Tippen geprüft: schwer verständliche Stellen sind unterstrichen. Zeigen Sie mit der Maus darauf
für eine Erklärung; das Kontextmenü (rechte Maustaste oder Menütaste) bietet Ersetzungen an.</p>
<h3>Speichern, Rückgängig, Sperre</h3>
<p>Jede Änderung wird nach spätestens einer Sekunde gespeichert; einen Knopf „Speichern“
gibt es nicht. Rückgängig und Wiederholen gelten für alle Änderungen im geöffneten Fall.</p>
<p>Nach einer einstellbaren Zeit ohne Eingabe (Voreinstellung 15 Minuten, siehe
<i>Einstellungen</i>) blendet counsel-app die Falldaten aus und fragt erneut nach dem
Schlüssel. Alle Falldaten liegen verschlüsselt auf diesem Rechner.</p>
"""


def weights_html() -> str:
    """The weights of the seven dimensions in the overall score, as a small table."""
    weights = default_rubric().dimension_weights
    total = sum(weights.values()) or 1.0
    rows = "".join(
        f"<tr><td>{escape(DIMENSION_LABELS[d])}</td>"
        f"<td align='right'>{round(100 * weights.get(d, 0.0) / total)} %</td></tr>"
        for d in DIMENSIONS
    )
    return (
        "<p>Der Gesamtwert ist der gewichtete Mittelwert der sieben Werte:</p>"
        f"<table cellpadding='2'>{rows}</table>"
    )


KEY_NAMES = {
    "Ctrl": "Strg",
    "Shift": "Umschalt",
    "PgDown": "Bild ab",
    "PgUp": "Bild auf",
    "Del": "Entf",
    "Ins": "Einfg",
    "Return": "Eingabe",
    "Up": "Pfeil hoch",
    "Down": "Pfeil runter",
}


def german_keys(sequence: QKeySequence) -> str:
    """'Strg+Umschalt+N' whatever the Qt translation in use (the help is always German)."""
    portable = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    plus = portable.endswith("++")
    parts = [KEY_NAMES.get(p, p) for p in (portable[:-2] if plus else portable).split("+") if p]
    return "+".join(parts) + ("++" if plus else "")


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what) for every action with a shortcut, in the order given, without repeats."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = ", ".join(german_keys(k) for k in action.shortcuts())
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        text = text.rstrip(" …").strip()
        if keys and keys not in seen:
            seen.add(keys)
            rows.append((keys, text))
    return rows


EXTRA_KEYS = (
    ("Tab / Umschalt+Tab", "Zum nächsten / vorigen Feld"),
    ("Alt+Pfeil hoch / runter", "Ausgewählten Schritt nach oben / unten verschieben"),
    ("F2 oder Eingabetaste", "Zelle in einer Tabelle bearbeiten"),
    ("Menütaste", "Ersetzungen für eine unterstrichene Stelle"),
)


def help_html(actions: Iterable[QAction]) -> str:
    rows = [*shortcut_rows(actions), *EXTRA_KEYS]
    table = "".join(
        f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>" for keys, what in rows
    )
    guide = GUIDE_HTML.replace("{weights}", weights_html())
    return f"{guide}<h3>Tastenkürzel</h3><table cellpadding='3'>{table}</table>"


class HelpDialog(QDialog):
    """The guide and the shortcuts in a browser; non-modal, so it can stay open beside the work."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Hilfe – counsel-app")
        self.setAccessibleName("Hilfe")
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName("Hilfetext")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(help_html(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText("S&chließen")
        close.setAccessibleName("Hilfe schließen")
        buttons.rejected.connect(self.close)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 720)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)
