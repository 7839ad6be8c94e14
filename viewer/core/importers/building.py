"""What every importer builds records with: ids, extra keys, titles and the cap on events."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from viewer.core.importers.report import ImportLog, ImportReport, counted
from viewer.core.model import (
    EMPTY_TEXT,
    Actor,
    Event,
    Extra,
    LocalText,
    Period,
    Source,
    Timeline,
    is_valid_id,
)
from viewer.core.records import EVENT_KEYS, TIMELINE_KEYS, Invalid, read_colour
from viewer.core.sources import file_stem

__all__ = [
    "ERA_TAG",
    "EVENT_RESERVED",
    "MAX_EVENTS",
    "TIMELINE_RESERVED",
    "UNTITLED",
    "EventCollector",
    "Extras",
    "IdMaker",
    "fill_title",
    "first_line",
]

MAX_EVENTS = 1_000_000
ERA_TAG = "era"  # the tag of the events that stand for eras with no date (a period needs one)
UNTITLED = "(untitled)"
_TIMES = ("time", "end_time")  # the extra keys that keep a time of day
_TITLE_CHARACTERS = 80  # of a summary's first line, when it stands in for a missing title

# The keys the writer takes for a record's own fields: an extra key of that name would replace
# the field's value when saved, so such a key is kept under another name.
EVENT_RESERVED = frozenset(EVENT_KEYS)
TIMELINE_RESERVED = frozenset(TIMELINE_KEYS)


class IdMaker:
    """Ids that are valid (non-empty, no whitespace) and unique within one kind of record."""

    def __init__(self, fallback: str) -> None:
        self.fallback = fallback
        self.taken: set[str] = set()

    def make(self, wanted: object, name: str) -> str:
        """`wanted` (the id the input gave, if any) with its whitespace made hyphens, or else
        one made from `name`; a number is added to an id that is taken already."""
        given = "-".join(str(wanted).split()) if wanted is not None else ""
        base = given or file_stem(name) or self.fallback
        candidate, number = base, 2
        while candidate in self.taken:
            candidate, number = f"{base}-{number}", number + 1
        self.taken.add(candidate)
        return candidate

    @staticmethod
    def why_not(wanted: object) -> str:
        """Why `wanted` was not taken as it is: it is not an id, or an earlier one had it."""
        given = str(wanted)
        if is_valid_id(given):
            return "is the id of an earlier record"
        return "holds spaces" if given.strip() else "is empty"


class Extras:
    """The extra keys of one record, in the order put: keys the input gave that the model does
    not know. A blank value says nothing and is not kept; a reserved key is kept as
    KEY_original, and a key put twice is numbered, so that nothing replaces anything."""

    def __init__(self, reserved: Collection[str] = EVENT_RESERVED) -> None:
        self.reserved = reserved
        self.values: dict[str, Any] = {}

    def put(self, key: str, value: Any) -> str | None:
        """Keep `value` under `key`, or the name `key` has to take, which is returned (None
        for a blank value, which is not kept)."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        name = f"{key}_original" if key in self.reserved else key
        candidate, number = name, 2
        while candidate in self.values or candidate in self.reserved:
            candidate, number = f"{name}_{number}", number + 1
        self.values[candidate] = value
        return candidate

    def put_all(self, pairs: Iterable[tuple[str, Any]]) -> None:
        """Keep each of `pairs` as `put` does."""
        for key, value in pairs:
            self.put(key, value)

    def data(self) -> Extra:
        """The extra keys as a record holds them."""
        return tuple(self.values.items())


