"""Crash recovery: a copy of unsaved edits is written while there are any, and offered back."""

from __future__ import annotations

import datetime
import signal
import subprocess
import sys
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
    write_recovery(document.timeline, None, "crashed")
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


def left_by_a_crash(document: Document, original: Path | None) -> Path:
    """A copy written by an instance that is gone (nothing holds its lock)."""
    return write_recovery(document.timeline, original, "crashed").path


def test_with_no_copy_nothing_is_offered(
    keeper: RecoveryKeeper, prompts: ScriptedPrompts, sample_path: Path
) -> None:
    assert keeper.offer_for(sample_path) is None
    assert keeper.offer_any() is None
    assert prompts.asked == []


def test_a_running_windows_own_copy_is_never_offered(
    keeper: RecoveryKeeper,
    document: Document,
    prompts: ScriptedPrompts,
    sample_path: Path,
    window: QWidget,
) -> None:
    delete_returns(document)
    keeper.write_copy()
    other = RecoveryKeeper(Document(), prompts, window)  # a second window, same process
    try:
        assert other.offer_for(sample_path) is None
        assert other.offer_any() is None
    finally:
        other.stop()
    assert prompts.asked == []
    assert len(find_recoveries()) == 1


def test_a_copy_left_by_a_process_that_was_killed_is_offered(
    keeper: RecoveryKeeper, prompts: ScriptedPrompts, sample_path: Path
) -> None:
    script = (
        "import os, signal, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from viewer.core.store import load_timeline\n"
        "from viewer.ui.document import Document\n"
        "from viewer.ui.common.prompts import Prompts\n"
        "from viewer.ui.shell.recovery import RecoveryKeeper\n"
        "from PySide6.QtCore import QObject\n"
        "doc = Document()\n"
        "doc.load(load_timeline(sys.argv[1]))\n"
        "doc.select_event('altman-returns')\n"
        "from viewer.core.edits import remove_event\n"
        "doc.apply(remove_event(doc.timeline, 'altman-returns'), 'Delete')\n"
        "keeper = RecoveryKeeper(doc, Prompts(), None)\n"
        "keeper.write_copy()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(sample_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    [copy] = find_recoveries()
    assert copy.instance
    prompts.answer("restore", Answer.YES)
    result = keeper.offer_for(sample_path)
    assert result is not None and [e.id for e in result.timeline.events] == ["altman-fired"]


def test_restoring_gives_the_copy_loaded_as_the_original_file(
    keeper: RecoveryKeeper, document: Document, prompts: ScriptedPrompts, sample_path: Path
) -> None:
    delete_returns(document)
    left_by_a_crash(document, sample_path)
    prompts.answer("restore", Answer.YES)
    result = keeper.offer_for(sample_path)
    assert prompts.keys_asked() == ["restore"]
    assert result is not None
    assert result.path == sample_path.resolve()
    assert [event.id for event in result.timeline.events] == ["altman-fired"]
    assert "news" in result.texts and result.errors == []
    [kept] = find_recoveries()
    assert kept.instance != "crashed", "the restored edits are kept under this window's copy"


def test_the_question_names_the_file_and_when_its_changes_were_kept(
    keeper: RecoveryKeeper,
    document: Document,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(workspace, "_now", lambda: at(7))
    left_by_a_crash(document, document.path)
    prompts.answer("restore", Answer.DISCARD)
    keeper.offer_for(document.path)
    [(_key, text)] = prompts.asked
    assert text == (
        "The app did not close normally. Unsaved changes to timeline.yaml were kept at "
        f"{shown_time(at(7))}. Restore them? (No opens the saved file and keeps the changes "
        "for later.)"
    )


def test_only_the_copies_of_the_file_being_opened_are_offered(
    keeper: RecoveryKeeper, document: Document, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    left_by_a_crash(document, tmp_path / "other.yaml")
    assert keeper.offer_for(document.path) is None
    assert prompts.asked == []


def test_an_untitled_copy_is_offered_as_an_untitled_timeline(
    keeper: RecoveryKeeper, document: Document, prompts: ScriptedPrompts
) -> None:
    left_by_a_crash(document, None)
    prompts.answer("restore", Answer.YES)
    result = keeper.offer_any()
    assert "Unsaved changes to an untitled timeline were kept" in prompts.asked[0][1]
    assert result is not None
    assert len(result.timeline.events) == 2


def test_at_a_start_the_newest_copy_is_offered_first(
    keeper: RecoveryKeeper,
    document: Document,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(workspace, "_now", lambda: at(1))
    write_recovery(document.timeline, tmp_path / "older.yaml", "crashed")
    monkeypatch.setattr(workspace, "_now", lambda: at(2))
    write_recovery(document.timeline, None, "crashed")
    prompts.answer("restore", Answer.DISCARD)
    keeper.offer_any()
    assert "an untitled timeline" in prompts.asked[0][1]
    assert [recovery.original for recovery in find_recoveries()] == [
        (tmp_path / "older.yaml").resolve()
    ]


def test_discarding_deletes_the_copy_and_gives_nothing(
    keeper: RecoveryKeeper, document: Document, prompts: ScriptedPrompts
) -> None:
    left_by_a_crash(document, document.path)
    prompts.answer("restore", Answer.DISCARD)
    assert keeper.offer_for(document.path) is None
    assert find_recoveries() == []


def test_opening_the_saved_file_instead_keeps_the_copy_for_later(
    keeper: RecoveryKeeper, document: Document, prompts: ScriptedPrompts
) -> None:
    left_by_a_crash(document, document.path)
    prompts.answer("restore", Answer.NO)
    assert keeper.offer_for(document.path) is None
    assert len(find_recoveries()) == 1
    prompts.answer("restore", Answer.DISCARD)
    keeper.offer_for(document.path)  # offered again next time
    assert find_recoveries() == []


def test_a_copy_that_cannot_be_loaded_is_reported_and_kept(
    keeper: RecoveryKeeper, document: Document, prompts: ScriptedPrompts
) -> None:
    path = left_by_a_crash(document, document.path)
    path.write_text("schema: 1\nevents: [\n", encoding="utf-8")
    prompts.answer("restore", Answer.YES)
    assert keeper.offer_for(document.path) is None
    [(title, text, level)] = prompts.told
    assert (title, level) == ("Cannot Restore", Level.ERROR)
    assert "YAML syntax error" in text
    assert path.exists(), "the user may still rescue it by hand"
