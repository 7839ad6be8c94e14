"""Three-way merge of timelines by id: what two people changed since a common version.

Records (sources, actors, periods, events) are matched by id, whatever their place in the
file, and merged field by field: a field one side changed takes that side's value; a field both
sides changed alike takes it; a field both changed differently is a conflict. So are an edit
against a deletion and one id added on both sides with different content. A conflicting record
keeps our version in place, so the merged file loads, and both versions go into a top-level
`conflicts:` entry that `check` reports as an error until someone resolves it.

An actor renamed or merged on one side (its id gone, the events that named it now naming
another) is followed through: the other side's events that still name it name the new id.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from viewer.core.model import Actor, Event, Period, Source, Timeline
from viewer.core.writer import dump_timeline

COLLECTIONS = ("sources", "actors", "periods", "events")
KIND_OF = {"sources": "source", "actors": "actor", "periods": "period", "events": "event"}
HEADER_FIELDS = ("schema", "title")

Record = Source | Actor | Period | Event
COLLECTION_TYPES = {"sources": Source, "actors": Actor, "periods": Period, "events": Event}


@dataclass(frozen=True)
class Conflict:
    """One thing both sides changed differently: a field of a record, or a whole record
    (`field` None: added on both sides, or edited on one and deleted on the other)."""

    kind: str  # "source", "actor", "period", "event" or "timeline"
    id: str
    field: str | None
    ours: Any  # the YAML value (None: the record was deleted on that side)
    theirs: Any

    def to_data(self) -> dict[str, Any]:
        """The entry written under `conflicts:`."""
        entry: dict[str, Any] = {"kind": self.kind, "id": self.id}
        if self.field is not None:
            entry["field"] = self.field
        entry["ours"] = self.ours
        entry["theirs"] = self.theirs
        return entry


@dataclass(frozen=True)
class MergeResult:
    """The merged timeline, its conflicts, and the actor ids followed through."""

    timeline: Timeline
    conflicts: tuple[Conflict, ...] = ()
    renamed_actors: dict[str, str] = field(default_factory=dict)


def merge_timelines(base: Timeline, ours: Timeline, theirs: Timeline) -> MergeResult:
    """Merge `theirs` into `ours`, both descended from `base`."""
    conflicts: list[Conflict] = []
    renamed = {**actor_renames(base, theirs), **actor_renames(base, ours)}
    theirs = _renamed(theirs, actor_renames(base, ours))
    ours = _renamed(ours, actor_renames(base, theirs))
    merged: dict[str, Any] = {}
    for key in COLLECTIONS:
        merged[key] = _merge_records(
            KIND_OF[key], getattr(base, key), getattr(ours, key), getattr(theirs, key), conflicts
        )
    for name in HEADER_FIELDS:
        value = _merge_value(
            getattr(base, name), getattr(ours, name), getattr(theirs, name), "timeline", "", name,
            conflicts,
        )  # fmt: skip
        merged[name] = value
    extra = _merge_extra(base.extra, ours.extra, theirs.extra, "timeline", "", conflicts)
    earlier = [entry for key, entry in extra if key == "conflicts"]
    extra = tuple((key, value) for key, value in extra if key != "conflicts")
    entries = [item for entry in earlier if isinstance(entry, list) for item in entry]
    entries += [conflict.to_data() for conflict in conflicts]
    if entries:
        extra = (*extra, ("conflicts", entries))
    timeline = dataclasses.replace(ours, **merged, extra=extra)
    return MergeResult(timeline, tuple(conflicts), renamed)


def actor_renames(base: Timeline, side: Timeline) -> dict[str, str]:
    """The actor ids `side` renamed or merged away: an id in `base` that `side` no longer
    has, where every event of `base` that named it names one other id instead on `side`."""
    gone = {actor.id for actor in base.actors} - {actor.id for actor in side.actors}
    after = side.events_by_id
    renames: dict[str, str] = {}
    for actor in gone:
        targets: set[str] = set()
        for event in base.events:
            if actor not in event.actors or event.id not in after:
                continue
            now = after[event.id].actors
            targets |= set(now) - set(event.actors)
            if actor in now:
                targets.add(actor)
        targets.discard(actor)
        if len(targets) == 1:
            renames[actor] = targets.pop()
    return renames


def _renamed(timeline: Timeline, renames: dict[str, str]) -> Timeline:
    if not renames:
        return timeline
    events = tuple(
        dataclasses.replace(
            event, actors=tuple(dict.fromkeys(renames.get(a, a) for a in event.actors))
        )
        if any(a in renames for a in event.actors)
        else event
        for event in timeline.events
    )
    return dataclasses.replace(timeline, events=events)


def _merge_records(
    kind: str,
    base: Sequence[Record],
    ours: Sequence[Record],
    theirs: Sequence[Record],
    conflicts: list[Conflict],
) -> tuple[Record, ...]:
    before = _by_id(base)
    mine = _by_id(ours)
    other = _by_id(theirs)
    merged: dict[str, Record | None] = {}
    for record_id in _order(ours, theirs):
        b, o, t = before.get(record_id), mine.get(record_id), other.get(record_id)
        merged[record_id] = _merge_record(kind, record_id, b, o, t, conflicts)
    return tuple(record for record in merged.values() if record is not None)


def _merge_record(
    kind: str,
    record_id: str,
    base: Record | None,
    ours: Record | None,
    theirs: Record | None,
    conflicts: list[Conflict],
) -> Record | None:
    if ours == theirs:
        return ours
    if ours == base:
        return theirs
    if theirs == base:
        return ours
    if base is None or ours is None or theirs is None:
        # added on both sides, or edited on one and deleted on the other: keep what exists
        conflicts.append(Conflict(kind, record_id, None, _data(ours), _data(theirs)))
        return ours if ours is not None else theirs
    values: dict[str, Any] = {}
    for item in dataclasses.fields(ours):
        name = item.name
        if name in ("id", "extra"):
            continue
        values[name] = _merge_value(
            getattr(base, name), getattr(ours, name), getattr(theirs, name), kind, record_id,
            name, conflicts, (ours, theirs),
        )  # fmt: skip
    values["extra"] = _merge_extra(base.extra, ours.extra, theirs.extra, kind, record_id, conflicts)
    return dataclasses.replace(ours, **values)


def _merge_value(
    base: Any,
    ours: Any,
    theirs: Any,
    kind: str,
    record_id: str,
    name: str,
    conflicts: list[Conflict],
    records: tuple[Record, Record] | None = None,
) -> Any:
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    if records is not None:  # the field as the file writes it
        mine, other = (record_data(record).get(name) for record in records)
    else:
        mine, other = _plain(ours), _plain(theirs)
    conflicts.append(Conflict(kind, record_id, name, mine, other))
    return ours


def _merge_extra(
    base: Iterable[tuple[Any, Any]],
    ours: Iterable[tuple[Any, Any]],
    theirs: Iterable[tuple[Any, Any]],
    kind: str,
    record_id: str,
    conflicts: list[Conflict],
) -> tuple[tuple[Any, Any], ...]:
    """Keys the program does not know, merged like fields (in our order, then theirs')."""
    before, mine, other = dict(base), dict(ours), dict(theirs)
    merged: dict[Any, Any] = {}
    missing = object()
    for key in dict.fromkeys([*mine, *other]):
        b, o, t = (values.get(key, missing) for values in (before, mine, other))
        if o == t or t == b:
            value = o
        elif o == b:
            value = t
        elif key == "conflicts" and kind == "timeline":
            value = [*(o if isinstance(o, list) else []), *(t if isinstance(t, list) else [])]
        else:
            shown = [None if v is missing else v for v in (o, t)]
            conflicts.append(Conflict(kind, record_id, str(key), shown[0], shown[1]))
            value = o
        if value is not missing:
            merged[key] = value
    return tuple(merged.items())


def _order(ours: Sequence[Record], theirs: Sequence[Record]) -> list[str]:
    """Our ids in our order, each of theirs that we lack placed after the record it follows
    in theirs (so a record added in the middle stays there)."""
    mine = list(dict.fromkeys(record.id for record in ours))
    known = set(mine)
    following: dict[str | None, list[str]] = {}  # their new ids, by the known id before them
    anchor: str | None = None
    for record in theirs:
        if record.id in known:
            anchor = record.id
        else:
            following.setdefault(anchor, []).append(record.id)
            known.add(record.id)
    order = list(following.get(None, []))
    for record_id in mine:
        order.append(record_id)
        order += following.get(record_id, [])
    return order


def _by_id(records: Sequence[Record]) -> dict[str, Record]:
    found: dict[str, Record] = {}
    for record in records:
        found.setdefault(record.id, record)
    return found


def _data(record: Record | None) -> Any:
    return None if record is None else record_data(record)


def record_data(record: Record) -> dict[str, Any]:
    """A record as the file writes it, in plain YAML values (what a conflict entry shows)."""
    key = next(key for key, kind in COLLECTION_TYPES.items() if isinstance(record, kind))
    import yaml  # only when a conflict is shown: the app's start needs no PyYAML

    text = dump_timeline(Timeline(**{key: (record,)}))
    data = yaml.safe_load(text)
    items = data.get(key) if isinstance(data, dict) else None
    return items[0] if items else {}


def _plain(value: Any) -> Any:
    to_data = getattr(value, "to_data", None)
    return to_data() if callable(to_data) else value
