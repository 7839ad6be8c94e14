"""What an export holds: its language, the filter (as the app's), and the events they pick."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from viewer.core.dates import DateError, EdtfDate, parse_edtf
from viewer.core.export.names import actor_name, kind_word, source_label
from viewer.core.export.words import EXPORT_LANGUAGES, word
from viewer.core.model import EVENT_KINDS, Event, Timeline
from viewer.core.query import ALL, ANY, EventFilter, matching_event_ids


@dataclass(frozen=True)
class ExportOptions:
    """The export's language and filter; invalid values raise ValueError when made.

    The other fields work as the app's EventFilter (see core.query): `actor_ids` with
    `actor_mode` ("any" keeps events with at least one of them, "all" those with every one),
    `kinds`, `tags` and `source_ids` (any of them), `text` (a search query), `with_evidence`,
    `undated_only`; `date_from` and `date_to` are EDTF texts, and an event is kept when its
    date overlaps the range from the first day of `date_from` to the last day of `date_to`.
    """

    lang: str = "en"
    actor_ids: tuple[str, ...] = ()
    actor_mode: str = ANY
    date_from: str | None = None
    date_to: str | None = None
    kinds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    source_ids: tuple[str, ...] = ()
    text: str = ""
    with_evidence: bool = False
    undated_only: bool = False

    @classmethod
    def following(cls, event_filter: EventFilter, lang: str, **changes: object) -> ExportOptions:
        """The options that export what `event_filter` shows, in `lang`; `changes` replace
        fields (a date range of the export's own, say)."""
        fields: dict[str, object] = {
            "lang": lang,
            "actor_ids": tuple(sorted(event_filter.actor_ids)),
            "actor_mode": event_filter.mode,
            "date_from": event_filter.date_from or None,
            "date_to": event_filter.date_to or None,
            "kinds": tuple(sorted(event_filter.kinds)),
            "tags": tuple(sorted(event_filter.tags)),
            "source_ids": tuple(sorted(event_filter.source_ids)),
            "text": event_filter.text,
            "with_evidence": event_filter.with_evidence,
            "undated_only": event_filter.undated_only,
        }
        fields.update(changes)
        return cls(**fields)  # type: ignore[arg-type]

    def __post_init__(self) -> None:
        if self.lang not in EXPORT_LANGUAGES:
            raise ValueError(f"export language must be 'en' or 'ko', not {self.lang!r}")
        if self.actor_mode not in (ANY, ALL):
            raise ValueError(f"actor mode must be 'any' or 'all', not {self.actor_mode!r}")
        # A list or a single string would pass a loose check and misbehave later.
        for name in ("actor_ids", "kinds", "tags", "source_ids"):
            values = getattr(self, name)
            if not isinstance(values, tuple) or not all(isinstance(v, str) for v in values):
                raise ValueError(f"{name.replace('_', ' ')} must be a tuple of strings")
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
    def event_filter(self) -> EventFilter:
        """The filter these options describe."""
        return EventFilter(
            frozenset(self.actor_ids), self.actor_mode, frozenset(self.kinds),
            frozenset(self.tags), frozenset(self.source_ids), self.date_from or "",
            self.date_to or "", self.text, self.with_evidence, self.undated_only,
        )  # fmt: skip

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
    allowed = matching_event_ids(timeline, options.event_filter)
    dated: list[Event] = []
    undated: list[Event] = []
    for event in timeline.events:
        if allowed is not None and event.id not in allowed:
            continue
        (undated if event.edtf is None else dated).append(event)
    # sorted() is stable, so events on the same day keep their stored order.
    dated.sort(key=_sort_key)
    return SelectedEvents(tuple(dated), tuple(undated), describe(timeline, options))


def unknown_values(timeline: Timeline, options: ExportOptions) -> str:
    """What the options name that the timeline does not have, as a message; "" if nothing."""
    for what, values, known in (
        ("actor", options.actor_ids, timeline.actors_by_id),
        ("source", options.source_ids, timeline.sources_by_id),
    ):
        missing = [value for value in values if value not in known]
        if missing:
            return f"no {what} with the id '{missing[0]}' in this timeline"
    strange = [kind for kind in options.kinds if kind not in EVENT_KINDS]
    if strange:
        return f"'{strange[0]}' is not a kind of event ({', '.join(EVENT_KINDS)})"
    return ""


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
        line = word("filter.join", lang).format(who=who, when=when)
    elif when:
        line = word("filter.dates_only", lang).format(when=when)
    else:
        line = who
    more = _describe_more(timeline, options)
    if more and not line:
        line = word("filter.events", lang)
    return ", ".join([line, *more]) if more else line


def _describe_more(timeline: Timeline, options: ExportOptions) -> list[str]:
    """The parts of the filter beyond actors and dates, one phrase each."""
    lang = options.lang
    sources = timeline.sources_by_id
    phrases = []
    for key, values in (
        ("filter.kinds", [kind_word(kind, lang) for kind in options.kinds]),
        ("filter.tags", list(options.tags)),
        ("filter.sources", [source_label(sources.get(s), s, lang) for s in options.source_ids]),
    ):
        if values:
            phrases.append(word(key, lang).format(values=" / ".join(values)))
    if options.text.strip():
        phrases.append(word("filter.text", lang).format(text=" ".join(options.text.split())))
    for key, wanted in (("filter.evidence", options.with_evidence),
                        ("filter.undated", options.undated_only)):  # fmt: skip
        if wanted:
            phrases.append(word(key, lang))
    return phrases


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


def _sort_key(event: Event) -> datetime.date:
    assert event.edtf is not None  # only dated events are sorted
    return event.edtf.sort_key
