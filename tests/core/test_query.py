"""The actor filter: toggling actors, and which events it lets through in "any" and "all" mode."""

from __future__ import annotations

from viewer.core.model import Event, Timeline
from viewer.core.query import ALL, ANY, ActorFilter, matching_event_ids

TIMELINE = Timeline(
    events=(
        Event("founding", actors=("musk", "altman")),
        Event("fired", actors=("altman", "board")),
        Event("returns", actors=("altman",)),
        Event("memo", actors=("board",)),
        Event("aside"),
    )
)


def matching(*actors: str, mode: str = ANY) -> frozenset[str] | None:
    return matching_event_ids(TIMELINE, ActorFilter(frozenset(actors), mode))


def test_a_new_filter_checks_no_actor_and_lets_any_through() -> None:
    assert ActorFilter() == ActorFilter(frozenset(), ANY)


def test_with_no_actor_checked_every_event_passes() -> None:
    assert matching() is None
    assert matching(mode=ALL) is None


def test_any_mode_lets_through_events_with_at_least_one_checked_actor() -> None:
    assert matching("board") == {"fired", "memo"}
    assert matching("musk", "board") == {"founding", "fired", "memo"}


def test_all_mode_lets_through_only_events_with_every_checked_actor() -> None:
    assert matching("altman", "board", mode=ALL) == {"fired"}
    assert matching("altman", mode=ALL) == {"founding", "fired", "returns"}
    assert matching("musk", "board", mode=ALL) == frozenset()


def test_an_actor_without_events_matches_nothing_and_empties_an_all_filter() -> None:
    assert matching("nobody") == frozenset()
    assert matching("nobody", "board") == {"fired", "memo"}
    assert matching("nobody", "board", mode=ALL) == frozenset()


def test_toggling_checks_an_unchecked_actor_and_unchecks_a_checked_one() -> None:
    checked = ActorFilter(frozenset({"altman"}), ALL).toggled("board")
    assert checked == ActorFilter(frozenset({"altman", "board"}), ALL)
    assert checked.toggled("altman") == ActorFilter(frozenset({"board"}), ALL)
    assert checked.toggled("altman").toggled("board") == ActorFilter(mode=ALL)
