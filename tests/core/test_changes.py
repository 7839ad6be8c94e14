"""A change names what an edit touched, by id, and undoing it names the same things."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from viewer.core.changes import RELOADED, change_between, changed_span
from viewer.core.edits import add_event, merge_actors, remove_event, replace_actor, replace_event
from viewer.core.model import Actor, Event, Evidence, LocalText, Source, Timeline

TIMELINE = Timeline(
    sources=(Source("a", LocalText(plain="A")), Source("b", LocalText(plain="B"))),
    actors=(Actor("altman"), Actor("board"), Actor("altman-dup", LocalText(plain="S. Altman"))),
    events=(
        Event(
            "fired", "2023-11-17", actors=("board", "altman-dup"), evidence=(Evidence("a", "q"),)
        ),
        Event("back", "2023-11-21", actors=("altman",), evidence=(Evidence("b", "r"),)),
    ),
)


def test_an_untouched_timeline_changes_nothing() -> None:
    change = change_between(TIMELINE, TIMELINE)
    assert not change.events and not change.actors and not change.sources
    assert not change.touches_event("fired")


def test_editing_one_event_names_it_and_the_sources_it_cited_before_and_after() -> None:
    moved = dataclasses.replace(
        TIMELINE.events[0], date="2023-11-18", evidence=(Evidence("b", "q"),)
    )
    change = change_between(TIMELINE, replace_event(TIMELINE, "fired", moved))
    assert change.events_changed == {"fired"} and not change.events_added
    assert change.touches_event("fired") and not change.touches_event("back")
    assert change.sources == {"a", "b"}
    assert not change.actors


def test_adding_and_removing_events_are_each_others_inverse() -> None:
    added = change_between(TIMELINE, add_event(TIMELINE, Event("new", evidence=(Evidence("a"),))))
    assert added.events_added == {"new"} and added.sources == {"a"}
    undone = added.inverse()
    assert undone.events_removed == {"new"} and not undone.events_added
    removed = change_between(TIMELINE, remove_event(TIMELINE, "back"))
    assert removed.events_removed == {"back"} and removed.events_moved


def test_a_renamed_actor_is_followed_and_undo_renames_it_back() -> None:
    after = replace_actor(TIMELINE, "altman", Actor("sam-altman"))
    change = change_between(TIMELINE, after, renamed={"altman": "sam-altman"})
    assert change.actors_added == {"sam-altman"} and change.actors_removed == {"altman"}
    assert change.events_changed == {"back"}
    assert change.renamed_actor("altman") == "sam-altman"
    assert change.inverse().renamed_actor("sam-altman") == "altman"
    assert change.renamed_actor("board") == "board"


def test_a_merge_leads_to_the_kept_actor_but_its_undo_renames_nothing() -> None:
    after = merge_actors(TIMELINE, "altman", "altman-dup")
    change = change_between(TIMELINE, after, merged={"altman-dup": "altman"})
    assert change.renamed_actor("altman-dup") == "altman"
    assert change.actors_removed == {"altman-dup"} and change.actors_changed == {"altman"}
    assert change.inverse().renamed_actor("altman") == "altman"
    assert change.inverse().actors_added == {"altman-dup"}


def test_a_source_entry_edit_names_the_source_and_a_title_edit_the_header() -> None:
    after = dataclasses.replace(
        TIMELINE,
        title=LocalText(plain="New title"),
        sources=(Source("a", LocalText(plain="A, renamed")), TIMELINE.sources[1]),
    )
    change = change_between(TIMELINE, after)
    assert change.sources == {"a"} and change.header and not change.events


def test_a_reloaded_timeline_touches_everything() -> None:
    assert RELOADED.events and RELOADED.actors
    assert RELOADED.touches_event("anything") and RELOADED.touches_source("anything")


@given(
    st.lists(st.sampled_from(["a", "b", "c", "d", "a"]), max_size=7),
    st.lists(
        st.tuples(st.sampled_from(["edit", "drop", "add", "copy", "move"]), st.integers(0, 9)),
        max_size=5,
    ),
)
def test_the_events_touched_are_found_where_the_sequences_differ(ids, edits) -> None:
    # repeated ids included: the events by id are then whichever the timeline keeps
    events = [Event(event_id, "2023") for event_id in ids]
    before = dataclasses.replace(TIMELINE, events=tuple(events))
    for what, at in edits:
        at %= len(events) + 1
        if what == "add":
            events.insert(at, Event(f"new{at}", "2024"))
        elif events and what == "edit":
            at %= len(events)
            events[at] = dataclasses.replace(events[at], date="2025")
        elif events and what == "drop":
            del events[at % len(events)]
        elif events and what == "copy":
            events.insert(at, events[at % len(events)])
        elif events and what == "move":
            events.append(events.pop(at % len(events)))
    after = dataclasses.replace(TIMELINE, events=tuple(events))
    change = change_between(before, after)
    by_id_before, by_id_after = before.events_by_id, after.events_by_id
    assert change.events_added == by_id_after.keys() - by_id_before.keys()
    assert change.events_removed == by_id_before.keys() - by_id_after.keys()
    assert change.events_changed == {
        key
        for key in by_id_before.keys() & by_id_after.keys()
        if by_id_before[key] != by_id_after[key]
    }


def test_the_span_where_two_sequences_differ() -> None:
    a, b, c, d = (Event(name) for name in "abcd")
    assert changed_span((a, b, c), (a, b, c)) == (3, 3, 3)
    assert changed_span((a, b, c), (a, d, c)) == (1, 2, 2)
    assert changed_span((a, b, c), (a, a, b, c)) == (1, 1, 2)  # one inserted
    assert changed_span((a, b, c), (a, c)) == (1, 2, 1)  # one removed
    assert changed_span((), (a,)) == (0, 0, 1)
