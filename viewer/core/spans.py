"""Each event's extent on the time axis, in days, and an index of extents that finds those in
a stretch of days by bisecting start days, per class of duration."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress

from viewer.core.dates import EdtfDate, Precision
from viewer.core.model import Event


@dataclass(frozen=True, slots=True)
class Span:
    """One event's extent in days; open ends are clipped to the timeline's range."""

    index: int  # position in Timeline.events
    start: float
    end: float
    open_start: bool = False
    open_end: bool = False
    point: bool = False  # a single day, drawn as a point at any zoom
    vague: bool = False  # uncertain or approximate


def date_days(date: EdtfDate, bounds: tuple[float, float]) -> tuple[float, float]:
    """The days [start, end) a date covers, at least one; an open end reaches the bounds."""
    start = float(date.earliest.toordinal()) if date.earliest else bounds[0]
    end = float(date.latest.toordinal() + 1) if date.latest else bounds[1]
    return start, max(end, start + 1)


def event_span(index: int, event: Event, bounds: tuple[float, float]) -> Span | None:
    """The span of a dated event, or None for an undated (or invalid) one."""
    extent = date_extent(event.edtf, bounds)
    return None if extent is None else Span(index, *extent)


Extent = tuple[float, float, bool, bool, bool, bool]  # a Span's fields after its index


def date_extent(date: EdtfDate | None, bounds: tuple[float, float]) -> Extent | None:
    """Where a date stands, as a Span of it has it: start, end, open ends, point, vague."""
    if date is None:
        return None
    start, end = date_days(date, bounds)
    point = not date.is_interval and date.precision is Precision.DAY
    vague = date.uncertain or date.approximate
    return start, end, date.open_start, date.open_end, point, vague


def time_bounds(dates: Iterable[EdtfDate | None]) -> tuple[float, float] | None:
    """The first and last day covered by any of `dates`, open ends aside."""
    lows: list[float] = []
    highs: list[float] = []
    for date in dates:
        if date is None:
            continue
        if date.earliest:
            lows.append(date.earliest.toordinal())
            highs.append(date.earliest.toordinal() + 1)
        if date.latest:
            highs.append(date.latest.toordinal() + 1)
            lows.append(date.latest.toordinal())
    if not lows:
        return None
    return float(min(lows)), float(max(highs))


def _duration_class(span: Span) -> int:
    """The power of two of days that bounds the span's length (0 for a day or less)."""
    return max(0, math.ceil(math.log2(max(span.end - span.start, 1.0))))


class SpanIndex:
    """Spans grouped by duration class (powers of two days), each sorted by start. `ids`
    (the event ids by event index) lets `subset` pick spans by their events' ids."""

    def __init__(self, spans: Iterable[Span], ids: Sequence[str] = ()) -> None:
        classes: dict[int, list[Span]] = {}
        for span in spans:
            classes.setdefault(_duration_class(span), []).append(span)
        self._classes: list[tuple[float, list[float], list[Span]]] = []
        self._ids: list[list[str]] = []  # the event id of each span, class by class
        self.size = 0
        for duration_class, members in sorted(classes.items()):
            members.sort(key=_order)
            self._classes.append(
                (float(2**duration_class), [span.start for span in members], members)
            )
            if ids:
                self._ids.append([ids[span.index] for span in members])
            self.size += len(members)

    def subset(self, keep: Collection[str]) -> SpanIndex:
        """The index of the spans whose event id is in `keep` (the index was made with ids):
        filtered, not sorted again (a filter over 100,000 events costs one pass, made in C by
        compress). The subset is not to be subset again: it keeps no ids of its own."""
        kept = SpanIndex(())
        for (duration, starts, spans), ids in zip(self._classes, self._ids, strict=True):
            flags = list(map(keep.__contains__, ids))
            members = list(compress(spans, flags))
            if members:
                kept._classes.append((duration, list(compress(starts, flags)), members))
                kept.size += len(members)
        return kept

    def count_starting(self, lo: float, hi: float) -> int:
        """How many spans start in [lo, hi)."""
        return sum(
            bisect_left(starts, hi) - bisect_left(starts, lo) for _, starts, _ in self._classes
        )

    def first_starting(self, lo: float, hi: float, most: int) -> list[Span]:
        """The first `most` spans starting in [lo, hi), by start: `most` looked at per class
        of duration at the most, however many start there."""
        return self._starting(lo, hi, most)[:most]

    def starting(self, lo: float, hi: float) -> list[Span]:
        """The spans starting in [lo, hi), by start."""
        return self._starting(lo, hi, None)

    def _starting(self, lo: float, hi: float, most: int | None) -> list[Span]:
        found = []
        for _, starts, spans in self._classes:
            first, end = bisect_left(starts, lo), bisect_left(starts, hi)
            found += spans[first : end if most is None else min(end, first + most)]
        found.sort(key=_order)
        return found

    def contains(self, span: Span) -> bool:
        """Whether `span` (the same event) is one of the indexed spans."""
        longest = float(2 ** _duration_class(span))
        for duration, starts, spans in self._classes:
            if duration == longest:
                position = bisect_left(starts, span.start)
                while position < len(spans) and spans[position].start == span.start:
                    if spans[position].index == span.index:
                        return True
                    position += 1
        return False

    def crossing(self, day: float) -> list[Span]:
        """The spans that start before `day` and end after it."""
        found = []
        for longest, starts, spans in self._classes:
            first = bisect_left(starts, day - longest)
            found += [span for span in spans[first : bisect_left(starts, day)] if span.end > day]
        found.sort(key=lambda span: (span.start, span.index))
        return found

    def replaced(self, removed: Iterable[Span], added: Iterable[tuple[Span, str]]) -> SpanIndex:
        """This index (made with ids) with the spans `removed` taken out and `added` (each
        with its event's id) put in their places, for an edit of a few events: the classes
        touched are copied, nothing is sorted again."""
        result = SpanIndex(())
        result.size = self.size
        classes = {
            duration: (starts, spans, ids)
            for (duration, starts, spans), ids in zip(self._classes, self._ids, strict=True)
        }
        copied: set[float] = set()

        def members(span: Span) -> tuple[list[float], list[Span], list[str]]:
            duration = float(2 ** _duration_class(span))
            if duration not in copied:
                starts, spans, ids = classes.get(duration, ([], [], []))
                classes[duration] = (list(starts), list(spans), list(ids))
                copied.add(duration)
            return classes[duration]

        for span in removed:
            starts, spans, ids = members(span)
            position = bisect_left(spans, (span.start, span.index), key=_order)
            if position == len(spans) or spans[position].index != span.index:
                raise KeyError(span.index)
            del starts[position], spans[position], ids[position]
            result.size -= 1
        for span, event_id in added:
            starts, spans, ids = members(span)
            position = bisect_left(spans, (span.start, span.index), key=_order)
            starts.insert(position, span.start)
            spans.insert(position, span)
            ids.insert(position, event_id)
            result.size += 1
        for duration, (starts, spans, ids) in sorted(classes.items()):
            if spans:
                result._classes.append((duration, starts, spans))
                result._ids.append(ids)
        return result


def _order(span: Span) -> tuple[float, int]:
    return span.start, span.index
