"""Turning parsed YAML data into model records, collecting a problem for each bad field."""

from __future__ import annotations

import dataclasses
import datetime
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from viewer.core.dates import DateError, parse_edtf
from viewer.core.model import (
    ACTOR_KINDS,
    EVENT_KINDS,
    Actor,
    Event,
    Evidence,
    Extra,
    LocalText,
    Period,
    Source,
    Timeline,
    is_valid_id,
)
from viewer.core.progress import Progress, counted

Path = tuple[str | int, ...]
RecordT = TypeVar("RecordT", Source, Actor, Evidence, Event)


class Invalid(Exception):
    """A field's value is unusable; the message says why."""


@dataclass
class Findings:
    """Problems found while reading records, each as (path, message, is_error)."""

    items: list[tuple[Path, str, bool]] = field(default_factory=list)
    dropped: bool = False  # something could not be kept, so saving would lose it

    def error(self, path: Path, message: str) -> None:
        self.items.append((path, message, True))

    def warning(self, path: Path, message: str) -> None:
        self.items.append((path, message, False))


def read_text(value: Any) -> LocalText:
    """A plain string or a {lang: text} mapping."""
    if isinstance(value, str):
        return LocalText(plain=value)
    if isinstance(value, Mapping) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        return LocalText.of(value)
    raise Invalid("must be text or a map from language code to text")


def read_str(value: Any) -> str:
    """A string (numbers are accepted and written back as text)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise Invalid("must be text")


def read_id(value: Any) -> str:
    """A non-empty id without spaces."""
    text = read_str(value).strip()
    if not is_valid_id(text):
        raise Invalid("must be a non-empty id without spaces")
    return text


def read_reference(value: Any) -> str:
    """The id of another record: one string for each id, however often it is named (a large
    file names the same few actors and sources in every event)."""
    return sys.intern(read_id(value))


def read_ids(value: Any) -> tuple[str, ...]:
    """A list of ids of other records."""
    if not isinstance(value, list):
        raise Invalid("must be a list")
    return tuple(read_reference(item) for item in value)


def read_strs(value: Any) -> tuple[str, ...]:
    """A list of strings."""
    if not isinstance(value, list):
        raise Invalid("must be a list")
    return tuple(read_str(item) for item in value)


def read_tags(value: Any) -> tuple[str, ...]:
    """A list of tags: one string for each tag, however often it is given."""
    return tuple(map(sys.intern, read_strs(value)))


def read_date(value: Any) -> str:
    """An EDTF date; unquoted YAML dates and years are accepted and kept as canonical text."""
    if isinstance(value, bool | datetime.datetime) or not isinstance(
        value, str | int | datetime.date
    ):
        raise Invalid("must be an EDTF date such as 2023-11-17, 2023-11, 2015 or 2018/2019")
    try:
        return parse_edtf(value).text
    except DateError as exc:
        raise Invalid(str(exc)) from exc


_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


def read_colour(value: Any) -> str:
    """A colour as #rrggbb (#rgb is widened), kept in lower case."""
    if not isinstance(value, str) or not _COLOUR.fullmatch(value.strip()):
        raise Invalid("must be a colour written #rrggbb, such as #4c78a8")
    digits = value.strip()[1:].lower()
    return "#" + (digits if len(digits) == 6 else "".join(d * 2 for d in digits))


