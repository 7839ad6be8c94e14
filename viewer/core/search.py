"""Find text anywhere in a timeline: event titles, summaries and notes in both languages,
quotes, actor names and aliases, tags, and the full text of every source.

A query matches as written, ignoring case (Latin) and inside words (Korean: 해임 finds
해임됐다 and 전격해임), both sides in NFC. This scans; an index for very large files is to come.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from viewer.core.anchoring import SourceText, nfc
from viewer.core.model import Event, LocalText, Timeline

__all__ = ["MAX_HITS", "SearchHit", "search"]

MAX_HITS = 1000  # a query that common is narrowed before it is read
_CONTEXT = 40  # characters shown either side of a match in a source


@dataclass(frozen=True)
class SearchHit:
    """One place the query was found: in an event's field, or in a source's text."""

    kind: str  # "event" or "source"
    id: str  # the event's or the source's id
    field: str  # for events: title, summary, notes, quote, actor or tag; "text" for sources
    start: int | None  # for sources: character offsets of the match in the text
    end: int | None
    text: str  # the field's text, or the passage around the match

    def to_json_dict(self) -> dict[str, object]:
        """The fields the command line prints."""
        return {
            "kind": self.kind,
            "id": self.id,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


def _texts(text: LocalText) -> list[str]:
    return [text.plain] if text.plain is not None else [t for _, t in text.by_lang]


def _event_fields(timeline: Timeline, event: Event) -> Iterator[tuple[str, str]]:
    for field, value in (("title", event.title), ("summary", event.summary)):
        for text in _texts(value):
            yield field, text
    for text in _texts(event.notes):
        yield "notes", text
    for evidence in event.evidence:
        yield "quote", evidence.quote
    actors = timeline.actors_by_id
    for actor_id in event.actors:
        actor = actors.get(actor_id)
        for spelling in actor.spellings if actor else (actor_id,):
            yield "actor", spelling
    for tag in event.tags:
        yield "tag", tag


def search(
    timeline: Timeline,
    texts: Mapping[str, SourceText],
    query: str,
    limit: int = MAX_HITS,
) -> list[SearchHit]:
    """Every place `query` occurs: events first (in stored order, each field once), then the
    passages of the sources (in the timeline's order); at most `limit` hits."""
    wanted = " ".join(nfc(query).split())
    if not wanted:
        return []
    # any run of spaces in the text may stand for a space of the query (lines break anywhere)
    pattern = re.compile(r"\s+".join(map(re.escape, wanted.split(" "))), re.IGNORECASE)
    hits: list[SearchHit] = []
    for event in timeline.events:
        seen: set[tuple[str, str]] = set()
        for field, text in _event_fields(timeline, event):
            if (field, text) not in seen and pattern.search(nfc(text)):
                seen.add((field, text))
                hits.append(SearchHit("event", event.id, field, None, None, text))
                if len(hits) >= limit:
                    return hits
    for source in timeline.sources:
        text = texts.get(source.id)
        if text is None:
            continue
        for match in pattern.finditer(text.text):
            start, end = match.span()
            passage = text.text[max(0, start - _CONTEXT) : end + _CONTEXT]
            hits.append(
                SearchHit("source", source.id, "text", start, end, " ".join(passage.split()))
            )
            if len(hits) >= limit:
                return hits
    return hits
