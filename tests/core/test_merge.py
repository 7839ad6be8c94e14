"""Three-way merge of timelines by id: a table of what two people may change."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from viewer.core.conflicts import OWN, conflict_entries, resolve_entries, resolve_entry
from viewer.core.merge import merge_timelines
from viewer.core.model import Actor, Event, Evidence, LocalText, Source, Timeline
from viewer.core.store import load_text
from viewer.core.writer import dump_timeline

SOURCE = Source("news", title=LocalText(plain="News"), file="sources/news.txt")
ALTMAN = Actor("sam", LocalText.of({"en": "Sam Altman", "ko": "샘 올트먼"}))
BOARD = Actor("board", LocalText(plain="OpenAI board"), kind="group")
FIRED = Event(
    "fired",
    date="2023-11-17",
    title=LocalText.of({"en": "Board fires Altman", "ko": "이사회, 올트먼 해고"}),
    actors=("board", "sam"),
    evidence=(Evidence("news", "해고했다."),),
)
RETURNS = Event(
    "returns", date="2023-11-21", title=LocalText(plain="Altman returns"), actors=("sam",)
)
BASE = Timeline(
    title=LocalText(plain="Crisis"),
    sources=(SOURCE,),
    actors=(ALTMAN, BOARD),
    events=(FIRED, RETURNS),
)


def with_events(timeline: Timeline, *events: Event) -> Timeline:
    return dataclasses.replace(timeline, events=events)


def changed(event: Event, **fields: object) -> Event:
    return dataclasses.replace(event, **fields)


def ids(timeline: Timeline) -> list[str]:
    return [event.id for event in timeline.events]


def test_edits_to_different_events_merge_cleanly() -> None:
    ours = with_events(BASE, changed(FIRED, kind="claim"), RETURNS)
    theirs = with_events(BASE, FIRED, changed(RETURNS, date="2023-11-22"))
    result = merge_timelines(BASE, ours, theirs)
    assert result.conflicts == ()
    merged = result.timeline.events_by_id
    assert merged["fired"].kind == "claim" and merged["returns"].date == "2023-11-22"


def test_edits_to_different_fields_of_one_event_merge_cleanly() -> None:
    ours = with_events(BASE, changed(FIRED, date="2023-11-18"), RETURNS)
    theirs = with_events(BASE, changed(FIRED, tags=("leadership",)), RETURNS)
    result = merge_timelines(BASE, ours, theirs)
    assert result.conflicts == ()
    fired = result.timeline.events_by_id["fired"]
    assert (fired.date, fired.tags) == ("2023-11-18", ("leadership",))


def test_the_same_field_changed_differently_is_a_conflict_naming_both() -> None:
    ours = with_events(BASE, changed(FIRED, date="2023-11-18"), RETURNS)
    theirs = with_events(BASE, changed(FIRED, date="2023-11-16"), RETURNS)
    result = merge_timelines(BASE, ours, theirs)
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.id, conflict.field) == ("event", "fired", "date")
    assert (conflict.ours, conflict.theirs) == ("2023-11-18", "2023-11-16")
    assert result.timeline.events_by_id["fired"].date == "2023-11-18", "ours stays in place"
    entries = dict(result.timeline.extra)["conflicts"]
    assert entries == [conflict.to_data()]


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    both = with_events(BASE, changed(FIRED, date="2023-11-18"), RETURNS)
    assert merge_timelines(BASE, both, both).conflicts == ()


def test_a_deletion_against_an_edit_is_a_conflict_keeping_the_edit() -> None:
    ours = with_events(BASE, FIRED)  # deleted returns
    theirs = with_events(BASE, FIRED, changed(RETURNS, date="2023-11-22"))
    result = merge_timelines(BASE, ours, theirs)
    [conflict] = result.conflicts
    assert (conflict.id, conflict.field, conflict.ours) == ("returns", None, None)
    assert conflict.theirs["date"] == "2023-11-22"
    assert result.timeline.events_by_id["returns"].date == "2023-11-22"


def test_a_deletion_on_one_side_alone_is_taken() -> None:
    ours = with_events(BASE, FIRED)
    result = merge_timelines(BASE, ours, BASE)
    assert result.conflicts == () and ids(result.timeline) == ["fired"]


def test_the_same_id_added_on_both_sides_with_other_content_is_a_conflict() -> None:
    mine = Event("letter", date="2023-11-20", title=LocalText(plain="700 of 770"))
    other = Event("letter", date="2023-11-20", title=LocalText(plain="More than 700"))
    result = merge_timelines(
        BASE, with_events(BASE, FIRED, RETURNS, mine), with_events(BASE, FIRED, RETURNS, other)
    )
    [conflict] = result.conflicts
    assert conflict.field is None and conflict.ours["title"] == "700 of 770"
    assert conflict.theirs["title"] == "More than 700"


def test_additions_on_both_sides_keep_their_places() -> None:
    early = Event("early", date="2015-12-11", title=LocalText(plain="Founded"))
    late = Event("late", date="2024-09-25", title=LocalText(plain="Murati leaves"))
    ours = with_events(BASE, early, FIRED, RETURNS)
    theirs = with_events(BASE, FIRED, RETURNS, late)
    result = merge_timelines(BASE, ours, theirs)
    assert result.conflicts == () and ids(result.timeline) == ["early", "fired", "returns", "late"]


def test_reordering_alone_changes_nothing_for_the_other_side() -> None:
    ours = with_events(BASE, RETURNS, FIRED)
    theirs = with_events(BASE, changed(FIRED, kind="claim"), RETURNS)
    result = merge_timelines(BASE, ours, theirs)
    assert result.conflicts == () and ids(result.timeline) == ["returns", "fired"]
    assert result.timeline.events_by_id["fired"].kind == "claim"


def test_an_actor_renamed_on_one_side_follows_through_to_the_others_new_event() -> None:
    renamed = Actor("sam-altman", ALTMAN.name)
    ours = dataclasses.replace(
        BASE,
        actors=(renamed, BOARD),
        events=(
            changed(FIRED, actors=("board", "sam-altman")),
            changed(RETURNS, actors=("sam-altman",)),
        ),
    )
    talks = Event("talks", date="2023-11-19", title=LocalText(plain="Talks"), actors=("sam",))
    theirs = with_events(BASE, FIRED, RETURNS, talks)
    result = merge_timelines(BASE, ours, theirs)
    assert result.conflicts == ()
    assert result.renamed_actors == {"sam": "sam-altman"}
    merged = result.timeline.events_by_id
    assert merged["talks"].actors == ("sam-altman",)
    assert [actor.id for actor in result.timeline.actors] == ["sam-altman", "board"]


def test_two_actors_merged_on_their_side_follow_through_to_our_new_event() -> None:
    duplicate = Actor("altman", LocalText(plain="Altman"))
    base = dataclasses.replace(
        BASE,
        actors=(ALTMAN, duplicate, BOARD),
        events=(FIRED, changed(RETURNS, actors=("altman",))),
    )
    theirs = dataclasses.replace(
        base, actors=(ALTMAN, BOARD), events=(FIRED, changed(RETURNS, actors=("sam",)))
    )
    quote = Event("quote", date="2023-11-19", title=LocalText(plain="Quote"), actors=("altman",))
    ours = with_events(base, *base.events, quote)
    result = merge_timelines(base, ours, theirs)
    assert result.timeline.events_by_id["quote"].actors == ("sam",)
    assert "altman" not in result.timeline.actors_by_id


def test_sources_actors_and_the_title_merge_by_field_too() -> None:
    ours = dataclasses.replace(BASE, title=LocalText(plain="The crisis"))
    theirs = dataclasses.replace(
        BASE, actors=(dataclasses.replace(ALTMAN, aliases=("올트먼",)), BOARD)
    )
    result = merge_timelines(BASE, ours, theirs)
    assert result.conflicts == ()
    assert result.timeline.title == LocalText(plain="The crisis")
    assert result.timeline.actors_by_id["sam"].aliases == ("올트먼",)


def test_a_merged_file_with_conflicts_loads_and_check_names_both_versions(tmp_path: Path) -> None:
    ours = with_events(BASE, changed(FIRED, date="2023-11-18"), RETURNS)
    theirs = with_events(BASE, changed(FIRED, date="2023-11-16"), RETURNS)
    text = dump_timeline(merge_timelines(BASE, ours, theirs).timeline)
    assert "conflicts:" in text
    loaded = load_text(text, tmp_path / "timeline.yaml")
    assert loaded.timeline is not None and len(loaded.timeline.events) == 2
    [problem] = [p for p in loaded.problems if "merge conflict" in p.message]
    assert problem.severity.name == "ERROR"
    assert "event 'fired', field 'date'" in problem.message
    assert "'2023-11-18'" in problem.message and "'2023-11-16'" in problem.message
    assert problem.line == text.splitlines().index("conflicts:") + 2


@pytest.mark.parametrize("side", ["ours", "theirs"])
def test_a_conflict_left_by_an_earlier_merge_is_kept(side: str) -> None:
    earlier = [{"kind": "event", "id": "x", "ours": None, "theirs": None}]
    flagged = dataclasses.replace(BASE, extra=(("conflicts", earlier),))
    ours, theirs = (flagged, BASE) if side == "ours" else (BASE, flagged)
    result = merge_timelines(BASE, ours, theirs)
    assert dict(result.timeline.extra)["conflicts"] == earlier


def test_resolving_a_conflict_takes_the_chosen_version_and_removes_its_entry() -> None:
    ours = with_events(BASE, changed(FIRED, date="2023-11-18", kind="claim"), RETURNS)
    theirs = with_events(BASE, changed(FIRED, date="2023-11-16", kind="opinion"), RETURNS)
    result = merge_timelines(BASE, ours, theirs)
    assert [c.field for c in result.conflicts] == ["date", "kind"]
    half = resolve_entries(result.timeline, {0: "theirs"})
    fired = half.events_by_id["fired"]
    assert (fired.date, fired.kind) == ("2023-11-16", "claim")
    assert [entry["field"] for entry in dict(half.extra)["conflicts"]] == ["kind"]
    done = resolve_entries(half, {0: "ours"})
    assert "conflicts" not in dict(done.extra)
    assert done.events_by_id["fired"].kind == "claim"


def test_resolving_a_deletion_conflict_for_theirs_deletes_the_record() -> None:
    ours = with_events(BASE, FIRED, changed(RETURNS, date="2023-11-22"))
    theirs = with_events(BASE, FIRED)
    result = merge_timelines(BASE, ours, theirs)
    assert ids(resolve_entries(result.timeline, {0: "theirs"})) == ["fired"]


def test_a_conflict_in_a_saved_file_is_resolved_from_its_entry(tmp_path: Path) -> None:
    ours = with_events(BASE, changed(FIRED, date="2023-11-18"), changed(RETURNS, kind="claim"))
    theirs = with_events(BASE, changed(FIRED, date="2023-11-16"))
    text = dump_timeline(merge_timelines(BASE, ours, theirs).timeline)
    loaded = load_text(text, tmp_path / "timeline.yaml").timeline
    assert loaded is not None and len(conflict_entries(loaded)) == 2  # date; returns deleted
    taken = resolve_entry(loaded, 0, "theirs")
    assert taken.events_by_id["fired"].date == "2023-11-16"
    assert [e["id"] for e in conflict_entries(taken)] == ["returns"]
    deleted = resolve_entry(taken, 0, "theirs")
    assert "returns" not in deleted.events_by_id and conflict_entries(deleted) == []
    kept = resolve_entry(taken, 0, "ours")
    assert kept.events_by_id["returns"].kind == "claim" and "conflicts" not in dict(kept.extra)


def test_several_conflicts_are_resolved_at_once_whatever_their_order() -> None:
    ours = with_events(BASE, changed(FIRED, date="2023-11-18", kind="claim"), RETURNS)
    theirs = with_events(BASE, changed(FIRED, date="2023-11-16", kind="opinion"), RETURNS)
    merged = merge_timelines(BASE, ours, theirs).timeline
    both = resolve_entries(merged, {0: "ours", 1: "theirs"})
    fired = both.events_by_id["fired"]
    assert (fired.date, fired.kind) == ("2023-11-18", "opinion")
    assert conflict_entries(both) == []


def test_a_value_of_ones_own_resolves_a_field_conflict() -> None:
    ours = with_events(BASE, changed(FIRED, title=LocalText(plain="Fired")), RETURNS)
    theirs = with_events(BASE, changed(FIRED, title=LocalText(plain="Removed")), RETURNS)
    merged = merge_timelines(BASE, ours, theirs).timeline
    own = resolve_entries(merged, {0: OWN}, {0: {"en": "Removed", "ko": "해임"}})
    assert own.events_by_id["fired"].title.to_data() == {"en": "Removed", "ko": "해임"}
    assert conflict_entries(own) == []


def test_a_hand_edited_entry_that_holds_no_record_deletes_nothing() -> None:
    entry = {"kind": "event", "id": "fired", "ours": "x", "theirs": "not a record"}
    timeline = dataclasses.replace(BASE, extra=(("conflicts", [entry]),))
    taken = resolve_entry(timeline, 0, "theirs")
    assert ids(taken) == ["fired", "returns"] and conflict_entries(taken) == []
