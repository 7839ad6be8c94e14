"""The document: loading, undoable edits and what they touch, the selection, the actor filter."""

from __future__ import annotations

import dataclasses
import gc
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from viewer.core.changes import RELOADED, Change
from viewer.core.edits import add_event, remove_event, replace_actor, replace_event
from viewer.core.model import Actor, Event, LocalText
from viewer.core.query import ALL, ANY, EventFilter
from viewer.core.store import load_timeline, revalidate
from viewer.core.writer import dump_timeline
from viewer.ui import document as document_module
from viewer.ui.document import Document

SIGNALS = (
    "timeline_changed",
    "selection_changed",
    "evidence_changed",
    "filter_changed",
    "language_changed",
    "path_changed",
)


def record(doc: Document) -> list[tuple]:
    """Every signal `doc` emits from now on, as (name, *arguments), in order."""
    emitted: list[tuple] = []
    for name in SIGNALS:
        getattr(doc, name).connect(lambda *args, name=name: emitted.append((name, *args)))
    return emitted


def changes(emitted: list[tuple]) -> list[Change]:
    return [args[0] for name, *args in emitted if name == "timeline_changed"]


def event_ids(doc: Document) -> list[str]:
    return [event.id for event in doc.timeline.events]


# -- loading ----------------------------------------------------------------------------------


def test_a_new_document_is_empty(qtbot) -> None:
    doc = Document()
    assert doc.timeline.events == () and doc.path is None
    assert doc.language == "en" and doc.selected_event_id == "" and doc.selected_event() is None
    assert doc.event_filter == EventFilter() and doc.visible_event_ids() is None
    assert Document("ko").language == "ko"


def test_loading_emits_path_timeline_filter_and_selection_in_that_order(
    qtbot, sample_path: Path
) -> None:
    doc = Document()
    emitted = record(doc)
    doc.load(load_timeline(sample_path))
    assert emitted == [
        ("path_changed",),
        ("timeline_changed", RELOADED),
        ("filter_changed",),
        ("selection_changed", ""),
    ]


