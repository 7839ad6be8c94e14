"""Swimlanes and actor filtering over the span table."""

from __future__ import annotations

from viewer.core.bands import NO_GROUP, ShownEvents, build_bands, span_table
from viewer.core.filter_index import FilterIndex, Shown
from viewer.core.model import Event, Evidence, Timeline
from viewer.core.query import ALL, EventFilter, matching_event_ids, matching_events

TIMELINE = Timeline(
    events=(
        Event(
            "a",
            date="2015",
            actors=("musk", "altman"),
            tags=("founding",),
            kind="fact",
            evidence=(Evidence("s1", "q"),),
        ),
        Event(
            "b",
            date="2023-11-17",
            actors=("altman",),
            kind="claim",
            evidence=(Evidence("s2", "q"), Evidence("s1", "q")),
        ),
        Event("c", actors=("board",), kind="opinion"),
        Event("d", date="2023-11-21", kind="fact"),
    )
)


def only(timeline: Timeline, *ids: str) -> Shown:
    return Shown(FilterIndex().tables(timeline).of_ids(set(ids)), timeline)


def keys(grouping: str, visible=None) -> dict[str, int]:
    bands = ShownEvents(TIMELINE).bands(grouping, visible)
    return {band.key: band.index.size for band in bands.bands}


def test_without_grouping_one_band_holds_every_dated_event() -> None:
    bands = build_bands(TIMELINE, span_table(TIMELINE), "none")
    assert keys("none") == {NO_GROUP: 3}
    assert bands.undated == (2,)
    assert [span.index for span in bands.order] == [0, 1, 3]


def test_grouping_puts_an_event_in_each_of_its_groups() -> None:
    assert keys("actor") == {"musk": 1, "altman": 2, NO_GROUP: 1}
    assert keys("kind") == {"fact": 2, "claim": 1}
    assert keys("source") == {"s1": 2, "s2": 1, NO_GROUP: 1}
    assert keys("tag") == {"founding": 1, NO_GROUP: 2}


def test_an_actor_filter_keeps_only_matching_events() -> None:
    any_of = matching_event_ids(TIMELINE, EventFilter(frozenset({"musk", "board"})))
    assert any_of == {"a", "c"}
    both = matching_event_ids(TIMELINE, EventFilter(frozenset({"musk", "altman"}), ALL))
    assert both == {"a"}
    assert matching_event_ids(TIMELINE, EventFilter()) is None
    bands = ShownEvents(TIMELINE).bands(
        "none", matching_events(TIMELINE, EventFilter(frozenset({"musk", "board"})))
    )
    assert [span.index for span in bands.order] == [0]
    assert bands.undated == (2,)
    assert EventFilter(frozenset({"musk"})).toggled("musk") == EventFilter()


def test_a_filtered_view_keeps_the_whole_views_order_in_every_band() -> None:
    shown = ShownEvents(TIMELINE)
    whole = shown.bands("actor", None)
    some = shown.bands("actor", only(TIMELINE, "a", "b", "c"))
    assert {band.key for band in some.bands} == {"musk", "altman", NO_GROUP} - {NO_GROUP}
    for band in some.bands:
        full = next(b for b in whole.bands if b.key == band.key)
        assert band.index.starting(-1e9, 1e9) == [
            span for span in full.index.starting(-1e9, 1e9) if span.index in (0, 1)
        ]
    assert [span.index for span in some.order] == [0, 1] and some.undated == (2,)
    assert shown.bands("actor", None) is whole, "the whole view is kept apart from filters"


def test_stepping_goes_through_the_shown_events_in_time_order() -> None:
    same_day = Timeline(
        events=(
            Event("late", date="2023-11-21"),
            Event("b", date="2023-11-17"),
            Event("a", date="2023-11-17"),
            Event("month", date="2023-11"),
        )
    )
    shown = ShownEvents(same_day)
    bands = shown.bands("none", None)
    order = [same_day.events[span.index].id for span in bands.order]
    assert order == ["month", "b", "a", "late"], "by start, then end, then place in the file"
    span = shown.span(1)  # "b"
    assert bands.position(span) == 1
    assert same_day.events[bands.stepped(span, 1, 0.0).index].id == "a"
    assert same_day.events[bands.stepped(span, -1, 0.0).index].id == "month"
    assert same_day.events[bands.stepped(span, 9, 0.0).index].id == "late", "stops at the end"
    hidden = shown.bands("none", only(same_day, "late", "month"))
    assert hidden.position(span) is None, "not shown"


def test_a_filter_of_another_timeline_value_is_applied_by_id() -> None:
    shown = only(TIMELINE, "b", "d")
    moved = Timeline(events=(TIMELINE.events[3], *TIMELINE.events[:3]))  # d first now
    assert shown.flags_for(moved.events) == b"\x01\x00\x01\x00"
    assert shown.flags_for(TIMELINE.events) is shown.flags
    bands = ShownEvents(moved).bands("none", shown)
    assert sorted(span.index for span in bands.order) == [0, 2], "d and b where they stand now"
