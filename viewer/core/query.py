"""Questions asked of a timeline: which events an actor filter lets through."""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

from viewer.core.model import Timeline

ANY = "any"
ALL = "all"


@dataclass(frozen=True)
class ActorFilter:
    """Show events of the checked actors: those with any of them, or with all of them."""

    actor_ids: frozenset[str] = frozenset()
    mode: str = ANY

    def toggled(self, actor_id: str) -> ActorFilter:
        """The filter with `actor_id` checked if it was not, unchecked if it was."""
        return ActorFilter(self.actor_ids ^ {actor_id}, self.mode)


def matching_event_ids(timeline: Timeline, actor_filter: ActorFilter) -> frozenset[str] | None:
    """Ids of the events the filter lets through; None when no actor is checked (all pass)."""
    if not actor_filter.actor_ids:
        return None
    index = timeline.event_ids_by_actor
    groups = [index.get(actor, frozenset()) for actor in actor_filter.actor_ids]
    if actor_filter.mode == ALL:
        return reduce(frozenset.intersection, groups)
    return frozenset().union(*groups)
