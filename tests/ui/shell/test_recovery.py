"""Crash recovery: a copy of unsaved edits is written while there are any, and offered back."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from tests.ui.prompts import ScriptedPrompts
from viewer.core import workspace
from viewer.core.edits import remove_event
from viewer.core.workspace import find_recoveries, write_recovery
from viewer.ui.common.prompts import Answer, Level
from viewer.ui.document import Document
from viewer.ui.shell.recovery import AUTOSAVE_MS, RecoveryKeeper


@pytest.fixture
def window(qtbot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget


@pytest.fixture
def keeper(
    document: Document, prompts: ScriptedPrompts, window: QWidget
) -> Iterator[RecoveryKeeper]:
    keeper = RecoveryKeeper(document, prompts, window)
    yield keeper
    keeper.stop()  # no autosave may land in a later test's folders


def autosave_timer(keeper: RecoveryKeeper) -> QTimer:
    timer = keeper.findChild(QTimer)
    assert timer is not None
    return timer


def delete_returns(document: Document) -> None:
    document.apply(remove_event(document.timeline, "altman-returns"), "Delete Event")


def at(minute: int) -> datetime.datetime:
    return datetime.datetime(2024, 5, 1, 12, minute, tzinfo=datetime.UTC)


def shown_time(moment: datetime.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# -- writing ----------------------------------------------------------------------------------


def test_without_unsaved_edits_no_copy_is_written(keeper: RecoveryKeeper) -> None:
    keeper.write_copy()
    assert find_recoveries() == []


def test_with_unsaved_edits_the_copy_holds_them_for_the_file(
    keeper: RecoveryKeeper, document: Document, sample_path: Path
) -> None:
    delete_returns(document)
    keeper.write_copy()
    [recovery] = find_recoveries()
    assert recovery.original == sample_path.resolve()
    restored = workspace.load_recovery(recovery)
    assert [event.id for event in restored.timeline.events] == ["altman-fired"]


def test_edits_undone_back_to_the_saved_state_need_no_copy(
    keeper: RecoveryKeeper, document: Document
) -> None:
    delete_returns(document)
    document.undo_stack.undo()
    keeper.write_copy()
    assert find_recoveries() == []


def test_the_autosave_timer_runs_only_while_there_are_unsaved_edits(
    keeper: RecoveryKeeper, document: Document
) -> None:
    timer = autosave_timer(keeper)
    assert timer.interval() == AUTOSAVE_MS == 30_000
    assert not timer.isActive()
    delete_returns(document)
    assert timer.isActive()
    document.undo_stack.undo()
    assert not timer.isActive()


def test_each_tick_of_the_timer_writes_the_copy(
    qtbot, keeper: RecoveryKeeper, document: Document
) -> None:
    delete_returns(document)
    autosave_timer(keeper).setInterval(10)
    qtbot.waitUntil(lambda: len(find_recoveries()) == 1, timeout=2000)


def test_stop_ends_the_autosaves(keeper: RecoveryKeeper, document: Document) -> None:
    delete_returns(document)
    keeper.stop()
    assert not autosave_timer(keeper).isActive()


def test_discard_removes_the_copy_of_the_open_file(
    keeper: RecoveryKeeper, document: Document
) -> None:
    delete_returns(document)
    keeper.write_copy()
    write_recovery(document.timeline, None)
    keeper.discard()
    assert [recovery.original for recovery in find_recoveries()] == [None]


def test_a_failed_autosave_does_not_interrupt_work(
    keeper: RecoveryKeeper, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("viewer.ui.shell.recovery.write_recovery", refuse)
    delete_returns(document)
    keeper.write_copy()
    assert find_recoveries() == []


# -- offering ---------------------------------------------------------------------------------


def test_with_no_copy_nothing_is_offered(keeper: RecoveryKeeper, prompts: ScriptedPrompts) -> None:
    assert keeper.offer() is None
    assert prompts.asked == []


def test_restoring_gives_the_copy_loaded_as_the_original_file(
    keeper: RecoveryKeeper, document: Document, prompts: ScriptedPrompts, sample_path: Path
) -> None:
    delete_returns(document)
    keeper.write_copy()
    prompts.answer("restore", Answer.YES)
    result = keeper.offer()
    assert prompts.keys_asked() == ["restore"]
    assert result is not None
    assert result.path == sample_path.resolve()
    assert [event.id for event in result.timeline.events] == ["altman-fired"]
    assert "news" in result.texts and result.errors == []


def test_the_question_names_the_file_and_when_its_changes_were_kept(
    keeper: RecoveryKeeper,
    document: Document,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(workspace, "_now", lambda: at(7))
    write_recovery(document.timeline, document.path)
    prompts.answer("restore", Answer.DISCARD)
    keeper.offer()
    [(_key, text)] = prompts.asked
    assert text == (
        "The app did not close normally. Unsaved changes to timeline.yaml were kept at "
        f"{shown_time(at(7))}. Restore them?"
    )


def test_an_untitled_copy_is_offered_as_an_untitled_timeline(
    keeper: RecoveryKeeper, document: Document, prompts: ScriptedPrompts
) -> None:
    write_recovery(document.timeline, None)
    prompts.answer("restore", Answer.YES)
    result = keeper.offer()
    assert "Unsaved changes to an untitled timeline were kept" in prompts.asked[0][1]
    assert result is not None
    assert len(result.timeline.events) == 2


def test_the_newest_copy_is_offered_first(
    keeper: RecoveryKeeper,
    document: Document,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(workspace, "_now", lambda: at(1))
    write_recovery(document.timeline, tmp_path / "older.yaml")
    monkeypatch.setattr(workspace, "_now", lambda: at(2))
    write_recovery(document.timeline, None)
    prompts.answer("restore", Answer.DISCARD)
    keeper.offer()
    assert "an untitled timeline" in prompts.asked[0][1]
    assert [recovery.original for recovery in find_recoveries()] == [
        (tmp_path / "older.yaml").resolve()
    ]


def test_discarding_deletes_the_copy_and_gives_nothing(
    keeper: RecoveryKeeper, document: Document, prompts: ScriptedPrompts
) -> None:
    delete_returns(document)
    keeper.write_copy()
    prompts.answer("restore", Answer.DISCARD)
    assert keeper.offer() is None
    assert find_recoveries() == []


def test_a_copy_that_cannot_be_loaded_is_reported_and_gives_nothing(
    keeper: RecoveryKeeper, document: Document, prompts: ScriptedPrompts
) -> None:
    path = write_recovery(document.timeline, document.path)
    path.write_text("schema: 1\nevents: [\n", encoding="utf-8")
    prompts.answer("restore", Answer.YES)
    assert keeper.offer() is None
    [(title, text, level)] = prompts.told
    assert (title, level) == ("Cannot Restore", Level.ERROR)
    assert "YAML syntax error" in text
