"""The timeline as immutable values that refer to each other by id."""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from sys import intern
from typing import Any

from viewer.core.dates import DateError, EdtfDate, parse_edtf

EVENT_KINDS = ("fact", "claim", "opinion", "speculation")
ACTOR_KINDS = ("person", "organization", "group")
LANGUAGES = ("en", "ko")

# Keys a record does not know, or known keys whose value was invalid, kept verbatim so that a
# save never drops what the user wrote.
Extra = tuple[tuple[str | int, Any], ...]


_WHITESPACE = re.compile(r"\s")  # what str.isspace() calls whitespace


def is_valid_id(text: str) -> bool:
    """Ids are non-empty and hold no whitespace: lists in the file write them bare."""
    return bool(text) and _WHITESPACE.search(text) is None


@dataclass(frozen=True, slots=True, init=False)
class LocalText:
    """A text that is either one plain string or a map from language code to text."""

    plain: str | None
    # the codes and texts one after another (code, text, code, text): a tuple of pairs took
    # three tuples a text, 10 MB more at 100,000 events with a title in two languages
    _flat: tuple[str, ...]

    def __init__(self, plain: str | None = None, by_lang: Iterable[tuple[str, str]] = ()) -> None:
        """`plain` for every language, or the text of each language in `by_lang`."""
        object.__setattr__(self, "plain", plain)  # frozen: its own __setattr__ refuses
        object.__setattr__(self, "_flat", tuple(itertools.chain.from_iterable(by_lang)))

    @classmethod
    def of(cls, value: str | Mapping[str, str]) -> LocalText:
        """Build from a plain string or a {lang: text} mapping."""
        if isinstance(value, str):
            return cls(plain=value)
        pairs = value.items()
        if all(type(k) is str and type(v) is str for k, v in pairs):
            # one string for each language code: a large file writes "en" and "ko" in every
            # title (10 MB of copies at 100,000 events)
            return cls(by_lang=[(intern(k), v) for k, v in pairs])
        return cls(by_lang=[(intern(str(k)), str(v)) for k, v in pairs])

    @property
    def by_lang(self) -> tuple[tuple[str, str], ...]:
        """Each language code with its text, in the order written."""
        flat = self._flat
        return tuple(zip(flat[::2], flat[1::2], strict=True))

    def get(self, lang: str) -> str:
        """The text in `lang`, else English, else any language, else empty."""
        if self.plain is not None:
            return self.plain
        flat = self._flat
        for candidate in (lang, "en"):
            text = self._text_in(candidate)
            if text is not None:
                return text
        if not flat:
            return ""
        return self._text_in(flat[0]) or ""

    def exact(self, lang: str) -> str | None:
        """The text written for `lang` only, with no fallback (a plain string counts for all)."""
        return self.plain if self.plain is not None else self._text_in(lang)

    def _text_in(self, lang: str) -> str | None:
        # the last written for a code, as a mapping of them keeps it
        flat = self._flat
        for index in range(len(flat) - 2, -1, -2):
            if flat[index] == lang:
                return flat[index + 1]
        return None

    def to_data(self) -> str | dict[str, str]:
        """The YAML form: a string or a mapping."""
        return self.plain if self.plain is not None else dict(self.by_lang)

    def __bool__(self) -> bool:
        return bool(self.plain) or any(self._flat[1::2])

    def __repr__(self) -> str:
        if self.plain is not None:
            return f"LocalText(plain={self.plain!r})"
        return f"LocalText(by_lang={self.by_lang!r})"


EMPTY_TEXT = LocalText()


@dataclass(frozen=True, slots=True)
class Evidence:
    """A verbatim quote from a source that supports an event."""

    source: str = ""
    quote: str = ""
    prefix: str | None = None
    suffix: str | None = None
    occurrence: int | None = None
    # The sentence that states the event's date, when it is not the quote itself, so that a
    # reader can verify the date as well as the claim.
    date_quote: str | None = None
    # What this source says differently from the event as recorded: the date it gives (EDTF)
    # when that is not the event's date, and a short note of anything else (figures, who did
    # what), so that readers see disagreements without opening the notes.
    claims_date: str | None = None
    claims_note: LocalText = EMPTY_TEXT
    extra: Extra = ()

    @property
    def claimed_edtf(self) -> EdtfDate | None:
        """The parsed `claims_date`, or None when absent or invalid."""
        return date_of(self.claims_date)


