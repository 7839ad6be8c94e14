"""Editing in the main window: drag, delete, duplicate, undo/redo, saving and never losing work."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from tests.conftest import write_timeline
from viewer.core import writer
from viewer.core.store import load_timeline
from viewer.resources import bundled_timeline
from viewer.ui.editing.event_dialog import EventDialog
from viewer.ui.settings import Settings
from viewer.ui.shell.main_window import MainWindow


@pytest.fixture
def answers(monkeypatch):
    """Scripted answers for message boxes, recorded with their titles."""
    asked: list[str] = []
    replies: dict[str, QMessageBox.StandardButton] = {}

    def box(kind):
        def ask(parent, title, text, *args, **kwargs):
            asked.append(f"{kind}: {title}: {text}")
            return replies.get(kind, QMessageBox.StandardButton.Cancel)

        return ask

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    return asked, replies


def delete_an_event(window: MainWindow) -> None:
    """Leave the window with one unsaved change: the second sample event deleted."""
    window._document.select_event("altman-returns")
    window._edits.delete.trigger()


def drag(qtbot, window: MainWindow, event_id: str, dx: int) -> None:
    view = window.timeline_view()
    rect = view.event_rect(event_id)
    start = QPoint(int(rect.left() + 2), int(rect.center().y()))
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(dx // 2, 0))
    qtbot.mouseMove(viewport, start + QPoint(dx, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(dx, 0))


def test_dragging_an_event_changes_its_date_keeping_precision_and_undo_restores(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    doc = window._document
    px = window.timeline_view().current_viewport().px_per_day
    drag(qtbot, window, "altman-fired", int(px * 2))
    assert doc.timeline.events_by_id["altman-fired"].date == "2023-11-19"
    assert doc.undo_stack.undoText() == "Edit date of 'Board fires Altman'"
    assert window.isWindowModified()
    doc.undo_stack.undo()
    assert doc.timeline.events_by_id["altman-fired"].date == "2023-11-17"
    assert not window.isWindowModified()
    doc.undo_stack.redo()
    assert doc.timeline.events_by_id["altman-fired"].date == "2023-11-19"


def test_delete_key_removes_the_selected_event_and_undo_brings_it_back(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    doc = window._document
    doc.select_event("altman-returns")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.timeline_view().setFocus()
    qtbot.keyClick(window.timeline_view(), Qt.Key.Key_Delete)
    assert "altman-returns" not in doc.timeline.events_by_id
    assert doc.selected_event_id == ""
    doc.undo_stack.undo()
    assert [e.id for e in doc.timeline.events] == ["altman-fired", "altman-returns"]
    assert doc.selected_event_id == "altman-returns"


def test_duplicating_selects_a_copy_with_a_new_id(qtbot, open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    doc = window._document
    doc.select_event("altman-fired")
    window._edits.duplicate.trigger()
    assert [e.id for e in doc.timeline.events] == [
        "altman-fired",
        "altman-fired-2",
        "altman-returns",
    ]
    assert doc.selected_event_id == "altman-fired-2"
    doc.undo_stack.undo()
    assert len(doc.timeline.events) == 2


def test_save_and_reopen_gives_the_same_timeline(qtbot, open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    doc = window._document
    doc.select_event("altman-fired")
    window._edits.duplicate.trigger()
    assert window._files.save_file()
    assert not window.isWindowModified()
    assert load_timeline(sample_path).timeline == doc.timeline


def test_the_first_save_of_the_bundled_chronology_writes_a_working_copy(
    qtbot, open_window, tmp_path: Path, monkeypatch
) -> None:
    bundle = tmp_path / "installed" / "openai-crisis"
    shutil.copytree(bundled_timeline().parent, bundle)
    bundled = bundle / "timeline.yaml"
    original = bundled.read_bytes()
    monkeypatch.setattr("viewer.ui.shell.files.bundled_timeline", lambda: bundled)
    window = open_window(bundled)
    doc = window._document
    doc.select_event(doc.timeline.events[0].id)
    window._edits.delete.trigger()
    assert window._files.save_file()
    assert bundled.read_bytes() == original, "the installed bundle is never written"
    copy = doc.path
    assert copy != bundled and copy.is_file()
    assert "timeline-viewer" in str(copy)
    reloaded = load_timeline(copy)
    assert reloaded.errors == [] and len(reloaded.timeline.events) == len(doc.timeline.events)
    assert Settings().last_file == str(copy.resolve())


def test_a_crash_leaves_a_recovery_copy_that_the_next_start_restores(
    qtbot, open_window, sample_path: Path, answers
) -> None:
    asked, replies = answers
    window = open_window(sample_path)
    delete_an_event(window)
    window._files.write_recovery_copy()  # what the 30-second autosave does
    window._document.undo_stack.clear()  # the crash: nothing is saved or cleaned up
    replies["question"] = QMessageBox.StandardButton.Yes
    again = open_window(None)
    assert any("Restore Unsaved Changes" in text for text in asked)
    assert [e.id for e in again._document.timeline.events] == ["altman-fired"]
    assert again._document.path == sample_path.resolve()
    assert again.isWindowModified()
    assert [e.id for e in load_timeline(sample_path).timeline.events] == [
        "altman-fired",
        "altman-returns",
    ], "the file itself was not touched"


def test_a_change_on_disk_is_noticed_before_a_save_overwrites_it(
    qtbot, open_window, sample_path: Path, answers
) -> None:
    asked, replies = answers
    window = open_window(sample_path)
    delete_an_event(window)
    outside = sample_path.read_text(encoding="utf-8").replace("Sample crisis", "Edited elsewhere")
    sample_path.write_text(outside, encoding="utf-8")
    replies["warning"] = QMessageBox.StandardButton.Cancel
    assert window._files.save_file() is False
    assert any("changed by another program" in text for text in asked)
    assert sample_path.read_text(encoding="utf-8") == outside
    assert window.isWindowModified(), "the edits are still there to save"


def test_a_failing_save_keeps_the_file_and_the_edits(
    qtbot, open_window, sample_path: Path, answers, monkeypatch
) -> None:
    asked, _ = answers
    window = open_window(sample_path)
    doc = window._document
    before = sample_path.read_bytes()
    delete_an_event(window)

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(writer.os, "replace", refuse)
    assert window._files.save_file() is False
    assert any("Could Not Save" in text and "Permission denied" in text for text in asked)
    assert sample_path.read_bytes() == before
    assert "altman-returns" not in doc.timeline.events_by_id
    assert window.isWindowModified()


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    qtbot, open_window, sample_path: Path, answers
) -> None:
    asked, replies = answers
    window = open_window(sample_path)
    delete_an_event(window)
    replies["warning"] = QMessageBox.StandardButton.Cancel
    assert window.close() is False
    assert window.isVisible()
    assert any("Unsaved Changes" in text for text in asked)


def test_save_as_copies_the_sources_beside_the_new_file(
    qtbot, open_window, sample_path: Path, tmp_path: Path
) -> None:
    window = open_window(sample_path)
    target = tmp_path / "elsewhere" / "copy.yaml"
    target.parent.mkdir()
    assert window._files.save_to(target)
    assert (target.parent / "sources" / "news.txt").is_file()
    assert load_timeline(target).problems == []
    assert window._document.path == target


def test_an_undo_history_lists_readable_steps(qtbot, open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    doc = window._document
    doc.select_event("altman-fired")
    window._edits.duplicate.trigger()
    window._edits.delete.trigger()
    texts = [doc.undo_stack.text(i) for i in range(doc.undo_stack.count())]
    assert texts == ["Duplicate event 'Board fires Altman'", "Delete event 'Board fires Altman'"]


def test_a_second_window_on_the_same_file_is_warned(
    qtbot, open_window, tmp_path: Path, answers
) -> None:
    asked, replies = answers
    path = write_timeline(tmp_path)
    first = open_window(path)
    second = open_window(path)
    delete_an_event(first)
    assert first._files.save_file()
    second._document.select_event("altman-fired")
    second._edits.delete.trigger()
    replies["warning"] = QMessageBox.StandardButton.Cancel
    assert second._files.save_file() is False
    assert any("changed by another program" in text for text in asked)
    assert [e.id for e in load_timeline(path).timeline.events] == ["altman-fired"]


def select_in_source(window: MainWindow, passage: str) -> None:
    """Select `passage` in the source pane, as a user dragging over it would."""
    text = window.findChild(QPlainTextEdit, "sourceText")
    start = text.toPlainText().index(passage)
    cursor = text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(passage), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)


def fill_dialog_when_shown(qtbot, fill) -> list:
    """Run `fill(dialog)` on the event dialog as soon as it opens modally; collect what it saw."""
    seen: list = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EventDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.current_edit().event)
        fill(dialog)

    QTimer.singleShot(0, act)
    return seen


def type_title_and_accept(qtbot, english: str):
    def fill(dialog: EventDialog) -> None:
        title = dialog.findChild(QLineEdit, "eventTitleEn")
        title.setFocus()
        qtbot.keyClicks(title, english)
        dialog.findChild(QLineEdit, "eventTitleKo").setText("새 사건")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled(), dialog.problems()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    return fill


def test_creating_an_event_through_the_dialog_adds_one_undoable_step(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    doc = window._document
    fill_dialog_when_shown(qtbot, type_title_and_accept(qtbot, "Employees sign a letter"))
    window._edits.new_event.trigger()
    created = doc.selected_event()
    assert created is not None and created.title.get("en") == "Employees sign a letter"
    assert created.id == "employees-sign-a-letter"
    assert doc.undo_stack.undoText() == "Add event 'Employees sign a letter'"
    doc.undo_stack.undo()
    assert created.id not in doc.timeline.events_by_id


def test_a_new_event_from_a_source_selection_gets_quote_date_and_actors(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    doc = window._document
    doc.select_event("altman-fired")
    sentence = "직원 700명 이상이 해임 반대 서명에 참여했다."
    select_in_source(window, sentence)
    seen = fill_dialog_when_shown(qtbot, type_title_and_accept(qtbot, "Staff petition"))
    window._from_selection.trigger()
    prefilled = seen[0]
    assert prefilled.evidence[0].source == "news"
    assert prefilled.evidence[0].quote == sentence
    assert prefilled.date is None, "the sentence and its line name no date: none is guessed"
    created = doc.selected_event()
    assert created.title.get("en") == "Staff petition"
    assert created.evidence[0].quote == sentence


def test_actors_named_in_a_selected_quote_are_suggested(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    doc = window._document
    doc.select_event("altman-returns")
    sentence = "11월 21일 화요일, 올트먼이 CEO로 복귀했다."
    select_in_source(window, sentence)
    seen = fill_dialog_when_shown(qtbot, lambda dialog: dialog.reject())
    window._from_selection.trigger()
    assert seen[0].actors == ("sam-altman",)
    assert seen[0].date == "2023-11-21"
    assert len(doc.timeline.events) == 2, "cancelling adds nothing"


def test_editing_through_the_dialog_is_one_step_that_undo_and_redo_replay(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    doc = window._document
    doc.select_event("altman-returns")

    def retitle(dialog: EventDialog) -> None:
        title = dialog.findChild(QLineEdit, "eventTitleEn")
        title.selectAll()
        qtbot.keyClicks(title, "Altman is back")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    fill_dialog_when_shown(qtbot, retitle)
    window._edits.edit_event.trigger()
    assert doc.timeline.events_by_id["altman-returns"].title.get("en") == "Altman is back"
    assert doc.undo_stack.undoText() == "Edit event 'Altman is back'"
    doc.undo_stack.undo()
    assert doc.timeline.events_by_id["altman-returns"].title.get("en") == "Altman returns as CEO"
    doc.undo_stack.redo()
    assert doc.timeline.events_by_id["altman-returns"].title.get("en") == "Altman is back"


def test_a_file_changed_by_another_program_is_offered_for_reload(
    qtbot, open_window, sample_path: Path, answers
) -> None:
    asked, replies = answers
    replies["question"] = QMessageBox.StandardButton.Yes
    window = open_window(sample_path)
    outside = sample_path.read_text(encoding="utf-8").replace(
        "Board fires Altman", "Board removes Altman"
    )
    sample_path.write_text(outside, encoding="utf-8")
    qtbot.waitUntil(lambda: any("changed by another program" in text for text in asked))
    qtbot.waitUntil(
        lambda: window._document.timeline.events[0].title.get("en") == "Board removes Altman"
    )


def test_new_event_here_uses_the_clicked_date_at_the_zoom_precision() -> None:
    import datetime

    from viewer.ui.editing.controller import date_at

    day = float(datetime.date(2023, 11, 17).toordinal()) + 0.4
    assert date_at(day, 50.0) == "2023-11-17"
    assert date_at(day, 2.0) == "2023-11"
    assert date_at(day, 0.05) == "2023"


def test_a_clean_exit_removes_the_recovery_copy(
    qtbot, open_window, sample_path: Path, answers
) -> None:
    from viewer.core.workspace import find_recoveries

    _, replies = answers
    window = open_window(sample_path)
    delete_an_event(window)
    window._files.write_recovery_copy()
    assert [r.original for r in find_recoveries()] == [sample_path.resolve()]
    replies["warning"] = QMessageBox.StandardButton.Discard
    assert window.close()
    assert find_recoveries() == []


def test_the_toolbar_offers_new_event_and_undo(qtbot, open_window, sample_path: Path) -> None:
    from PySide6.QtWidgets import QToolBar

    window = open_window(sample_path)
    toolbar = window.findChild(QToolBar, "mainToolBar")
    actions = toolbar.actions()
    assert window._edits.new_event in actions and window._undo in actions
    assert all(not a.icon().isNull() for a in actions if not a.isSeparator())
