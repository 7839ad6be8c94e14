"""Swimlanes: the events of a timeline grouped by actor, source, tag or kind, each indexed."""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import operator
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import compress

from viewer.core.filter_index import Shown, picker
from viewer.core.model import EVENT_KINDS, Event, Timeline, date_of
from viewer.core.spans import Span, SpanIndex, date_extent, event_span, time_bounds
from viewer.core.story_axis import LINEAR, TimeScale, is_uneven, story_scale

GROUPINGS = ("none", "actor", "source", "tag", "kind")
NO_GROUP = ""  # the key of the band for events that have no actor, source or tag


@dataclass(frozen=True)
class Band:
    """One swimlane: its key (an actor id, source id, tag or kind) and its indexed spans."""

    key: str
    index: SpanIndex


@dataclass(frozen=True)
class Bands:
    """Everything the timeline view draws from, rebuilt when the data or filter changes."""

    bands: tuple[Band, ...]
    undated: tuple[int, ...]  # indexes of the visible undated events, in stored order
    bounds: tuple[float, float]  # the days the timeline covers, with a margin
    whole_order: tuple[Span, ...]  # every dated event in time order, the filter aside
    keep: bytes | None = None  # a flag per event position, 1 for the events shown; None: all
    # what reads the flags of the events of `whole_order`, shared by the filtered views
    order_picker: Callable[[bytes], Sequence[int]] | None = None

    @cached_property
    def order(self) -> tuple[Span, ...]:
        """The visible dated events in time order, for keyboard stepping (worked out when
        first asked: a filter need not wait for it)."""
        if self.keep is None:
            return self.whole_order
        return tuple(compress(self.whole_order, self.whole_picker(self.keep)))

    @cached_property
    def whole_picker(self) -> Callable[[bytes], Sequence[int]]:
        """What reads the flags of the events of `whole_order` (made once per whole view)."""
        return self.order_picker or picker([span.index for span in self.whole_order])

    def shown(self, span: Span) -> bool:
        """Whether the event of `span` (a span of the whole view) is shown."""
        return self.keep is None or bool(self.keep[span.index])

    @property
    def empty(self) -> bool:
        """Whether no dated event is shown."""
        return not any(band.index.size for band in self.bands)

    @cached_property
    def starts(self) -> list[float]:
        """The start day of each event in `order`."""
        return [span.start for span in self.order]

    def position(self, span: Span) -> int | None:
        """Where the event of `span` comes in `order` (found by halving: a table of every
        event's place took 60 ms at 100,000 events on the first step), or None when it is
        not shown there."""
        order = self.order
        position = bisect_left(order, _time_order(span), key=_time_order)
        return position if position < len(order) and order[position].index == span.index else None

    def stepped(self, span: Span | None, step: int, day: float) -> Span | None:
        """The shown event `step` places after (or before) the event of `span`; with no such
        event, the one `step` places from `day`. None when nothing is shown."""
        if not self.order:
            return None
        position = self.position(span) if span is not None else None
        if position is None:
            position = bisect_left(self.starts, day) - (step > 0)
        return self.order[min(max(position + step, 0), len(self.order) - 1)]

    def subset(self, keep: bytes) -> Bands:
        """These bands with only the events `keep` flags (one byte per event position), in
        the same order (a band left empty goes)."""
        bands = tuple(
            Band(band.key, index) for band in self.bands if (index := band.index.subset(keep)).size
        )
        undated = tuple(index for index in self.undated if keep[index])
        return dataclasses.replace(
            self, bands=bands, undated=undated, keep=keep, order_picker=self.whole_picker
        )

    def density(self, lo: float, hi: float, columns: int, scale: TimeScale = LINEAR) -> list[int]:
        """How many shown events start in each of `columns` equal slices of the days [lo, hi)
        (the spans being in positions of `scale`)."""
        step = (hi - lo) / max(columns, 1)
        edges = [scale.position(lo + step * column) for column in range(columns + 1)]
        if len(self.bands) == 1:  # one band holds each event once: its index counts them
            index = self.bands[0].index
            return [index.count_starting(a, b) for a, b in itertools.pairwise(edges)]
        cuts = [bisect_left(self.starts, edge) for edge in edges]
        return [b - a for a, b in itertools.pairwise(cuts)]


