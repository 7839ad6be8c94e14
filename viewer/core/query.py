"""Questions asked of a timeline: which events a filter lets through.

One filter serves every view (timeline, table, overview) and the exports: actors (any or all
of them), kinds, tags, sources, a date range, a text, only events with evidence, only undated
events. Each part left empty lets every event through; the parts combine with "and".
"""

from __future__ import annotations

import datetime
import operator
from dataclasses import dataclass, field, replace
from functools import reduce

from viewer.core.dates import DateError, EdtfDate, parse_edtf
from viewer.core.filter_index import FilterIndex, Shown
from viewer.core.model import Timeline

ANY = "any"
ALL = "all"


@dataclass(frozen=True)
class EventFilter:
    """Which events to show; the default shows them all.

    `date_from` and `date_to` are EDTF texts: an event is kept when its date overlaps the days
    from the first of `date_from` to the last of `date_to`, and undated events are left out
    while a range is given (nothing says whether they fall inside it).
    """

    actor_ids: frozenset[str] = frozenset()
    mode: str = ANY  # for the actors: events with any of them, or with all of them
    kinds: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()  # events with any of them
    source_ids: frozenset[str] = frozenset()  # events citing any of them
    date_from: str = ""
    date_to: str = ""
    text: str = ""  # a search query (see core.search)
    with_evidence: bool = False
    undated_only: bool = False
    _bounds: tuple[datetime.date | None, datetime.date | None] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        start = _bound("from", self.date_from)
        end = _bound("to", self.date_to)
        first = start.earliest if start else None
        last = end.latest if end else None
        if first and last and last < first:
            raise ValueError(f"the date range ends ({self.date_to}) before it starts")
        object.__setattr__(self, "_bounds", (first, last))

    @property
    def bounds(self) -> tuple[datetime.date | None, datetime.date | None]:
        """The first and last day of the date range; None where that side is open."""
        return self._bounds

    @property
    def has_range(self) -> bool:
        """Whether a date range is given."""
        return bool(self.date_from or self.date_to)

    @property
    def active(self) -> bool:
        """Whether the filter leaves any event out (or could)."""
        return self != EventFilter(mode=self.mode)

    def toggled(self, actor_id: str) -> EventFilter:
        """The filter with `actor_id` checked if it was not, unchecked if it was."""
        return replace(self, actor_ids=self.actor_ids ^ {actor_id})

    def cleared(self) -> EventFilter:
        """The filter that lets every event through (the actor mode stays)."""
        return EventFilter(mode=self.mode)


def _bound(side: str, text: str) -> EdtfDate | None:
    if not text:
        return None
    try:
        return parse_edtf(text)
    except DateError as exc:
        raise ValueError(f"date {side}: {exc}") from None


def matching_events(
    timeline: Timeline, event_filter: EventFilter, index: FilterIndex | None = None
) -> Shown | None:
    """The events the filter lets through; None when it lets every event through. `index`
    holds what the filter asks of the events (kept by the caller across calls and edits; a
    new one otherwise)."""
    if not event_filter.active:
        return None
    index = index or FilterIndex()
    tables = index.tables(timeline)
    shown = tables.all()
    if event_filter.actor_ids:
        by_actor = tables.group("by_actor")
        groups = [by_actor.get(actor, 0) for actor in event_filter.actor_ids]
        shown &= reduce(operator.and_ if event_filter.mode == ALL else operator.or_, groups)
    for wanted, name in (
        (event_filter.kinds, "by_kind"),
        (event_filter.tags, "by_tag"),
        (event_filter.source_ids, "by_source"),
    ):
        if wanted:
            table = tables.group(name)
            shown &= reduce(operator.or_, (table.get(value, 0) for value in wanted), 0)
    for wanted, name in ((event_filter.with_evidence, "with_evidence"),
                         (event_filter.undated_only, "undated")):  # fmt: skip
        if wanted:
            shown &= tables.members(name)
    if event_filter.has_range:
        shown &= tables.overlapping(*event_filter.bounds)
    if event_filter.text.strip():
        shown &= tables.of_ids(frozenset(index.search.matching(timeline, event_filter.text)))
    return Shown(shown, timeline)


def matching_event_ids(
    timeline: Timeline, event_filter: EventFilter, index: FilterIndex | None = None
) -> frozenset[str] | None:
    """Ids of the events the filter lets through; None when it lets every event through."""
    shown = matching_events(timeline, event_filter, index)
    return None if shown is None else shown.ids


def describe_parts(event_filter: EventFilter) -> list[tuple[str, tuple[str, ...]]]:
    """The filter's parts that are set, as (name, values) in a fixed order, for the bars and
    headers that say what is filtered: actors, kinds, tags, sources, from, to, text,
    evidence, undated."""
    parts: list[tuple[str, tuple[str, ...]]] = []
    for name, values in (
        ("actors", event_filter.actor_ids),
        ("kinds", event_filter.kinds),
        ("tags", event_filter.tags),
        ("sources", event_filter.source_ids),
    ):
        if values:
            parts.append((name, tuple(sorted(values))))
    for name, value in (
        ("from", event_filter.date_from),
        ("to", event_filter.date_to),
        ("text", event_filter.text.strip()),
    ):
        if value:
            parts.append((name, (value,)))
    if event_filter.with_evidence:
        parts.append(("evidence", ()))
    if event_filter.undated_only:
        parts.append(("undated", ()))
    return parts
