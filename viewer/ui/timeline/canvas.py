"""The painted timeline: axis, undated strip and bands of packed events, for a time range."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from viewer.core.bands import Bands, ShownEvents
from viewer.core.changes import Change
from viewer.core.layout import EventBox
from viewer.core.model import Period
from viewer.core.spans import Span
from viewer.core.story_axis import LINEAR, TimeScale
from viewer.core.viewport import Viewport, zoom_limits
from viewer.ui.common.text import shown
from viewer.ui.document import Document
from viewer.ui.timeline import painter
from viewer.ui.timeline.geometry import (
    Chip,
    Frame,
    Hit,
    LabelWidths,
    PlacedBand,
    box_rect,
    hit_test,
    place_bands,
    place_chips,
)
from viewer.ui.timeline.periods import PERIOD_LABEL_HEIGHT, period_on
from viewer.ui.timeline.scrolling import (
    scroll_to_band,
    scrolled_to,
    show_bands,
    show_time_range,
)
from viewer.ui.timeline.style import LANE_HEIGHT


class TimelineCanvas(QAbstractScrollArea):
    """Shows the document's events over time in bands under an axis, for a visible time range
    that can be zoomed, panned and fitted; what the pointer and keys do is `TimelineView`'s."""

    viewport_changed = Signal()
    layout_rebuilt = Signal()  # the data, filter or grouping changed

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self._document = document
        self._grouping = "none"
        self._colour_mode = "kind"
        self._shown: ShownEvents | None = None  # made again when the events change
        self._story = False  # time stretched where events crowd (the story axis)
        self._story_scale: TimeScale | None = None  # kept over edits, so nothing jumps
        self._bands: Bands | None = None
        self._viewport: Viewport | None = None
        self._placed: list[PlacedBand] | None = None
        self._chips: list[Chip] = []
        self._label_widths = LabelWidths(self.font())
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
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

    @property
    def story_axis(self) -> bool:
        """Whether time is stretched where events crowd and compressed where none happen."""
        return self._story

    def set_story_axis(self, on: bool) -> None:
        """Switch the story axis on or off, keeping the days in view."""
        if on == self._story:
            return
        days = self.view_range() if self._viewport is not None else None
        self._story = on
        self._story_scale = None
        if self._shown is not None:  # the dates are not read again
            self._shown = self._shown.rescaled(None if on else LINEAR)
            self._story_scale = self._shown.scale if on and not self._shown.scale.linear else None
        self._rebuild()
        if days is not None:
            self.set_view_range(*days)

    def crowded(self) -> bool:
        """Whether the events crowd into a small part of their time: the story axis suits."""
        return self._shown is not None and self._shown.crowded()

    @property
    def scale(self) -> TimeScale:
        """Days to the positions the view, its spans and bounds are in."""
        return self._shown.scale if self._shown is not None else LINEAR

    def time_bounds(self) -> tuple[float, float]:
        """The whole range of the timeline, in positions of `scale`."""
        return self._bands.bounds if self._bands else (0.0, 1.0)

    def day_bounds(self) -> tuple[float, float]:
        """The whole range of the timeline in days."""
        lo, hi = self.time_bounds()
        return self.scale.day(lo), self.scale.day(hi)

    def current_viewport(self) -> Viewport:
        """The visible time range."""
        return self._ensure_viewport()

    def view_range(self) -> tuple[float, float]:
        """The first and last visible day."""
        view = self._ensure_viewport()
        return self.scale.day(view.start), self.scale.day(view.end)

    def set_view_range(self, start: float, end: float) -> None:
        """Show the days from `start` to `end`, within the zoom limits."""
        self._show(self.scale.position(start), self.scale.position(end))

    def pan_to_day(self, day: float) -> None:
        """Show the view from `day` on, at the same zoom."""
        view = self._ensure_viewport()
        self._set_viewport(Viewport(self.scale.position(day), view.px_per_day, view.width))

    def _show(self, start: float, end: float) -> None:
        width = max(self.viewport().width(), 1)
        limits = self._zoom_limits((start + end) / 2)
        self._set_viewport(Viewport.showing(start, end, width, self.time_bounds(), limits))

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by `factor` keeping the time under `anchor_x` (default: the centre) in place."""
        view = self._ensure_viewport()
        anchor = view.width / 2 if anchor_x is None else anchor_x
        self._set_viewport(view.zoomed(factor, anchor, self._zoom_limits(view.day(anchor))))

    def fit_all(self) -> None:
        """Show the whole timeline."""
        self._show(*self.time_bounds())

    def zoom_to_selection(self) -> str:
        """Fit the selected event's dates into the view, with a margin, and scroll to its
        swimlane. Says why not when it cannot: "" (done), "none", "undated" or "filtered"."""
        index = self._selected_index()
        if index is None or self._shown is None:
            return "none"
        span = self._shown.span(index)
        if span is None:
            return "undated"  # its chip comes first in the undated strip
        if self._bands is None or not self._bands.shown(span):
            return "filtered"
        margin = max((span.end - span.start) * 0.4, 2.0)
        self._show(span.start - margin, span.end + margin)
        self._scroll_to_band_of(span)
        return ""

    def select_relative(self, step: int) -> None:
        """Select the previous (-1) or next (+1) event in time."""
        view = self._ensure_viewport()
        span = self._bands.stepped(self._selected_span(), step, view.day(view.width / 2))
        if span is not None:
            self._select_index(span.index)

    def select_edge(self, last: bool) -> None:
        """Select the first or the last event in time."""
        if self._bands and self._bands.order:
            self._select_index(self._bands.order[-1 if last else 0].index)

    def language(self) -> str:
        """The language labels are shown in."""
        return self._document.language

    def density(self, lo: float, hi: float, columns: int) -> list[int]:
        """How many shown events start in each of `columns` equal slices of the days [lo, hi)."""
        if not self._bands:
            return [0] * columns
        return self._bands.density(lo, hi, columns, self.scale)

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
        if change.reloaded:
            self._story_scale = None  # another story: its own crowds
        edited = None
        if self._shown is not None and not (change.events_added or change.events_removed):
            edited = self._shown.edited(self._document.timeline, change.events_changed)
        self._shown = edited
        self._rebuild()

    def _rebuild(self, *_: object) -> None:
        doc = self._document
        first = self._bands is None or self._bands.empty
        if self._shown is None:
            scale = self._story_scale if self._story else LINEAR
            self._shown = ShownEvents(doc.timeline, scale)
            if self._story and not self._shown.scale.linear:  # nothing crowds yet: ask again
                self._story_scale = self._shown.scale
        self._bands = self._shown.bands(self._grouping, doc.visible_events())
        self._label_widths.clear()
        if first or self._viewport is None:
            self._viewport = None
        self._update_scrollbars()
        self._invalidate_layout()
        self.layout_rebuilt.emit()

    def _selected_index(self) -> int | None:
        """Where the selected event is in the timeline, or None."""
        shown = self._shown
        return shown.index_of(self._document.selected_event_id) if shown is not None else None

    def _selection_changed(self, event_id: str) -> None:
        span = self._selected_span()
        if span is not None:
            view = self._ensure_viewport()
            if span.end < view.start or span.start > view.end:
                self._set_viewport(
                    view.panned(view.x((span.start + span.end) / 2) - view.width / 2)
                )
            self._scroll_to_band_of(span)
        self._invalidate_layout()  # a selection hidden in a cluster is drawn on its own

    def _scroll_to_band_of(self, span: Span) -> None:
        """Scroll the swimlanes so that the first band holding `span` shows (a new event with
        no actor lands in the last band, off screen)."""
        frame = self._frame()
        if frame.grouped and self._bands is not None:
            shown = self._events_height() - frame.bands_top
            scroll_to_band(self.verticalScrollBar(), self._bands, span, frame.band_height, shown)

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

    def _zoom_limits(self, position: float) -> tuple[float, float]:
        """The zoom limits around `position`: at the deepest, one day fills the view (on a
        story axis a day takes more or fewer positions along the way)."""
        low, high = zoom_limits(self.time_bounds(), max(self.viewport().width(), 1))
        return low, max(low, high / self.scale.stretch(self.scale.day(position)))

    def _update_scrollbars(self) -> None:
        show_time_range(self.horizontalScrollBar(), self._ensure_viewport(), self.time_bounds())
        frame = self._frame()
        available = self._events_height() - frame.bands_top
        show_bands(
            self.verticalScrollBar(), frame.content_height(self._bands), available, LANE_HEIGHT
        )

    def _horizontal_scrolled(self, value: int) -> None:
        self._viewport = scrolled_to(value, self._ensure_viewport(), self.time_bounds())
        self._invalidate_layout()
        self.viewport_changed.emit()

    # -- layout ----------------------------------------------------------------------------------
    def _frame(self) -> Frame:
        return Frame.of(self._bands, self._grouping != "none", self._events_height())

    def _events_height(self) -> int:
        """The viewport's height less the strip that names the periods, when there are any."""
        strip = PERIOD_LABEL_HEIGHT if self._document.timeline.periods else 0
        return max(self.viewport().height() - strip, 0)

    def _label_width(self, index: int) -> float:
        doc = self._document
        title = shown(doc.timeline.events[index].title.get(doc.language))
        return self._label_widths.width(index, title)

    def _ensure_layout(self) -> list[PlacedBand]:
        if self._placed is None:
            self._placed = place_bands(
                self._bands, self._frame(), self._ensure_viewport(),
                self.verticalScrollBar().value(), self._events_height(), self._label_width,
                self._selected_span(),
            )  # fmt: skip
            undated = self._bands.undated if self._bands else ()
            right = self.viewport().width() - 8
            self._chips = place_chips(
                undated, right, self._label_width, self._label_widths.more, self._selected_index()
            )
        return self._placed

    def _visible_boxes(self) -> list[tuple[PlacedBand, EventBox]]:
        return [(placed, box) for placed in self._ensure_layout() for box in placed.layout.boxes]

    def _selected_span(self) -> Span | None:
        # from the span table, not the filtered order: that order is only worked out for keys
        index = self._selected_index()
        if index is None or self._bands is None or self._shown is None:
            return None
        span = self._shown.span(index)
        return span if span is not None and self._bands.shown(span) else None

    def _select_index(self, index: int) -> None:
        self._document.select_event(self._document.timeline.events[index].id)

    def period_at(self, point: QPointF) -> Period | None:
        """The period named in the bottom strip at `point` (the last drawn, where they
        overlap), or None."""
        height = self.viewport().height()
        if not height - PERIOD_LABEL_HEIGHT <= point.y() <= height:
            return None
        day = self.scale.day(self._ensure_viewport().day(point.x()))
        return period_on(self._document.timeline.periods, day, self.day_bounds())

    def _hit(self, point: QPointF) -> Hit | None:
        return hit_test(point, self._ensure_layout(), self._chips, self._frame())

    def _move_ghost(self) -> tuple[QRectF, str] | None:
        """Where a dragged event would land and the date it would get (none is dragged here)."""
        return None

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QEvent) -> None:
        qp = QPainter(self.viewport())
        self.paint_to(qp)
        qp.end()

    def paint_to(self, qp: QPainter, *, selection: bool = True) -> None:
        """Paint what the viewport shows with `qp` (the screen, or a file being exported,
        `selection` False to leave the selected event unmarked)."""
        qp.setRenderHint(QPainter.RenderHint.Antialiasing)
        context = painter.PaintContext(
            painter=qp,
            palette=self.palette(),
            font=self.font(),
            width=self.viewport().width(),
            height=self.viewport().height(),
            timeline=self._document.timeline,
            language=self._document.language,
            selected_id=self._document.selected_event_id if selection else "",
            colour_mode=self._colour_mode,
            scale=self.scale,
            label_offset=self._frame().label_offset,
            grouping=self._grouping,
        )
        undated_count = len(self._bands.undated) if self._bands else 0
        layout = self._ensure_layout()
        painter.paint_view(
            context, layout, self._frame(), self._chips, undated_count, self._ensure_viewport(),
            self.day_bounds(),
        )  # fmt: skip
        ghost = self._move_ghost()
        if ghost is not None:
            painter.paint_ghost(context, *ghost)
        painter.paint_axis(context, self._ensure_viewport())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._label_widths = LabelWidths(self.font())
            self._invalidate_layout()
        super().changeEvent(event)

    # -- Qt overrides ------------------------------------------------------------------------------
    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        if self._viewport is not None:
            self._set_viewport(self._ensure_viewport())
        self._update_scrollbars()
        self._invalidate_layout()
