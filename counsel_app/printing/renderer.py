"""`PdfRenderer`: Jinja2 wording + ReportLab layout, and the `render_pdf()` convenience."""

from __future__ import annotations

import tomllib
import types
from collections.abc import Sequence
from datetime import date
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

import jinja2

from counsel_app.domain import Case
from counsel_app.fileio import write_atomic
from counsel_app.printing.dates import GermanDates
from counsel_app.printing.errors import PrintError, TemplateError
from counsel_app.printing.fonts import FontSet, register_fonts
from counsel_app.printing.markup import DocumentSpec, MarkupBuilder, MarkupError
from counsel_app.printing.pseudonym import derive_pseudonym
from counsel_app.printing.styles import StyleSet, make_styles
from counsel_app.printing.viewmodel import (
    PSEUDONYMISED_VARIANTS,
    VARIANTS,
    AnalyserLike,
    Assess,
    build_context,
)

WORDING_FILE = "wording.toml"
TEMPLATE_SUFFIX = ".xml.j2"
_AUTO: Any = object()  # "look the collaborator up in its package"


def layout_for(variant: str) -> str:
    """The client copy uses the large layout, every other variant the compact one."""
    return "client" if variant == "client" else "compact"


class PdfRenderer:
    """Holds the template environment, the wording and the registered fonts.

    Build one and reuse it; `template_dirs` are searched before the bundled templates, so an
    office can override single templates or `wording.toml` without touching Python.
    `analyser` explains jargon on the client copy, `assess` gives the review sheet its
    quality hints; by default both come from `counsel_app.language` / `counsel_app.quality`
    (left out when those packages are not available).
    """

    def __init__(
        self,
        *,
        template_dirs: Sequence[Path] = (),
        font_dir: Path | None = None,
        analyser: AnalyserLike | None = _AUTO,
        assess: Assess | None = _AUTO,
    ) -> None:
        from counsel_app.resources import resource_path

        self.template_dirs = [*map(Path, template_dirs), resource_path("templates")]
        self.fonts: FontSet = register_fonts(font_dir or resource_path("fonts"))
        self._analyser = analyser
        self._assess = assess
        self.words = self._load_wording()
        self.dates = self._dates()
        self.env = self._environment()
        self._styles: dict[tuple[str, str], StyleSet] = {}

    # -- set-up ---------------------------------------------------------------------------

    def _load_wording(self) -> dict[str, Any]:
        for folder in self.template_dirs:
            path = folder / WORDING_FILE
            if path.is_file():
                try:
                    return tomllib.loads(path.read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
                    raise TemplateError(WORDING_FILE, None, str(err)) from err
        raise PrintError(f"Die Datei {WORDING_FILE} mit den Drucktexten fehlt.")

    def _dates(self) -> GermanDates:
        try:
            return GermanDates(self.words["months"], self.words["weekdays"])
        except (KeyError, ValueError) as err:
            raise TemplateError(
                WORDING_FILE, None, "'months' braucht 12 und 'weekdays' 7 Namen"
            ) from err

    def _environment(self) -> jinja2.Environment:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(d) for d in self.template_dirs]),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters["d"] = self.dates.long
        env.filters["dw"] = self.dates.with_weekday
        env.filters["ds"] = self.dates.short
        env.filters["signed"] = signed
        env.globals["words"] = self.words
        return env

    @property
    def analyser(self) -> AnalyserLike | None:
        if self._analyser is _AUTO:
            try:
                from counsel_app.language import Analyser
            except ImportError:
                self._analyser = None
            else:
                self._analyser = Analyser()
        return self._analyser

    @property
    def assess(self) -> Assess | None:
        if self._assess is _AUTO:
            try:
                from counsel_app.quality import assess
            except ImportError:
                self._assess = None
            else:
                self._assess = assess
        return self._assess

    def styles(self, variant: str, reading_level: str = "einfach") -> StyleSet:
        """The paragraph styles a variant prints with (cached per variant and level)."""
        key = (layout_for(variant), reading_level)
        if key not in self._styles:
            self._styles[key] = make_styles(self.fonts, key[0], reading_level)
        return self._styles[key]

    # -- rendering ------------------------------------------------------------------------

    def markup(
        self, case: Case, variant: str, *, today: date | None = None, pseudonym: str | None = None
    ) -> str:
        """The rendered template of `variant` (the intermediate markup)."""
        if variant not in VARIANTS:
            raise PrintError(
                f"Unbekannte Druckvariante '{variant}' (möglich: {', '.join(VARIANTS)})."
            )
        today = today or date.today()
        if variant in PSEUDONYMISED_VARIANTS and not pseudonym:
            pseudonym = derive_pseudonym(case.client.reference)
        name = f"{variant}{TEMPLATE_SUFFIX}"
        try:
            template = self.env.get_template(name)
            context = build_context(
                case,
                variant,
                today,
                pseudonym=pseudonym,
                analyser=self.analyser,
                assess=self.assess if variant == "review" else None,
                placeholder=str(self.words.get("redacted", "[Name]")),
            )
            return template.render(context)
        except jinja2.TemplateSyntaxError as err:
            raise TemplateError(
                _template_name(err.filename or err.name), err.lineno, err.message or ""
            ) from err
        except jinja2.TemplateNotFound as err:
            raise PrintError(f"Die Druckvorlage {err.name} fehlt.") from err
        except jinja2.TemplateError as err:
            where, line = _template_frame(err.__traceback__, name)
            raise TemplateError(where, line, str(err)) from err

    def build(
        self, case: Case, variant: str, *, today: date | None = None, pseudonym: str | None = None
    ) -> tuple[bytes, DocumentSpec]:
        """The PDF of `variant` in memory and what the builder made of the markup."""
        fixed_day = today is not None
        today = today or date.today()
        source = self.markup(case, variant, today=today, pseudonym=pseudonym)
        styles = self.styles(variant, case.client.reading_level.value)
        return self.lay_out(
            source,
            styles,
            template_name=f"{variant}{TEMPLATE_SUFFIX}",
            builder=MarkupBuilder(styles, frame_width(styles)),
            fixed_day=fixed_day,
        )

    def lay_out(
        self,
        source: str,
        styles: StyleSet,
        *,
        template_name: str,
        builder: MarkupBuilder,
        fixed_day: bool,
    ) -> tuple[bytes, DocumentSpec]:
        """Rendered markup laid out on A4 with the footer "Seite x von y"; PDF bytes and spec.

        Every document of the program goes through here: plan prints, protocols, caseload.
        """
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate

        from counsel_app.printing.canvas import Footer, numbered_canvas

        geo = styles.geometry
        try:
            spec = builder.build(source)
        except (MarkupError, ValueError) as err:
            raise TemplateError(template_name, None, str(err)) from err
        buffer = BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=geo.margin_left,
            rightMargin=geo.margin_right,
            topMargin=geo.margin_top,
            bottomMargin=geo.margin_bottom,
            title=spec.title,
            author=spec.author,
            subject=spec.subject,
            creator="counsel-app",
            lang=spec.lang,
            displayDocTitle=True,
            initialFontName=self.fonts.regular,
            initialFontSize=styles.body.fontSize,
            invariant=1 if fixed_day else None,
        )
        footer = Footer(
            left=spec.footer_left,
            right=spec.footer_right,
            font=self.fonts.regular,
            size=geo.footer_size,
            margin_left=geo.margin_left,
            margin_right=geo.margin_right,
            baseline=geo.margin_bottom * 0.45,
        )
        doc.build(list(spec.flowables), canvasmaker=numbered_canvas(footer))
        return buffer.getvalue(), spec

    def render_bytes(
        self, case: Case, variant: str, *, today: date | None = None, pseudonym: str | None = None
    ) -> bytes:
        return self.build(case, variant, today=today, pseudonym=pseudonym)[0]

    def render(
        self,
        case: Case,
        variant: str,
        out_path: Path,
        *,
        today: date | None = None,
        pseudonym: str | None = None,
    ) -> Path:
        """Render and write `out_path` atomically (the PDF exists only in memory before)."""
        return write_pdf(
            self.render_bytes(case, variant, today=today, pseudonym=pseudonym), out_path
        )


