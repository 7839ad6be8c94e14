"""Resolving the `conflicts:` entries a merge left in a file: keep ours (the record as it is),
take theirs (the version the entry holds) or write a value of one's own for the field; either
way the entry goes."""

from __future__ import annotations

import dataclasses
from typing import Any

from viewer.core.merge import HEADER_FIELDS, KIND_OF, record_data
from viewer.core.model import Timeline
from viewer.core.records import (
    Findings,
    Invalid,
    read_actor,
    read_event,
    read_period,
    read_source,
    read_text,
)

_READERS = {
    "sources": read_source,
    "actors": read_actor,
    "periods": read_period,
    "events": read_event,
}


def conflict_entries(timeline: Timeline) -> list[Any]:
    """The entries under `conflicts:` (none when the file has no conflicts)."""
    entries = dict(timeline.extra).get("conflicts")
    return entries if isinstance(entries, list) else []


OWN = "own"  # the side of a value the user wrote


def resolve_entry(timeline: Timeline, position: int, side: str, own: Any = None) -> Timeline:
    """`timeline` with the conflict at `position` resolved: "ours" keeps the record as it is,
    "theirs" takes the entry's other version, OWN puts `own` in the conflicting field (plain
    YAML data, as the file holds it). The entry leaves `conflicts:`."""
    entries = conflict_entries(timeline)
    if not 0 <= position < len(entries):
        return timeline
    entry = entries[position]
    if side == "theirs" and isinstance(entry, dict):
        timeline = _take(timeline, entry, entry.get("theirs"))
    elif side == OWN and isinstance(entry, dict) and entry.get("field") is not None:
        timeline = _take(timeline, entry, own)
    left = [other for number, other in enumerate(entries) if number != position]
    extra = tuple((key, value) for key, value in timeline.extra if key != "conflicts")
    return dataclasses.replace(timeline, extra=(*extra, ("conflicts", left)) if left else extra)


def resolve_entries(
    timeline: Timeline, choices: dict[int, str], own: dict[int, Any] | None = None
) -> Timeline:
    """`timeline` with several conflicts resolved at once: `choices` maps positions under
    `conflicts:` to "ours", "theirs" or OWN (the value in `own` at the same position); the
    others stay."""
    own = own or {}
    for position in sorted(choices, reverse=True):  # later entries first: positions hold
        timeline = resolve_entry(timeline, position, choices[position], own.get(position))
    return timeline


def _take(timeline: Timeline, entry: dict[str, Any], value: Any) -> Timeline:
    """`timeline` with `value` in the entry's field (or as its whole record)."""
    key = next((key for key, kind in KIND_OF.items() if kind == entry.get("kind")), None)
    name = entry.get("field")
    if key is None:
        if name == "title" and name in HEADER_FIELDS:
            try:
                return dataclasses.replace(timeline, title=read_text(value))
            except Invalid:
                return timeline
        return timeline
    records = list(getattr(timeline, key))
    at = next((n for n, record in enumerate(records) if record.id == entry.get("id")), None)
    if name is None:  # the whole record: theirs, or deleted on their side
        if value is not None and not isinstance(value, dict):
            return timeline  # not a record (a hand-edited entry): nothing to take
        data = value
    elif at is not None:
        data = record_data(records[at])
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    else:
        return timeline
    record = None if data is None else _READERS[key](data, (key, 0), Findings())
    if at is not None and record is None:
        del records[at]
    elif at is not None:
        records[at] = record
    elif record is not None:
        records.append(record)
    return dataclasses.replace(timeline, **{key: tuple(records)})
