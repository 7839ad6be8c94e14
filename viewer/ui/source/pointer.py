"""The pointer over the source text: a click on a supporting sentence selects its event, the
pointer turns to a hand there, and a tooltip names the events it supports."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip

from viewer.core.evidence_index import SupportSegment
from viewer.ui.common.text import shown
from viewer.ui.document import Document


class SupportPointer(QObject):
    """Watches the text's viewport. `segment_at` finds the supporting stretch under a point,
    `clicked` is told of a click (not a drag, not a selection), `resized` of a new size."""

    def __init__(
        self,
        text: QPlainTextEdit,
        document: Document,
        segment_at: Callable[[QPoint], SupportSegment | None],
        clicked: Callable[[QPoint], None],
        resized: Callable[[], None],
    ) -> None:
        # a child of the viewport it watches, so that it goes before the text does
        self._viewport = text.viewport()
        super().__init__(self._viewport)
        self._text = text
        self._document = document
        self._segment_at = segment_at
        self._clicked = clicked
        self._resized = resized
        self._press_pos: QPoint | None = None
        self._viewport.installEventFilter(self)

    def tooltip(self, segment: SupportSegment) -> str:
        """The events a stretch supports, and what a click does."""
        events = self._document.timeline.events_by_id
        lang = self._document.language
        titles = [shown(events[e].title.get(lang) or e) for e in segment.event_ids if e in events]
        lines = [self.tr("Supports:"), *titles]
        lines.append(
            self.tr("Click to select the event")
            if len(titles) < 2
            else self.tr("Click to select; click again for the next event")
        )
        return "<br>".join(html.escape(line) for line in lines)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Clicks, pointer shape and tooltips over supporting sentences."""
        if watched is not self._viewport:
            return False
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self._resized()
        elif kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._press_pos = event.position().toPoint()
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            pos, pressed, self._press_pos = event.position().toPoint(), self._press_pos, None
            # A drag selects text; only a click (no movement, no selection) selects an event.
            if (
                event.button() == Qt.MouseButton.LeftButton
                and pressed is not None
                and (pos - pressed).manhattanLength() < QApplication.startDragDistance()
                and not self._text.textCursor().hasSelection()
            ):
                self._clicked(pos)
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            if event.buttons() == Qt.MouseButton.NoButton:
                over = self._segment_at(event.position().toPoint()) is not None
                shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
                self._viewport.setCursor(shape)
        elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            segment = self._segment_at(event.pos())
            if segment is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(segment), self._viewport)
            return True
        return False
