"""Resolving the `conflicts:` entries a merge left in a file: keep ours (the record as it is),
or take theirs (the version the entry holds); either way the entry goes."""

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


def resolve_entry(timeline: Timeline, position: int, side: str) -> Timeline:
    """`timeline` with the conflict at `position` resolved: "ours" keeps the record as it is,
    "theirs" takes the entry's other version. The entry leaves `conflicts:`."""
    entries = conflict_entries(timeline)
    if not 0 <= position < len(entries):
        return timeline
    entry = entries[position]
    if side == "theirs" and isinstance(entry, dict):
        timeline = _theirs(timeline, entry)
    left = [other for number, other in enumerate(entries) if number != position]
    extra = tuple((key, value) for key, value in timeline.extra if key != "conflicts")
    return dataclasses.replace(timeline, extra=(*extra, ("conflicts", left)) if left else extra)


def resolve_entries(timeline: Timeline, choices: dict[int, str]) -> Timeline:
    """`timeline` with several conflicts resolved at once: `choices` maps positions under
    `conflicts:` to "ours" or "theirs"; the others stay."""
    for position in sorted(choices, reverse=True):  # later entries first: positions hold
        timeline = resolve_entry(timeline, position, choices[position])
    return timeline


def _theirs(timeline: Timeline, entry: dict[str, Any]) -> Timeline:
    key = next((key for key, kind in KIND_OF.items() if kind == entry.get("kind")), None)
    name, value = entry.get("field"), entry.get("theirs")
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
