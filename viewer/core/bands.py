"""Swimlanes: the events of a timeline grouped by actor, source, tag or kind, each indexed."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from viewer.core.layout import Span, SpanIndex, event_span, time_bounds
from viewer.core.model import EVENT_KINDS, Timeline

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
    order: tuple[Span, ...]  # the visible dated events in time order, for keyboard stepping
    bounds: tuple[float, float]  # the days the timeline covers, with a margin


@dataclass(frozen=True)
class SpanTable:
    """Every event's extent, worked out once per timeline value and shared by all filters."""

    bounds: tuple[float, float]  # the days the timeline covers, with a margin
    spans: tuple[Span | None, ...]  # by event index; None for undated events
    index_by_id: dict[str, int]


def span_table(timeline: Timeline) -> SpanTable:
    """The spans of all events of `timeline`."""
    bounds = _padded(time_bounds(timeline.events))
    spans = tuple(event_span(index, event, bounds) for index, event in enumerate(timeline.events))
    index_by_id: dict[str, int] = {}
    for index, event in enumerate(timeline.events):
        index_by_id.setdefault(event.id, index)
    return SpanTable(bounds, spans, index_by_id)


def build_bands(
    timeline: Timeline, table: SpanTable, grouping: str, visible_ids: frozenset[str] | None
) -> Bands:
    """Group and index the events the filter lets through (`None` lets all through).

    The cost follows the number of events shown, not the size of the timeline.
    """
    if visible_ids is None:
        indexes: Iterable[int] = range(len(table.spans))
    else:
        lookup = table.index_by_id
        indexes = sorted(lookup[event_id] for event_id in visible_ids if event_id in lookup)
    spans: list[Span] = []
    undated: list[int] = []
    for index in indexes:
        span = table.spans[index]
        if span is None:
            undated.append(index)
        else:
            spans.append(span)
    groups = _group(timeline, grouping, spans)
    bands = tuple(Band(key, SpanIndex(members)) for key, members in groups)
    order = tuple(sorted(spans, key=lambda span: (span.start, span.end, span.index)))
    return Bands(bands, tuple(undated), order, table.bounds)


KeysOf = Callable[[int], Iterable[str]]


def _group(timeline: Timeline, grouping: str, spans: list[Span]) -> list[tuple[str, list[Span]]]:
    if grouping not in GROUPINGS or grouping == "none":
        return [(NO_GROUP, spans)]
    order, keys_of = _grouping_keys(timeline, grouping)
    members: dict[str, list[Span]] = {key: [] for key in order}
    for span in spans:
        for key in keys_of(span.index) or (NO_GROUP,):
            members.setdefault(key, []).append(span)
    return [(key, group) for key, group in members.items() if group]


def _grouping_keys(timeline: Timeline, grouping: str) -> tuple[list[str], KeysOf]:
    """The band keys in display order, and the keys one event (by index) belongs to."""
    events = timeline.events
    if grouping == "kind":
        return list(EVENT_KINDS), lambda index: (events[index].kind,)
    if grouping == "actor":
        return [actor.id for actor in timeline.actors], lambda index: events[index].actors
    if grouping == "source":
        return [source.id for source in timeline.sources], lambda index: tuple(
            dict.fromkeys(evidence.source for evidence in events[index].evidence)
        )
    tags = sorted({tag for event in events for tag in event.tags})
    return tags, lambda index: events[index].tags


def _padded(bounds: tuple[float, float] | None) -> tuple[float, float]:
    if bounds is None:
        today = float(datetime.date.today().toordinal())
        return today - 365, today + 365
    lo, hi = bounds
    margin = max((hi - lo) * 0.03, 2.0)
    return lo - margin, hi + margin
