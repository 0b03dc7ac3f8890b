"""The embedded font family (DejaVu Sans: German, Turkish, Polish, Cyrillic)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from counsel_app.printing.errors import PrintError

FONT_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
}
FAMILY = "CounselSans"


@dataclass(frozen=True)
class FontSet:
    """Registered ReportLab font names of one family."""

    regular: str
    bold: str
    italic: str


def register_fonts(folder: Path) -> FontSet:
    """Register the TrueType family from `folder` with ReportLab (embedded, subset).

    ReportLab's font registry is process-wide; registering again under the same names just
    replaces the entries, so every renderer may call this once.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    names = FontSet(regular=FAMILY, bold=f"{FAMILY}-Bold", italic=f"{FAMILY}-Italic")
    for key, name in (("regular", names.regular), ("bold", names.bold), ("italic", names.italic)):
        path = folder / FONT_FILES[key]
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as err:
            raise PrintError(f"Schriftdatei {path} fehlt oder ist beschädigt ({err}).") from err
    addMapping(FAMILY, 0, 0, names.regular)
    addMapping(FAMILY, 1, 0, names.bold)
    addMapping(FAMILY, 0, 1, names.italic)
    addMapping(FAMILY, 1, 1, names.bold)
    return names
