"""What changed between two timelines, record by record and field by field, for review and
for `git diff`: records matched by id, so moving one in the file is no change."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from viewer.core.merge import COLLECTIONS, KIND_OF, record_data
from viewer.core.model import Event, Timeline
from viewer.core.writer import dump_timeline
from viewer.core.yaml_fast import fast_parse


@dataclass(frozen=True)
class Difference:
    """One change: a record added or removed, or one of its fields changed."""

    kind: str  # "source", "actor", "period", "event" or "timeline"
    id: str
    change: str  # "added", "removed", "changed" or "moved" (an event's date, later or earlier)
    field: str | None = None
    old: Any = None
    new: Any = None
    days: int | None = None  # how far a moved event moved (negative: earlier)

    def to_data(self) -> dict[str, Any]:
        """The JSON object of `diff --json`."""
        data: dict[str, Any] = {"kind": self.kind, "id": self.id, "change": self.change}
        if self.field is not None:
            data["field"] = self.field
        if self.change != "added":
            data["old"] = self.old
        if self.change != "removed":
            data["new"] = self.new
        if self.days is not None:
            data["days"] = self.days
        return data


def differences(old: Timeline, new: Timeline) -> list[Difference]:
    """Every change from `old` to `new`: the header, then sources, actors, periods and events,
    in the order of `new` (removed records where they stood in `old`, first)."""
    found: list[Difference] = []
    if old.title != new.title:
        found.append(Difference("timeline", "", "changed", "title", _plain(old), _plain(new)))
    for key in COLLECTIONS:
        kind = KIND_OF[key]
        before = {record.id: record for record in getattr(old, key)}
        after = {record.id: record for record in getattr(new, key)}
        for record_id, record in before.items():
            if record_id not in after:
                found.append(Difference(kind, record_id, "removed", old=record_data(record)))
        for record_id, record in after.items():
            if record_id not in before:
                found.append(Difference(kind, record_id, "added", new=record_data(record)))
            elif before[record_id] != record:
                found += _changes(kind, record_id, before[record_id], record)
    return found


def _changes(kind: str, record_id: str, old: Any, new: Any) -> list[Difference]:
    was, now = record_data(old), record_data(new)
    found = []
    for name in dict.fromkeys([*was, *now]):
        if was.get(name) == now.get(name):
            continue
        days = _moved(old, new) if name == "date" and isinstance(new, Event) else None
        change = "moved" if days else "changed"
        found.append(Difference(kind, record_id, change, name, was.get(name), now.get(name), days))
    return found


def _moved(old: Event, new: Event) -> int | None:
    """Days an event's date moved (by its earliest day), or None when either is no date."""
    if old.edtf is None or new.edtf is None:
        return None
    return (new.edtf.sort_key - old.edtf.sort_key).days or None


def _plain(timeline: Timeline) -> Any:
    return timeline.title.to_data() if timeline.title else None


def describe(difference: Difference) -> str:
    """One line for people: `~ event fired: date "2023-11-17" -> "2023-11-18" (1 day later)`."""
    name = f"{difference.kind} {difference.id}".rstrip()
    if difference.change == "added":
        return f"+ {name}{_summary(difference.new)}"
    if difference.change == "removed":
        return f"- {name}{_summary(difference.old)}"
    line = f"~ {name}: {difference.field} {_short(difference.old)} -> {_short(difference.new)}"
    if difference.days:
        days = abs(difference.days)
        direction = "later" if difference.days > 0 else "earlier"
        line += f" ({days} day{'s' if days != 1 else ''} {direction})"
    return line


def _summary(data: Any) -> str:
    if not isinstance(data, dict):
        return ""
    title = data.get("title") or data.get("name")
    if isinstance(title, dict):
        title = title.get("en") or next(iter(title.values()), "")
    parts = [f" {_short(title)}" if title else ""]
    if data.get("date"):
        parts.append(f" ({data['date']})")
    return "".join(parts)


def _short(value: Any, limit: int = 120) -> str:
    if value is None:
        return "(none)"
    text = f'"{value}"' if isinstance(value, str) else repr(value)
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def flat_lines(timeline: Timeline) -> Iterator[str]:
    """The timeline as one line per field, `event fired date: "2023-11-17"`, each collection's
    records in id order: git's textconv, so that a line diff of two versions names the record
    and field of every change however the files are ordered (`git log -p`, `git blame`)."""
    text = dump_timeline(timeline)
    data = fast_parse(text)
    if data is None:
        data = yaml.safe_load(text) or {}
    for key, value in data.items():
        if key not in COLLECTIONS:
            yield from _flat(key, value)
    for key in COLLECTIONS:
        records = [record for record in data.get(key) or () if isinstance(record, dict)]
        for record in sorted(records, key=lambda record: str(record.get("id", ""))):
            name = f"{KIND_OF[key]} {record.get('id', '')}"
            for field, value in record.items():
                if field != "id":
                    yield from _flat(f"{name} {field}", value)


def _flat(name: str, value: Any) -> Iterator[str]:
    if isinstance(value, dict) and value:
        for key, item in value.items():
            yield from _flat(f"{name}.{key}", item)
    elif isinstance(value, list) and value:
        for index, item in enumerate(value):
            yield from _flat(f"{name}[{index}]", item)
    else:
        yield f"{name}: {json.dumps(value, ensure_ascii=False, default=str)}"
