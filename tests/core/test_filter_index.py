"""The filter's tables: built when first needed, and carried over an edit by looking again only
at the events it touched, always giving what tables built afresh give."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.changes import RELOADED, change_between
from viewer.core.filter_index import FilterIndex, bits_of, flags_of
from viewer.core.model import Event, Evidence, Timeline
from viewer.core.query import EventFilter, matching_event_ids

BEFORE = Timeline(
    events=(
        Event("a", "2023-11-17", actors=("x",), tags=("t1",), kind="fact",
              evidence=(Evidence("s1", "q"),)),
        Event("b", "2023-11", actors=("x", "y"), tags=("t1", "t2"), kind="claim"),
        Event("c", "../2015", tags=("t2",), kind="opinion", evidence=(Evidence("s2", "q"),)),
        Event("d", None, kind="speculation"),
        Event("e", "2020/..", actors=("y",), evidence=(Evidence("s1", "q"), Evidence("s2", "r"))),
    )
)  # fmt: skip

FILTERS = [
    EventFilter(frozenset({"x"})),
    EventFilter(frozenset({"x", "y"}), "all"),
    EventFilter(kinds=frozenset({"fact", "claim"})),
    EventFilter(tags=frozenset({"t2"})),
    EventFilter(source_ids=frozenset({"s2"})),
    EventFilter(with_evidence=True),
    EventFilter(undated_only=True),
    EventFilter(date_from="2016", date_to="2023-11-16"),
    EventFilter(date_to="2014"),
    EventFilter(date_from="2024"),
]


def edited(timeline: Timeline, *events: Event, drop: str = "") -> Timeline:
    by_id = {event.id: event for event in timeline.events if event.id != drop}
    by_id.update({event.id: event for event in events})
    return dataclasses.replace(timeline, events=tuple(by_id.values()))


EDITS = {
    "kind and tags": lambda t: edited(
        t, dataclasses.replace(t.events_by_id["a"], kind="claim", tags=("t3",))
    ),
    "date": lambda t: edited(t, dataclasses.replace(t.events_by_id["b"], date="2014-02")),
    "undated now": lambda t: edited(t, dataclasses.replace(t.events_by_id["c"], date=None)),
    "evidence gone": lambda t: edited(t, dataclasses.replace(t.events_by_id["e"], evidence=())),
    "actors": lambda t: edited(t, dataclasses.replace(t.events_by_id["a"], actors=("y",))),
    "removed": lambda t: edited(t, drop="b"),
    "added": lambda t: edited(t, Event("f", "2023-11-20", actors=("x",), tags=("t2",))),
    "added in the middle": lambda t: dataclasses.replace(
        t, events=(*t.events[:2], Event("f", "2016", actors=("y",), kind="claim"), *t.events[2:])
    ),
    "moved": lambda t: dataclasses.replace(t, events=(t.events[3], *t.events[:3], t.events[4])),
    "all gone": lambda t: dataclasses.replace(t, events=()),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_an_edit_carries_every_table_over_as_a_fresh_build_would(edit: str) -> None:
    index = FilterIndex()
    for event_filter in FILTERS:  # every table built for the timeline before
        matching_event_ids(BEFORE, event_filter, index)
    after = EDITS[edit](BEFORE)
    index.follow(after, change_between(BEFORE, after))
    carried = dict(index.tables(after).made)
    assert set(carried) == {"by_actor", "by_kind", "by_tag", "by_source", "with_evidence",
                            "undated", "days"}  # fmt: skip
    fresh = FilterIndex()
    for event_filter in FILTERS:
        matching_event_ids(after, event_filter, fresh)
    assert carried == fresh.tables(after).made, "the tables of a fresh build, bit for bit"
    for event_filter in FILTERS:
        assert matching_event_ids(after, event_filter, index) == matching_event_ids(
            after, event_filter
        ), event_filter
    assert index.tables(after).made == carried, "nothing was built again"


def test_tables_once_made_are_not_made_again_for_the_same_timeline() -> None:
    index = FilterIndex()
    matching_event_ids(BEFORE, EventFilter(tags=frozenset({"t1"})), index)
    made = index.tables(BEFORE).made["by_tag"]
    matching_event_ids(BEFORE, EventFilter(tags=frozenset({"t2"})), index)
    assert index.tables(BEFORE).made["by_tag"] is made


def test_a_reload_drops_the_tables() -> None:
    index = FilterIndex()
    matching_event_ids(BEFORE, EventFilter(kinds=frozenset({"fact"})), index)
    other = edited(BEFORE, Event("z", kind="fact"))
    index.follow(other, RELOADED)
    assert index.tables(other).made == {}
    assert matching_event_ids(other, EventFilter(kinds=frozenset({"fact"})), index) == {
        "a",
        "e",
        "z",
    }


def test_the_tables_made_step_by_step_are_those_made_at_once() -> None:
    index = FilterIndex()
    steps = list(index.preparing(BEFORE, chunk=2))
    assert len(steps) >= 3, "a pause after every two events, then the last tables"
    made = index.tables(BEFORE).made
    assert set(made) == {"by_actor", "by_kind", "by_tag", "by_source", "with_evidence",
                         "undated", "days"}  # fmt: skip
    fresh = FilterIndex()
    for event_filter in FILTERS:
        assert matching_event_ids(BEFORE, event_filter, index) == matching_event_ids(
            BEFORE, event_filter, fresh
        )


def test_preparing_stops_when_the_timeline_changes() -> None:
    index = FilterIndex()
    steps = index.preparing(BEFORE, chunk=1)
    next(steps)
    after = EDITS["date"](BEFORE)
    index.follow(after, change_between(BEFORE, after))
    assert list(steps) == []
    assert index.tables(after).made == {}, "nothing half made was kept"


def test_a_date_range_asked_again_is_not_worked_out_again() -> None:
    index = FilterIndex()
    ranged = EventFilter(date_from="2016", date_to="2023-11-16")
    first = matching_event_ids(BEFORE, ranged, index)
    again = matching_event_ids(
        BEFORE, dataclasses.replace(ranged, kinds=frozenset({"claim"})), index
    )
    tables = index.tables(BEFORE)
    assert len(tables._overlaps) == 1 and first == {"b", "e"} and again == {"b"}


@pytest.mark.parametrize("count", [0, 1, 7, 8, 9, 300, 1000])
def test_bits_and_flags_are_one_another_at_every_length(count: int) -> None:
    flags = bytes((position * 7 + 3) % 5 == 0 for position in range(count))
    bits = bits_of(flags)
    assert [bits >> position & 1 for position in range(count)] == list(flags)
    assert flags_of(bits, count) == flags
    assert bits < 1 << count if count else bits == 0


def test_a_value_of_many_events_gets_the_bits_of_a_value_of_few() -> None:
    many = Timeline(events=tuple(Event(f"e{i}", kind="fact" if i % 3 else "claim")
                                 for i in range(1000)))  # fmt: skip
    by_kind = FilterIndex().tables(many).group("by_kind")
    assert [by_kind["claim"] >> i & 1 for i in range(1000)] == [i % 3 == 0 for i in range(1000)]
    assert by_kind["claim"] | by_kind["fact"] == (1 << 1000) - 1


EVENTS = st.builds(
    Event,
    id=st.sampled_from("abcdefgh"),
    date=st.sampled_from([None, "2015", "2023-11-17", "../2016", "2020/..", "2019-05/2021"]),
    actors=st.lists(st.sampled_from("xyz"), max_size=2, unique=True).map(tuple),
    tags=st.lists(st.sampled_from(["t1", "t2"]), max_size=2, unique=True).map(tuple),
    kind=st.sampled_from(["fact", "claim"]),
    evidence=st.lists(
        st.builds(Evidence, st.sampled_from(["s1", "s2"]), st.just("q")), max_size=2
    ).map(tuple),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(EVENTS, max_size=12),
    st.integers(0, 12),
    st.integers(0, 4),
    st.lists(EVENTS, max_size=4),
)
def test_any_splice_carries_the_tables_over_as_a_fresh_build(
    events: list[Event], at: int, removed: int, inserted: list[Event]
) -> None:
    before = Timeline(events=tuple(events))
    at = min(at, len(events))
    after = Timeline(events=(*events[:at], *inserted, *events[at + removed :]))
    index = FilterIndex()
    for _ in index.preparing(before, chunk=3):
        pass
    index.follow(after, change_between(before, after))
    fresh = FilterIndex()
    for _ in fresh.preparing(after, chunk=5):
        pass
    assert index.tables(after).made == fresh.tables(after).made
