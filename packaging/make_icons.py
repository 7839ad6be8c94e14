"""Render the application icon's PNG sizes from its SVG.

    python packaging/make_icons.py

Writes resources/icons/app/timeline-viewer-SIZE.png for the sizes desktops ask for
(freedesktop's hicolor theme, Windows and macOS icon sets); run it after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FOLDER = ROOT / "resources" / "icons" / "app"


def main() -> None:
    """Render every size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from viewer.ui.common.icons import APP_ICON_SIZES

    QGuiApplication([])
    renderer = QSvgRenderer(str(FOLDER / "timeline-viewer.svg"))
    for size in APP_ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(FOLDER / f"timeline-viewer-{size}.png"))
        print(FOLDER / f"timeline-viewer-{size}.png")


if __name__ == "__main__":
    main()
