"""What the filter asks of every event, worked out once: which events have each actor, kind,
tag and source, which have evidence or no date, and the days of the dated ones in order. A
filter is then a few set operations (under 50 ms at 100,000 events), not a pass over the
events. Each table is built the first time a filter needs it; after an edit only the events
it touched are looked at again."""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Callable, Iterable, Iterator
from itertools import compress
from typing import Any

from viewer.core.changes import Change
from viewer.core.model import Event, Timeline
from viewer.core.search_index import SearchIndex

_NO_START = -1  # an open start reaches back before any day
_NO_END = 10**7  # an open end reaches past any day (date.max is 3,652,059)

Span = tuple[int, int, str]  # first day, last day, event id
_RANGES_KEPT = 4

# the tables that group events by a value, and the values each event has
_GROUPS: dict[str, Callable[[Event], Iterable[str]]] = {
    "by_actor": lambda event: event.actors,
    "by_kind": lambda event: (event.kind,),
    "by_tag": lambda event: event.tags,
    "by_source": lambda event: {evidence.source for evidence in event.evidence},
}
# the tables that hold the events with a property
_SETS: dict[str, Callable[[Event], bool]] = {
    "with_evidence": lambda event: bool(event.evidence),
    "undated": lambda event: event.edtf is None,
}


def _gather(
    groups: dict[str, set[str]], values: Callable[[Event], Iterable[str]], events: Iterable[Event]
) -> dict[str, set[str]]:
    """`groups` with each of `events` added under each of its values; returned."""
    for event in events:
        for value in values(event):
            groups.setdefault(value, set()).add(event.id)
    return groups