def first_line(text: str, limit: int = _TITLE_CHARACTERS) -> str:
    """The first non-blank line of `text`, cut after a whole word near `limit` characters."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(line) <= limit:
        return line
    cut = line.rfind(" ", 0, limit)
    return line[: cut if cut > limit // 2 else limit].rstrip() + "…"


def fill_title(title: str, stand_ins: Iterable[tuple[str, str]]) -> tuple[str, str | None]:
    """`title` on one line, or else the first line of the first of `stand_ins` ((what, text)
    pairs, such as ("text", summary)) that has one, or else UNTITLED; and, where the title was
    missing, a sentence saying how it was made, for the warning."""
    title = " ".join(title.split())
    if title:
        return title, None
    for what, text in stand_ins:
        if line := first_line(text):
            return line, f"its title is taken from its {what}"
    return UNTITLED, f"it is called '{UNTITLED}'"


class EventCollector:
    """The events of one import in input order, their ids, and the count of records read.

    At most MAX_EVENTS events are made; the records after that are counted and left out, and
    one warning at the first of them says how many there were.
    """

    def __init__(self, log: ImportLog, limit: int | None = None) -> None:
        self.log = log
        self.limit = MAX_EVENTS if limit is None else limit
        self.events: list[Event] = []
        self.periods: list[Period] = []  # the eras of the input
        self.ids = IdMaker("event")
        self.records = 0
        self.skipped = 0
        self.eras = 0
        self._left_out = 0
        self._first_left_out: int | None = None

    def room(self, line: int | None) -> bool:
        """Count one more record that stands for an event; False (and the record counted as
        left out) when the cap on events is reached."""
        self.records += 1
        if len(self.events) < self.limit:
            return True
        self.skipped += 1
        self._left_out += 1
        if self._first_left_out is None:
            self._first_left_out = line
        return False

    def count_other(self) -> None:
        """Count a record that is no event (a title slide)."""
        self.records += 1

    def add(self, event: Event, *, era: bool = False) -> None:
        """Keep `event` after the others; `era` says it stands for an era of the input, which
        becomes a period (an event tagged `era` when it has no date a period can take)."""
        self.eras += era
        period = _period_of(event) if era else None
        if period is not None:
            self.periods.append(period)
        else:
            self.events.append(event)

    def skip(self, message: str, *, line: int | None, path: str = "") -> None:
        """Count a record that cannot be made an event, and say why."""
        self.records += 1
        self.skipped += 1
        self.log.warn(message, line=line, path=path)

    def report(
        self,
        format: str,
        *,
        encoding: str = "utf-8",
        title: LocalText = EMPTY_TEXT,
        extra: Extra = (),
        sources: tuple[Source, ...] = (),
        actors: tuple[Actor, ...] = (),
        source_texts: dict[str, str] | None = None,
    ) -> ImportReport:
        """The report of the import: the timeline of these events and everything logged."""
        timed = sum(1 for event in self.events if any(key in _TIMES for key, _ in event.extra))
        if timed:
            self.log.note(
                f"{counted(timed, 'event')} with a time of day: it is kept as the key 'time' "
                "(and 'end_time'), as a timeline's dates are days"
            )
        if self.eras:
            undated = self.eras - len(self.periods)
            left = f"; {counted(undated, 'era')} with no date, an event tagged '{ERA_TAG}'"
            self.log.note(
                f"{counted(self.eras, 'era')}: each became a period{left if undated else ''}"
            )
        if self._left_out:
            self.log.warn(
                f"only the first {self.limit:,} events were imported; "
                f"the {self._left_out:,} records from here on were left out",
                line=self._first_left_out,
            )
        timeline = Timeline(
            title=title,
            sources=sources,
            actors=actors,
            events=tuple(self.events),
            periods=tuple(self.periods),
            extra=extra,
        )
        return ImportReport(
            timeline=timeline,
            format=format,
            problems=sorted(self.log.problems, key=lambda problem: problem.line or 0),
            imported=len(self.events),
            records=self.records,
            skipped=self.skipped,
            encoding=encoding,
            source_texts=dict(source_texts or {}),
            notes=list(self.log.notes),
        )


def _period_of(era: Event) -> Period | None:
    """The period an era (read as an event tagged `era`) stands for; None when it has no date
    a period can take. Its colour is taken where it is one; what else it held is kept."""
    if era.edtf is None:
        return None
    extra = dict(era.extra)
    colour = None
    if isinstance(extra.get("color"), str):
        try:
            colour = read_colour(extra["color"])
            del extra["color"]
        except Invalid:
            pass  # kept as it is, under its own key
    tags = tuple(tag for tag in era.tags if tag != ERA_TAG)
    if tags:
        extra["tags"] = list(tags)
    if era.actors:
        extra["actors"] = list(era.actors)
    return Period(
        id=era.id,
        title=era.title,
        date=era.date,
        colour=colour,
        notes=era.summary or era.notes,
        extra=tuple(extra.items()),
    )