@dataclass(frozen=True)
class SpanTable:
    """Every event's extent, worked out once per timeline value and shared by all filters."""

    bounds: tuple[float, float]  # the days the timeline covers, with a margin
    spans: tuple[Span | None, ...]  # by event index; None for undated events
    scale: TimeScale = LINEAR  # days to the positions bounds and spans are given in
    days: tuple[float, float] | None = None  # the bounds in days, when the scale is not linear

    def edited(self, timeline: Timeline, indices: Iterable[int]) -> SpanTable | None:
        """This table with the spans of the events at `indices` worked out again from
        `timeline`; None when one now reaches beyond the bounds (they would change)."""
        days = self.days or self.bounds
        spans = list(self.spans)
        for index in indices:
            span = event_span(index, timeline.events[index], days)
            if span is not None and (span.start < days[0] or span.end > days[1]):
                return None
            if span is not None and not self.scale.linear:
                start, end = self.scale.position(span.start), self.scale.position(span.end)
                span = dataclasses.replace(span, start=start, end=end)
            spans[index] = span
        return dataclasses.replace(self, spans=tuple(spans))


def span_table(timeline: Timeline, scale: TimeScale | None = LINEAR) -> SpanTable:
    """The spans of all events of `timeline`, in positions of `scale` (None: the story scale
    of these events)."""
    events = timeline.events
    # each date once: a large timeline repeats a few thousand dates
    dates = {text: date_of(text) for text in set(map(_date_text, events))}
    bounds = _padded(time_bounds(dates.values()))
    extents = {text: date_extent(date, bounds) for text, date in dates.items()}
    spans = tuple(
        None if (extent := extents[event.date]) is None else Span(index, *extent)
        for index, event in enumerate(events)
    )
    return rescaled(SpanTable(bounds, spans), scale)


def rescaled(table: SpanTable, scale: TimeScale | None) -> SpanTable:
    """A linear `table` in positions of `scale` (None: the story scale of its events)."""
    if scale is None:
        scale = story_scale(((s.start, s.end) for s in table.spans if s is not None), table.bounds)
    if scale.linear:
        return table
    lo, hi = table.bounds
    bounds = (scale.position(lo), scale.position(hi))
    spans = _placed(table.spans, scale)
    return SpanTable(bounds, spans, scale, table.bounds)


def _placed(spans: tuple[Span | None, ...], scale: TimeScale) -> tuple[Span | None, ...]:
    """`spans` in positions of `scale`; each day is looked up once (events share days)."""
    days = {day for span in spans if span is not None for day in (span.start, span.end)}
    at = {day: scale.position(day) for day in days}
    return tuple(
        None
        if s is None
        else Span(s.index, at[s.start], at[s.end], s.open_start, s.open_end, s.point, s.vague)
        for s in spans
    )


def build_bands(timeline: Timeline, table: SpanTable, grouping: str) -> Bands:
    """Group and index every event (filters take events out of these: Bands.subset)."""
    spans: list[Span] = []
    undated: list[int] = []
    for index, span in enumerate(table.spans):
        if span is None:
            undated.append(index)
        else:
            spans.append(span)
    groups = _group(timeline, grouping, spans)
    bands = tuple(Band(key, SpanIndex(members)) for key, members in groups)
    order = tuple(sorted(spans, key=lambda span: (span.start, span.end, span.index)))
    whole = picker([span.index for span in order])  # made while the spans are at hand
    return Bands(bands, tuple(undated), table.bounds, order, order_picker=whole)


