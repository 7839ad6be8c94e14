"""TimelineJS slides, read from its JSON or from its spreadsheet, as events.

The format is TimelineJS 3's (https://timeline.knightlab.com/docs/json-format.html; in the
NUKnightLab/TimelineJS3 repository, website/docs/json-format.njk). A slide becomes an event:

    text.headline -> title (HTML made plain)      text.text -> summary (paragraphs kept)
    start_date, end_date -> date, precision kept  group -> a tag
    unique_id -> id (made valid and unique)       an era -> a period

and everything else goes to extra keys: `time` and `end_time` (a time of day, `HH:MM`),
`display_date`, `start_display_date` and `end_display_date`, `media_url`, `media_caption`,
`media_credit` (every media key as `media_KEY`), `background`, `autolink`, `headline_html` and
`text_html` (the HTML as written, where it links to something that its plain text loses), and
any other key under its own name. A date the timeline cannot hold (a year before 1 or after
9999, as TimelineJS writes years BCE as negative numbers) leaves the event undated, with its
date objects kept as `start_date` and `end_date`, and a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from viewer.core.dates import DateError, DatePoint
from viewer.core.importers.building import ERA_TAG, EventCollector, Extras, fill_title
from viewer.core.importers.date_parts import date_text, time_text
from viewer.core.importers.markup import Plain, from_html
from viewer.core.importers.report import ImportLog, shown
from viewer.core.model import Event, LocalText

__all__ = ["SlideReader", "Where"]

_DATE_PARTS = ("year", "month", "day")
_TIME_PARTS = ("hour", "minute", "second", "millisecond")
_INTEGER_RE = re.compile(r"[-+]?[0-9]+")
_NUMBER_NOISE_RE = re.compile(r"[\s,]+")  # TimelineJS drops spaces and commas from numbers too


@dataclass(frozen=True)
class Where:
    """Where a slide stands in the input: its path (`events[3]`, `row 5`) and line."""

    path: str
    line: int | None


@dataclass
class _End:
    """One date object of a slide, as read: its point and time, or the problem it has."""

    raw: Any
    point: DatePoint | None = None
    time: str | None = None
    problem: str | None = None
    pairs: list[tuple[str, Any]] = field(default_factory=list)


@dataclass
class _Slide:
    """What a slide says, before it is an event or the timeline's title."""

    headline: Plain
    body: Plain
    caption: str
    tags: list[str]
    date: str | None
    wanted_id: Any
    extras: Extras


def _integer(value: Any) -> int | None:
    """A date part as TimelineJS reads it: a number, or text of one; None when blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = _NUMBER_NOISE_RE.sub("", value)
        if _INTEGER_RE.fullmatch(text):
            return int(text)
    raise DateError(f"{shown(value)} is not a whole number")


def _text(value: Any) -> str | None:
    """A text field's value as text (numbers too); None for anything else."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _read_end(value: Any, prefix: str) -> _End:
    """A `start_date` or `end_date` object."""
    end = _End(value)
    if not isinstance(value, Mapping):
        end.problem = "is not a date object"
        return end
    try:
        year, month, day = (_integer(value.get(part)) for part in _DATE_PARTS)
        if year is None:
            raise DateError("it has no year")
        end.point = DatePoint(year, month, day)
        hour, minute, second, millisecond = (_integer(value.get(part)) for part in _TIME_PARTS)
        if hour is not None:
            end.time = time_text(hour, minute or 0, second or 0, millisecond or 0)
        elif minute is not None or second is not None:
            raise DateError("it gives minutes or seconds without an hour")
    except DateError as exc:
        end.problem = str(exc)
        return end
    for key, item in value.items():
        if key not in _DATE_PARTS and key not in _TIME_PARTS:
            end.pairs.append((f"{prefix}_{key}", item))  # display_date, format and the like
    return end


