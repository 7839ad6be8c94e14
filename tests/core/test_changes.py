"""A change names what an edit touched, by id, and undoing it names the same things."""

from __future__ import annotations

import dataclasses

from viewer.core.changes import RELOADED, change_between
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