class ShownEvents:
    """The bands of one timeline value under any grouping and filter, worked out from one span
    table and kept for the unfiltered view and a few recent filters; a filtered view is the
    unfiltered one with events left out."""

    KEPT = 4

    def __init__(
        self, timeline: Timeline, scale: TimeScale | None = LINEAR, table: SpanTable | None = None
    ) -> None:
        self._timeline = timeline
        self._table = span_table(timeline, scale) if table is None else table
        self._whole: dict[str, Bands] = {}  # every event, by grouping
        self._kept: dict[tuple[str, int], Bands] = {}  # recent filters, by their bits

    def edited(self, timeline: Timeline, event_ids: Collection[str]) -> ShownEvents | None:
        """These events after an edit of the events `event_ids` that left every event where it
        stands in `timeline`, id and all: the span table and the bands made so far are updated
        for them alone (a tenth of a second became a few milliseconds at 100,000 events). None
        when the edit did more than that, or a band would appear or go: work it all out."""
        table, before = self._table, self._timeline
        events, positions = timeline.events, before.positions_by_id
        if len(events) != len(before.events) or len(positions) != len(events):
            return None  # events came or went, or an id is repeated
        indices = sorted(positions.get(event_id, -1) for event_id in event_ids)
        if not indices or indices[0] < 0:
            return None
        if any(events[i].id != before.events[i].id for i in indices):
            return None
        cuts = list(itertools.pairwise([-1, *indices, len(events)]))
        if any(events[a + 1 : b] != before.events[a + 1 : b] for a, b in cuts):
            return None  # something else moved: not an edit of those events alone
        edited_table = table.edited(timeline, indices)
        if edited_table is None:
            return None
        shown = ShownEvents(timeline, table=edited_table)
        for grouping, bands in self._whole.items():
            spans = (table.spans, edited_table)
            edited = edited_bands(bands, (before, timeline), spans, indices, grouping)
            if edited is not None:
                shown._whole[grouping] = edited
        return shown

    def rescaled(self, scale: TimeScale | None) -> ShownEvents:
        """These events on another scale (None: their story scale); from a linear table the
        dates are not read again."""
        if self._table.scale.linear:
            return ShownEvents(self._timeline, table=rescaled(self._table, scale))
        return ShownEvents(self._timeline, scale)

    def bands(self, grouping: str, shown: Shown | None) -> Bands:
        """The bands of the events `shown` (None: all) grouped by `grouping`."""
        if shown is None:
            if grouping not in self._whole:
                self._whole[grouping] = build_bands(self._timeline, self._table, grouping)
            return self._whole[grouping]
        events = self._timeline.events
        if shown.timeline.events is not events:  # a filter of another value: by id, not kept
            return self.bands(grouping, None).subset(shown.flags_for(events))
        key = (grouping, shown.bits)
        bands = self._kept.get(key)
        if bands is None:  # the whole view, filtered: one pass, nothing sorted again
            bands = self.bands(grouping, None).subset(shown.flags)
            if len(self._kept) >= self.KEPT:
                self._kept.pop(next(iter(self._kept)))
            self._kept[key] = bands
        return bands

    @property
    def scale(self) -> TimeScale:
        """Days to the positions the spans are in (the story scale, when asked for one)."""
        return self._table.scale

    def crowded(self) -> bool:
        """Whether the events crowd into a small part of their time (a story axis helps)."""
        table = self._table
        if table.scale.linear:
            extents = [(s.start, s.end) for s in table.spans if s is not None]
            return is_uneven(extents, table.bounds)
        day = table.scale.day
        extents = [(day(s.start), day(s.end)) for s in table.spans if s is not None]
        return is_uneven(extents, (day(table.bounds[0]), day(table.bounds[1])))

    def index_of(self, event_id: str) -> int | None:
        """The position of the event `event_id` in the timeline (the first, if repeated)."""
        return self._timeline.positions_by_id.get(event_id)

    def span(self, index: int) -> Span | None:
        """The extent of the event at `index`, shown or not; None for an undated one."""
        return self._table.spans[index]

    def is_dated(self, index: int) -> bool:
        """Whether the event at `index` has a place on the time axis."""
        return self._table.spans[index] is not None


