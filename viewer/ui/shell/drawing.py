"""The timeline drawn into a file or on paper as the window shows it: its grouping and
colours, which the exchange room cannot see (rooms do not know each other)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from viewer.ui.document import Document
from viewer.ui.timeline.panel import TimelinePanel


class WindowDrawing:
    """Draws with the grouping and colour mode the window's timeline has at the time."""

    def __init__(self, panel: TimelinePanel) -> None:
        self._panel = panel

    def draw_timeline(
        self, document: Document, format: str, target: Path, *, days: tuple[float, float] | None
    ) -> None:
        """Draw into `target` (see timeline.drawing.draw_timeline)."""
        from viewer.ui.timeline import drawing  # loaded when something is drawn

        drawing.draw_timeline(document, format, target, days=days, style=self._style())

    def paint_page(
        self, document: Document, painter: QPainter, page: QRectF, days: tuple[float, float]
    ) -> None:
        """Paint one printed page (see timeline.drawing.paint_page)."""
        from viewer.ui.timeline import drawing

        drawing.paint_page(document, painter, page, days, self._style())

    def _style(self) -> tuple[str, str, bool]:
        panel = self._panel
        return (panel.grouping(), panel.colour_mode(), panel.story_axis())
