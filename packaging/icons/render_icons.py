"""Render counsel-app.svg to the PNG sizes desktops want and to a Windows .ico.

    .venv/bin/python packaging/icons/render_icons.py

Writes packaging/icons/png/counsel-app-{16,32,48,64,128,256}.png and
packaging/icons/counsel-app.ico (all sizes in one file). Uses PySide6's QSvgRenderer (the
program depends on PySide6 anyway) and Pillow (installed with reportlab) for the .ico.
At 16 and 32 px the "text lines" inside the back bubble are left out: they would only blur.
The output is committed, so building a package never needs this script.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent.parent / "resources" / "icons" / "counsel-app.svg"  # the app uses it too
SIZES = (16, 32, 48, 64, 128, 256)
SMALL = 32  # up to this size the text lines are dropped


def svg_for(size: int) -> bytes:
    text = SOURCE.read_text(encoding="utf-8")
    if size <= SMALL:
        text = re.sub(r'<g id="text-lines".*?</g>', "", text, flags=re.DOTALL)
    return text.encode("utf-8")


def render(size: int, out: Path) -> None:
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg_for(size)))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    png_dir = HERE / "png"
    png_dir.mkdir(exist_ok=True)
    paths = []
    for size in SIZES:
        out = png_dir / f"counsel-app-{size}.png"
        render(size, out)
        paths.append(out)
        print(out.relative_to(HERE.parent.parent))

    from PIL import Image

    images = [Image.open(p) for p in paths]
    ico = HERE / "counsel-app.ico"
    images[-1].save(ico, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(ico.relative_to(HERE.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
