"""Editing and removing sources from the window: one undoable step each, refusals explained."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from tests.conftest import write_timeline
from tests.ui.conftest import trigger, when_modal
from tests.ui.prompts import ScriptedPrompts
from tests.ui.source.fixtures import TIMELINE
from viewer.core.store import load_timeline
from viewer.ui.common.prompts import Answer, Level
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


def _confirm(qtbot) -> None:
    def ok(dialog: SourceDialog) -> None:
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )

    when_modal(SourceDialog, ok)


def test_text_on_the_clipboard_becomes_a_new_source(qtbot, open_window, tmp_path: Path) -> None:
    window = _window(open_window, tmp_path)
    doc = window.document
    QApplication.clipboard().setText("붙여넣은 기사\n\n이사회는 지난 17일 올트먼을 해임했다.\n")
    _confirm(qtbot)
    trigger(window, "paste-as-source")
    added = doc.timeline.sources[-1]
    assert added.title.get("ko") == "붙여넣은 기사"
    assert doc.texts[added.id].text.endswith("올트먼을 해임했다.\n")
    assert doc.reading_source == added.id
    assert (tmp_path / added.file).read_text(encoding="utf-8") == doc.texts[added.id].text


def test_an_empty_clipboard_is_said_to_hold_nothing(
    open_window, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = _window(open_window, tmp_path)
    QApplication.clipboard().clear()
    count = len(window.document.timeline.sources)
    trigger(window, "paste-as-source")
    assert prompts.told[-1][0] == "Nothing to Paste"
    assert len(window.document.timeline.sources) == count


def test_documents_dropped_on_the_window_are_added_and_bad_ones_named(
    qtbot, open_window, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = _window(open_window, tmp_path)
    good = tmp_path / "dropped.txt"
    good.write_text("떨어뜨린 기사\n\n본문.\n", encoding="utf-8")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(scan)), QUrl.fromLocalFile(str(good))])
    _confirm(qtbot)
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(drop)
    assert window.document.timeline.sources[-1].title.get("ko") == "떨어뜨린 기사"
    title, text, _level = prompts.told[-1]
    assert title == "Some Documents Were Not Added" and "scan.pdf" in text
    count = len(window.document.timeline.sources)
    window.dropEvent(drop)  # the same again: the text is a source already
    assert len(window.document.timeline.sources) == count
    assert "'dropped.txt' is already the source “떨어뜨린 기사”." in prompts.told[-1][1]


def test_the_bundled_chronology_saves_its_working_copy_before_a_source_is_added(
    qtbot, open_window, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = open_window(None)
    assert window.document.path is not None
    prompts.answer("save-working-copy-first", Answer.CANCEL)
    QApplication.clipboard().setText("새 글\n\n본문.\n")
    count = len(window.document.timeline.sources)
    trigger(window, "paste-as-source")
    assert "save-working-copy-first" in prompts.keys_asked()
    assert len(window.document.timeline.sources) == count, "cancelled: nothing added"
