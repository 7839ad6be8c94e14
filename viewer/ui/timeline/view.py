"""The painted, zoomable timeline: axis, undated strip and bands of packed events."""

from __future__ import annotations

import html
from bisect import bisect_left

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QToolTip, QWidget

from viewer.core.bands import Bands, SpanTable, build_bands, span_table
from viewer.core.changes import Change
from viewer.core.layout import ClusterBox, EventBox, Span
from viewer.core.viewport import Viewport, zoom_limits
from viewer.ui.common.shortcuts import timeline_key
from viewer.ui.common.vocabulary import undated
from viewer.ui.document import Document
from viewer.ui.timeline import painter
from viewer.ui.timeline.geometry import (
    Chip,
    Frame,
    Hit,
    PlacedBand,
    box_rect,
    hit_test,
    place_bands,
    place_chips,
)
from viewer.ui.timeline.style import LANE_HEIGHT

ZOOM_STEP = 1.25
DRAG_THRESHOLD = 4


class TimelineView(QAbstractScrollArea):
    """Shows the document's events over time; click, keys, wheel, drag and pinch navigate."""

    viewport_changed = Signal()
    layout_rebuilt = Signal()  # the data, filter or grouping changed
    activated = Signal(str)  # Enter or double-click on an event
    event_moved = Signal(str, int)  # an event was dragged by a number of whole days
    context_requested = Signal(str, float, QPoint)  # event id or "", day, global position

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self._document = document
        self._grouping = "none"
        self._colour_mode = "kind"
        self._bands: Bands | None = None
        self._table: SpanTable | None = None
        self._bands_cache: dict[tuple[str, frozenset[str] | None], Bands] = {}
        self._order_position: dict[str, int] | None = None
        self._order_starts: list[float] = []
        self._viewport: Viewport | None = None
        self._placed: list[PlacedBand] | None = None
        self._chips: list[Chip] = []
        self._label_widths: dict[int, float] = {}
        self._press: QPointF | None = None
        self._press_start: Viewport | None = None
        self._press_scroll = 0
        self._dragging = False
        self._moving: int | None = None  # index of the event being dragged to a new date
        self._move_dx = 0.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setMinimumSize(320, 200)
        self.horizontalScrollBar().valueChanged.connect(self._horizontal_scrolled)
        self.verticalScrollBar().valueChanged.connect(self._invalidate_layout)
        document.timeline_changed.connect(self._timeline_changed)
        document.filter_changed.connect(self._rebuild)
        document.selection_changed.connect(self._selection_changed)
        document.language_changed.connect(self._language_changed)
        self._rebuild()

    # -- intent --------------------------------------------------------------------------------
    @property
    def grouping(self) -> str:
        """How events are split into swimlanes: none, actor, source, tag or kind."""
        return self._grouping

    def set_grouping(self, grouping: str) -> None:
        """Split events into swimlanes by `grouping`."""
        if grouping != self._grouping:
            self._grouping = grouping
            self._rebuild()

    @property
    def colour_mode(self) -> str:
        """What colours mean: kind or source."""
        return self._colour_mode

    def set_colour_mode(self, mode: str) -> None:
        """Colour events by kind or by source."""
        self._colour_mode = mode
        self.viewport().update()

    def time_bounds(self) -> tuple[float, float]:
        """The whole range of the timeline in days."""
        return self._bands.bounds if self._bands else (0.0, 1.0)

    def current_viewport(self) -> Viewport:
        """The visible time range."""
        return self._ensure_viewport()

    def view_range(self) -> tuple[float, float]:
        """The first and last visible day."""
        view = self._ensure_viewport()
        return view.start, view.end

    def set_view_range(self, start: float, end: float) -> None:
        """Show the days from `start` to `end`, within the zoom limits."""
        width = max(self.viewport().width(), 1)
        self._set_viewport(Viewport.showing(start, end, width, self.time_bounds()))

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by `factor` keeping the time under `anchor_x` (default: the centre) in place."""
        view = self._ensure_viewport()
        anchor = view.width / 2 if anchor_x is None else anchor_x
        self._set_viewport(view.zoomed(factor, anchor, self._zoom_limits()))

    def fit_all(self) -> None:
        """Show the whole timeline."""
        self.set_view_range(*self.time_bounds())

    def zoom_to_selection(self) -> None:
        """Fit the selected event's dates into the view, with a margin."""
        span = self._selected_span()
        if span is not None:
            margin = max((span.end - span.start) * 0.4, 2.0)
            self.set_view_range(span.start - margin, span.end + margin)

    def select_relative(self, step: int) -> None:
        """Select the previous (-1) or next (+1) event in time."""
        order = self._bands.order if self._bands else ()
        if not order:
            return
        position = self._position_in_order(self._document.selected_event_id)
        if position is None:
            centre = self._ensure_viewport().day(self._ensure_viewport().width / 2)
            position = bisect_left(self._order_starts, centre) - (step > 0)
        position = min(max(position + step, 0), len(order) - 1)
        self._select_index(order[position].index)

    def select_edge(self, last: bool) -> None:
        """Select the first or the last event in time."""
        if self._bands and self._bands.order:
            self._select_index(self._bands.order[-1 if last else 0].index)

    def language(self) -> str:
        """The language labels are shown in."""
        return self._document.language

    def density(self, lo: float, hi: float, columns: int) -> list[int]:
        """How many shown events start in each of `columns` equal slices of [lo, hi)."""
        step = (hi - lo) / max(columns, 1)
        starts = self._order_starts
        edges = [bisect_left(starts, lo + step * column) for column in range(columns + 1)]
        return [edges[column + 1] - edges[column] for column in range(columns)]

    def band_layouts(self) -> list[PlacedBand]:
        """The placed bands as last laid out (what is on screen), for hit tests and tests."""
        return self._ensure_layout()

    def event_rect(self, event_id: str) -> QRectF | None:
        """Where an event is drawn in viewport coordinates, if it is visible."""
        for placed, box in self._visible_boxes():
            if self._document.timeline.events[box.index].id == event_id:
                return box_rect(box, placed.top, self._frame().label_offset)
        for chip in self._chips:
            if chip.index >= 0 and self._document.timeline.events[chip.index].id == event_id:
                return chip.rect
        return None

    # -- state changes ---------------------------------------------------------------------------
    def _timeline_changed(self, change: Change) -> None:
        if not change.events:
            # names of actors and sources are read when painted: nothing to lay out again
            self.viewport().update()
            return
        self._table = None
        self._bands_cache.clear()
        self._rebuild()

    def _rebuild(self, *_: object) -> None:
        doc = self._document
        first = self._bands is None or not self._bands.order
        if self._table is None:
            self._table = span_table(doc.timeline)
        key = (self._grouping, doc.visible_event_ids())
        bands = self._bands_cache.get(key)
        if bands is None:
            bands = build_bands(doc.timeline, self._table, self._grouping, key[1])
            if len(self._bands_cache) >= 4:  # the unfiltered bands and a few recent filters
                self._bands_cache.pop(next(iter(self._bands_cache)))
            self._bands_cache[key] = bands
        self._bands = bands
        self._order_position = None
        self._order_starts = [span.start for span in bands.order]
        self._label_widths.clear()
        if first or self._viewport is None:
            self._viewport = None
        self._update_scrollbars()
        self._invalidate_layout()
        self.layout_rebuilt.emit()

    def _position_in_order(self, event_id: str) -> int | None:
        if self._order_position is None:
            timeline = self._document.timeline
            self._order_position = {
                timeline.events[span.index].id: position
                for position, span in enumerate(self._bands.order if self._bands else ())
            }
        return self._order_position.get(event_id)

    def _selection_changed(self, event_id: str) -> None:
        span = self._selected_span()
        if span is not None:
            view = self._ensure_viewport()
            if span.end < view.start or span.start > view.end:
                self._set_viewport(
                    view.panned(view.x((span.start + span.end) / 2) - view.width / 2)
                )
        self._invalidate_layout()  # a selection hidden in a cluster is drawn on its own

    def _language_changed(self, _lang: str) -> None:
        self._label_widths.clear()
        self._invalidate_layout()

    def _invalidate_layout(self, *_: object) -> None:
        self._placed = None
        self.viewport().update()

    def _set_viewport(self, view: Viewport) -> None:
        self._viewport = view.clamped(self.time_bounds())
        self._update_scrollbars()
        self._invalidate_layout()
        self.viewport_changed.emit()

    def _ensure_viewport(self) -> Viewport:
        width = max(self.viewport().width(), 1)
        if self._viewport is None:
            self._viewport = Viewport.whole(self.time_bounds(), width)
        else:
            self._viewport = self._viewport.resized(width)
        return self._viewport

    def _zoom_limits(self) -> tuple[float, float]:
        return zoom_limits(self.time_bounds(), max(self.viewport().width(), 1))

    def _update_scrollbars(self) -> None:
        view = self._ensure_viewport()
        lo, hi = self.time_bounds()
        total = int((hi - lo) * view.px_per_day)
        bar = self.horizontalScrollBar()
        bar.blockSignals(True)
        bar.setRange(0, max(0, total - int(view.width)))
        bar.setPageStep(int(view.width))
        bar.setSingleStep(max(int(view.width / 20), 1))
        bar.setValue(int((view.start - lo) * view.px_per_day))
        bar.blockSignals(False)
        content = self._frame().content_height(self._bands)
        available = self.viewport().height() - self._frame().bands_top
        vertical = self.verticalScrollBar()
        vertical.setRange(0, max(0, content - available))
        vertical.setPageStep(max(available, 1))
        vertical.setSingleStep(LANE_HEIGHT)

    def _horizontal_scrolled(self, value: int) -> None:
        view = self._ensure_viewport()
        lo, _ = self.time_bounds()
        self._viewport = Viewport(lo + value / view.px_per_day, view.px_per_day, view.width)
        self._invalidate_layout()
        self.viewport_changed.emit()

    # -- layout ----------------------------------------------------------------------------------
    def _frame(self) -> Frame:
        return Frame.of(self._bands, self._grouping != "none", self.viewport().height())

    def _label_width(self, index: int) -> float:
        width = self._label_widths.get(index)
        if width is None:
            title = self._document.timeline.events[index].title.get(self._document.language)
            width = QFontMetricsF(self.font()).horizontalAdvance(title) + 2
            self._label_widths[index] = width
        return width

    def _more_width(self, count: int) -> float:
        return QFontMetricsF(self.font()).horizontalAdvance(self.tr("+%n more", "", count))

    def _ensure_layout(self) -> list[PlacedBand]:
        if self._placed is None:
            self._placed = place_bands(
                self._bands, self._frame(), self._ensure_viewport(),
                self.verticalScrollBar().value(), self.viewport().height(), self._label_width,
                self._selected_span(),
            )  # fmt: skip
            undated = self._bands.undated if self._bands else ()
            right = self.viewport().width() - 8
            self._chips = place_chips(undated, right, self._label_width, self._more_width)
        return self._placed

    def _visible_boxes(self) -> list[tuple[PlacedBand, EventBox]]:
        return [(placed, box) for placed in self._ensure_layout() for box in placed.layout.boxes]

    def _selected_span(self) -> Span | None:
        position = self._position_in_order(self._document.selected_event_id)
        return None if position is None or self._bands is None else self._bands.order[position]

    def _select_index(self, index: int) -> None:
        self._document.select_event(self._document.timeline.events[index].id)

    def _hit(self, point: QPointF) -> Hit | None:
        return hit_test(point, self._ensure_layout(), self._chips, self._frame())

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QEvent) -> None:
        qp = QPainter(self.viewport())
        qp.setRenderHint(QPainter.RenderHint.Antialiasing)
        context = painter.PaintContext(
            painter=qp,
            palette=self.palette(),
            font=self.font(),
            width=self.viewport().width(),
            height=self.viewport().height(),
            timeline=self._document.timeline,
            language=self._document.language,
            selected_id=self._document.selected_event_id,
            colour_mode=self._colour_mode,
            label_offset=self._frame().label_offset,
            grouping=self._grouping,
        )
        painter.paint_background(context)
        for placed in self._ensure_layout():
            painter.paint_band(context, placed, self._frame().band_height)
        painter.paint_undated(context, self._chips, len(self._bands.undated) if self._bands else 0)
        if self._moving is not None and self._dragging:
            self._paint_move_ghost(context)
        painter.paint_axis(context, self._ensure_viewport())
        qp.end()

    def _paint_move_ghost(self, context: painter.PaintContext) -> None:
        event = self._document.timeline.events[self._moving]
        rect = self.event_rect(event.id)
        if rect is None or event.edtf is None:
            return
        try:
            label = event.edtf.shifted(self.drag_days()).render(self._document.language)
        except ValueError:
            return
        painter.paint_ghost(context, rect.translated(self._move_dx, 0), label)

    # -- input -----------------------------------------------------------------------------------
    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        if self._viewport is not None:
            self._set_viewport(self._ensure_viewport())
        self._update_scrollbars()
        self._invalidate_layout()

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
        text = ""
        if hit and hit[0] == "event":
            timeline_event = self._document.timeline.events[hit[1]]
            lang = self._document.language
            date = timeline_event.edtf.render(lang) if timeline_event.edtf else undated()
            text = f"<b>{html.escape(date)}</b><br>{html.escape(timeline_event.title.get(lang))}"
        elif hit and hit[0] == "cluster":
            text = html.escape(self.tr("%n events here: click to zoom in", "", hit[1].count))
        elif hit and hit[0] == "more":
            text = html.escape(self.tr("Show the other undated events"))
        if text:
            QToolTip.showText(event.globalPos(), text, self.viewport())
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_start = self._ensure_viewport()
            self._press_scroll = self.verticalScrollBar().value()
            self._dragging = False
            hit = self._hit(event.position())
            on_dated_event = hit is not None and hit[0] == "event" and self._is_dated(hit[1])
            self._moving = hit[1] if on_dated_event else None
            self._move_dx = 0.0
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and self._press_start is not None:
            delta = event.position() - self._press
            if self._dragging or delta.manhattanLength() > DRAG_THRESHOLD:
                self._dragging = True
                if self._moving is not None:  # dragging an event changes its date
                    self._move_dx = delta.x()
                    self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
                    self.viewport().update()
                else:
                    self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                    self._set_viewport(self._press_start.panned(-delta.x()))
                    self.verticalScrollBar().setValue(int(self._press_scroll - delta.y()))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                self._click(event.position())
            elif self._moving is not None:
                days = self.drag_days()
                if days:
                    self.event_moved.emit(self._document.timeline.events[self._moving].id, days)
            self._press = None
            self._dragging = False
            self._moving = None
            self._move_dx = 0.0
            self.viewport().unsetCursor()
            self.viewport().update()
        super().mouseReleaseEvent(event)

    def drag_days(self) -> int:
        """Whole days the event being dragged has moved so far."""
        return round(self._move_dx / self._ensure_viewport().px_per_day)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        point = QPointF(event.pos())
        hit = self._hit(point)
        event_id = ""
        if hit and hit[0] == "event":
            self._select_index(hit[1])
            event_id = self._document.selected_event_id
        view = self._ensure_viewport()
        self.context_requested.emit(event_id, view.day(point.x()), event.globalPos())

    def _is_dated(self, index: int) -> bool:
        return self._document.timeline.events[index].edtf is not None and (
            self._table is not None and self._table.spans[index] is not None
        )

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
            margin = (cluster.day_hi - cluster.day_lo) * 0.1
            self.set_view_range(cluster.day_lo - margin, cluster.day_hi + margin)
        elif kind == "more":
            self._show_more_undated(point)

    def _show_more_undated(self, point: QPointF) -> None:
        shown = {chip.index for chip in self._chips}
        menu = QMenu(self)
        timeline = self._document.timeline
        for index in self._bands.undated if self._bands else ():
            if index not in shown:
                title = timeline.events[index].title.get(self._document.language)
                action = menu.addAction(title.replace("&", "&&"))
                action.triggered.connect(lambda _=False, i=index: self._select_index(i))
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