class SlideReader:
    """Makes events of slides, with the ids and the count of one import."""

    def __init__(self, log: ImportLog, events: EventCollector) -> None:
        self.log = log
        self.events = events

    def event(
        self,
        slide: Mapping[str, Any],
        where: Where,
        *,
        era: bool = False,
        unknown: Iterable[tuple[str, Any]] = (),
    ) -> Event:
        """The event a slide (or an era) stands for; `unknown` are extra keys to keep too."""
        read = self._read(slide, where, unknown)
        stand_ins = (("text", read.body.text), ("media caption", read.caption))
        title, how = fill_title(read.headline.line, stand_ins)
        if how:
            self.log.warn(f"{where.path}: the slide has no headline; {how}", line=where.line)
        event_id = self.events.ids.make(read.wanted_id, title)
        if read.wanted_id is not None and event_id != str(read.wanted_id):
            self.log.warn(
                f"{where.path}: unique_id {shown(read.wanted_id)} "
                f"{self.events.ids.why_not(read.wanted_id)}; the event is '{event_id}', and "
                "the id as given is kept as 'unique_id'",
                line=where.line,
                path=where.path,
            )
            read.extras.put("unique_id", read.wanted_id)
        tags = [ERA_TAG, *read.tags] if era else read.tags
        summary = read.body.text
        return Event(
            id=event_id,
            date=read.date,
            title=LocalText.of(title),
            summary=LocalText.of(summary) if summary else LocalText(),
            tags=tuple(dict.fromkeys(tags)),
            extra=read.extras.data(),
        )

    def title(
        self, slide: Mapping[str, Any], where: Where, unknown: Iterable[tuple[str, Any]] = ()
    ) -> tuple[LocalText, dict[str, Any]]:
        """The timeline's title from the title slide, and the rest of that slide as data to
        keep (its text as `text`, a date as `date`, the group as `group`, extra keys)."""
        read = self._read(slide, where, unknown)
        rest = Extras(reserved=())
        rest.put("text", read.body.text)
        rest.put("date", read.date)
        rest.put("group", read.tags[0] if read.tags else None)
        rest.put("unique_id", read.wanted_id)
        rest.put_all(read.extras.data())
        title = read.headline.line
        return (LocalText.of(title) if title else LocalText()), dict(rest.data())

    def _read(
        self, slide: Mapping[str, Any], where: Where, unknown: Iterable[tuple[str, Any]]
    ) -> _Slide:
        extras = Extras()
        read = _Slide(Plain(""), Plain(""), "", [], None, slide.get("unique_id"), extras)
        read.date = self._date(slide, where, extras)
        for key, value in slide.items():
            if key == "text":
                self._text_object(value, read, where)
            elif key == "media" and isinstance(value, Mapping):
                for media_key, item in value.items():
                    extras.put(f"media_{media_key}", item)
                read.caption = from_html(_text(value.get("caption")) or "").text
            elif key == "group" and _text(value) is not None:
                read.tags = [tag] if (tag := " ".join(str(_text(value)).split())) else []
            elif key not in ("start_date", "end_date", "unique_id"):
                extras.put(key, value)  # display_date, background, autolink, and the unknown
        extras.put_all(unknown)
        return read

    def _text_object(self, value: Any, read: _Slide, where: Where) -> None:
        if value is None:
            return
        if isinstance(value, str):
            read.body = from_html(value)  # not an object, but plainly the slide's text
            return
        if not isinstance(value, Mapping):
            read.extras.put("text", value)
            self.log.warn(
                f"{where.path}: text is not a text object; kept as 'text'",
                line=where.line,
                path=where.path,
            )
            return
        for key, item in value.items():
            text = _text(item) if key in ("headline", "text") else None
            if text is None:
                read.extras.put(f"text_{key}", item)
                continue
            plain = from_html(text)
            if key == "headline":
                read.headline = plain
            else:
                read.body = plain
            if plain.linked:
                read.extras.put(f"{key}_html", text)

    def _date(self, slide: Mapping[str, Any], where: Where, extras: Extras) -> str | None:
        """The event's date, with its time and date keys kept; None (and the date objects
        kept as they are) when there is none or it cannot be held."""
        raw_start, raw_end = slide.get("start_date"), slide.get("end_date")
        if raw_start is None and raw_end is None:
            return None
        start = _read_end(raw_start, "start") if raw_start is not None else None
        end = _read_end(raw_end, "end") if raw_end is not None else None
        problems = [
            (name, part.problem)
            for name, part in (("start_date", start), ("end_date", end))
            if part is not None and part.problem
        ]
        if start is None:
            problems.append(("end_date", "is given without a start_date"))
        date = None
        if not problems:
            assert start is not None
            try:
                date = date_text(start.point, end.point if end else None)
            except DateError as exc:
                problems.append(("end_date", str(exc)))
        if problems:
            for name, problem in problems:
                self.log.warn(
                    f"{where.path}: {name} {problem}; the event is undated, and its dates are "
                    "kept as 'start_date' and 'end_date'",
                    line=where.line,
                    path=where.path,
                )
            extras.put("start_date", raw_start)
            extras.put("end_date", raw_end)
            return None
        assert start is not None
        extras.put("time", start.time)
        if end is not None:
            extras.put("end_time", end.time)
        extras.put_all(start.pairs)
        extras.put_all(end.pairs if end else ())
        return date
