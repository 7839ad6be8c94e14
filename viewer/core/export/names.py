"""What every format says about a record, as plain text: names, titles, kinds, dates, citations.

Each format escapes these texts its own way; here they are only looked up, in the export's
language, and nothing raises on odd data: an unknown id is shown as the id, an empty title
as "(untitled)", a date that is not understood as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from viewer.core.dates import Precision
from viewer.core.export.words import word
from viewer.core.model import EVENT_KINDS, Event, Evidence, Source, Timeline

# The source metadata a source list shows under the source's title, in this order.
SOURCE_FIELDS = ("author", "publisher", "published", "url", "language", "file")


@dataclass(frozen=True)
class DateLabel:
    """How an export shows an event's date."""

    human: str
    # The EDTF text too where the human date is coarser than a day, so that a reader sees
    # exactly what was recorded ("Nov 2023" could be mistaken for a rounded day).
    edtf: str | None


def actor_name(timeline: Timeline, actor_id: str, lang: str) -> str:
    """The actor's name in `lang`; the id itself for an actor the timeline does not list."""
    actor = timeline.actors_by_id.get(actor_id)
    return (actor.name.get(lang) if actor else "") or actor_id


def actor_names(timeline: Timeline, event: Event, lang: str) -> list[str]:
    """The names of the event's actors, in the event's order."""
    return [actor_name(timeline, actor, lang) for actor in event.actors]


def kind_word(kind: str, lang: str) -> str:
    """The kind in words ("Fact", "사실"); a kind the format does not know, as written."""
    return word(f"kind.{kind}", lang) if kind in EVENT_KINDS else kind


def event_title(event: Event, lang: str) -> str:
    """The title in `lang`, else one kept as written though invalid, else "(untitled)"."""
    return event.title.get(lang) or _extra_text(event.extra, "title") or word("untitled", lang)


def date_label(event: Event, lang: str) -> DateLabel | None:
    """The event's date for display; None when it is undated or its date is not understood."""
    date = event.edtf
    if date is None:
        return None
    edtf = date.text if date.precision != Precision.DAY else None
    return DateLabel(date.render(lang), edtf)


def period_entries(timeline: Timeline, lang: str) -> list[tuple[str, str]]:
    """(date in words, title) of each dated period, in the file's order."""
    return [
        (period.edtf.render(lang), period.title.get(lang) or period.id)
        for period in timeline.periods
        if period.edtf is not None
    ]


def written_date(event: Event) -> str | None:
    """The date as written when it is not understood (invalid text or kept in `extra`)."""
    if event.edtf is not None:
        return None
    return event.date or _extra_text(event.extra, "date")


def published_text(source: Source, lang: str) -> str:
    """The publication date in words, else as written, else empty."""
    date = source.published_date
    return date.render(lang) if date else (source.published or "")


def source_label(source: Source | None, source_id: str, lang: str) -> str:
    """A source's title, else its id, else "?"."""
    return (source.title.get(lang) if source else "") or source_id or "?"


def citation(timeline: Timeline, source_id: str, lang: str) -> str:
    """Who said it: "title, publisher, date" of the source, or the id and "unknown source"."""
    source = timeline.sources_by_id.get(source_id)
    if source is None:
        return f"{source_label(None, source_id, lang)} ({word('unknown_source', lang)})"
    parts = [
        source_label(source, source_id, lang),
        source.publisher or "",
        published_text(source, lang),
    ]
    return ", ".join(part for part in parts if part)


def source_fields(source: Source, lang: str) -> list[tuple[str, str, str]]:
    """(field, label, value) for each piece of metadata the source has, in SOURCE_FIELDS order.

    The publication date is given in words and, where they differ, as the EDTF written.
    """
    values = {
        "author": source.author or "",
        "publisher": source.publisher or "",
        "published": _published_full(source, lang),
        "url": source.url or "",
        "language": source.language or "",
        "file": source.file,
    }
    return [(field, word(field, lang), values[field]) for field in SOURCE_FIELDS if values[field]]


def cited_sources(timeline: Timeline, events: tuple[Event, ...]) -> list[tuple[str, Source | None]]:
    """The sources the events cite: listed ones in the timeline's order, then unknown ids."""
    cited = dict.fromkeys(evidence.source for event in events for evidence in event.evidence)
    known = timeline.sources_by_id  # where an id repeats, the first record wins, as elsewhere
    listed = [
        sid for sid in dict.fromkeys(source.id for source in timeline.sources) if sid in cited
    ]
    found: list[tuple[str, Source | None]] = [(sid, known[sid]) for sid in listed]
    return found + [(sid, None) for sid in cited if sid not in known]


def _published_full(source: Source, lang: str) -> str:
    shown = published_text(source, lang)
    written = source.published or ""
    return f"{shown} ({written})" if written and shown != written else shown


def _extra_text(extra: tuple[tuple[Any, Any], ...], key: str) -> str:
    """A scalar value kept verbatim in `extra` under `key`, as text; empty otherwise."""
    for name, value in extra:
        if name == key and value is not None and not isinstance(value, list | dict | tuple):
            return str(value)
    return ""


def claims(evidence: Evidence, lang: str, event_date: str | None = None) -> list[tuple[str, str]]:
    """What an evidence entry's source says differently, as (word key, text) pairs: the date
    it gives (in words, as written when not understood; not when it is the event's own) and
    its note."""
    found = []
    if evidence.claims_date and evidence.claims_date != event_date:
        date = evidence.claimed_edtf
        found.append(("source_gives_date", date.render(lang) if date else evidence.claims_date))
    note = evidence.claims_note.get(lang)
    if note:
        found.append(("source_says", note))
    return found
