"""The searchable text of every event, folded once: NFC, runs of whitespace as one space, and
lower case, so that a query is a plain substring test (fast at 100,000 events).

The folded text is kept per event value: after an edit only the events it changed are folded
again (an edit to the actors folds everything, since every event shows their names).
"""

from __future__ import annotations

from collections.abc import Iterator

from viewer.core.anchoring import nfc
from viewer.core.model import Actor, Event, LocalText, Timeline

__all__ = ["SearchIndex", "event_fields", "fold"]


def fold(text: str) -> str:
    """`text` as searches compare it: NFC, whitespace runs as one space, lower case."""
    return " ".join(nfc(text).split()).lower()


def _texts(text: LocalText) -> list[str]:
    return [text.plain] if text.plain is not None else [t for _, t in text.by_lang]


def event_fields(actors: dict[str, Actor], event: Event) -> Iterator[tuple[str, str]]:
    """Every searchable (field, text) of an event: title, summary and notes in each language,
    quotes, its actors' names and aliases, tags."""
    for field, value in (("title", event.title), ("summary", event.summary)):
        for text in _texts(value):
            yield field, text
    for text in _texts(event.notes):
        yield "notes", text
    for evidence in event.evidence:
        yield "quote", evidence.quote
    for actor_id in event.actors:
        actor = actors.get(actor_id)
        for spelling in actor.spellings if actor else (actor_id,):
            yield "actor", spelling
    for tag in event.tags:
        yield "tag", tag


class SearchIndex:
    """Which events hold a text, for one timeline value at a time (see `matching`)."""

    def __init__(self) -> None:
        self._timeline: Timeline | None = None
        self._actors: tuple[Actor, ...] | None = None
        self._folded: dict[str, tuple[Event, str]] = {}  # by event id: its value, its text
        self._rows: list[tuple[str, str]] = []  # (event id, folded text) in stored order

    def matching(self, timeline: Timeline, query: str) -> list[str]:
        """Ids of the events of `timeline` whose searchable text holds `query` (folded), in
        stored order; every event for an empty query."""
        self._follow(timeline)
        rows = self._rows
        wanted = fold(query)
        if not wanted:
            return [event_id for event_id, _ in rows]
        return [event_id for event_id, text in rows if wanted in text]

    def _follow(self, timeline: Timeline) -> None:
        if timeline is self._timeline:
            return
        if timeline.actors is not self._actors:
            self._folded.clear()
            self._actors = timeline.actors
        actors = timeline.actors_by_id
        folded = self._folded
        kept: dict[str, tuple[Event, str]] = {}
        rows: list[tuple[str, str]] = []
        for event in timeline.events:
            if event.id in kept:
                continue  # a repeated id (a problem check reports) is found as its first
            entry = folded.get(event.id)
            if entry is None or entry[0] is not event:
                text = "\n".join(fold(t) for _, t in event_fields(actors, event))
                entry = (event, text)
            kept[event.id] = entry
            rows.append((event.id, entry[1]))
        self._folded = kept
        self._rows = rows
        self._timeline = timeline
