"""What an export holds: its language, an actor filter, a date range, and the events they pick."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from viewer.core.dates import DateError, EdtfDate, parse_edtf
from viewer.core.export.names import actor_name
from viewer.core.export.words import EXPORT_LANGUAGES, word
from viewer.core.model import Event, Timeline
from viewer.core.query import ALL, ANY, ActorFilter, matching_event_ids


@dataclass(frozen=True)
class ExportOptions:
    """The export's language and filter; invalid values raise ValueError when made.

    `actor_ids` and `actor_mode` work as the app's ActorFilter: with no actor every event
    passes, "any" keeps events with at least one of them, "all" those with every one.
    `date_from` and `date_to` are EDTF texts; an event is kept when its date overlaps the
    range from the first day of `date_from` to the last day of `date_to`.
    """

    lang: str = "en"
    actor_ids: tuple[str, ...] = ()
    actor_mode: str = ANY
    date_from: str | None = None
    date_to: str | None = None

    def __post_init__(self) -> None:
        if self.lang not in EXPORT_LANGUAGES:
            raise ValueError(f"export language must be 'en' or 'ko', not {self.lang!r}")
        if self.actor_mode not in (ANY, ALL):
            raise ValueError(f"actor mode must be 'any' or 'all', not {self.actor_mode!r}")
        # A list or a single string would pass a loose check and misbehave later.
        if not isinstance(self.actor_ids, tuple) or not all(
            isinstance(actor, str) for actor in self.actor_ids
        ):
            raise ValueError("actor ids must be a tuple of strings")
        start, end = self.bounds
        if start and end and end < start:
            raise ValueError(
                f"the date range ends ({self.date_to}) before it starts ({self.date_from})"
            )

    @property
    def bounds(self) -> tuple[datetime.date | None, datetime.date | None]:
        """The first and last day of the date range; None where that side is open."""
        start = _parse_bound("date_from", self.date_from)
        end = _parse_bound("date_to", self.date_to)
        return (start.earliest if start else None, end.latest if end else None)

    @property
    def has_range(self) -> bool:
        """Whether a date range is given at all."""
        return bool(self.date_from or self.date_to)


@dataclass(frozen=True)
class SelectedEvents:
    """The events an export shows: dated ones in time order, then the undated ones."""

    dated: tuple[Event, ...]
    undated: tuple[Event, ...]
    # One line naming the filter, in the export's language; empty when nothing is filtered.
    description: str

    @property
    def events(self) -> tuple[Event, ...]:
        """Every selected event, dated ones first."""
        return self.dated + self.undated


def selected_events(timeline: Timeline, options: ExportOptions) -> SelectedEvents:
    """The events `options` let through, the dated ones sorted by date, then stored order.

    Events whose date is missing or not understood count as undated; they are kept only when
    no date range is given, since nothing says whether they fall inside it.
    """
    allowed = matching_event_ids(
        timeline, ActorFilter(frozenset(options.actor_ids), options.actor_mode)
    )
    start, end = options.bounds
    dated: list[Event] = []
    undated: list[Event] = []
    for event in timeline.events:
        if allowed is not None and event.id not in allowed:
            continue
        if event.edtf is None:
            undated.append(event)
        elif _overlaps(event.edtf, start, end):
            dated.append(event)
    # sorted() is stable, so events on the same day keep their stored order.
    dated.sort(key=_sort_key)
    kept_undated = () if options.has_range else tuple(undated)
    return SelectedEvents(tuple(dated), kept_undated, describe(timeline, options))


def describe(timeline: Timeline, options: ExportOptions) -> str:
    """One line naming the filter, e.g. "Events with Sam Altman or Ilya Sutskever, from 2023-11
    to 2023-12"; empty when nothing is filtered."""
    lang = options.lang
    who = ""
    if options.actor_ids:
        names = [actor_name(timeline, actor, lang) for actor in dict.fromkeys(options.actor_ids)]
        joiner = word("filter.and" if options.actor_mode == ALL else "filter.or", lang)
        listed = ", ".join(names[:-1]) + joiner + names[-1] if len(names) > 1 else names[0]
        key = "filter.all" if options.actor_mode == ALL and len(names) > 1 else "filter.any"
        who = word(key, lang).format(names=listed)
    when = _describe_range(options)
    if who and when:
        return word("filter.join", lang).format(who=who, when=when)
    if when:
        return word("filter.dates_only", lang).format(when=when)
    return who


def _describe_range(options: ExportOptions) -> str:
    # The bounds are shown as the user wrote them (canonical EDTF), which is exact and short.
    start = options.date_from and _parse_bound("date_from", options.date_from).text
    end = options.date_to and _parse_bound("date_to", options.date_to).text
    if start and end:
        return word("filter.from_to", options.lang).format(start=start, end=end)
    if start:
        return word("filter.from", options.lang).format(start=start)
    if end:
        return word("filter.to", options.lang).format(end=end)
    return ""


def _parse_bound(name: str, text: str | None) -> EdtfDate | None:
    if not text:
        return None
    try:
        return parse_edtf(text)
    except DateError as exc:
        raise ValueError(f"{name}: {exc}") from None


def _overlaps(date: EdtfDate, start: datetime.date | None, end: datetime.date | None) -> bool:
    # An open end of the event's date reaches as far as the range does.
    if start and date.latest and date.latest < start:
        return False
    return not (end and date.earliest and date.earliest > end)


def _sort_key(event: Event) -> datetime.date:
    assert event.edtf is not None  # only dated events are sorted
    return event.edtf.sort_key
