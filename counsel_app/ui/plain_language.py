"""A text field that marks hard-to-read passages as you type (DESIGN.md §8).

`PlainLanguageEdit` underlines the analyser's findings with a wavy line (one colour per rule
family), explains them in a tooltip and offers "Ersetzen durch „…“" in the context menu where
the suggestion is a plain replacement (glossary term, abbreviation, number word).

Typing never waits for the analyser:

- each paragraph (text block) is analysed on its own; results are cached by paragraph text,
  so the highlighter only looks them up;
- analysis runs `debounce_ms` after the last change, on the GUI thread, in slices of at most
  `SLICE_MS` (a long pasted text is worked off over several event-loop turns);
- while a paragraph is being edited, its earlier findings stay where their text is unchanged;
- until the analyser's dictionaries are loaded (`AnalyserWarmUp`, on a pool thread), nothing
  is analysed and nothing is marked.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from counsel_app.ui.analyser_warmup import warm_up_for

if TYPE_CHECKING:
    from counsel_app.language import Analyser, Finding

SLICE_MS = 8.0
# Paragraph texts remembered per field while an analysis pass runs (after each pass only
# the field's own paragraphs stay); past this the cache starts again.
CACHE_LIMIT = 256


# Rule families, each with its underline colour (distinguishable also with red-green weakness:
# blue / orange / purple).
FAMILIES: dict[str, tuple[str, ...]] = {
    "sentence": (
        "long_sentence",
        "passive_voice",
        "nominal_style",
        "subjunctive",
        "negation",
        "genitive",
    ),
    "word": ("jargon", "abbreviation", "long_word", "rare_word"),
    "precision": ("vague_term", "number_word"),
}
FAMILY_COLOURS: dict[str, str] = {"sentence": "#1f6fd1", "word": "#d35400", "precision": "#8e3fb5"}
RULE_FAMILY: dict[str, str] = {rule: fam for fam, rules in FAMILIES.items() for rule in rules}

# Rules whose suggestion is a word to put in place of the finding.
REPLACEABLE_RULES = frozenset({"jargon", "abbreviation", "number_word"})
_NOTE = re.compile(r"\s*\([^)]*\)")


def replacement_for(finding: Finding) -> str | None:
    """The text that can replace the finding, or None when the suggestion is advice.

    A note in parentheses is dropped ("Vereinbarung (heute: Kooperationsplan)" gives
    "Vereinbarung"); a replacement for a capitalised word at the start of a sentence starts
    with a capital letter too.
    """
    if finding.rule not in REPLACEABLE_RULES or not finding.suggestion:
        return None
    text = _NOTE.sub("", finding.suggestion).strip()
    if not text or any(mark in text for mark in "„“‚‘\"':…") or text == finding.text:
        return None
    if finding.text[:1].isupper() and text[:1].islower():
        text = text[:1].upper() + text[1:]
    return text


_PAINT_ORDER = {"sentence": 0, "precision": 1, "word": 2}


def _order(finding: Finding) -> tuple[int, int, int]:
    """Paint long spans first, so shorter findings inside them keep their own colour; on the
    same span a word mark (which may offer a replacement) wins over a sentence mark."""
    family = RULE_FAMILY.get(finding.rule, "word")
    return (-(finding.end - finding.start), _PAINT_ORDER[family], finding.start)


class FindingHighlighter(QSyntaxHighlighter):
    """Applies cached findings per paragraph; never analyses by itself."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.cache: dict[str, tuple[Finding, ...]] = {}
        self._shown: dict[int, tuple[Finding, ...]] = {}  # by block number, what is painted
        self._formats = {fam: self._format(colour) for fam, colour in FAMILY_COLOURS.items()}

    @staticmethod
    def _format(colour: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(colour))
        return fmt

    def findings_for(self, text: str, block_number: int) -> tuple[Finding, ...]:
        found = self.cache.get(text)
        if found is not None:
            return found
        # Not analysed yet (being edited): keep earlier findings whose text is unchanged.
        earlier = self._shown.get(block_number, ())
        return tuple(f for f in earlier if text[f.start : f.end] == f.text)

    def shown(self, block_number: int) -> tuple[Finding, ...]:
        return self._shown.get(block_number, ())

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        number = self.currentBlock().blockNumber()
        findings = self.findings_for(text, number)
        self._shown[number] = findings
        for finding in sorted(findings, key=_order):
            fmt = self._formats[RULE_FAMILY.get(finding.rule, "word")]
            self.setFormat(finding.start, finding.end - finding.start, fmt)

    def forget_blocks_from(self, count: int) -> None:
        for number in [n for n in self._shown if n >= count]:
            del self._shown[number]


