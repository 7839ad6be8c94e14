"""A plain-text label that wraps inside long words too, so nothing is cut off or widens a dock."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """`base` scaled by `factor`, in points or pixels as `base` is given."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Break plain text into lines no wider than `width`, inside words when they are too long."""
    if not text:
        return []
    # QTextLayout knows line separators, not "\n".
    shown = text.replace("\r\n", "\n").replace("\n", "\u2028")
    units = shown.encode("utf-16-le")  # QTextLayout positions count UTF-16 units

    def piece(start: int, end: int | None = None) -> str:
        chunk = units[2 * start :] if end is None else units[2 * start : 2 * end]
        return chunk.decode("utf-16-le", errors="replace")

    layout = QTextLayout(shown, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(1.0, width))
        start = line.textStart()
        if max_lines and len(lines) == max_lines - 1:
            rest = piece(start).replace("\u2028", " ")
            metrics = QFontMetricsF(font)
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, max(1.0, width)))
            break
        lines.append(piece(start, start + line.textLength()).rstrip("\u2028"))
    layout.endLayout()
    return lines


_WIDTHS_KEPT = 8  # a window dragged wider asks for many widths; only the latest few are kept


class TextLabel(QLabel):
    """A plain-text label that also breaks words too long for its width, so nothing is cut off.

    QLabel wraps only at word boundaries, so one long URL would widen the whole panel. With
    `max_lines` the text stops after that many lines, the last one elided.
    """

    def __init__(self, parent: QWidget | None = None, max_lines: int = 0) -> None:
        super().__init__(parent)
        self._max_lines = max_lines
        # the lines at each width asked for, of one text: a layout asks for three or four
        # widths (the hint's, the minimum's, its own) each time it looks at the label
        self._cached_text = ""
        self._cache: dict[tuple[int, str], list[str]] = {}
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # so that QLabel tells layouts its height depends on its width

    def shown_lines(self, width: int | None = None) -> list[str]:
        """The lines as drawn at `width` (the label's own width by default)."""
        margins = self.contentsMargins()
        inner = (
            self.contentsRect().width()
            if width is None
            else (width - margins.left() - margins.right())
        )
        text, font = self.text(), self.font()
        if text != self._cached_text or len(self._cache) > _WIDTHS_KEPT:
            self._cached_text, self._cache = text, {}
        key = (inner, font.key())
        lines = self._cache.get(key)
        if lines is None:
            lines = self._cache[key] = wrap_lines(text, font, inner, self._max_lines)
        return lines

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        lines = len(self.shown_lines(width))
        spacing = QFontMetricsF(self.font()).lineSpacing()
        return math.ceil(lines * spacing) + margins.top() + margins.bottom()

    def _width_hint(self, chars: int) -> int:
        metrics = QFontMetricsF(self.font())
        natural = max(
            (metrics.horizontalAdvance(part) for part in self.text().splitlines()), default=0.0
        )
        margins = self.contentsMargins()
        return (
            math.ceil(min(natural, chars * metrics.averageCharWidth()))
            + margins.left()
            + (margins.right())
        )

    def sizeHint(self) -> QSize:
        width = self._width_hint(40)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # One line high: the layout asks heightForWidth for the real height.
        return QSize(self._width_hint(4), self.heightForWidth(1 << 16))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        metrics = QFontMetricsF(self.font())
        rect = self.contentsRect()
        y = rect.top() + metrics.ascent()
        for line in self.shown_lines():
            painter.drawText(QPointF(rect.left(), y), line)
            y += metrics.lineSpacing()
