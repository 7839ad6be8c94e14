"""Each event's extent on the time axis, in days, and an index of extents that finds those in
a stretch of days by bisecting start days, per class of duration."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress

from viewer.core.dates import EdtfDate, Precision
from viewer.core.filter_index import picker
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
    """Spans grouped by duration class (powers of two days), each sorted by start. A subset
    (the spans of the events a filter shows) shares the lists of the index it was taken from
    and holds one flag byte per span of each class: it is made without touching a span."""

    def __init__(self, spans: Iterable[Span]) -> None:
        classes: dict[int, list[Span]] = {}
        for span in spans:
            classes.setdefault(_duration_class(span), []).append(span)
        self._classes: list[tuple[float, list[float], list[Span]]] = []
        # for a subset: a flag per span of each class, 1 where its event is shown
        self._shown: list[bytes] | None = None
        # what reads the shown flag of each span's event, class by class, for subset: made
        # with the index, while its spans are at hand (made at the first filter, it took as
        # long as the filter itself at 100,000 events)
        self._pickers: list[Callable[[bytes], Sequence[int]]] | None = []
        self.size = 0
        for duration_class, members in sorted(classes.items()):
            members.sort(key=_order)
            self._classes.append(
                (float(2**duration_class), [span.start for span in members], members)
            )
            self._pickers.append(picker([span.index for span in members]))
            self.size += len(members)

    def subset(self, shown: bytes) -> SpanIndex:
        """The index of the spans whose event is shown (`shown`: a flag per event position,
        of this index's spans: a subset is not to be subset again). A filter over 100,000
        events costs an itemgetter pass and a count per class, in C."""
        assert self._shown is None, "a subset is not subset again"
        if self._pickers is None:
            self._pickers = [picker([s.index for s in spans]) for _, _, spans in self._classes]
        kept = SpanIndex(())
        kept._shown, kept._pickers = [], None
        for members, pick in zip(self._classes, self._pickers, strict=True):
            flags = bytes(pick(shown))
            count = flags.count(1)
            if count:
                kept._classes.append(members)
                kept._shown.append(flags)
                kept.size += count
        return kept

    def count_starting(self, lo: float, hi: float) -> int:
        """How many spans start in [lo, hi)."""
        count = 0
        for number, (_, starts, _) in enumerate(self._classes):
            first, end = bisect_left(starts, lo), bisect_left(starts, hi)
            count += (
                end - first if self._shown is None else self._shown[number].count(1, first, end)
            )
        return count

    def first_starting(self, lo: float, hi: float, most: int) -> list[Span]:
        """The first `most` spans starting in [lo, hi), by start: `most` looked at per class
        of duration at the most, however many start there."""
        return self._starting(lo, hi, most)[:most]

    def starting(self, lo: float, hi: float) -> list[Span]:
        """The spans starting in [lo, hi), by start."""
        return self._starting(lo, hi, None)

    def _starting(self, lo: float, hi: float, most: int | None) -> list[Span]:
        found: list[Span] = []
        for number, (_, starts, _) in enumerate(self._classes):
            first, end = bisect_left(starts, lo), bisect_left(starts, hi)
            found += self._shown_of(number, first, end, most)
        found.sort(key=_order)
        return found

    def _shown_of(self, number: int, first: int, end: int, most: int | None) -> list[Span]:
        """The shown spans of class `number` from position `first` to `end` (the first `most`
        of them, when given)."""
        spans = self._classes[number][2]
        if self._shown is None:
            return spans[first : end if most is None else min(end, first + most)]
        flags = self._shown[number]
        if most is None:
            return list(compress(spans[first:end], flags[first:end]))
        found = []
        position = flags.find(1, first, end)
        while position >= 0 and len(found) < most:  # found by C, read one by one
            found.append(spans[position])
            position = flags.find(1, position + 1, end)
        return found

    def contains(self, span: Span) -> bool:
        """Whether `span` (the same event) is one of the indexed spans."""
        longest = float(2 ** _duration_class(span))
        for number, (duration, starts, spans) in enumerate(self._classes):
            if duration == longest:
                position = bisect_left(starts, span.start)
                while position < len(spans) and spans[position].start == span.start:
                    if spans[position].index == span.index:
                        return self._shown is None or bool(self._shown[number][position])
                    position += 1
        return False

    def crossing(self, day: float) -> list[Span]:
        """The spans that start before `day` and end after it."""
        found = []
        for number, (longest, starts, _) in enumerate(self._classes):
            first = bisect_left(starts, day - longest)
            spans = self._shown_of(number, first, bisect_left(starts, day), None)
            found += [span for span in spans if span.end > day]
        found.sort(key=lambda span: (span.start, span.index))
        return found

    def replaced(self, removed: Iterable[Span], added: Iterable[Span]) -> SpanIndex:
        """This index with the spans `removed` taken out and `added` put in their places, for
        an edit of a few events: the classes touched are copied, nothing is sorted again
        (an index of every span: a subset is taken again, not edited)."""
        assert self._shown is None, "a subset is not edited"
        result = SpanIndex(())
        result.size, result._pickers = self.size, None  # made when a filter asks
        classes = {duration: (starts, spans) for duration, starts, spans in self._classes}
        copied: set[float] = set()

        def members(span: Span) -> tuple[list[float], list[Span]]:
            duration = float(2 ** _duration_class(span))
            if duration not in copied:
                starts, spans = classes.get(duration, ([], []))
                classes[duration] = (list(starts), list(spans))
                copied.add(duration)
            return classes[duration]

        for span in removed:
            starts, spans = members(span)
            position = bisect_left(spans, (span.start, span.index), key=_order)
            if position == len(spans) or spans[position].index != span.index:
                raise KeyError(span.index)
            del starts[position], spans[position]
            result.size -= 1
        for span in added:
            starts, spans = members(span)
            position = bisect_left(spans, (span.start, span.index), key=_order)
            starts.insert(position, span.start)
            spans.insert(position, span)
            result.size += 1
        for duration, (starts, spans) in sorted(classes.items()):
            if spans:
                result._classes.append((duration, starts, spans))
        return result


def _order(span: Span) -> tuple[float, int]:
    return span.start, span.index