def test_loading_takes_the_files_timeline_texts_problems_and_path(qtbot, tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.replace("actors: [sam-altman]", "actors: [sam-altman, nobody]")
    result = load_timeline(write_timeline(tmp_path, text))
    doc = Document()
    doc.load(result)
    assert doc.timeline is result.timeline
    assert doc.texts is result.texts and "news" in doc.texts
    assert [p.message for p in doc.problems] == ["unknown actor 'nobody'"]
    assert doc.problems is not result.problems
    assert doc.path == tmp_path / "timeline.yaml"
    assert doc.complete


def test_a_file_that_could_not_be_kept_whole_loads_incomplete_until_it_moves(
    qtbot, tmp_path: Path
) -> None:
    result = load_timeline(write_timeline(tmp_path, SAMPLE_TIMELINE + "\n  - just a string\n"))
    doc = Document()
    doc.load(result)
    assert not doc.complete
    emitted = record(doc)
    doc.set_path(tmp_path / "copy.yaml")
    assert doc.complete and doc.path == tmp_path / "copy.yaml"
    assert emitted == [("path_changed",)]


def test_loading_starts_history_selection_and_filter_over_but_keeps_the_filter_mode(
    document: Document, sample_path: Path
) -> None:
    document.apply(remove_event(document.timeline, "altman-returns"), "Delete Event")
    document.select_event("altman-fired")
    document.select_evidence(1)
    document.set_filter(EventFilter(frozenset({"sam-altman"}), ALL))
    document.load(load_timeline(sample_path))
    assert document.undo_stack.count() == 0
    assert document.selected_event_id == "" and document.evidence_index == 0
    assert document.event_filter == EventFilter(mode=ALL)
    assert document.visible_event_ids() is None
    assert event_ids(document) == ["altman-fired", "altman-returns"]


# -- edits ------------------------------------------------------------------------------------


def test_apply_is_one_undo_step_named_by_the_edit(document: Document) -> None:
    document.apply(remove_event(document.timeline, "altman-returns"), "Delete Event")
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Delete Event"
    assert not document.undo_stack.isClean()
    assert event_ids(document) == ["altman-fired"]


def test_apply_emits_a_change_naming_what_the_edit_touched(document: Document) -> None:
    emitted = record(document)
    before = document.timeline
    edited = replace_event(
        before, "altman-fired", dataclasses.replace(before.events[0], date="2023-11-18")
    )
    document.apply(edited, "Edit Event")
    [change] = changes(emitted)
    assert change.events_changed == {"altman-fired"}
    assert change.events_added == change.events_removed == frozenset()
    assert change.sources == {"news"}
    assert not change.reloaded
    assert document.timeline is edited


def test_undo_emits_the_inverse_change_and_redo_the_change_again(document: Document) -> None:
    document.apply(
        add_event(document.timeline, Event("board-resigns", title=LocalText.of("Resigns"))),
        "New Event",
    )
    emitted = record(document)
    document.undo_stack.undo()
    document.undo_stack.redo()
    undone, redone = changes(emitted)
    assert undone.events_removed == {"board-resigns"} and undone.events_added == frozenset()
    assert redone.events_added == {"board-resigns"} and redone.events_removed == frozenset()
    assert event_ids(document)[-1] == "board-resigns"


def test_undo_puts_the_timeline_before_the_edit_back(document: Document) -> None:
    before = document.timeline
    document.apply(remove_event(before, "altman-fired"), "Delete Event")
    document.undo_stack.undo()
    assert document.timeline is before
    assert document.undo_stack.isClean()


def test_the_timeline_an_edit_replaced_keeps_no_lookup_for_its_undo_step(
    document: Document,
) -> None:
    before = document.timeline
    assert before.events_by_id
    document.apply(remove_event(before, "altman-fired"), "Delete Event")
    assert "events_by_id" not in vars(before), "5 MB at 100,000 events, for each edit"
    document.undo_stack.undo()
    assert document.timeline is before and "altman-fired" in before.events_by_id


def test_a_renamed_actor_is_named_in_the_change(document: Document) -> None:
    emitted = record(document)
    renamed = replace_actor(
        document.timeline, "openai-board", Actor("board", LocalText.of("Board"), kind="group")
    )
    document.apply(renamed, "Edit Actor", renamed={"openai-board": "board"})
    [change] = changes(emitted)
    assert change.actors_renamed == (("openai-board", "board"),)
    assert change.renamed_actor("openai-board") == "board"
    assert document.timeline.events[0].actors == ("sam-altman", "board")


def test_an_edit_is_checked_again_so_problems_follow_the_timeline(document: Document) -> None:
    assert document.problems == []
    first = document.timeline.events[0]
    broken = dataclasses.replace(first, actors=(*first.actors, "nobody"))
    document.apply(replace_event(document.timeline, first.id, broken), "Edit Event")
    assert [p.message for p in document.problems] == ["unknown actor 'nobody'"]
    assert document.problems[0].path == "events[0].actors[2]"
    document.undo_stack.undo()
    assert document.problems == []


def test_every_edit_is_checked_again_as_the_saved_file_will_read(
    qtbot, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_module, "PREPARE_ABOVE", 0)  # the filter's tables first
    document.load(load_timeline(document.path))
    qtbot.waitUntil(lambda: not document.preparing)
    first = document.timeline.events[0]
    moved = add_event(document.timeline, Event("early", date="2001", title=LocalText("E")))
    document.apply(moved, "New Event")
    broken = dataclasses.replace(first, actors=("nobody",))
    document.apply(replace_event(document.timeline, first.id, broken), "Edit Event")
    expected = revalidate(document.timeline, document.texts, document.path)
    assert [(p.line, p.column, p.message) for p in document.problems] == [
        (p.line, p.column, p.message) for p in expected
    ]
    assert "unknown actor 'nobody'" in [p.message for p in document.problems]
    assert document.file_bytes() == dump_timeline(document.timeline).encode(), "what Save writes"


def test_apply_selects_what_it_was_told_to_select(document: Document) -> None:
    document.select_event("altman-fired")
    document.apply(
        add_event(document.timeline, Event("new", title=LocalText.of("New"))), "New", "new"
    )
    assert document.selected_event_id == "new"
    document.undo_stack.undo()
    assert document.selected_event_id == "altman-fired"


def test_apply_without_select_keeps_the_selection(document: Document) -> None:
    document.select_event("altman-fired")
    document.apply(remove_event(document.timeline, "altman-returns"), "Delete Event")
    assert document.selected_event_id == "altman-fired"


def test_removing_the_selected_event_clears_the_selection(document: Document) -> None:
    document.select_event("altman-returns")
    emitted = record(document)
    document.apply(remove_event(document.timeline, "altman-returns"), "Delete Event")
    assert document.selected_event_id == ""
    assert document.selected_event() is None
    assert [name for name, *_ in emitted] == ["timeline_changed", "selection_changed"]
    assert emitted[-1] == ("selection_changed", "")
    document.undo_stack.undo()
    assert document.selected_event_id == "altman-returns"


# -- selection --------------------------------------------------------------------------------


def test_selecting_an_event_emits_once_and_restarts_at_its_first_evidence(
    document: Document,
) -> None:
    document.select_event("altman-fired")
    document.select_evidence(2)
    emitted = record(document)
    document.select_event("altman-fired")
    document.select_event("altman-returns")
    assert emitted == [("selection_changed", "altman-returns")]
    assert document.evidence_index == 0
    assert document.selected_event() is document.timeline.events_by_id["altman-returns"]


def test_reading_another_evidence_entry_emits_its_index_once(document: Document) -> None:
    emitted = record(document)
    document.select_evidence(1)
    document.select_evidence(1)
    document.select_evidence(0)
    assert emitted == [("evidence_changed", 1), ("evidence_changed", 0)]
    assert document.evidence_index == 0


# -- actor filter -----------------------------------------------------------------------------


def test_the_actor_filter_decides_which_events_are_visible(document: Document) -> None:
    emitted = record(document)
    document.set_filter(EventFilter(frozenset({"openai-board"})))
    assert emitted == [("filter_changed",)]
    assert document.visible_event_ids() == {"altman-fired"}
    document.set_filter(EventFilter(frozenset({"sam-altman"}), ANY))
    assert document.visible_event_ids() == {"altman-fired", "altman-returns"}
    document.set_filter(EventFilter(frozenset({"sam-altman", "openai-board"}), ALL))
    assert document.visible_event_ids() == {"altman-fired"}
    document.set_filter(EventFilter())
    assert document.visible_event_ids() is None


def test_setting_the_same_filter_again_emits_nothing(document: Document) -> None:
    document.set_filter(EventFilter(frozenset({"openai-board"})))
    emitted = record(document)
    document.set_filter(EventFilter(frozenset({"openai-board"})))
    assert emitted == []


def test_visible_events_follow_an_edit(document: Document) -> None:
    document.set_filter(EventFilter(frozenset({"openai-board"})))
    assert document.visible_event_ids() == {"altman-fired"}
    document.apply(remove_event(document.timeline, "altman-fired"), "Delete Event")
    assert document.visible_event_ids() == frozenset()
    document.undo_stack.undo()
    assert document.visible_event_ids() == {"altman-fired"}


# -- language ---------------------------------------------------------------------------------


def test_set_language_emits_only_when_the_language_changes(document: Document) -> None:
    emitted = record(document)
    document.set_language("en")
    document.set_language("ko")
    document.set_language("ko")
    assert emitted == [("language_changed", "ko")]
    assert document.language == "ko"


def test_a_check_that_fails_becomes_a_problem_and_the_views_still_follow(
    document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_check(*_args):
        raise KeyError("a bug in a check")

    monkeypatch.setattr(document_module.Rechecker, "check", broken_check)
    emitted = record(document)
    after = remove_event(document.timeline, "altman-returns")
    document.apply(after, "Delete")
    assert document.timeline is after
    assert changes(emitted)[-1].events_removed == {"altman-returns"}
    [problem] = document.problems
    assert problem.is_error and "could not be checked: KeyError" in problem.message
    document.undo_stack.undo()
    assert event_ids(document) == ["altman-fired", "altman-returns"]


@pytest.fixture
def learning(qtbot, sample_path: Path, monkeypatch: pytest.MonkeyPatch) -> Document:
    """A document of a file taken as large: it learns its tables while the app is idle."""
    monkeypatch.setattr(document_module, "PREPARE_ABOVE", 1)
    doc = Document()
    doc.load(load_timeline(sample_path))
    return doc


def test_a_large_file_has_its_filter_tables_made_while_the_app_is_idle(
    qtbot, learning: Document
) -> None:
    doc = learning
    tables = doc._index.tables(doc.timeline)
    assert "days" not in tables.made, "nothing is made before the app is idle"
    qtbot.waitUntil(lambda: "days" in tables.made)
    assert set(tables.made["by_tag"]) == {"leadership"}
    doc.set_filter(EventFilter(tags=frozenset({"leadership"})))
    assert doc.visible_event_ids() == {"altman-fired"}


def test_what_is_learnt_while_idle_is_left_alone_by_the_cycle_collector(
    qtbot, learning: Document
) -> None:
    # a full collection walking the million objects learnt at 100,000 events froze a step
    # through the events for a quarter of a second
    try:
        gc.unfreeze()
        qtbot.waitUntil(lambda: not learning.preparing)
        entries = learning._rechecker._entries
        assert entries and gc.get_freeze_count() > 0
        walked = {id(thing) for generation in range(3) for thing in gc.get_objects(generation)}
        assert not any(id(entry) in walked for entry in entries)
    finally:
        gc.unfreeze()


def test_the_idle_learning_stands_aside_a_moment_after_the_user_acts(
    qtbot, learning: Document
) -> None:
    doc = learning
    timer = doc._prepare_timer
    assert doc.preparing and timer.interval() == 0
    doc.set_filter(EventFilter(tags=frozenset({"leadership"})))
    assert timer.interval() == document_module.HOLD_PREPARING_MS, "the views redraw first"
    qtbot.waitUntil(lambda: timer.interval() == 0 or not doc.preparing)
    assert doc.visible_event_ids() == {"altman-fired"}
    qtbot.waitUntil(lambda: not doc.preparing)
    doc.select_event("altman-fired")
    assert not timer.isActive(), "nothing to hold once all is learnt"


def test_where_each_sources_quotes_stand_is_worked_out_while_idle(
    qtbot, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    from viewer.ui import source_analyses

    document.load(load_timeline(document.path))
    qtbot.waitUntil(lambda: not document.preparing)
    asked = []
    monkeypatch.setattr(source_analyses, "index_source", lambda *args: asked.append(args))
    support = document.analyses.support("news", document.texts["news"])
    assert asked == [], "at hand, not worked out on the first event shown"
    assert support.anchor("altman-fired", 0).found
