"""What the filter asks of every event, worked out once, as bits by event position: for each
actor, kind, tag and source the events that have it, the events with evidence or no date,
and every event's first and last day. A Python integer is the bit set (bit i: the event at
position i of the timeline), so a filter is a few integer operations, microseconds at
100,000 events, where sets of 100,000 ids took tens of milliseconds to intersect and look
up. Each table is built the first time it is asked for; an edit splices every table at the
stretch of positions it changed, looking at no other event."""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from itertools import compress
from typing import Any

from viewer.core.changes import Change, changed_span
from viewer.core.model import Event, Timeline
from viewer.core.search_index import SearchIndex

_NO_START = -1  # an open start reaches back before any day
_NO_END = 10**7  # an open end reaches past any day (date.max is 3,652,059)
_UNDATED = (10**8, -(10**8))  # first and last day of an undated event: in no range
_RANGES_KEPT = 4
_FEW = 256  # a value held by fewer events has its bits set one by one

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
_TO_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_FROM_DIGITS = bytes.maketrans(b"01", b"\x00\x01")


def bits_of(flags: bytes) -> int:
    """The bit set of `flags`, one byte per position, 0 or 1 (worked out in C)."""
    return int(flags[::-1].translate(_TO_DIGITS), 2) if flags else 0


def flags_of(bits: int, count: int) -> bytes:
    """One byte per position of `count`, 1 where `bits` has the bit set, else 0."""
    return format(bits, f"0{count}b").encode()[::-1].translate(_FROM_DIGITS) if count else b""


def flags_by_id(ids: Collection[str], events: Iterable[Event]) -> bytes:
    """One byte per event of `events`: 1 where its id is one of `ids`."""
    return bytes(map(ids.__contains__, (event.id for event in events)))


def picker(positions: Sequence[int]) -> Callable[[bytes], Sequence[int]]:
    """What reads the flags (one byte per event position) at `positions`, in their order, at
    C speed: an itemgetter, made once for positions that are read at every filter."""
    if len(positions) > 1:
        return operator.itemgetter(*positions)
    return lambda flags: [flags[position] for position in positions]


def _bits_at(positions: Sequence[int], count: int) -> int:
    if len(positions) < _FEW:
        bits = 0
        for position in positions:
            bits |= 1 << position
        return bits
    flags = bytearray(count)
    for position in positions:
        flags[position] = 1
    return bits_of(bytes(flags))


def _grouped(
    values: Callable[[Event], Iterable[str]], events: Iterable[Event], first: int = 0
) -> dict[str, list[int]]:
    """The positions of `events` (the first at `first`) under each of their values."""
    groups: dict[str, list[int]] = {}
    for position, event in enumerate(events, first):
        for value in values(event):
            groups.setdefault(value, []).append(position)
    return groups


def _days(events: Iterable[Event]) -> tuple[list[int], list[int]]:
    firsts, lasts = [], []
    for event in events:
        date = event.edtf
        if date is None:
            first, last = _UNDATED
        else:
            first = date.earliest.toordinal() if date.earliest else _NO_START
            last = date.latest.toordinal() if date.latest else _NO_END
        firsts.append(first)
        lasts.append(last)
    return firsts, lasts


