"""Where things go on the timeline: time <-> x, packed rows and clusters, as plain numbers.

Everything here works on days as floats (`date.toordinal()`), so a day covers [d, d + 1).
The cost of a layout follows what is on screen, not the size of the timeline: visible events are
found by bisecting start days, per class of duration, and dense stretches become clusters
without their events being looked at one by one.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass

from viewer.core.spans import Span, SpanIndex
from viewer.core.viewport import Viewport

POINT_WIDTH = 12.0  # px taken by the marker of an event too short to draw as a bar
LABEL_GAP = 4.0  # px between a marker or bar and its label
ITEM_GAP = 10.0  # px kept free between two items in one row
MAX_LABEL = 220.0  # px; longer labels are elided
BUCKET = 40.0  # px; the grid on which hidden events gather into clusters
MIN_SPAN_PX = 3.0  # narrower spans are drawn as points
BACKGROUND_SHARE = 0.4  # of the view: a wider span is background, packed after the others


@dataclass(frozen=True)
class EventBox:
    """A placed event: its row, bar or marker, and label slot, in pixels."""

    index: int
    lane: int
    x0: float  # bar start (or marker centre for a point)
    x1: float  # bar end (equal to x0 for a point)
    label_x: float
    label_width: float
    is_point: bool
    open_start: bool
    open_end: bool
    vague: bool

    @property
    def left(self) -> float:
        """The leftmost pixel the box uses, label included."""
        return min(self.label_x, self.x0 - POINT_WIDTH / 2 if self.is_point else self.x0)

    @property
    def right(self) -> float:
        """The rightmost pixel the box uses, label included."""
        return max(
            self.x1 + POINT_WIDTH / 2 if self.is_point else self.x1, self.label_x + self.label_width
        )


@dataclass(frozen=True)
class ClusterBox:
    """Events that did not fit, gathered at one place: clicking zooms into [day_lo, day_hi)."""

    x0: float
    x1: float
    count: int
    day_lo: float
    day_hi: float


@dataclass(frozen=True)
class BandLayout:
    """What one band (the whole view, or one swimlane) shows."""

    boxes: tuple[EventBox, ...]
    clusters: tuple[ClusterBox, ...]

    @property
    def hidden(self) -> int:
        """How many events are inside clusters."""
        return sum(cluster.count for cluster in self.clusters)


def layout_band(
    index: SpanIndex,
    viewport: Viewport,
    lanes: int,
    label_width: Callable[[int], float],
    keep: Span | None = None,
) -> BandLayout:
    """Pack the visible spans into `lanes` rows; what does not fit becomes clusters.

    `label_width(event_index)` gives the pixel width of an event's label (elided to MAX_LABEL).
    `keep` (the selected event) is drawn as a box whenever it is in this band and in view: when
    the plain packing would hide it in a cluster, it gets the first row and the rest packs
    around it. Otherwise the packing ignores it, so selecting an event never moves the others.
    """
    layout = _pack(index, viewport, max(lanes, 1), label_width, None)
    if (
        keep is None
        or keep.end <= viewport.start
        or keep.start >= viewport.end
        or any(box.index == keep.index for box in layout.boxes)
        or not index.contains(keep)
    ):
        return layout
    return _pack(index, viewport, max(lanes, 1), label_width, keep)


def _pack(
    index: SpanIndex,
    viewport: Viewport,
    lanes: int,
    label_width: Callable[[int], float],
    keep: Span | None,
) -> BandLayout:
    lane_ends = [-math.inf] * lanes
    boxes: list[EventBox] = []
    overflow: dict[int, list[float]] = {}  # bucket -> [count, day_lo, day_hi]
    kept = _with_lane(_box(keep, viewport, label_width), 0) if keep else None
    if kept:
        boxes.append(kept)

    # the grid's last cell also takes the part-cell at the right edge, so no cluster sticks out
    last_bucket = max(math.floor(viewport.width / BUCKET) - 1, 0)

    def hide(span: Span, x: float) -> None:
        bucket = min(math.floor(x / BUCKET), last_bucket)
        entry = overflow.setdefault(bucket, [0, span.start, span.end])
        entry[0] += 1
        entry[1] = min(entry[1], span.start)
        entry[2] = max(entry[2], span.end)

    def fits(box: EventBox, lane: int) -> bool:
        if lane_ends[lane] + ITEM_GAP > box.left:
            return False
        if kept is None or lane != kept.lane:
            return True
        return box.right + ITEM_GAP <= kept.left or box.left >= kept.right + ITEM_GAP

    full_lanes = 0  # rows already taken up to the right edge: nothing more fits in them
    # Long, vague and open-ended spans wait until the events that are precise at this zoom
    # have their rows: a fourteen-year bar must not push a day off the view.
    background: list[Span] = []

    def place(
        span: Span, late: bool = False, crossing: bool = False, unlabelled: bool = False
    ) -> None:
        nonlocal full_lanes
        if keep and span.index == keep.index:
            return
        if not late and not crossing and is_background(span, viewport):
            background.append(span)
            return
        if full_lanes == lanes:
            hide(span, max(viewport.x(span.start), 0.0))
            return
        box = _box(span, viewport, _no_label if unlabelled else label_width)
        if kept is None and min(lane_ends) + ITEM_GAP > box.left:  # no row has room: at once
            hide(span, max(box.x0, 0.0))
            return
        for lane in range(lanes):
            if fits(box, lane):
                lane_ends[lane] = box.right
                full_lanes += box.right >= viewport.width
                boxes.append(_with_lane(box, lane))
                return
        hide(span, max(box.x0, 0.0))

    # Spans that began before the view (years, months, open intervals) may take at most a third
    # of the rows, so the events that start on screen, which the user zoomed in to see, fit.
    crossing = index.crossing(viewport.start)
    row_limit = max(1, lanes // 3) if lanes > 1 else 1
    for position, span in enumerate(crossing):
        if full_lanes >= row_limit:  # the rest would all hide at the left edge
            rest = [other for other in crossing[position:] if not keep or other.index != keep.index]
            if rest:
                overflow[0] = [len(rest), min(s.start for s in rest), max(s.end for s in rest)]
            break
        place(span, crossing=True)  # from before the view: a third of the rows, as they come
    capacity = lanes * 2  # a bucket with more starts than this cannot be shown in full
    for bucket in range(math.floor(viewport.width / BUCKET) + 1):
        lo = viewport.day(bucket * BUCKET)
        hi = min(viewport.day((bucket + 1) * BUCKET), viewport.end)
        if hi <= lo:
            continue
        count = index.count_starting(lo, hi)
        if count > capacity:
            # too many to show: the first take the rows they fit in, unlabelled (a view of a
            # large timeline shows where its events are, and paints no more text than one of
            # a few), and the rest are counted unseen
            shown = index.first_starting(lo, hi, max(1, lanes // 3))
            for span in shown:
                place(span, unlabelled=True)
            kept_here = keep is not None and lo <= keep.start < hi
            count -= len(shown) + (kept_here and all(s.index != keep.index for s in shown))
            entry = overflow.setdefault(min(bucket, last_bucket), [0, lo, hi])
            entry[0] += count
            entry[1], entry[2] = min(entry[1], lo), max(entry[2], hi)
            continue
        for span in index.starting(lo, hi):
            place(span)
    for span in background:
        x0 = viewport.x(span.start)
        if min(lane_ends) + ITEM_GAP > x0:
            # a box reaches at least as far left as its start: no row can take it (and
            # long spans from before the view are thousands at a deep zoom)
            hide(span, max(x0, 0.0))
        else:
            place(span, late=True)
    clusters = tuple(
        ClusterBox(
            bucket * BUCKET,
            viewport.width if bucket == last_bucket else (bucket + 1) * BUCKET,
            int(count),
            day_lo,
            day_hi,
        )
        for bucket, (count, day_lo, day_hi) in sorted(overflow.items())
    )
    return BandLayout(tuple(boxes), clusters)


def _no_label(_index: int) -> float:
    return 0.0


def is_background(span: Span, viewport: Viewport) -> bool:
    """Whether a span is drawn as background at this zoom: open-ended, or reaching over more
    than BACKGROUND_SHARE of the view (drawn lighter, and given the rows left over)."""
    if span.point:
        return False  # a day is a marker at any zoom
    wide = (span.end - span.start) * viewport.px_per_day > viewport.width * BACKGROUND_SHARE
    return span.open_start or span.open_end or wide


def _box(span: Span, viewport: Viewport, label_width: Callable[[int], float]) -> EventBox:
    x0 = viewport.x(span.start)
    x1 = viewport.x(span.end)
    width = min(label_width(span.index), MAX_LABEL)
    if span.point or x1 - x0 < MIN_SPAN_PX:
        centre = (x0 + x1) / 2
        label_x, width = _label_slot(
            centre - POINT_WIDTH / 2 - LABEL_GAP,
            centre + POINT_WIDTH / 2 + LABEL_GAP,
            width,
            viewport,
        )
        return EventBox(
            span.index,
            0,
            centre,
            centre,
            label_x,
            width,
            True,
            span.open_start,
            span.open_end,
            span.vague,
        )
    visible_x0 = max(x0, 0.0)
    room_inside = min(x1, viewport.width) - visible_x0 - 2 * LABEL_GAP
    label_x, outside = _label_slot(x0 - LABEL_GAP, x1 + LABEL_GAP, width, viewport)
    if room_inside >= width or (outside < width and room_inside > outside):
        label_x, width = visible_x0 + LABEL_GAP, min(width, room_inside)
    else:
        width = outside
    return EventBox(
        span.index, 0, x0, x1, label_x, width, False, span.open_start, span.open_end, span.vague
    )


def _label_slot(
    left_end: float, right_start: float, width: float, viewport: Viewport
) -> tuple[float, float]:
    """Where a label goes beside its marker or bar, and how wide it may be: to the right when it
    fits, else to the left when it fits there, else on the roomier side, shortened to fit."""
    room_right = viewport.width - right_start
    if width <= room_right or room_right >= left_end:
        return right_start, max(min(width, room_right), 0.0)
    width = min(width, left_end)
    return left_end - width, width


def _with_lane(box: EventBox, lane: int) -> EventBox:
    return dataclasses.replace(box, lane=lane)