def write_pdf(data: bytes, out_path: Path) -> Path:
    """Write a PDF atomically; a German `PrintError` naming the file if that fails."""
    out_path = Path(out_path)
    try:
        return write_atomic(out_path, data)
    except OSError as err:
        raise PrintError(
            f"Die Datei {out_path} kann nicht geschrieben werden: {err.strerror or err}"
        ) from err


def frame_width(styles: StyleSet) -> float:
    """Usable line width on A4 in points for a layout's margins."""
    from reportlab.lib.pagesizes import A4

    geo = styles.geometry
    return float(A4[0] - geo.margin_left - geo.margin_right)


def signed(value: int) -> str:
    """A GAS level with its sign and a real minus: `+2`, `0`, `−1`."""
    if value > 0:
        return f"+{value}"
    return f"\u2212{-value}" if value < 0 else "0"


def _template_name(filename: str | None) -> str:
    return Path(filename).name if filename else "?"


def _template_frame(tb: types.TracebackType | None, fallback: str) -> tuple[str, int | None]:
    """The innermost template file and line of a Jinja2 traceback."""
    found: tuple[str, int | None] = (fallback, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".jinja", ".jinja2", ".xml")):
            found = (Path(filename).name, tb.tb_lineno)
        tb = tb.tb_next
    return found


@cache
def default_renderer() -> PdfRenderer:
    """The shared renderer of `render_pdf()`: built on first use, never at import."""
    return PdfRenderer()


def render_pdf(
    case: Case,
    variant: str,
    out_path: Path,
    *,
    today: date | None = None,
    pseudonym: str | None = None,
) -> Path:
    """Print `case` as `variant` (client, official, review, handout) to `out_path`."""
    return default_renderer().render(case, variant, out_path, today=today, pseudonym=pseudonym)
