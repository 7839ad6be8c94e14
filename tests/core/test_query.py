"""The filter: toggling actors, which events it lets through in "any" and "all" mode, and every
other part alone and combined."""

from __future__ import annotations

import pytest

from viewer.core.model import Actor, Event, Evidence, LocalText, Source, Timeline
from viewer.core.query import (
    ALL,
    ANY,
    EventFilter,
    describe_parts,
    matching_event_ids,
)

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
    return matching_event_ids(TIMELINE, EventFilter(frozenset(actors), mode))


def test_a_new_filter_checks_no_actor_and_lets_any_through() -> None:
    assert EventFilter() == EventFilter(frozenset(), ANY)


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
    checked = EventFilter(frozenset({"altman"}), ALL).toggled("board")
    assert checked == EventFilter(frozenset({"altman", "board"}), ALL)
    assert checked.toggled("altman") == EventFilter(frozenset({"board"}), ALL)
    assert checked.toggled("altman").toggled("board") == EventFilter(mode=ALL)


# -- the whole filter: kinds, tags, sources, dates, text, evidence, undated ----------------------

RICH = Timeline(
    sources=(Source("a", file="a.txt"), Source("b", file="b.txt")),
    actors=(Actor("altman", LocalText.of({"en": "Sam Altman", "ko": "샘 올트먼"})),),
    events=(
        Event(
            "fired", "2023-11-17", LocalText.of({"en": "Board fires Altman", "ko": "전격해임"}),
            actors=("altman",), tags=("board", "crisis"), kind="fact",
            evidence=(Evidence("a", "해임됐다"),),
        ),
        Event("claim", "2023-11-20", LocalText.of("Microsoft hires him"), kind="claim",
              tags=("microsoft",), evidence=(Evidence("b", "hired"),)),
        Event("founding", "2015-12-11", LocalText.of("OpenAI founded"), tags=("founding",)),
        Event("vague", "2023-11", LocalText.of("Talks go on"), kind="speculation"),
        Event("undated", None, LocalText.of("Someone said something"), kind="opinion"),
        Event("broken", "not a date", LocalText.of("A date nobody understands")),
    ),
)  # fmt: skip


def passing(**parts: object) -> set[str] | None:
    found = matching_event_ids(RICH, EventFilter(**parts))  # type: ignore[arg-type]
    return None if found is None else set(found)


def test_an_empty_filter_lets_everything_through_and_is_not_active() -> None:
    assert passing() is None
    assert not EventFilter(mode=ALL).active
    assert EventFilter(kinds=frozenset({"fact"})).active


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ({"kinds": frozenset({"claim", "opinion"})}, {"claim", "undated"}),
        ({"tags": frozenset({"board", "microsoft"})}, {"fired", "claim"}),
        ({"source_ids": frozenset({"b"})}, {"claim"}),
        ({"with_evidence": True}, {"fired", "claim"}),
        ({"undated_only": True}, {"undated", "broken"}),
        ({"date_from": "2023-11-18"}, {"claim", "vague"}),
        ({"date_to": "2023"}, {"fired", "claim", "founding", "vague"}),
        ({"date_from": "2023-11-17", "date_to": "2023-11-17"}, {"fired", "vague"}),
        ({"text": "해임"}, {"fired"}),
        ({"text": "sam altman"}, {"fired"}),
        ({"text": "  MICROSOFT  "}, {"claim"}),
        ({"text": "nowhere"}, set()),
    ],
)
def test_each_part_alone(parts: dict, expected: set[str]) -> None:
    assert passing(**parts) == expected


def test_parts_combine_with_and() -> None:
    assert passing(tags=frozenset({"board", "microsoft"}), kinds=frozenset({"claim"})) == {"claim"}
    assert passing(actor_ids=frozenset({"altman"}), text="board", with_evidence=True) == {"fired"}
    assert passing(undated_only=True, date_from="2000") == set()  # a range leaves undated out
    assert passing(actor_ids=frozenset({"altman"}), kinds=frozenset({"claim"})) == set()


def test_a_text_that_is_only_spaces_filters_nothing() -> None:
    assert passing(text="   ") == set(RICH.events_by_id)


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ({"date_from": "2023-13"}, "date from"),
        ({"date_to": "soon"}, "date to"),
        ({"date_from": "2024", "date_to": "2023"}, "ends"),
    ],
)
def test_a_bad_date_range_is_refused_when_made(parts: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        EventFilter(**parts)


def test_clearing_keeps_only_the_actor_mode() -> None:
    busy = EventFilter(frozenset({"altman"}), ALL, kinds=frozenset({"fact"}), text="x")
    assert busy.cleared() == EventFilter(mode=ALL)


def test_the_parts_are_described_in_a_fixed_order() -> None:
    described = describe_parts(
        EventFilter(frozenset({"b", "a"}), text=" x ", with_evidence=True, date_to="2023")
    )
    assert described == [("actors", ("a", "b")), ("to", ("2023",)), ("text", ("x",)),
                         ("evidence", ())]  # fmt: skip