def read_occurrence(value: Any) -> int:
    """A 1-based occurrence number."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    raise Invalid("must be a whole number from 1")


def one_of(choices: tuple[str, ...]) -> Callable[[Any], str]:
    """A reader that accepts one of `choices`."""

    def read(value: Any) -> str:
        if value in choices:
            return choices[choices.index(value)]  # the one string for it
        raise Invalid(f"must be one of: {', '.join(choices)}")

    return read


# For each record: its keys in file order, the reader of each, and the required ones.
SOURCE_KEYS: dict[str, Callable[[Any], Any]] = {
    "id": read_id,
    "title": read_text,
    "file": read_str,
    "published": read_date,
    "author": read_str,
    "publisher": read_str,
    "url": read_str,
    "language": read_str,
    "notes": read_text,
    "dismissed": read_strs,
}
ACTOR_KEYS: dict[str, Callable[[Any], Any]] = {
    "id": read_id,
    "name": read_text,
    "aliases": read_strs,
    "kind": one_of(ACTOR_KINDS),
    "description": read_text,
    "not_mentions": read_strs,
}
EVIDENCE_KEYS: dict[str, Callable[[Any], Any]] = {
    "source": read_reference,
    "quote": read_str,
    "prefix": read_str,
    "suffix": read_str,
    "occurrence": read_occurrence,
    "date_quote": read_str,
    "claims_date": read_date,
    "claims_note": read_text,
}
EVENT_KEYS: dict[str, Callable[[Any], Any]] = {
    "id": read_id,
    "date": read_date,
    "title": read_text,
    "summary": read_text,
    "actors": read_ids,
    "tags": read_tags,
    "kind": one_of(EVENT_KINDS),
    "evidence": lambda value: value,  # read item by item below
    "notes": read_text,
}
PERIOD_KEYS: dict[str, Callable[[Any], Any]] = {
    "id": read_id,
    "title": read_text,
    "date": read_date,
    "colour": read_colour,
    "notes": read_text,
}
TIMELINE_KEYS = ("schema", "title", "sources", "actors", "periods", "events")

_REQUIRED = {
    "source": ("id", "file"),
    "actor": ("id", "name"),
    "event": ("id", "title"),
    "evidence": ("source", "quote"),
    "period": ("id", "title", "date"),
}


def read_fields(
    data: Any, keys: Mapping[str, Callable[[Any], Any]], kind: str, path: Path, found: Findings
) -> tuple[dict[str, Any], tuple[tuple[str, Any], ...]] | None:
    """Read the known keys of one record; unknown keys and invalid values go to `extra`."""
    if not isinstance(data, Mapping):
        found.error(path, f"each {kind} must be a mapping of keys to values")
        found.dropped = True
        return None
    values: dict[str, Any] = {}
    extra: list[tuple[str, Any]] = []
    for key, value in data.items():
        reader = keys.get(key)
        if reader is None:
            extra.append((key, value))
            continue
        if value is None:
            continue
        try:
            values[key] = reader(value)
        except Invalid as exc:
            found.error((*path, key), f"{kind} {key} {exc}")
            extra.append((key, value))
    for key in _REQUIRED[kind]:
        value = values.get(key)
        if value is not None and not (value.strip() if type(value) is str else _filled(value)):
            found.error((*path, key), f"{kind} {key} is empty")
            extra.append((key, data[key]))  # kept as written, so that saving keeps it
            del values[key]
        elif key not in values and key not in dict(extra):
            found.error((*path, key), f"{kind} has no {key}")
    if "id" in keys:
        values.setdefault("id", "")
    return values, tuple(extra)


def _filled(value: Any) -> bool:
    """Whether a required value says something: not empty, not only spaces, in some language."""
    if isinstance(value, LocalText):
        texts = [value.plain] if value.plain is not None else [text for _, text in value.by_lang]
        return any(text.strip() for text in texts)
    return not isinstance(value, str) or bool(value.strip())


# Each record's fields that have a default, with it.
DEFAULTS: dict[type, dict[str, Any]] = {
    cls: {
        f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING
    }
    for cls in (Source, Actor, Evidence, Event, Period)
}


def _record(cls: type[RecordT], values: dict[str, Any], extra: Extra) -> RecordT:
    """`cls(**values, extra=extra)` without the frozen dataclass's __init__ and its checks:
    the values were read by the field's reader, so they have the types __init__ would be
    given. Each slot is set once (the defaults first where the file left a field out)."""
    record = object.__new__(cls)
    for name, value in DEFAULTS[cls].items():
        if name not in values:
            _set(record, name, value)
    for name, value in values.items():
        _set(record, name, value)
    _set(record, "extra", extra)
    return record


_set = object.__setattr__  # the records are frozen: their own __setattr__ refuses


def read_source(data: Any, path: Path, found: Findings) -> Source | None:
    """One entry of `sources`."""
    result = read_fields(data, SOURCE_KEYS, "source", path, found)
    return None if result is None else _record(Source, result[0], result[1])


def read_actor(data: Any, path: Path, found: Findings) -> Actor | None:
    """One entry of `actors`."""
    result = read_fields(data, ACTOR_KEYS, "actor", path, found)
    return None if result is None else _record(Actor, result[0], result[1])


def read_period(data: Any, path: Path, found: Findings) -> Period | None:
    """One entry of `periods`."""
    result = read_fields(data, PERIOD_KEYS, "period", path, found)
    return None if result is None else _record(Period, result[0], result[1])


def read_event(data: Any, path: Path, found: Findings) -> Event | None:
    """One entry of `events`, with its evidence list."""
    result = read_fields(data, EVENT_KEYS, "event", path, found)
    if result is None:
        return None
    values, extra = result
    raw_evidence = values.pop("evidence", None)
    if raw_evidence is not None:
        if isinstance(raw_evidence, list):
            items = []
            for index, item in enumerate(raw_evidence):
                fields = read_fields(
                    item, EVIDENCE_KEYS, "evidence", (*path, "evidence", index), found
                )
                if fields is not None:
                    items.append(_record(Evidence, fields[0], fields[1]))
            values["evidence"] = tuple(items)
        else:
            found.error((*path, "evidence"), "event evidence must be a list")
            extra = (*extra, ("evidence", raw_evidence))
    return _record(Event, values, extra)


def read_timeline(
    data: Mapping[str, Any], found: Findings, progress: Progress | None = None
) -> Timeline:
    """The whole document: header, then sources, actors, periods and events (`progress` told
    of the events)."""
    values: dict[str, Any] = {}
    extra: list[tuple[str, Any]] = []
    for key, value in data.items():
        if key not in TIMELINE_KEYS:
            extra.append((key, value))
    if "title" in data:
        try:
            values["title"] = read_text(data["title"])
        except Invalid as exc:
            found.error(("title",), f"timeline title {exc}")
            extra.append(("title", data["title"]))
    readers = {
        "sources": read_source,
        "actors": read_actor,
        "periods": read_period,
        "events": read_event,
    }
    for key, reader in readers.items():
        items = data.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            found.error((key,), f"{key} must be a list")
            extra.append((key, items))
            continue
        told = progress if key == "events" else None
        records = (
            reader(item, (key, index), found)
            for index, item in counted(enumerate(items), len(items), told)
        )
        values[key] = tuple(record for record in records if record is not None)
    return Timeline(schema=1, extra=tuple(extra), **values)
