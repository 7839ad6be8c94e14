"""File ▸ New Timeline: a title and a folder give an empty timeline, open and ready for sources."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton

from tests.ui.conftest import trigger, when_modal
from tests.ui.editing.fixtures import commit
from viewer.core.store import load_timeline
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.shell.new_timeline_dialog import NewTimelineDialog


def _ok(dialog: NewTimelineDialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_new_timeline_creates_the_folder_and_opens_the_empty_timeline(
    qtbot, open_window, prompts, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(
        "viewer.ui.shell.new_timeline_dialog.default_parent_folder", lambda: tmp_path
    )
    window = open_window(None)
    seen: list[str] = []

    def fill(dialog: NewTimelineDialog) -> None:
        assert not _ok(dialog).isEnabled(), "no title yet"
        title = dialog.findChild(QLineEdit, "newTimelineTitle")
        commit(title, "오픈AI 사태")
        seen.append(dialog.findChild(QLineEdit, "newTimelineFolder").text())
        seen.append(dialog.findChild(StatusLabel, "newTimelineStatus").text())
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    when_modal(NewTimelineDialog, fill)
    trigger(window, "new-timeline")
    folder = tmp_path / "오픈ai-사태"
    assert seen[0] == str(folder), "the folder follows the title"
    assert "timeline.yaml" in seen[1]
    assert window.document.path == folder / "timeline.yaml"
    assert window.document.timeline.events == ()
    assert (folder / "sources").is_dir()
    assert load_timeline(folder / "timeline.yaml").timeline.title.get("ko") == "오픈AI 사태"
    assert "오픈AI 사태" in window.windowTitle() or "timeline" in window.windowTitle()


def test_a_folder_that_already_holds_a_timeline_keeps_ok_disabled(
    qtbot, prompts, tmp_path: Path
) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "timeline.yaml").write_text("schema: 1\n")
    prompts.answer("new-timeline-folder", tmp_path / "taken")
    dialog = NewTimelineDialog(prompts, tmp_path, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "newTimelineTitle"), "Title")
    assert _ok(dialog).isEnabled()
    qtbot.mouseClick(dialog.findChild(QPushButton, "newTimelineChoose"), Qt.MouseButton.LeftButton)
    assert dialog.folder == tmp_path / "taken"
    assert not _ok(dialog).isEnabled()
    assert "already holds a timeline" in dialog.findChild(StatusLabel, "newTimelineStatus").text()
    # a chosen folder is no longer replaced as the title changes
    qtbot.keyClicks(dialog.findChild(QLineEdit, "newTimelineTitle"), " more")
    assert dialog.folder == tmp_path / "taken"


def test_cancelling_creates_nothing(qtbot, open_window, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(
        "viewer.ui.shell.new_timeline_dialog.default_parent_folder", lambda: tmp_path
    )
    window = open_window(None)
    before = window.document.path

    def cancel(dialog: NewTimelineDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newTimelineTitle"), "Nothing")
        dialog.reject()

    when_modal(NewTimelineDialog, cancel)
    trigger(window, "new-timeline")
    assert list(tmp_path.iterdir()) == []
    assert window.document.path == before
