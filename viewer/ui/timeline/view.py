"""The timeline as the user drives it: click, drag, wheel, pinch, keys and tooltips."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from viewer.core.layout import ClusterBox
from viewer.ui.common.shortcuts import timeline_key
from viewer.ui.document import Document
from viewer.ui.timeline.canvas import TimelineCanvas
from viewer.ui.timeline.drag import Press
from viewer.ui.timeline.popups import period_tooltip, tooltip_html, undated_menu

ZOOM_STEP = 1.25


class TimelineView(TimelineCanvas):
    """Click selects, drag pans or moves an event to another date, Ctrl+wheel and pinch zoom at
    the pointer, keys step through events; double-click and Enter ask to edit."""

    activated = Signal(str)  # Enter or double-click on an event
    event_moved = Signal(str, int)  # an event was dragged by a number of whole days
    context_requested = Signal(str, float, QPoint)  # event id or "", day, global position

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._press: Press | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)

    def _move_ghost(self) -> tuple[QRectF, str] | None:
        """Where the event being dragged would land, and the date it would get."""
        press = self._press
        if press is None or press.moving is None or not press.dragging:
            return None
        event = self._document.timeline.events[press.moving]
        rect = self.event_rect(event.id)
        px = self._ensure_viewport().px_per_day
        label = press.date_label(event, px, self.language(), self.scale, self._start_of(press))
        return (rect.translated(press.dx, 0), label) if rect and label else None

    # -- input -----------------------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._show_tooltip(event)
            return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom(1.0 + event.value(), event.position().x())
            return True
        return super().viewportEvent(event)

    def _show_tooltip(self, event: QEvent) -> None:
        hit = self._hit(QPointF(event.pos()))
        if hit is not None and hit[0] == "cluster":
            count = hit[1].count  # type: ignore[attr-defined]
            text = html.escape(self.tr("%n event(s) here: click to zoom in", "", count))
        else:
            text = tooltip_html(hit, self._document.timeline, self._document.language)
        period = None if hit is not None else self.period_at(QPointF(event.pos()))
        if period is not None:
            text = period_tooltip(period, self._document.language)
        if text:
            QToolTip.showText(event.globalPos(), text, self.viewport())
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self._hit(event.position())
            on_dated_event = hit is not None and hit[0] == "event" and self._is_dated(hit[1])
            self._press = Press(
                event.position(),
                self._ensure_viewport(),
                self.verticalScrollBar().value(),
                hit[1] if on_dated_event else None,
            )
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is not None and press.drag_to(event.position()):
            if press.moving is not None:  # dragging an event changes its date
                self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
                self.viewport().update()
            else:
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                view, scroll = press.panned(event.position())
                self._set_viewport(view)
                self.verticalScrollBar().setValue(scroll)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if event.button() == Qt.MouseButton.LeftButton and press is not None:
            self._press = None
            if not press.dragging:
                self._click(event.position())
            elif press.moving is not None:
                px = self._ensure_viewport().px_per_day
                days = press.days(px, self.scale, self._start_of(press))
                if days:
                    self.event_moved.emit(self._document.timeline.events[press.moving].id, days)
            self.viewport().unsetCursor()
            self.viewport().update()
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        point = QPointF(event.pos())
        hit = self._hit(point)
        event_id = ""
        if hit and hit[0] == "event":
            self._select_index(hit[1])
            event_id = self._document.selected_event_id
        day = self.scale.day(self._ensure_viewport().day(point.x()))
        self.context_requested.emit(event_id, day, event.globalPos())

    def px_per_day_at(self, day: float) -> float:
        """The zoom around `day`: on a story axis it changes along the axis."""
        return self._ensure_viewport().px_per_day * self.scale.stretch(day)

    def _start_of(self, press: Press) -> float:
        span = self._shown.span(press.moving) if self._shown and press.moving is not None else None
        return span.start if span is not None else 0.0

    def _is_dated(self, index: int) -> bool:
        return self._shown is not None and self._shown.is_dated(index)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit and hit[0] == "event":
            self._select_index(hit[1])
            self.activated.emit(self._document.selected_event_id)

    def _click(self, point: QPointF) -> None:
        hit = self._hit(point)
        if not hit:
            return
        kind, payload = hit
        if kind == "event":
            self._select_index(payload)
        elif kind == "cluster":
            cluster: ClusterBox = payload
            margin = (cluster.day_hi - cluster.day_lo) * 0.1  # positions on the time axis
            self._show(cluster.day_lo - margin, cluster.day_hi + margin)
        elif kind == "more":
            self._show_more_undated(point)

    def _show_more_undated(self, point: QPointF) -> None:
        shown = {chip.index for chip in self._chips}
        hidden = [i for i in (self._bands.undated if self._bands else ()) if i not in shown]
        doc = self._document
        menu = undated_menu(self, doc.timeline, hidden, doc.language, self._select_index)
        menu.popup(self.viewport().mapToGlobal(point.toPoint()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120
            self.zoom(ZOOM_STEP**steps, event.position().x())
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier or delta.x():
            pixels = delta.x() or delta.y()
            self._set_viewport(self._ensure_viewport().panned(-pixels))
        elif self.verticalScrollBar().maximum() > 0:
            super().wheelEvent(event)
            return
        else:
            self._set_viewport(self._ensure_viewport().panned(-delta.y()))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        selected = self._document.selected_event_id
        actions = {
            "zoom-in": lambda: self.zoom(ZOOM_STEP),
            "zoom-out": lambda: self.zoom(1 / ZOOM_STEP),
            "previous-event": lambda: self.select_relative(-1),
            "next-event": lambda: self.select_relative(1),
            "first-event": lambda: self.select_edge(last=False),
            "last-event": lambda: self.select_edge(last=True),
            "open-event": lambda: selected and self.activated.emit(selected),
        }
        action = actions.get(timeline_key(event.key()))
        if action is None:
            super().keyPressEvent(event)
        else:
            action()
