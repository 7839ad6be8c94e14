"""Files in the main window: save, save as, the bundle's working copy, recovery after a crash,
changes made by other programs. Nothing is lost and nothing is overwritten unnoticed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from tests.conftest import write_timeline
from tests.ui.conftest import delete_an_event, trigger
from tests.ui.prompts import ScriptedPrompts
from viewer.core import writer
from viewer.core.edits import remove_event
from viewer.core.store import load_timeline
from viewer.core.workspace import find_recoveries, write_recovery
from viewer.resources import bundled_timeline
from viewer.ui.common.prompts import Answer, Level
from viewer.ui.settings import Settings
from viewer.ui.shell.application import create_window
from viewer.ui.shell.main_window import MainWindow
from viewer.ui.shell.recovery import RecoveryKeeper

KEEP_MINE = "Keep my version (saving replaces the new one)"


def autosave(window: MainWindow) -> None:
    """What the 30-second autosave timer does."""
    window.findChild(RecoveryKeeper).write_copy()


def test_save_and_reopen_gives_the_same_timeline(qtbot, open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    window.select_event("altman-fired")
    trigger(window, "duplicate-event")
    trigger(window, "save")
    assert not window.isWindowModified()
    assert load_timeline(sample_path).timeline == window.document.timeline


def test_the_first_save_of_the_bundled_chronology_writes_a_working_copy(
    qtbot, open_window, tmp_path: Path, monkeypatch, prompts
) -> None:
    bundle = tmp_path / "installed" / "openai-crisis"
    shutil.copytree(bundled_timeline().parent, bundle)
    bundled = bundle / "timeline.yaml"
    original = bundled.read_bytes()
    monkeypatch.setattr("viewer.ui.shell.files.bundled_timeline", lambda: bundled)
    window = open_window(bundled)
    doc = window.document
    window.select_event(doc.timeline.events[0].id)
    trigger(window, "delete-event")
    shown_folders: list[str] = []
    monkeypatch.setattr(
        "viewer.ui.shell.working_copy.QDesktopServices.openUrl",
        lambda url: shown_folders.append(url.toLocalFile()),
    )
    prompts.answer("working-copy-saved", Answer.YES)
    trigger(window, "save")
    assert not window.isWindowModified()
    assert bundled.read_bytes() == original, "the installed bundle is never written"
    copy = doc.path
    (said,) = [text for key, text in prompts.asked if key == "working-copy-saved"]
    assert str(copy) in said, "the message says where the copy went"
    assert shown_folders == [str(copy.parent)]
    window.select_event(doc.timeline.events[0].id)
    trigger(window, "delete-event")
    trigger(window, "save")  # the copy itself now: nothing more to say
    assert prompts.keys_asked().count("working-copy-saved") == 1
    assert copy != bundled and copy.is_file()
    assert "timeline-viewer" in str(copy)
    reloaded = load_timeline(copy)
    assert reloaded.errors == [] and len(reloaded.timeline.events) == len(doc.timeline.events)
    assert Settings().last_file == str(copy.resolve())


def crash_with_one_edit(path: Path) -> None:
    """What a window that crashed with the second sample event deleted leaves behind."""
    timeline = load_timeline(path).timeline
    write_recovery(remove_event(timeline, "altman-returns"), path, "crashed")


@pytest.mark.parametrize("named", [True, False], ids=["file-named", "last-file"])
def test_the_edits_a_crash_left_are_offered_when_their_file_is_opened(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts, named: bool
) -> None:
    open_window(sample_path).close()  # remembered as the last file
    crash_with_one_edit(sample_path)
    prompts.answer("restore", Answer.YES)
    again = open_window(sample_path if named else None)
    assert prompts.keys_asked().count("restore") == 1
    assert [e.id for e in again.document.timeline.events] == ["altman-fired"]
    assert again.document.path == sample_path.resolve()
    assert again.isWindowModified()
    assert [e.id for e in load_timeline(sample_path).timeline.events] == [
        "altman-fired",
        "altman-returns",
    ], "the file itself was not touched"


def test_a_second_window_on_the_same_file_does_not_take_the_firsts_autosave_for_a_crash(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    first = open_window(sample_path)
    delete_an_event(first)
    autosave(first)
    second = open_window(sample_path)
    assert "restore" not in prompts.keys_asked()
    assert len(second.document.timeline.events) == 2


def test_saving_the_bundle_after_an_autosave_then_quitting_leaves_no_copy(
    qtbot, open_window, tmp_path: Path, monkeypatch, prompts: ScriptedPrompts
) -> None:
    prompts.answer("working-copy-saved", Answer.NO)  # where the copy went: said
    bundle = tmp_path / "installed" / "openai-crisis"
    shutil.copytree(bundled_timeline().parent, bundle)
    monkeypatch.setattr("viewer.ui.shell.files.bundled_timeline", lambda: bundle / "timeline.yaml")
    window = open_window(bundle / "timeline.yaml")
    window.select_event(window.document.timeline.events[0].id)
    trigger(window, "delete-event")
    autosave(window)  # the copy belongs to the bundle's path
    trigger(window, "save")  # the save goes to the working copy: another path
    assert find_recoveries() == []
    assert window.close()
    open_window(None)
    assert "restore" not in prompts.keys_asked()


def test_a_change_on_disk_is_noticed_before_a_save_overwrites_it(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    prompts.answer("outside-change-unsaved", KEEP_MINE)  # the merge is tested on its own
    window = open_window(sample_path)
    delete_an_event(window)
    outside = sample_path.read_text(encoding="utf-8").replace("Sample crisis", "Edited elsewhere")
    sample_path.write_text(outside, encoding="utf-8")
    prompts.answer("overwrite-outside-change", Answer.CANCEL)
    trigger(window, "save")
    assert any("changed by another program" in text for _key, text in prompts.asked)
    assert sample_path.read_text(encoding="utf-8") == outside
    assert window.isWindowModified(), "the edits are still there to save"


def test_a_failing_save_keeps_the_file_and_the_edits(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts, monkeypatch
) -> None:
    window = open_window(sample_path)
    before = sample_path.read_bytes()
    delete_an_event(window)

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(writer.os, "replace", refuse)
    trigger(window, "save")
    assert [(title, level) for title, _text, level in prompts.told] == [
        ("Could Not Save", Level.ERROR)
    ]
    assert "Permission denied" in prompts.told[0][1]
    assert sample_path.read_bytes() == before
    assert "altman-returns" not in window.document.timeline.events_by_id
    assert window.isWindowModified()


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(sample_path)
    delete_an_event(window)
    prompts.answer("unsaved-changes", Answer.CANCEL)
    assert window.close() is False
    assert window.isVisible()
    assert prompts.keys_asked() == ["unsaved-changes"]


def test_save_as_copies_the_sources_beside_the_new_file(
    qtbot, open_window, sample_path: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(sample_path)
    target = tmp_path / "elsewhere" / "copy"
    target.parent.mkdir()
    prompts.answer("save-timeline", target)
    trigger(window, "save-as")
    saved = target.with_suffix(".yaml")  # the extension is added when left out
    assert (saved.parent / "sources" / "news.txt").is_file()
    assert load_timeline(saved).problems == []
    assert window.document.path == saved


def test_a_second_window_on_the_same_file_is_warned(
    qtbot, open_window, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    path = write_timeline(tmp_path)
    prompts.answer("outside-change-unsaved", KEEP_MINE)
    first = open_window(path)
    second = open_window(path)
    delete_an_event(first)
    trigger(first, "save")
    second.select_event("altman-fired")
    trigger(second, "delete-event")
    prompts.answer("overwrite-outside-change", Answer.CANCEL)
    trigger(second, "save")
    assert "overwrite-outside-change" in prompts.keys_asked()
    assert [e.id for e in load_timeline(path).timeline.events] == ["altman-fired"]


def test_a_file_changed_by_another_program_is_offered_for_reload(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    prompts.answer("reload", Answer.YES)
    window = open_window(sample_path)
    outside = sample_path.read_text(encoding="utf-8").replace(
        "Board fires Altman", "Board removes Altman"
    )
    sample_path.write_text(outside, encoding="utf-8")
    qtbot.waitUntil(lambda: "reload" in prompts.keys_asked())
    qtbot.waitUntil(
        lambda: window.document.timeline.events[0].title.get("en") == "Board removes Altman"
    )


def test_a_clean_exit_removes_the_recovery_copy(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(sample_path)
    delete_an_event(window)
    autosave(window)
    assert [r.original for r in find_recoveries()] == [sample_path.resolve()]
    prompts.answer("unsaved-changes", Answer.DISCARD)
    assert window.close()
    assert find_recoveries() == []


def test_opening_a_file_chosen_in_the_dialog_replaces_the_timeline(
    qtbot, open_window, sample_path: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    other = write_timeline(tmp_path / "other", "schema: 1\ntitle: Other\n", sources={})
    window = open_window(sample_path)
    prompts.answer("open-timeline", other)
    trigger(window, "open")
    assert window.document.path == other
    assert window.document.timeline.events == ()
    assert Settings().recent_files[0] == str(other.resolve())


def test_reverting_the_bundle_asks_first_and_reopens_it_as_shipped(
    qtbot, open_window, prompts: ScriptedPrompts, monkeypatch, tmp_path: Path
) -> None:
    prompts.answer("working-copy-saved", Answer.NO)  # where the copy went: said
    bundle = tmp_path / "installed" / "openai-crisis"
    shutil.copytree(bundled_timeline().parent, bundle)
    bundled = bundle / "timeline.yaml"
    monkeypatch.setattr("viewer.ui.shell.files.bundled_timeline", lambda: bundled)
    window = open_window(bundled)
    count = len(window.document.timeline.events)
    window.select_event(window.document.timeline.events[0].id)
    trigger(window, "delete-event")
    trigger(window, "save")
    assert len(load_timeline(window.document.path).timeline.events) == count - 1
    prompts.answer("revert-bundled", Answer.CANCEL)
    trigger(window, "revert-bundled")
    assert window.document.path != bundled
    prompts.answer("revert-bundled", Answer.DISCARD)
    trigger(window, "revert-bundled")
    assert window.document.path == bundled
    assert len(window.document.timeline.events) == count


def test_a_read_only_file_is_replaced_only_when_the_user_says_so(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(sample_path)
    before = sample_path.read_bytes()
    sample_path.chmod(0o444)
    delete_an_event(window)
    prompts.answer("replace-read-only", Answer.CANCEL)
    trigger(window, "save")
    assert sample_path.read_bytes() == before and window.isWindowModified()
    prompts.answer("replace-read-only", Answer.SAVE)
    trigger(window, "save")
    assert not window.isWindowModified()
    assert [e.id for e in load_timeline(sample_path).timeline.events] == ["altman-fired"]
    assert prompts.keys_asked() == ["replace-read-only", "replace-read-only"]


def test_at_a_start_a_copy_declined_for_the_last_file_is_not_asked_about_twice(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    open_window(sample_path).close()
    crash_with_one_edit(sample_path)
    prompts.answer("restore", Answer.NO)
    again = open_window(None)
    assert prompts.keys_asked() == ["restore"]
    assert len(again.document.timeline.events) == 2 and not again.isWindowModified()
    assert len(find_recoveries()) == 1, "kept for later"


def test_discarding_on_quit_prints_no_traceback_even_as_the_document_lives_on(
    qtbot, sample_path: Path, prompts: ScriptedPrompts, capfd
) -> None:
    # made by hand, not by open_window: this window is deleted before the test ends
    window = create_window(QApplication.instance(), str(sample_path), Settings(), prompts)
    document = window.document
    delete_an_event(window)
    prompts.answer("unsaved-changes", Answer.DISCARD)
    assert window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=1000)
    document.undo_stack.setClean()  # its signals still fire; nothing may call the window
    document.undo_stack.resetClean()
    assert "Traceback" not in capfd.readouterr().err