@dataclass(frozen=True, slots=True)
class Source:
    """A plain-text article the timeline cites."""

    id: str
    title: LocalText = EMPTY_TEXT
    file: str = ""
    published: str | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    notes: LocalText = EMPTY_TEXT
    # Dated sentences the user decided are no event: not suggested again.
    dismissed: tuple[str, ...] = ()
    extra: Extra = ()

    @property
    def published_date(self) -> EdtfDate | None:
        """The parsed publication date, or None when absent or invalid."""
        return date_of(self.published)


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organization or group that takes part in events."""

    id: str
    name: LocalText = EMPTY_TEXT
    aliases: tuple[str, ...] = ()
    kind: str = "person"
    description: LocalText = EMPTY_TEXT
    # Longer words that contain a spelling without naming the actor (애플리케이션 for 애플).
    not_mentions: tuple[str, ...] = ()
    extra: Extra = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every way the actor is written: names in each language, then the aliases."""
        names = [self.name.plain] if self.name.plain else [text for _, text in self.name.by_lang]
        return tuple(dict.fromkeys(s for s in (*names, *self.aliases) if s))


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened (or was claimed), with its date and evidence."""

    id: str
    date: str | None = None
    title: LocalText = EMPTY_TEXT
    summary: LocalText = EMPTY_TEXT
    actors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    kind: str = "fact"
    evidence: tuple[Evidence, ...] = ()
    notes: LocalText = EMPTY_TEXT
    extra: Extra = ()

    @property
    def edtf(self) -> EdtfDate | None:
        """The parsed date, or None when undated or invalid."""
        return date_of(self.date)


@dataclass(frozen=True, slots=True)
class Period:
    """A stretch of time the story falls into (the Musk era, the November 2023 crisis), drawn
    as a labelled band behind the events."""

    id: str
    title: LocalText = EMPTY_TEXT
    date: str | None = None  # EDTF, usually an interval
    colour: str | None = None  # "#rrggbb"
    notes: LocalText = EMPTY_TEXT
    extra: Extra = ()

    @property
    def edtf(self) -> EdtfDate | None:
        """The parsed date, or None when missing or invalid."""
        return date_of(self.date)


@dataclass(frozen=True)
class Timeline:
    """A whole chronology: sources, actors, periods and events in their stored order."""

    schema: int = 1
    title: LocalText = EMPTY_TEXT
    sources: tuple[Source, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    periods: tuple[Period, ...] = ()
    extra: Extra = ()

    @cached_property
    def events_by_id(self) -> dict[str, Event]:
        """Events by id; the first wins where ids repeat."""
        return _first_by_id(self.events)

    @cached_property
    def positions_by_id(self) -> dict[str, int]:
        """The position of each event in `events` by id; the first where ids repeat. The
        views find rows and spans by it (each kept a lookup of its own, 5 MB at 100,000
        events)."""
        events = self.events
        index = dict(zip(map(_id_of, events), range(len(events)), strict=True))
        if len(index) < len(events):  # a repeated id: the first one is kept
            index = {}
            for position, event in enumerate(events):
                index.setdefault(event.id, position)
        return index

    @cached_property
    def actors_by_id(self) -> dict[str, Actor]:
        """Actors by id; the first wins where ids repeat."""
        return _first_by_id(self.actors)

    @cached_property
    def sources_by_id(self) -> dict[str, Source]:
        """Sources by id; the first wins where ids repeat."""
        return _first_by_id(self.sources)

    def forget_lookups(self) -> None:
        """Let go of the lookups by id made on first use; they are made again if asked for.
        The undo steps hold every earlier value of a timeline, and each value's lookup of
        100,000 events is 5 MB."""
        for name in ("events_by_id", "positions_by_id", "actors_by_id", "sources_by_id"):
            self.__dict__.pop(name, None)


def _first_by_id(records: tuple[Any, ...]) -> dict[str, Any]:
    # made in C where ids are unique (a loop here took 90 ms at 100,000 events)
    index = dict(zip(map(_id_of, records), records, strict=True))
    if len(index) < len(records):  # a repeated id: the first one is kept
        index = {}
        for record in records:
            index.setdefault(record.id, record)
    return index


_id_of = operator.attrgetter("id")


# Parsed on every look rather than cached on each record: a cached value grew each event's
# attribute dictionary by 376 bytes (41 MB at 100,000 events); the same texts repeat, so the
# parsed dates (and the invalid ones) are kept by text instead.
@functools.lru_cache(maxsize=2**16)
def date_of(text: str | None) -> EdtfDate | None:
    """The parsed date of a record's date text, or None when absent or invalid."""
    if not text:
        return None
    try:
        return parse_edtf(text)
    except DateError:
        return None
