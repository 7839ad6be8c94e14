"""What an edit changed, by id, so that each view refreshes only what the edit touched."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from viewer.core.model import Event, Timeline

Renames = tuple[tuple[str, str], ...]  # (old id, new id) pairs


@dataclass(frozen=True)
class Change:
    """The ids an edit added, removed or changed; renames and merges of actors; sources whose
    entry or supporting quotes changed. `reloaded` means a different timeline altogether."""

    events_added: frozenset[str] = frozenset()
    events_removed: frozenset[str] = frozenset()
    events_changed: frozenset[str] = frozenset()
    actors_added: frozenset[str] = frozenset()
    actors_removed: frozenset[str] = frozenset()
    actors_changed: frozenset[str] = frozenset()
    actors_renamed: Renames = ()
    actors_merged: Renames = ()  # (merged id, kept id): the merged actor is gone
    sources: frozenset[str] = frozenset()
    # The events sequence is another one: positions into it may be stale even where no id
    # changed (an entry with a repeated id was edited or removed).
    events_moved: bool = False
    header: bool = False  # the timeline's title, periods or other top-level fields
    reloaded: bool = False

    @cached_property
    def _touched_events(self) -> frozenset[str]:
        return self.events_added | self.events_removed | self.events_changed

    @property
    def events(self) -> bool:
        """Whether any event changed (views that index events by position rebuild)."""
        return self.reloaded or self.events_moved or bool(self._touched_events)

    @property
    def actors(self) -> bool:
        """Whether any actor was added, removed, edited, renamed or merged."""
        return self.reloaded or bool(
            self.actors_added or self.actors_removed or self.actors_changed
        )

    def touches_event(self, event_id: str) -> bool:
        """Whether the event `event_id` may look different now."""
        return self.reloaded or event_id in self._touched_events

    def touches_source(self, source_id: str) -> bool:
        """Whether the source `source_id` or what supports its events may differ now."""
        return self.reloaded or source_id in self.sources

    def renamed_actor(self, actor_id: str) -> str:
        """The id `actor_id` has after this change (itself when it was not renamed or merged)."""
        for old, new in (*self.actors_renamed, *self.actors_merged):
            if old == actor_id:
                return new
        return actor_id

    def inverse(self) -> Change:
        """The change that undoing this one makes."""
        return Change(
            events_added=self.events_removed,
            events_removed=self.events_added,
            events_changed=self.events_changed,
            actors_added=self.actors_removed,
            actors_removed=self.actors_added,
            actors_changed=self.actors_changed,
            # undoing a merge brings the merged actor back; nothing is renamed into it
            actors_renamed=tuple((new, old) for old, new in self.actors_renamed),
            sources=self.sources,
            events_moved=self.events_moved,
            header=self.header,
            reloaded=self.reloaded,
        )


RELOADED = Change(reloaded=True)


def change_between(
    before: Timeline,
    after: Timeline,
    renamed: Mapping[str, str] | None = None,
    merged: Mapping[str, str] | None = None,
) -> Change:
    """What differs from `before` to `after`, by id; `renamed` and `merged` say which actor
    ids the edit renamed or folded into another (a diff alone cannot tell)."""
    events = _diff(before.events_by_id, after.events_by_id, _candidates(before, after))
    actors = _diff(before.actors_by_id, after.actors_by_id)
    sources = _diff(before.sources_by_id, after.sources_by_id)
    cited = set().union(*sources)
    for event_id in set().union(*events):
        for version in (before.events_by_id.get(event_id), after.events_by_id.get(event_id)):
            cited.update(_cited(version))
    header = (before.schema, before.title, before.periods, before.extra) != (
        after.schema,
        after.title,
        after.periods,
        after.extra,
    )
    return Change(
        events_added=events[0],
        events_removed=events[1],
        events_changed=events[2],
        actors_added=actors[0],
        actors_removed=actors[1],
        actors_changed=actors[2],
        actors_renamed=tuple((renamed or {}).items()),
        actors_merged=tuple((merged or {}).items()),
        sources=frozenset(cited),
        events_moved=before.events is not after.events,
        header=header,
    )


def _diff(
    before: Mapping[str, object], after: Mapping[str, object], among: Iterable[str] | None = None
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Ids added, removed, and kept with another value (looking only at the ids `among`, when
    the others are known to be the same)."""
    if among is None:
        added = frozenset(after.keys() - before.keys())
        removed = frozenset(before.keys() - after.keys())
        among = before.keys() & after.keys()
    else:
        among = set(among)
        added = frozenset(key for key in among if key in after and key not in before)
        removed = frozenset(key for key in among if key in before and key not in after)
    # Edits keep the records they do not touch, so identity settles almost every comparison.
    changed = frozenset(
        key
        for key in among
        if key in before and key in after and before[key] is not after[key]
        if before[key] != after[key]
    )
    return added, removed, changed


def _candidates(before: Timeline, after: Timeline) -> set[str]:
    """The ids of the events an edit may have touched: those where the two sequences differ
    (the rest are the same objects in the same places, whatever they are by id)."""
    low, before_end, after_end = changed_span(before.events, after.events)
    ids = {event.id for event in before.events[low:before_end]}
    ids.update(event.id for event in after.events[low:after_end])
    return ids


def changed_span(old: tuple[Event, ...], new: tuple[Event, ...]) -> tuple[int, int, int]:
    """Where `new` differs from `old`: from the first event that is another, to the ends (in
    `old`, in `new`) of what differs. Found by halving, comparing slices of the tuples, which
    compare the objects at C speed (an event that is the same object is equal at once)."""
    shorter = min(len(old), len(new))
    low = _same_for(lambda start, end: old[start:end] == new[start:end], shorter)
    tail = _same_for(
        lambda start, end: (
            old[len(old) - end : len(old) - start] == new[len(new) - end : len(new) - start]
        ),
        shorter - low,  # what is the same at both ends is counted once
    )
    return low, len(old) - tail, len(new) - tail


def _same_for(equal: Callable[[int, int], bool], most: int) -> int:
    """The longest length up to `most` for which `equal(0, length)` holds, asking `equal` of
    the part beyond what is known to be the same only."""
    known, limit = 0, most
    while known < limit:
        middle = (known + limit + 1) // 2
        if equal(known, middle):
            known = middle
        else:
            limit = middle - 1
    return known


def _cited(event: Event | None) -> Iterable[str]:
    return (evidence.source for evidence in event.evidence) if event is not None else ()
