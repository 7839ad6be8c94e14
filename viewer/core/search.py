"""Find text anywhere in a timeline: event titles, summaries and notes in both languages,
quotes, actor names and aliases, tags, and the full text of every source.

A query matches as written, ignoring case (Latin) and inside words (Korean: 해임 finds
해임됐다 and 전격해임), both sides in NFC, any run of whitespace standing for a space. The
events are found through a SearchIndex (kept by the caller across queries and edits).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from viewer.core.anchoring import SourceText, nfc
from viewer.core.model import Timeline
from viewer.core.search_index import SearchIndex, event_fields, fold

__all__ = ["MAX_HITS", "SearchHit", "search", "source_pattern"]

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


def source_pattern(query: str) -> re.Pattern[str] | None:
    """The pattern that finds `query` in a source's text (None for an empty query): case
    ignored, any run of whitespace for a space (lines break anywhere)."""
    words = nfc(query).split()
    if not words:
        return None
    return re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)


def search(
    timeline: Timeline,
    texts: Mapping[str, SourceText],
    query: str,
    limit: int = MAX_HITS,
    index: SearchIndex | None = None,
) -> list[SearchHit]:
    """Every place `query` occurs: events first (in stored order, each field once), then the
    passages of the sources (in the timeline's order); at most `limit` hits."""
    pattern = source_pattern(query)
    if pattern is None:
        return []
    wanted = fold(query)
    hits: list[SearchHit] = []
    events, actors = timeline.events_by_id, timeline.actors_by_id
    for event_id in (index or SearchIndex()).matching(timeline, query):
        seen: set[tuple[str, str]] = set()
        for field, text in event_fields(actors, events[event_id]):
            if (field, text) not in seen and wanted in fold(text):
                seen.add((field, text))
                hits.append(SearchHit("event", event_id, field, None, None, text))
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