class _Tables:
    """The tables of one timeline value, each made when first asked for."""

    def __init__(self, timeline: Timeline, made: dict[str, Any] | None = None) -> None:
        self.timeline = timeline
        self.count = len(timeline.events)
        self.made: dict[str, Any] = made or {}
        # the last date ranges asked for: a filter changed in another part keeps its range
        self._overlaps: dict[tuple[datetime.date | None, datetime.date | None], int] = {}

    def all(self) -> int:
        """Every event."""
        return (1 << self.count) - 1

    def group(self, name: str) -> dict[str, int]:
        """The events of each actor, kind, tag or source (`name` is one of _GROUPS)."""
        if name not in self.made:
            groups = _grouped(_GROUPS[name], self.timeline.events)
            self.made[name] = {value: _bits_at(at, self.count) for value, at in groups.items()}
        return self.made[name]

    def members(self, name: str) -> int:
        """The events with evidence, or the undated ones (`name` is one of _SETS)."""
        if name not in self.made:
            self.made[name] = bits_of(bytes(map(_SETS[name], self.timeline.events)))
        return self.made[name]

    def days(self) -> tuple[list[int], list[int]]:
        """The first and last day (ordinals) of the event at each position."""
        if "days" not in self.made:
            self.made["days"] = _days(self.timeline.events)
        return self.made["days"]

    def overlapping(self, start: datetime.date | None, end: datetime.date | None) -> int:
        """The dated events whose days touch the range (None: open on that side)."""
        found = self._overlaps.get((start, end))
        if found is None:
            firsts, lasts = self.days()
            found = self.all()
            if start is not None:  # map and bytes keep the pass over every event in C
                found &= bits_of(bytes(map(start.toordinal().__le__, lasts)))
            if end is not None:
                found &= bits_of(bytes(map(end.toordinal().__ge__, firsts)))
            if len(self._overlaps) >= _RANGES_KEPT:
                self._overlaps.pop(next(iter(self._overlaps)))
            self._overlaps[(start, end)] = found
        return found

    def of_ids(self, ids: Collection[str]) -> int:
        """The events whose id is one of `ids`."""
        return bits_of(flags_by_id(ids, self.timeline.events))

    def preparing(self, chunk: int) -> Iterator[None]:
        """Make every table, `chunk` events at a time, pausing (yielding) after each: a caller
        steps it while the user does nothing, so that the first filter is as quick as the next
        without a worker thread competing for the interpreter. A table asked for meanwhile is
        made at once, as ever; each is kept only when whole."""
        events = self.timeline.events
        groups: dict[str, dict[str, list[int]]] = {name: {} for name in _GROUPS}
        flags: dict[str, list[bytes]] = {name: [] for name in _SETS}
        firsts: list[int] = []
        lasts: list[int] = []
        for first in range(0, len(events), chunk):
            part = events[first : first + chunk]
            for name, values in _GROUPS.items():
                for value, at in _grouped(values, part, first).items():
                    groups[name].setdefault(value, []).extend(at)
            for name, test in _SETS.items():
                flags[name].append(bytes(map(test, part)))
            part_firsts, part_lasts = _days(part)
            firsts += part_firsts
            lasts += part_lasts
            yield
        for name, grouped in groups.items():
            bits = {}
            for value, at in grouped.items():
                bits[value] = _bits_at(at, self.count)
                if len(at) >= _FEW:
                    yield
            self.made.setdefault(name, bits)
        for name, parts in flags.items():
            self.made.setdefault(name, bits_of(b"".join(parts)))
        self.made.setdefault("days", (firsts, lasts))

    def edited(self, timeline: Timeline) -> _Tables:
        """These tables for `timeline`, an edit of ours: the positions before and after the
        stretch of events that differs keep their bits (shifted by the events that came or
        went), the stretch is looked at again."""
        low, old_end, new_end = changed_span(self.timeline.events, timeline.events)
        middle = timeline.events[low:new_end]
        kept = (1 << low) - 1

        def spliced(bits: int, between: int) -> int:
            if bits.bit_length() <= low and not between:
                return bits  # nothing at or past the stretch
            return (bits & kept) | (between << low) | ((bits >> old_end) << new_end)

        made: dict[str, Any] = {}
        for name, table in self.made.items():
            if name in _GROUPS:
                between = _grouped(_GROUPS[name], middle)
                groups = {}
                for value in table.keys() | between.keys():
                    at = between.get(value, ())
                    bits = spliced(table.get(value, 0), _bits_at(at, len(middle)))
                    if bits:
                        groups[value] = bits
                made[name] = groups
            elif name in _SETS:
                made[name] = spliced(table, bits_of(bytes(map(_SETS[name], middle))))
            else:
                (firsts, lasts), (new_firsts, new_lasts) = table, _days(middle)
                made[name] = (
                    firsts[:low] + new_firsts + firsts[old_end:],
                    lasts[:low] + new_lasts + lasts[old_end:],
                )
        return _Tables(timeline, made)


class Shown:
    """The events a filter lets through: the bit of each event's position, and, worked out
    when first asked for, a flag per position (views pick their rows with it) and the ids."""

    __slots__ = ("_flags", "_ids", "bits", "timeline")

    def __init__(self, bits: int, timeline: Timeline) -> None:
        self.bits = bits
        self.timeline = timeline
        self._flags: bytes | None = None
        self._ids: frozenset[str] | None = None

    @property
    def flags(self) -> bytes:
        """One byte per event position: 1 when the event is shown."""
        if self._flags is None:
            self._flags = flags_of(self.bits, len(self.timeline.events))
        return self._flags

    @property
    def ids(self) -> frozenset[str]:
        """The ids of the events shown."""
        if self._ids is None:
            events = self.timeline.events
            self._ids = frozenset(event.id for event in compress(events, self.flags))
        return self._ids

    def flags_for(self, events: Sequence[Event]) -> bytes:
        """A flag per event of `events`: ours (by position), or, for events of another
        timeline value (a view not yet told of an edit), worked out by id."""
        if events is self.timeline.events:
            return self.flags
        return flags_by_id(self.ids, events)

    def __len__(self) -> int:
        if len(self.timeline.events_by_id) == len(self.timeline.events):
            return self.bits.bit_count()
        return len(self.ids)  # an id given twice is one event shown

    def __contains__(self, event_id: object) -> bool:
        return event_id in self.ids


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
        only the stretch of events it changed is looked at again."""
        old = self._tables
        if old is None or old.timeline is timeline:
            return
        self._tables = None if change.reloaded else old.edited(timeline)
