"""Paragraph styles and page geometry per layout (client copy large, file copies compact)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from counsel_app.printing.fonts import FontSet

INK = HexColor("#1a1a1a")
ACCENT = HexColor("#1f4e79")
MUTED = HexColor("#555555")
RULE = HexColor("#9aa7b4")
BOX_FILL = HexColor("#eef3f8")
BOX_LINE = HexColor("#6f8fb0")
HEAD_FILL = HexColor("#dde6ef")

LAYOUTS: tuple[str, ...] = ("client", "compact")


@dataclass(frozen=True)
class Geometry:
    margin_left: float
    margin_right: float
    margin_top: float
    margin_bottom: float
    footer_size: float
    note_line_gap: float


@dataclass(frozen=True)
class StyleSet:
    """All styles of one document; `body.fontSize` is the body text size in points."""

    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    item: ParagraphStyle
    box_title: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    geometry: Geometry
    item_indent: float
    accent: Color = ACCENT

    def paragraph_style(self, name: str) -> ParagraphStyle:
        """The style a `<p style="...">` names: body (default), small or lead."""
        styles = {"body": self.body, "small": self.small, "lead": self.subheading}
        if name not in styles:
            raise KeyError(name)
        return styles[name]


def body_size_for(layout: str, reading_level: str) -> float:
    """Body text size: client copy 12 pt (14 pt for Leichte Sprache), file copies 9.5 pt."""
    if layout == "client":
        return 14.0 if reading_level == "leicht" else 12.0
    return 9.5


def make_styles(fonts: FontSet, layout: str, reading_level: str = "einfach") -> StyleSet:
    """Styles for `layout` (`client` or `compact`); no hyphenation, left-aligned everywhere."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    size = body_size_for(layout, reading_level)
    client = layout == "client"
    leading = size * (1.4 if client else 1.35)

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": fonts.regular,
            "fontSize": size,
            "leading": leading,
            "textColor": INK,
            "alignment": TA_LEFT,
            "hyphenationLang": "",
            "embeddedHyphenation": 0,
            "splitLongWords": 1,
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    title_size = size * (1.7 if client else 1.75)
    head_size = size * 1.3
    sub_size = size * (1.08 if client else 1.1)
    indent = size * 1.5
    return StyleSet(
        title=style(
            "title",
            fontName=fonts.bold,
            fontSize=title_size,
            leading=title_size * 1.2,
            textColor=ACCENT,
            spaceAfter=size * (0.7 if client else 0.6),
        ),
        heading=style(
            "heading",
            fontName=fonts.bold,
            fontSize=head_size,
            leading=head_size * 1.25,
            textColor=ACCENT,
            spaceBefore=size * (1.05 if client else 1.1),
            spaceAfter=size * (0.5 if client else 0.35),
            keepWithNext=1,
        ),
        subheading=style(
            "subheading",
            fontName=fonts.bold,
            fontSize=sub_size,
            leading=sub_size * 1.3,
            spaceBefore=size * (0.7 if client else 0.6),
            spaceAfter=size * 0.2,
            keepWithNext=1,
        ),
        body=style("body", spaceAfter=size * (0.2 if client else 0.25)),
        small=style(
            "small",
            fontSize=size * 0.9,
            leading=size * 0.9 * 1.35,
            textColor=MUTED,
            spaceAfter=size * 0.25,
        ),
        item=style(
            "item",
            leftIndent=indent,
            bulletIndent=size * 0.3,
            bulletFontName=fonts.regular,
            spaceAfter=size * (0.3 if client else 0.2),
        ),
        box_title=style(
            "box_title",
            fontName=fonts.bold,
            spaceAfter=size * 0.3,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        cell=style("cell", fontSize=size * 0.95, leading=size * 0.95 * 1.3),
        cell_head=style(
            "cell_head", fontName=fonts.bold, fontSize=size * 0.95, leading=size * 0.95 * 1.3
        ),
        geometry=Geometry(
            margin_left=(24 if client else 20) * mm,
            margin_right=(20 if client else 18) * mm,
            margin_top=(18 if client else 17) * mm,
            margin_bottom=(21 if client else 20) * mm,
            footer_size=9 if client else 8,
            note_line_gap=8 * mm,
        ),
        item_indent=indent,
    )
