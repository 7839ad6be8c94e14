"""The timeline as drawn, into a file: SVG and PDF as vectors, PNG as pixels. The same canvas
and paint code as the window, over the chosen span of time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
)
from PySide6.QtWidgets import QAbstractScrollArea

from viewer.core.writer import write_atomically
from viewer.ui.document import Document
from viewer.ui.timeline.canvas import TimelineCanvas

DRAWN_SUFFIXES = {"svg": ".svg", "pdf": ".pdf", "png": ".png"}
MAX_SIDE = 20_000  # pixels: a wider drawing is refused rather than allocated


class _PathText:
    """A QPainter whose text is drawn as outlines: an SVG then shows Korean where no Korean
    font is installed (SVG text would need the font on the reader's machine)."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter

    def __getattr__(self, name: str) -> Any:
        return getattr(self._painter, name)

    def drawText(self, *args: Any) -> None:  # QPainter's name, so paint code calls it
        painter = self._painter
        metrics = QFontMetricsF(painter.font())
        if len(args) == 2:  # (point, text): the point is on the baseline
            point, text = QPointF(args[0]), str(args[1])
            origin = point
        else:
            rect, flags, text = QRectF(args[0]), int(args[1]), str(args[2])
            origin = _aligned(rect, flags, text, metrics)
        path = QPainterPath()
        path.addText(origin, painter.font(), text)
        painter.fillPath(path, painter.pen().brush())


Style = tuple[str, str, bool]  # grouping, colour mode, story axis: as the window shows them


def _aligned(rect: QRectF, flags: int, text: str, metrics: QFontMetricsF) -> QPointF:
    """The baseline origin of one line of `text` placed in `rect` as `flags` say."""
    width = metrics.horizontalAdvance(text)
    x = rect.left()
    if flags & Qt.AlignmentFlag.AlignRight:
        x = rect.right() - width
    elif flags & Qt.AlignmentFlag.AlignHCenter:
        x = rect.center().x() - width / 2
    y = rect.top() + metrics.ascent()
    if flags & Qt.AlignmentFlag.AlignBottom:
        y = rect.bottom() - metrics.descent()
    elif flags & Qt.AlignmentFlag.AlignVCenter:
        y = rect.center().y() - (metrics.ascent() + metrics.descent()) / 2 + metrics.ascent()
    return QPointF(x, y)


def drawn_canvas(
    document: Document,
    width: int,
    height: int,
    days: tuple[float, float] | None,
    style: Style = ("none", "kind", False),
) -> TimelineCanvas:
    """A canvas never shown, laid out at this size over `days` (None: all of it), grouped,
    coloured and on the time axis as `style` (grouping, colour mode, story axis) says."""
    canvas = TimelineCanvas(document)
    canvas.set_grouping(style[0])
    canvas.set_colour_mode(style[1])
    canvas.set_story_axis(style[2])
    canvas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    canvas.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    canvas.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
    canvas.resize(width, height)
    canvas.viewport().resize(width, height)  # it is never shown, so lay it out here
    if days is None:
        canvas.fit_all()
    else:
        canvas.set_view_range(*days)
    return canvas


def draw_timeline(
    document: Document,
    format: str,
    target: Path,
    *,
    width: int = 1600,
    height: int = 900,
    days: tuple[float, float] | None = None,
    dpi: int = 144,
    style: Style = ("none", "kind", False),
) -> None:
    """Draw the document's timeline over `days` (None: all of it) into `target` as `format`
    ("svg", "pdf" or "png"); the file is replaced whole or not at all."""
    if not (100 <= width <= MAX_SIDE and 100 <= height <= MAX_SIDE):
        raise ValueError(f"the drawing must be 100 to {MAX_SIDE:,} pixels wide and high")
    if not 30 <= dpi <= 1200:
        raise ValueError("--dpi must be between 30 and 1200")
    canvas = drawn_canvas(document, width, height, days, style)
    temp = target.with_name(f".{target.name}.drawing")
    try:
        if format == "svg":
            from PySide6.QtSvg import QSvgGenerator  # loaded when an SVG is asked for

            generator = QSvgGenerator()
            generator.setFileName(str(temp))
            generator.setSize(QSize(width, height))
            generator.setViewBox(QRectF(0, 0, width, height))
            generator.setTitle(document.timeline.title.get(document.language) or "Timeline")
            painter = QPainter(generator)
            canvas.paint_to(_PathText(painter), selection=False)  # type: ignore[arg-type]
            painter.end()
        elif format == "pdf":
            writer = QPdfWriter(str(temp))
            writer.setResolution(96)  # one pixel of the canvas is one PDF pixel at 96 dpi
            size = QPageSize(QSizeF(width * 72 / 96, height * 72 / 96), QPageSize.Unit.Point)
            writer.setPageLayout(
                QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
            )
            writer.setTitle(document.timeline.title.get(document.language) or "Timeline")
            painter = QPainter(writer)
            canvas.paint_to(painter, selection=False)
            painter.end()
        elif format == "png":
            scale = dpi / 96
            image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
            painter = QPainter(image)
            painter.scale(scale, scale)
            canvas.paint_to(painter, selection=False)
            painter.end()
            # set only now: at this resolution while painting, text would outgrow its room
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            if not image.save(str(temp), "PNG"):
                raise OSError(f"could not write {target}")
        else:
            raise ValueError(f"cannot draw as {format}")
        write_atomically(target, temp.read_bytes())
    finally:
        temp.unlink(missing_ok=True)
        canvas.deleteLater()


def paint_page(
    document: Document,
    painter: QPainter,
    page: QRectF,
    days: tuple[float, float],
    style: Style = ("none", "kind", False),
) -> None:
    """The timeline over `days`, scaled to fill the width of `page` (a printer's page)."""
    width = 1600
    height = max(400, round(width * page.height() / max(page.width(), 1)))
    canvas = drawn_canvas(document, width, height, days, style)
    try:
        painter.save()
        painter.translate(page.topLeft())
        painter.scale(page.width() / width, page.width() / width)
        canvas.paint_to(painter, selection=False)
        painter.restore()
    finally:
        canvas.deleteLater()
