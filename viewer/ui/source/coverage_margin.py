"""A strip left of the source text marking the dated sentences no event cites yet."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from viewer.core.anchoring import SourceText
from viewer.core.coverage import Coverage

WIDTH = 8
_MARK_COLOUR = QColor(230, 120, 20)


class CoverageMargin(QWidget):
    """Paints a bar beside each unsupported dated sentence on screen, and only those."""

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self.setObjectName("coverageMargin")
        self._edit = edit
        self._text: SourceText | None = None
        self._coverage: Coverage | None = None
        self._starts: list[int] = []
        self._tooltip = ""
        edit.updateRequest.connect(self._follow)
        self.setMouseTracking(True)
        # The margin is always there: changing it would lay a long text out again.
        edit.setViewportMargins(WIDTH, 0, 0, 0)
        self.place()

    def show_coverage(self, text: SourceText | None, coverage: Coverage | None) -> None:
        """Mark `coverage`'s unsupported sentences of `text` (None clears the marks)."""
        self._text, self._coverage = text, coverage
        self._starts = [start for start, _ in coverage.unsupported] if coverage else []
        self.update()

    @property
    def coverage(self) -> Coverage | None:
        """What the marks show (None until the dated sentences were found)."""
        return self._coverage

    def set_tooltip(self, text: str) -> None:
        """What hovering a mark says."""
        self._tooltip = text

    def sizeHint(self) -> QSize:
        """As wide as the margin."""
        return QSize(WIDTH, 0)

    def marked_rects(self) -> list[QRect]:
        """Where the marks on screen are (the visible unsupported sentences)."""
        if self._text is None or self._coverage is None:
            return []
        text, edit = self._text, self._edit
        viewport = edit.viewport().rect()
        first = text.from_utf16_offset(edit.cursorForPosition(viewport.topLeft()).position())
        last = text.from_utf16_offset(edit.cursorForPosition(viewport.bottomRight()).position())
        rects = []
        spans = self._coverage.unsupported
        # a sentence starting above the view may reach into it: begin one earlier
        for start, end in spans[max(0, bisect_left(self._starts, first) - 1) :]:
            if start > last:
                break
            top = edit.cursorRect(self._cursor(start)).top()
            bottom = edit.cursorRect(self._cursor(end)).bottom()
            if bottom >= 0 and top <= viewport.bottom():
                rects.append(QRect(2, top, WIDTH - 4, max(bottom - top, 4)))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the marks that intersect the area to repaint."""
        painter = QPainter(self)
        for rect in self.marked_rects():
            if rect.intersects(event.rect()):
                painter.fillRect(rect, _MARK_COLOUR)
        painter.end()

    def event(self, event: QEvent) -> bool:
        """Explain a mark when the pointer rests on it."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            over = any(
                rect.adjusted(-2, 0, 2, 0).contains(event.pos()) for rect in self.marked_rects()
            )
            if over and self._tooltip:
                QToolTip.showText(event.globalPos(), self._tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _cursor(self, offset: int) -> QTextCursor:
        cursor = QTextCursor(self._edit.document())
        assert self._text is not None
        cursor.setPosition(
            min(self._text.utf16_offset(offset), self._edit.document().characterCount() - 1)
        )
        return cursor

    def place(self) -> None:
        """Stand over the left margin of the text, its full height."""
        contents = self._edit.contentsRect()
        self.setGeometry(QRect(contents.left(), contents.top(), WIDTH, contents.height()))

    def _follow(self, rect: QRect, dy: int) -> None:
        if dy:
            self.scroll(0, dy)
        else:
            self.update(0, rect.y(), self.width(), rect.height())
        if rect.contains(self._edit.viewport().rect()):
            self.place()
