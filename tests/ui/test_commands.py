"""Undo commands: redo puts the edited timeline in, undo puts the earlier one back, with the
selection of each and the change each step makes."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from viewer.core.changes import Change
from viewer.core.model import Event, Timeline
from viewer.ui.commands import TimelineCommand

BEFORE = Timeline(events=(Event("fired"), Event("returns")))
AFTER = Timeline(events=(Event("fired"), Event("returns"), Event("resigns")))
ADDED = Change(events_added=frozenset({"resigns"}), sources=frozenset({"news"}))


class Holder:
    """What a command changes, recording each call it gets."""

    def __init__(self, timeline: Timeline = BEFORE, selected: str = "") -> None:
        self.timeline = timeline
        self.selected_event_id = selected
        self.calls: list[tuple] = []

    def set_timeline(self, timeline: Timeline, change: Change) -> None:
        self.timeline = timeline
        self.calls.append(("set_timeline", timeline, change))

    def select_event(self, event_id: str) -> None:
        self.selected_event_id = event_id
        self.calls.append(("select_event", event_id))


def command(holder: Holder, select: str | None = None, after: Timeline = AFTER) -> TimelineCommand:
    return TimelineCommand(holder, holder.timeline, after, "New Event", ADDED, select)


def test_the_command_is_named_by_its_text(qapp) -> None:
    assert command(Holder()).text() == "New Event"


def test_redo_sets_the_after_timeline_with_the_change(qapp) -> None:
    holder = Holder()
    command(holder).redo()
    assert holder.calls == [("set_timeline", AFTER, ADDED)]


def test_redo_selects_what_it_was_given_after_setting_the_timeline(qapp) -> None:
    holder = Holder(selected="fired")
    command(holder, select="resigns").redo()
    assert holder.calls == [("set_timeline", AFTER, ADDED), ("select_event", "resigns")]


def test_redo_can_clear_the_selection(qapp) -> None:
    holder = Holder(selected="fired")
    command(holder, select="").redo()
    assert holder.calls[-1] == ("select_event", "")


def test_undo_sets_the_before_timeline_with_the_inverse_change(qapp) -> None:
    holder = Holder()
    undo = command(holder)
    undo.redo()
    holder.calls.clear()
    undo.undo()
    assert holder.calls == [("set_timeline", BEFORE, ADDED.inverse())]
    assert ADDED.inverse().events_removed == {"resigns"}


def test_undo_selects_again_what_was_selected_before_the_edit(qapp) -> None:
    holder = Holder(selected="returns")
    undo = command(holder, select="resigns")
    undo.redo()
    undo.undo()
    assert holder.calls[-1] == ("select_event", "returns")
    assert holder.selected_event_id == "returns"


def test_undo_leaves_the_selection_when_the_earlier_one_is_not_in_the_earlier_timeline(
    qapp,
) -> None:
    for selected in ("", "elsewhere"):
        holder = Holder(selected=selected)
        undo = command(holder, select="resigns")
        undo.redo()
        holder.calls.clear()
        undo.undo()
        assert holder.calls == [("set_timeline", BEFORE, ADDED.inverse())]
        assert holder.selected_event_id == "resigns"


def test_the_selection_before_is_taken_when_the_command_is_made(qapp) -> None:
    holder = Holder(selected="fired")
    undo = command(holder)
    holder.selected_event_id = "returns"
    undo.redo()
    undo.undo()
    assert holder.calls[-1] == ("select_event", "fired")


def test_on_an_undo_stack_push_redoes_and_undo_and_redo_alternate(qapp) -> None:
    holder = Holder()
    stack = QUndoStack()
    stack.push(command(holder))
    assert holder.timeline is AFTER
    stack.undo()
    assert holder.timeline is BEFORE
    stack.redo()
    assert holder.timeline is AFTER
    assert [call[0] for call in holder.calls] == ["set_timeline"] * 3
    assert stack.undoText() == "New Event"
