"""Editing and removing sources from the window: one undoable step each, refusals explained."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from tests.conftest import write_timeline
from tests.ui.conftest import trigger, when_modal
from tests.ui.prompts import ScriptedPrompts
from tests.ui.source.fixtures import TIMELINE
from viewer.core.store import load_timeline
from viewer.ui.common.prompts import Level
from viewer.ui.sources.dialog import SourceDialog

UNCITED = TIMELINE.replace(
    "actors:\n",
    "  - id: spare\n    title: Spare article\n    file: sources/spare.txt\nactors:\n",
    1,
)


def _window(open_window, tmp_path: Path, text: str = UNCITED):
    files = {"board.txt": "b\n", "wire.txt": "w\n", "emoji.txt": "e\n", "edited.txt": "x\n"}
    path = write_timeline(tmp_path, text, {**files, "spare.txt": "s\n"})
    return open_window(path)


def test_a_cited_source_is_not_removed_and_its_events_are_named(
    open_window, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = _window(open_window, tmp_path)
    window.document.open_source("edited")
    trigger(window, "remove-source")
    assert "edited" in window.document.timeline.sources_by_id
    _title, text, level = prompts.told[-1]
    assert level is Level.WARNING and "cannot be removed while events cite it" in text
    assert "• Not candid\n• Talks\n• Invented" in text


def test_an_uncited_source_is_removed_in_one_undoable_step(open_window, tmp_path: Path) -> None:
    window = _window(open_window, tmp_path)
    doc = window.document
    doc.open_source("spare")
    trigger(window, "remove-source")
    assert "spare" not in doc.timeline.sources_by_id
    assert doc.undo_stack.undoText() == "Remove Source “Spare article”"
    doc.undo_stack.undo()
    assert "spare" in doc.timeline.sources_by_id
    assert "spare" in doc.texts, "its text is back too"


def test_source_details_are_edited_in_the_dialog_and_saved(
    qtbot, open_window, tmp_path: Path
) -> None:
    window = _window(open_window, tmp_path)
    doc = window.document
    doc.open_source("spare")
    seen: list[bool] = []

    def fill(dialog: SourceDialog) -> None:
        dialog.findChild(QLineEdit, "source_author").setText("Kim Reporter")
        published = dialog.findChild(QLineEdit, "source_published")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        published.setText("2023-13-01")
        seen.append(ok.isEnabled())
        published.setText("2023-11-22")
        seen.append(ok.isEnabled())
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(SourceDialog, fill)
    trigger(window, "edit-source")
    assert seen == [False, True], "OK waits for a real date"
    spare = doc.timeline.sources_by_id["spare"]
    assert (spare.author, spare.published) == ("Kim Reporter", "2023-11-22")
    trigger(window, "save")
    saved = load_timeline(doc.path).timeline.sources_by_id["spare"]
    assert saved.author == "Kim Reporter" and saved.title.get("en") == "Spare article"
