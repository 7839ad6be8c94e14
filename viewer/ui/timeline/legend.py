"""The colour legend above the timeline: swatches with labels that share one row's width."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

SWATCH = 11
SWATCH_GAP = 5  # between a swatch and its label
ENTRY_GAP = 12  # between one entry and the next
MAX_LABEL = 160  # px; a longer label is elided even when there is room


def label_widths(natural: list[float], available: float) -> list[float]:
    """Each label's width when they must share `available` pixels: the shortest keep their
    whole width and the longest are cut to one common width (none below zero)."""
    if sum(natural) <= available:
        return list(natural)
    remaining = max(available, 0.0)
    cap = 0.0
    for count_left, width in zip(range(len(natural), 0, -1), sorted(natural), strict=True):
        if width * count_left > remaining:
            cap = remaining / count_left
            break
        remaining -= width
    return [min(width, cap) for width in natural]


class LegendBar(QWidget):
    """What the colours mean, in one row; labels are elided when the row is narrow and shown in
    full in the tooltip, so the legend never widens the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._entries: list[tuple[QColor, str]] = []

    def set_entries(self, entries: list[tuple[QColor, str]]) -> None:
        """Show these (colour, label) pairs, in order."""
        self._entries = list(entries)
        self.setAccessibleDescription(", ".join(text for _, text in self._entries))
        self.updateGeometry()
        self.update()

    def entries(self) -> list[tuple[QColor, str]]:
        """The (colour, label) pairs shown."""
        return list(self._entries)

    def shown_labels(self) -> list[str]:
        """The labels as drawn at the current width (elided where the row is short)."""
        return [text for _, text, _ in self.placed_entries()]

    def placed_entries(self) -> list[tuple[QColor, str, float]]:
        """Each entry's colour, elided label and left edge at the current width."""
        metrics = self.fontMetrics()
        widths = label_widths(self._natural_widths(), self.width() - self._fixed_width())
        placed = []
        x = 0.0
        for (colour, text), width in zip(self._entries, widths, strict=True):
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
            placed.append((colour, shown, x))
            x += SWATCH + SWATCH_GAP + width + ENTRY_GAP
        return placed

    # -- Qt overrides ----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        natural = sum(self._natural_widths())
        return QSize(int(natural + self._fixed_width()) + 1, self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(int(self._fixed_width()) + 1, self._row_height())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            lines = [html.escape(text) for _, text in self._entries]
            if lines:
                QToolTip.showText(event.globalPos(), "<br>".join(lines), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        qp = QPainter(self)
        qp.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = (self.height() - SWATCH) / 2
        for colour, text, x in self.placed_entries():
            qp.setPen(colour.darker(130))
            qp.setBrush(colour)
            qp.drawRoundedRect(QRectF(x + 0.5, top, SWATCH, SWATCH), 3, 3)
            qp.setPen(self.palette().windowText().color())
            text_x = x + SWATCH + SWATCH_GAP
            qp.drawText(
                QRectF(text_x, 0, self.width() - text_x, self.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        qp.end()

    # -- helpers ---------------------------------------------------------------------------------
    def _natural_widths(self) -> list[float]:
        metrics = self.fontMetrics()
        return [min(metrics.horizontalAdvance(text) + 1, MAX_LABEL) for _, text in self._entries]

    def _fixed_width(self) -> float:
        """Swatches and gaps: what the row takes with every label elided away."""
        count = len(self._entries)
        return count * (SWATCH + SWATCH_GAP) + max(count - 1, 0) * ENTRY_GAP

    def _row_height(self) -> int:
        return max(self.fontMetrics().height(), SWATCH) + 4