def _frozen(groups: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    return {value: frozenset(ids) for value, ids in groups.items()}


def _span(event: Event) -> Span | None:
    date = event.edtf
    if date is None:
        return None
    first = date.earliest.toordinal() if date.earliest else _NO_START
    last = date.latest.toordinal() if date.latest else _NO_END
    return (first, last, event.id)


class _Tables:
    """The tables of one timeline value, each made when first asked for."""

    def __init__(self, timeline: Timeline, made: dict[str, Any] | None = None) -> None:
        self.timeline = timeline
        self.made: dict[str, Any] = made or {}
        # the spans as columns (first days, last days, ids), made from the spans they follow
        self._columns: tuple[list[Span], tuple[list[int], list[int], list[str]]] | None = None
        # the last date ranges asked for: a filter changed in another part keeps its range
        self._overlaps: dict[tuple[datetime.date | None, datetime.date | None], frozenset[str]]
        self._overlaps = {}

    def _events(self) -> Iterable[Event]:
        return self.timeline.events_by_id.values()  # the first of each id, as views show

    def all_ids(self) -> frozenset[str]:
        if "all" not in self.made:
            self.made["all"] = frozenset(self.timeline.events_by_id)
        return self.made["all"]

    def group(self, name: str) -> dict[str, frozenset[str]]:
        """Events by actor, kind, tag or source (`name` is one of _GROUPS)."""
        if name not in self.made:
            self.made[name] = _frozen(_gather({}, _GROUPS[name], self._events()))
        return self.made[name]

    def members(self, name: str) -> frozenset[str]:
        """The events with evidence, or the undated ones (`name` is one of _SETS)."""
        if name not in self.made:
            test = _SETS[name]
            self.made[name] = frozenset(event.id for event in self._events() if test(event))
        return self.made[name]

    def spans(self) -> list[Span]:
        """The dated events' days, sorted by the first day."""
        if "spans" not in self.made:
            self.made["spans"] = sorted(s for s in map(_span, self._events()) if s is not None)
        return self.made["spans"]

    def overlapping(self, start: datetime.date | None, end: datetime.date | None) -> frozenset[str]:
        """The dated events whose days touch the range (None: open on that side)."""
        found = self._overlaps.get((start, end))
        if found is None:
            firsts, lasts, ids = self._span_columns()
            count = bisect.bisect_right(firsts, end.toordinal()) if end is not None else len(ids)
            if start is None:
                found = frozenset(ids[:count])
            else:  # compress and map keep the pass over 100,000 spans in C
                shown = map(start.toordinal().__le__, lasts[:count])
                found = frozenset(compress(ids[:count], shown))
            if len(self._overlaps) >= _RANGES_KEPT:
                self._overlaps.pop(next(iter(self._overlaps)))
            self._overlaps[(start, end)] = found
        return found

    def _span_columns(self) -> tuple[list[int], list[int], list[str]]:
        spans = self.spans()
        if self._columns is None or self._columns[0] is not spans:
            firsts = [span[0] for span in spans]
            self._columns = (spans, (firsts, [s[1] for s in spans], [s[2] for s in spans]))
        return self._columns[1]

    def preparing(self, chunk: int) -> Iterator[None]:
        """Make every table, `chunk` events at a time, pausing (yielding) after each: a caller
        steps it while the user does nothing, so that the first filter is as quick as the next
        without a worker thread competing for the interpreter. A table asked for meanwhile is
        made at once, as ever; each is kept only when whole."""
        events = list(self._events())
        groups: dict[str, dict[str, set[str]]] = {name: {} for name in _GROUPS}
        members: dict[str, set[str]] = {name: set() for name in _SETS}
        spans: list[Span] = []
        for start in range(0, len(events), chunk):
            part = events[start : start + chunk]
            for name, values in _GROUPS.items():
                _gather(groups[name], values, part)
            for name, test in _SETS.items():
                members[name].update(event.id for event in part if test(event))
            spans += filter(None, map(_span, part))
            yield
        for name, table in groups.items():
            self.made.setdefault(name, _frozen(table))
        for name, ids in members.items():
            self.made.setdefault(name, frozenset(ids))
        yield
        spans.sort()
        self.made.setdefault("spans", spans)
        yield
        self._span_columns()

    def edited(self, timeline: Timeline, gone: list[Event], came: list[Event]) -> _Tables:
        """These tables for `timeline`, which differs from ours in the events `gone` (as they
        were) and `came` (as they are now)."""
        made: dict[str, Any] = {}
        out = {event.id for event in gone}
        into = {event.id for event in came}
        for name, table in self.made.items():
            if name == "all":
                made[name] = (table - out) | into
            elif name in _SETS:
                test = _SETS[name]
                made[name] = (table - out) | {event.id for event in came if test(event)}
            elif name in _GROUPS:
                made[name] = _regrouped(table, _GROUPS[name], gone, came)
            else:
                made[name] = _respanned(table, gone, came)
        return _Tables(timeline, made)


def _regrouped(
    groups: dict[str, frozenset[str]],
    values: Callable[[Event], Iterable[str]],
    gone: list[Event],
    came: list[Event],
) -> dict[str, frozenset[str]]:
    minus = _gather({}, values, gone)
    plus = _gather({}, values, came)
    result = dict(groups)
    for value in minus.keys() | plus.keys():
        ids = (groups.get(value, frozenset()) - minus.get(value, set())) | plus.get(value, set())
        if ids:
            result[value] = frozenset(ids)
        else:
            result.pop(value, None)
    return result


def _respanned(spans: list[Span], gone: list[Event], came: list[Event]) -> list[Span]:
    result = list(spans)
    for span in filter(None, map(_span, gone)):
        at = bisect.bisect_left(result, span)
        if at < len(result) and result[at] == span:
            del result[at]
    for span in filter(None, map(_span, came)):
        bisect.insort(result, span)
    return result


class FilterIndex:
    """The tables for the timeline last asked about, and the search index for its text."""

    def __init__(self) -> None:
        self.search = SearchIndex()
        self._tables: _Tables | None = None

    def tables(self, timeline: Timeline) -> _Tables:
        """The tables of `timeline` (made anew when the timeline value changed)."""
        if self._tables is None or self._tables.timeline is not timeline:
            self._tables = _Tables(timeline)
        return self._tables

    def preparing(self, timeline: Timeline, chunk: int = 1_000) -> Iterator[None]:
        """The steps that make every table of `timeline` (see _Tables.preparing); they stop
        when the tables are for another timeline value."""
        tables = self.tables(timeline)
        for _ in tables.preparing(chunk):
            if self._tables is not tables:
                return
            yield

    def follow(self, timeline: Timeline, change: Change) -> None:
        """Carry the tables over to `timeline`, an edit of the last one that made `change`:
        only the events it touched are looked at again."""
        old = self._tables
        if old is None or old.timeline is timeline:
            return
        if change.reloaded:  # tables are by id: where the events stand does not matter
            self._tables = None
            return
        touched = change.events_added | change.events_removed | change.events_changed
        before, after = old.timeline.events_by_id, timeline.events_by_id
        gone = [before[i] for i in touched if i in before]
        came = [after[i] for i in touched if i in after]
        self._tables = old.edited(timeline, gone, came)
