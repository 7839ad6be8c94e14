"""One evidence entry in the Details panel: its source's title, the quote and what the source
says differently, clickable."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QStyle, QStyleOptionFocusRect, QVBoxLayout, QWidget

from viewer.ui.common.agreement_text import dispute_colour
from viewer.ui.common.text_label import TextLabel, scaled_font

QUOTE_LINES = 3  # a longer quote is elided; its tooltip holds all of it


class EvidenceRow(QFrame):
    """One evidence entry: its source's title and the quote; clicking it reads that entry."""

    clicked = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self.setObjectName("detailsEvidenceRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._source = TextLabel(self)
        self._source.setFont(scaled_font(self.font(), 0.9, bold=True))
        self._quote = TextLabel(self, max_lines=QUOTE_LINES)
        self._claim = TextLabel(self)  # what this source says differently
        self._claim.setObjectName("detailsEvidenceClaim")
        self._claim.setFont(scaled_font(self.font(), 0.9))
        palette = self._claim.palette()
        palette.setColor(QPalette.ColorRole.WindowText, dispute_colour())
        self._claim.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self._source)
        layout.addWidget(self._quote)
        layout.addWidget(self._claim)
        self.set_current(False)

    def show_evidence(self, source_title: str, quote: str, claim: str = "") -> None:
        """Show one entry; the tooltip holds the whole quote, escaped since tooltips are rich."""
        self._source.setText(source_title)
        self._quote.setText(quote)
        self._claim.setText(claim)
        self._claim.setVisible(bool(claim))
        tip = f"<p><b>{html.escape(source_title)}</b></p><p>{html.escape(quote)}</p>"
        if claim:
            tip += f"<p><i>{html.escape(claim)}</i></p>"
        self.setToolTip(tip)
        self.setAccessibleName(f"{source_title}: {quote}" + (f" ({claim})" if claim else ""))

    def claim(self) -> str:
        """What the row says this source says differently ("" for nothing)."""
        return self._claim.text() if not self._claim.isHidden() else ""

    def set_current(self, current: bool) -> None:
        """Highlight the entry being read, in the palette's selection colours."""
        self.setProperty("current", current)
        self.setAutoFillBackground(current)
        self.setBackgroundRole(
            QPalette.ColorRole.Highlight if current else QPalette.ColorRole.Window
        )
        text_role = QPalette.ColorRole.HighlightedText if current else QPalette.ColorRole.WindowText
        for label in (self._source, self._quote, self._claim):
            label.setForegroundRole(text_role)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(self._index)
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self._index)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # a frame has no focus indicator of its own
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(2, 2, -2, -2)
            painter = QPainter(self)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
