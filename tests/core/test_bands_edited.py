"""An edit of a few events updates the span table and the bands in place: the same bands a
timeline laid out afresh has, or none when the edit did more (then everything is made again)."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from viewer.core.bands import GROUPINGS, Bands, ShownEvents
from viewer.core.model import Actor, Event, Evidence, Source, Timeline
from viewer.core.story_axis import LINEAR

EDGES = (Event("first", "1990-01-01", tags=("edge",)), Event("last", "2030-12-31", tags=("edge",)))
MIDDLE = tuple(
    Event(
        f"e{number}",
        date=date,
        actors=actors,
        tags=tags,
        kind=kind,
        evidence=tuple(Evidence(source, "q") for source in sources),
    )
    for number, (date, actors, tags, kind, sources) in enumerate(
        [
            ("2015-12-11", ("musk", "altman"), ("founding",), "fact", ("s1",)),
            ("2023-11-17", ("altman",), ("crisis",), "claim", ("s2", "s1")),
            (None, ("board",), (), "opinion", ()),
            ("2023-11/2023-12", (), ("crisis",), "fact", ("s2",)),
            ("2019..", ("altman", "board"), ("edge", "crisis"), "speculation", ("s1",)),
            ("2018~", ("musk",), ("founding",), "fact", ()),
        ]
    )
)
TIMELINE = Timeline(
    sources=(Source("s1"), Source("s2")),
    actors=tuple(Actor(name) for name in ("musk", "altman", "board")),
    events=(EDGES[0], *MIDDLE, EDGES[1]),
)
# within the edges' years, so that a timeline laid out afresh has the same bounds
DATES = ["2016", "2023-11-18", "2023-11-18/2023-11-21", None, "2020?", "..2017", "2029-12"]


def snapshot(bands: Bands) -> tuple:
    lanes = tuple(
        (band.key, tuple(band.index.starting(-1e12, 1e12)), band.index.size) for band in bands.bands
    )
    return lanes, bands.undated, bands.whole_order, bands.bounds


@given(
    st.lists(
        st.tuples(
            st.integers(1, len(MIDDLE)),
            st.sampled_from(["date", "kind", "actors", "tags"]),
            st.integers(0, 6),
        ),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_an_edited_view_has_the_bands_of_one_made_afresh(edits, story) -> None:
    scale = None if story else LINEAR
    shown = ShownEvents(TIMELINE, scale)
    for grouping in GROUPINGS:
        shown.bands(grouping, None)
    timeline = TIMELINE
    values = {
        "date": DATES,
        "kind": ["fact", "claim", "opinion", "speculation"] * 2,
        "actors": [(), ("musk",), ("board", "altman"), ("altman",)] * 2,
        "tags": [(), ("crisis",), ("founding", "edge")] * 3,
    }
    for index, field, choice in edits:
        events = list(timeline.events)
        events[index] = dataclasses.replace(events[index], **{field: values[field][choice]})
        edited_timeline = dataclasses.replace(timeline, events=tuple(events))
        edited = shown.edited(edited_timeline, {events[index].id})
        timeline = edited_timeline
        assert edited is not None, "every edit keeps the events where they are"
        fresh = ShownEvents(timeline, shown.scale)
        for grouping in GROUPINGS:
            assert snapshot(edited.bands(grouping, None)) == snapshot(fresh.bands(grouping, None))
        shown = edited


def test_an_edit_that_moved_events_or_changed_ids_is_laid_out_again() -> None:
    shown = ShownEvents(TIMELINE)
    events = TIMELINE.events
    swapped = dataclasses.replace(TIMELINE, events=(events[1], events[0], *events[2:]))
    assert shown.edited(swapped, {"e0"}) is None
    renamed = list(events)
    renamed[1] = dataclasses.replace(events[1], id="other")
    assert shown.edited(dataclasses.replace(TIMELINE, events=tuple(renamed)), {"e0"}) is None
    assert shown.edited(TIMELINE, set()) is None
    far = list(events)
    far[1] = dataclasses.replace(events[1], date="2999")
    assert shown.edited(dataclasses.replace(TIMELINE, events=tuple(far)), {"e0"}) is None
