"""The intermediate print markup: a small XML vocabulary that the templates produce.

Templates (Jinja2, autoescaped) render to this markup; `MarkupBuilder` turns it into
ReportLab flowables. Everything the markup can say:

    <document title="" subject="" author="" lang="de-DE">   root
      <footer><left>text</left><right>Seite <page/> von <pages/></right></footer>
      <title>, <heading>, <subheading>     headings (headings keep with what follows)
      <p style="body|small|lead">          a paragraph
      <item mark="•">                      a list item (bullet or number)
      <box title="">blocks</box>           a framed, tinted box
      <table widths="1,3" kind="grid|fields" header="1" width="0.6">   (width: share of the line)
        <row><cell>inline</cell></row></table>
      <notes lines="4"/>                   ruled lines to write on
      <keep>blocks</keep>                  blocks that stay on one page
      <group>blocks</group>                just groups blocks
      <space height="6"/>  <pagebreak/>  <condbreak height="80"/>   (heights in points)
    inline inside text: <b>, <i>, <br/>

Text is re-escaped for ReportLab's paragraph parser, so user text such as
"Müller & Söhne <GmbH>" prints literally.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counsel_app.printing.canvas import PAGE, PAGES
from counsel_app.printing.styles import BOX_FILL, BOX_LINE, HEAD_FILL, RULE, StyleSet

INLINE_TAGS = frozenset({"b", "i"})


class MarkupError(ValueError):
    """The rendered markup breaks the vocabulary (a template bug)."""


@dataclass
class DocumentSpec:
    """What the builder made of one rendered template."""

    title: str = ""
    subject: str = ""
    author: str = ""
    lang: str = "de-DE"
    footer_left: str = ""
    footer_right: list[str] = field(default_factory=list)
    flowables: list[Flowable] = field(default_factory=list)
    paragraphs: int = 0


class NoteLines(Flowable):  # type: ignore[misc]
    """`count` ruled lines across the frame, to write notes on."""

    def __init__(self, count: int, gap: float) -> None:
        super().__init__()
        self.count = count
        self.gap = gap
        self.width = 0.0
        self.height = count * gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        for index in range(self.count):
            y = self.height - (index + 1) * self.gap + 1
            canv.line(0, y, self.width, y)
        canv.restoreState()


def inline_markup(elem: ET.Element) -> str:
    """ReportLab paragraph markup for the text of `elem` (escaped, with b/i/br)."""
    out = [escape(elem.text or "")]
    for child in elem:
        if child.tag in INLINE_TAGS:
            out.append(f"<{child.tag}>{inline_markup(child)}</{child.tag}>")
        elif child.tag == "br":
            out.append("<br/>")
        else:
            raise MarkupError(f"<{child.tag}> ist im Text von <{elem.tag}> nicht erlaubt")
        out.append(escape(child.tail or ""))
    return "".join(out).strip()


def plain_text(elem: ET.Element) -> str:
    """The text of `elem` with whitespace collapsed (for metadata and the footer)."""
    return " ".join("".join(elem.itertext()).split())


class MarkupBuilder:
    """Turns parsed markup into flowables with the styles of one layout."""

    def __init__(self, styles: StyleSet, frame_width: float) -> None:
        self.styles = styles
        self.frame_width = frame_width
        self._paragraphs = 0
        self._tight_styles: dict[str, ParagraphStyle] = {}

    def build(self, source: str) -> DocumentSpec:
        try:
            root = ET.fromstring(source)
        except ET.ParseError as err:
            line = err.position[0]
            raise MarkupError(f"ungültiges Markup in Ausgabezeile {line}: {err}") from err
        if root.tag != "document":
            raise MarkupError(f"das Wurzelelement muss <document> sein, nicht <{root.tag}>")
        spec = DocumentSpec(
            title=root.get("title", ""),
            subject=root.get("subject", ""),
            author=root.get("author", ""),
            lang=root.get("lang", "de-DE"),
        )
        self._paragraphs = 0
        for child in root:
            if child.tag == "footer":
                self._footer(child, spec)
            else:
                spec.flowables.extend(self.block(child, self.frame_width))
        spec.paragraphs = self._paragraphs
        return spec

    def _footer(self, elem: ET.Element, spec: DocumentSpec) -> None:
        for part in elem:
            if part.tag == "left":
                spec.footer_left = plain_text(part)
            elif part.tag == "right":
                segments = [part.text or ""]
                for token in part:
                    if token.tag == "page":
                        segments.append(PAGE)
                    elif token.tag == "pages":
                        segments.append(PAGES)
                    else:
                        raise MarkupError(f"<{token.tag}> ist in <right> nicht erlaubt")
                    segments.append(token.tail or "")
                spec.footer_right = _collapse(segments)
            else:
                raise MarkupError(f"<{part.tag}> ist in <footer> nicht erlaubt")

    def _para(self, markup: str, style_name: str = "body", **kw: str) -> Paragraph:
        self._paragraphs += 1
        style = getattr(self.styles, style_name)
        return Paragraph(markup, style, **kw)

    def blocks(self, elem: ET.Element, width: float) -> list[Flowable]:
        out: list[Flowable] = []
        for child in elem:
            out.extend(self.block(child, width))
        return out

    def block(self, elem: ET.Element, width: float) -> list[Flowable]:
        tag = elem.tag
        if tag in ("title", "heading", "subheading", "p", "item"):
            text = inline_markup(elem)
            if not text:
                return []
            if tag == "p":
                style_name = {"body": "body", "small": "small", "lead": "subheading"}.get(
                    elem.get("style", "body")
                )
                if style_name is None:
                    raise MarkupError(f"unbekannter Absatzstil {elem.get('style')!r}")
                return [self._para(text, style_name)]
            if tag == "item":
                return [self._para(text, "item", bulletText=elem.get("mark", "•"))]
            return [self._para(text, tag)]
        if tag == "group":
            return self.blocks(elem, width)
        if tag == "keep":
            return [KeepTogether(self.blocks(elem, width))]
        if tag == "box":
            return [self._box(elem, width)]
        if tag == "table":
            return [self._table(elem, width)]
        if tag == "notes":
            count = int(elem.get("lines", "3"))
            return [NoteLines(count, self.styles.geometry.note_line_gap)]
        if tag == "space":
            return [Spacer(1, float(elem.get("height", "6")))]
        if tag == "pagebreak":
            return [PageBreak()]
        if tag == "condbreak":
            return [CondPageBreak(float(elem.get("height", "80")))]
        raise MarkupError(f"unbekanntes Element <{tag}>")

    def _box(self, elem: ET.Element, width: float) -> Table:
        pad = 4 * mm
        inner: list[Flowable] = []
        title = elem.get("title")
        if title:
            inner.append(self._para(escape(title), "box_title"))
        # Inside the box the leading alone separates the lines (no extra paragraph space).
        for flowable in self.blocks(elem, width - 2 * pad):
            if isinstance(flowable, Paragraph):
                flowable.style = self._tight(flowable.style)
            inner.append(flowable)
        table = Table([[inner]], colWidths=[width])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.styles.body.fontName),
                    ("BACKGROUND", (0, 0), (-1, -1), BOX_FILL),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, BOX_LINE),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                    ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.6),
                ]
            )
        )
        table.spaceBefore = self.styles.body.fontSize * 0.8
        table.spaceAfter = self.styles.body.fontSize * 0.6
        return table

    def _tight(self, style: ParagraphStyle) -> ParagraphStyle:
        key = style.name
        if key not in self._tight_styles:
            self._tight_styles[key] = ParagraphStyle(f"{key}-tight", parent=style, spaceAfter=1)
        return self._tight_styles[key]

    def _table(self, elem: ET.Element, width: float) -> Flowable:
        kind = elem.get("kind", "grid")
        header = elem.get("header", "0") == "1"
        rows: list[list[Paragraph]] = []
        for r_index, row in enumerate(elem):
            if row.tag != "row":
                raise MarkupError(f"<{row.tag}> ist in <table> nicht erlaubt (nur <row>)")
            cells: list[Paragraph] = []
            for c_index, cell in enumerate(row):
                if cell.tag != "cell":
                    raise MarkupError(f"<{cell.tag}> ist in <row> nicht erlaubt (nur <cell>)")
                bold = (header and r_index == 0) or (kind == "fields" and c_index == 0)
                cells.append(self._para(inline_markup(cell), "cell_head" if bold else "cell"))
            rows.append(cells)
        if not rows:
            return Spacer(1, 0)
        columns = max(len(r) for r in rows)
        for r in rows:
            r.extend(self._para("", "cell") for _ in range(columns - len(r)))
        weights = [float(w) for w in elem.get("widths", ",".join("1" * columns)).split(",")]
        if len(weights) != columns:
            raise MarkupError(f"widths nennt {len(weights)} Spalten, die Tabelle hat {columns}")
        total = sum(weights)
        share = float(elem.get("width", "1"))
        if not 0 < share <= 1:
            raise MarkupError(f"width muss zwischen 0 und 1 liegen, nicht {share}")
        col_widths = [width * share * w / total for w in weights]
        table = Table(rows, colWidths=col_widths, repeatRows=1 if header else 0)
        commands: list[tuple[object, ...]] = [
            # Tables set a cell font even for flowable cells: never let it be Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), self.styles.body.fontName),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        if kind == "grid":
            commands += [
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
            ]
            if header:
                commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
        elif kind == "fields":
            commands += [("LEFTPADDING", (0, 0), (0, -1), 0)]
        else:
            raise MarkupError(f"unbekannte Tabellenart {kind!r}")
        table.setStyle(TableStyle(commands))
        table.hAlign = "LEFT"
        table.spaceBefore = 2
        table.spaceAfter = self.styles.body.fontSize * 0.5
        return table


def _collapse(segments: list[str]) -> list[str]:
    """Collapse whitespace in literal footer segments; trim the outer ends."""
    out = [s if s in (PAGE, PAGES) else re.sub(r"\s+", " ", s) for s in segments]
    if out and out[0] not in (PAGE, PAGES):
        out[0] = out[0].lstrip()
    if out and out[-1] not in (PAGE, PAGES):
        out[-1] = out[-1].rstrip()
    return [s for s in out if s]