def edited_bands(
    bands: Bands,
    edit: tuple[Timeline, Timeline],
    spans: tuple[Sequence[Span | None], SpanTable],
    indices: list[int],
    grouping: str,
) -> Bands | None:
    """`bands` (every event, grouped by `grouping`) after the events at `indices` were edited
    (`edit`: the timeline before and after), from their spans before to those in the new
    table; None when a band would appear or be left empty (the bands are made again)."""
    before, after = edit
    old_spans, table = spans
    by_key = {band.key: band.index for band in bands.bands}
    if grouping in ("kind", "actor", "source"):  # bands in a declared order (tags: sorted)
        declared = _band_order(after, grouping)
        if declared != _band_order(before, grouping) or by_key.keys() - {*declared, NO_GROUP}:
            return None  # a band whose place depends on the order events come in
    removed: dict[str, list[Span]] = {}
    added: dict[str, list[Span]] = {}
    order = list(bands.whole_order)
    undated = list(bands.undated)
    for index in indices:
        old, new = old_spans[index], table.spans[index]
        if old is not None:
            for key in _event_keys(before.events[index], grouping):
                removed.setdefault(key, []).append(old)
            position = bisect_left(order, _time_order(old), key=_time_order)
            del order[position]
        else:
            undated.remove(index)
        if new is not None:
            for key in _event_keys(after.events[index], grouping):
                added.setdefault(key, []).append(new)
            order.insert(bisect_left(order, _time_order(new), key=_time_order), new)
        else:
            undated.insert(bisect_left(undated, index), index)
    if not by_key.keys() >= added.keys():
        return None
    kept = []
    for band in bands.bands:
        index = band.index
        if band.key in removed or band.key in added:
            index = index.replaced(removed.get(band.key, ()), added.get(band.key, ()))
            if not index.size:
                return None
        kept.append(Band(band.key, index))
    return Bands(tuple(kept), tuple(undated), bands.bounds, tuple(order))


def _event_keys(event: Event, grouping: str) -> Iterable[str]:
    """The bands one event belongs to under `grouping`."""
    if grouping == "kind":
        keys: Iterable[str] = (event.kind,)
    elif grouping == "actor":
        keys = event.actors
    elif grouping == "source":
        keys = tuple(dict.fromkeys(evidence.source for evidence in event.evidence))
    elif grouping == "tag":
        keys = event.tags
    else:
        keys = ()
    return keys or (NO_GROUP,)


def _time_order(span: Span) -> tuple[float, float, int]:
    return span.start, span.end, span.index


def _group(timeline: Timeline, grouping: str, spans: list[Span]) -> list[tuple[str, list[Span]]]:
    if grouping not in GROUPINGS or grouping == "none":
        return [(NO_GROUP, spans)]
    events = timeline.events
    members: dict[str, list[Span]] = {key: [] for key in _band_order(timeline, grouping)}
    for span in spans:
        for key in _event_keys(events[span.index], grouping):
            members.setdefault(key, []).append(span)
    return [(key, group) for key, group in members.items() if group]


def _band_order(timeline: Timeline, grouping: str) -> list[str]:
    """The band keys in display order (keys no actor or source has come after them)."""
    if grouping == "kind":
        return list(EVENT_KINDS)
    if grouping == "actor":
        return [actor.id for actor in timeline.actors]
    if grouping == "source":
        return [source.id for source in timeline.sources]
    return sorted({tag for event in timeline.events for tag in event.tags})


_date_text = operator.attrgetter("date")


def _padded(bounds: tuple[float, float] | None) -> tuple[float, float]:
    if bounds is None:
        today = float(datetime.date.today().toordinal())
        return today - 365, today + 365
    lo, hi = bounds
    margin = max((hi - lo) * 0.03, 2.0)
    return lo - margin, hi + margin