class PlainLanguageEdit(QPlainTextEdit):
    """Plain-text field with plain-language marks for `level` ("einfach" or "leicht").

    `findingsUpdated` is emitted after a round of analysis changed the marks.
    """

    findingsUpdated = Signal()  # noqa: N815 (Qt naming)

    def __init__(
        self,
        analyser_provider: Callable[[], Analyser],
        level: str = "einfach",
        parent: QWidget | None = None,
        *,
        debounce_ms: int = 300,
    ) -> None:
        super().__init__(parent)
        self._analyser_provider = analyser_provider
        self._level = level
        self.highlighter = FindingHighlighter(self.document())
        self._queue: list[int] = []  # block numbers still to analyse
        self._changed = False
        self._revision = -1
        self._waiting = False  # for the analyser's dictionaries
        self.setAccessibleName("Text in einfacher Sprache")
        self.setAccessibleDescription(
            "Schwer verständliche Stellen sind unterstrichen: blau Satzbau, orange Wörter, "
            "lila ungenaue Angaben. Das Kontextmenü bietet Ersetzungen an."
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._analyse_soon)
        self._slice = QTimer(self)
        self._slice.setSingleShot(True)
        self._slice.setInterval(0)
        self._slice.timeout.connect(self._work)
        self.document().contentsChange.connect(self._contents_changed)
        self.document().blockCountChanged.connect(self.highlighter.forget_blocks_from)

    # --- API ---

    @property
    def level(self) -> str:
        return self._level

    def set_level(self, level: str) -> None:
        if level == self._level:
            return
        self._level = level
        self.highlighter.cache.clear()
        self.highlighter.rehighlight()
        self._analyse_soon()

    def is_idle(self) -> bool:
        """No analysis pending or running (for tests and tools)."""
        busy = self._timer.isActive() or self._slice.isActive() or self._queue
        return not (busy or self._waiting)

    def findings(self) -> list[tuple[int, Finding]]:
        """(absolute start, finding) of every mark shown, in document order."""
        result: list[tuple[int, Finding]] = []
        block = self.document().firstBlock()
        while block.isValid():
            for finding in self.highlighter.shown(block.blockNumber()):
                result.append((block.position() + finding.start, finding))
            block = block.next()
        return sorted(result, key=lambda item: (item[0], item[1].end))

    def findings_at(self, position: int) -> list[Finding]:
        """Marks covering the character at `position`, the most specific (shortest) first."""
        block = self.document().findBlock(position)
        if not block.isValid():
            return []
        offset = position - block.position()
        found = [
            f for f in self.highlighter.shown(block.blockNumber()) if f.start <= offset < f.end
        ]
        return sorted(found, key=lambda f: (f.end - f.start, f.start))

    def replacement_actions(self, position: int, parent: QWidget | None = None) -> list[QAction]:
        """'Ersetzen durch „…“' for each replaceable mark at `position`."""
        actions: list[QAction] = []
        block = self.document().findBlock(position)
        seen: set[tuple[int, str]] = set()
        for finding in self.findings_at(position):
            replacement = replacement_for(finding)
            if replacement is None or (finding.start, replacement) in seen:
                continue
            seen.add((finding.start, replacement))
            action = QAction(f"Ersetzen durch „{replacement}“", parent or self)
            action.setToolTip(finding.message)
            start = block.position() + finding.start
            action.triggered.connect(
                lambda _checked=False, s=start, f=finding, r=replacement: self.replace(s, f, r)
            )
            actions.append(action)
        return actions

    def replace(self, start: int, finding: Finding, replacement: str) -> bool:
        """Put `replacement` in place of the finding at `start`, as one undoable edit."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(start + len(finding.text), QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != finding.text:
            return False  # the text changed meanwhile
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        return True

    # --- analysis ---

    def _contents_changed(self, _position: int, _removed: int, _added: int) -> None:
        # The highlighter's format changes also arrive here; only edits change the revision.
        revision = self.document().revision()
        if revision != self._revision:
            self._revision = revision
            self._timer.start()

    def _analyse_soon(self) -> None:
        analyser = self._analyser_provider()
        warm = warm_up_for(analyser)
        if not warm.is_ready:
            self._waiting = True
            warm.ready.connect(self._analyse_soon, Qt.ConnectionType.UniqueConnection)
            warm.start()
            return
        self._waiting = False
        self._queue = list(range(self.document().blockCount()))
        self._changed = False
        self._slice.start()

    def _work(self) -> None:
        """Analyse queued paragraphs for at most SLICE_MS, then yield to the event loop."""
        analyser = self._analyser_provider()
        cache = self.highlighter.cache
        deadline = time.perf_counter() + SLICE_MS / 1000
        doc = self.document()
        while self._queue and time.perf_counter() < deadline:
            block = doc.findBlockByNumber(self._queue.pop(0))
            if not block.isValid():
                continue
            text = block.text()
            if text not in cache:
                if len(cache) > CACHE_LIMIT:
                    cache.clear()
                found = analyser.analyse(text, self._level).findings if text.strip() else []
                cache[text] = tuple(found)
            if cache[text] != self.highlighter.shown(block.blockNumber()):
                self.highlighter.rehighlightBlock(block)
                self._changed = True
        if self._queue:
            self._slice.start()
            return
        self._forget_old_paragraphs()
        if self._changed:
            self._changed = False
            self.findingsUpdated.emit()

    def _forget_old_paragraphs(self) -> None:
        """Keep findings only for paragraphs the field still has (typing makes one per key)."""
        current: set[str] = set()
        block = self.document().begin()
        while block.isValid():
            current.add(block.text())
            block = block.next()
        cache = self.highlighter.cache
        for text in [text for text in cache if text not in current]:
            del cache[text]

    # --- tooltip and context menu ---

    def _position_at(self, point: QPoint) -> int | None:
        """The character under a viewport point, None over empty space."""
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        block = cursor.block()
        if not self._over_text(block, point):
            return None
        rect = self.cursorRect(cursor)
        # cursorForPosition returns the nearest gap; the character is the one after it unless
        # the point lies left of the gap.
        if point.x() < rect.x() and position > block.position():
            position -= 1
        return position

    def _over_text(self, block: QTextBlock, point: QPoint) -> bool:
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        if not geometry.contains(point.toPointF()):
            return False
        end = QTextCursor(block)
        end.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        last = self.cursorRect(end)
        return not (point.y() >= last.top() and point.x() > last.right() + 2)

    def tooltip_at(self, point: QPoint) -> str:
        """The explanation of the marks under a viewport point ('' if there are none)."""
        position = self._position_at(point)
        findings = self.findings_at(position) if position is not None else []
        return tooltip_html(findings) if findings else ""

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            position: int | None = self.textCursor().position()
            point = self.cursorRect().bottomLeft()
        else:
            point = event.pos()
            position = self._position_at(point)
        menu = self.createStandardContextMenu(point)
        actions = self.replacement_actions(position, menu) if position is not None else []
        if actions:
            first = menu.actions()[0] if menu.actions() else None
            for action in actions:
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()


def tooltip_html(findings: list[Finding]) -> str:
    from html import escape

    from counsel_app.language import RULE_LABELS  # loaded by now: findings come from it

    parts = []
    for finding in findings:
        label = RULE_LABELS.get(finding.rule, finding.rule)
        text = f"<b>{escape(label)}:</b> {escape(finding.message)}"
        if finding.suggestion:
            text += f"<br>Vorschlag: {escape(finding.suggestion)}"
        parts.append(text)
    return "<p>" + "</p><p>".join(parts) + "</p>"
