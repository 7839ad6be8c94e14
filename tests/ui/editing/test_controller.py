"""Editing in the main window: new, edit, drag, delete and duplicate events, each one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
)

from tests.conftest import write_timeline
from tests.ui.conftest import timeline_view, trigger
from viewer.ui.editing.event_dialog import EventDialog
from viewer.ui.shell.main_window import MainWindow


def drag(qtbot, window: MainWindow, event_id: str, dx: int) -> None:
    view = timeline_view(window)
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
    doc = window.document
    px = timeline_view(window).current_viewport().px_per_day
    drag(qtbot, window, "altman-fired", int(px * 2))
    assert doc.timeline.events_by_id["altman-fired"].date == "2023-11-19"
    assert doc.undo_stack.undoText() == "Edit date of 'Board fires Altman'"
    assert window.isWindowModified()
    doc.undo_stack.undo()
    assert doc.timeline.events_by_id["altman-fired"].date == "2023-11-17"
    assert not window.isWindowModified()
    doc.undo_stack.redo()
    assert doc.timeline.events_by_id["altman-fired"].date == "2023-11-19"


def test_dragging_away_from_the_quoted_date_warns_and_keeps_it_as_the_sources_claim(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    doc = window.document
    px = timeline_view(window).current_viewport().px_per_day
    drag(qtbot, window, "altman-fired", int(px * 2))  # its quote says 2023년 11월 17일
    [evidence] = doc.timeline.events_by_id["altman-fired"].evidence
    assert evidence.claims_date == "2023-11-17"
    assert window.statusBar().currentMessage() == (
        "The new date departs from the date quoted in 1 source (Nov 17, 2023), kept as what "
        "they say. Undo to put it back."
    )
    assert timeline_view(window).event_rect("altman-fired") is not None
    drag(qtbot, window, "altman-fired", -int(px * 2))  # back where the source puts it
    [evidence] = doc.timeline.events_by_id["altman-fired"].evidence
    assert (doc.timeline.events_by_id["altman-fired"].date, evidence.claims_date) == (
        "2023-11-17",
        None,
    )
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.timeline.events_by_id["altman-fired"].evidence[0].claims_date is None


def test_delete_key_removes_the_selected_event_and_undo_brings_it_back(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    doc = window.document
    window.select_event("altman-returns")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    timeline_view(window).setFocus()
    qtbot.keyClick(timeline_view(window), Qt.Key.Key_Delete)
    assert "altman-returns" not in doc.timeline.events_by_id
    assert doc.selected_event_id == ""
    doc.undo_stack.undo()
    assert [e.id for e in doc.timeline.events] == ["altman-fired", "altman-returns"]
    assert doc.selected_event_id == "altman-returns"


def test_duplicating_selects_a_copy_with_a_new_id(qtbot, open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    doc = window.document
    doc.select_event("altman-fired")
    trigger(window, "duplicate-event")
    assert [e.id for e in doc.timeline.events] == [
        "altman-fired",
        "altman-fired-2",
        "altman-returns",
    ]
    assert doc.selected_event_id == "altman-fired-2"
    doc.undo_stack.undo()
    assert len(doc.timeline.events) == 2


def test_an_undo_history_lists_readable_steps(qtbot, open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    doc = window.document
    doc.select_event("altman-fired")
    trigger(window, "duplicate-event")
    trigger(window, "delete-event")
    texts = [doc.undo_stack.text(i) for i in range(doc.undo_stack.count())]
    assert texts == ["Duplicate event 'Board fires Altman'", "Delete event 'Board fires Altman'"]


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
    doc = window.document
    fill_dialog_when_shown(qtbot, type_title_and_accept(qtbot, "Employees sign a letter"))
    trigger(window, "new-event")
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
    doc = window.document
    doc.select_event("altman-fired")
    sentence = "직원 700명 이상이 해임 반대 서명에 참여했다."
    select_in_source(window, sentence)
    seen = fill_dialog_when_shown(qtbot, type_title_and_accept(qtbot, "Staff petition"))
    trigger(window, "new-event-from-selection")
    prefilled = seen[0]
    assert prefilled.evidence[0].source == "news"
    assert prefilled.evidence[0].quote == sentence
    assert prefilled.date is None, "the sentence and its line name no date: none is guessed"
    created = doc.selected_event()
    assert created.title.get("en") == "Staff petition"
    assert created.evidence[0].quote == sentence


def test_a_date_stated_in_the_sentence_before_is_recorded_as_the_date_quote(
    qtbot, open_window, tmp_path: Path
) -> None:
    day = "11월 21일 화요일, 이사회는 더 이상 버틸 수 없었다."
    back = "올트먼이 CEO로 복귀했다."
    timeline = (
        "schema: 1\nsources:\n  - id: s\n    file: sources/s.txt\n"
        '    published: "2023-11-22"\nevents:\n  - id: e\n    title: E\n    evidence:\n'
        f"      - source: s\n        quote: {day}\n"
    )
    window = open_window(write_timeline(tmp_path, timeline, {"s.txt": f"{day} {back}\n"}))
    window.document.select_event("e")
    select_in_source(window, back)
    seen = fill_dialog_when_shown(qtbot, type_title_and_accept(qtbot, "Back"))
    trigger(window, "new-event-from-selection")
    assert seen[0].date == "2023-11-21"
    assert seen[0].evidence[0].quote == back
    assert seen[0].evidence[0].date_quote == day
    assert window.document.selected_event().evidence[0].date_quote == day


def test_actors_named_in_a_selected_quote_are_suggested(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    doc = window.document
    doc.select_event("altman-returns")
    sentence = "11월 21일 화요일, 올트먼이 CEO로 복귀했다."
    select_in_source(window, sentence)
    seen = fill_dialog_when_shown(qtbot, lambda dialog: dialog.reject())
    trigger(window, "new-event-from-selection")
    assert seen[0].actors == ("sam-altman",)
    assert seen[0].date == "2023-11-21"
    assert len(doc.timeline.events) == 2, "cancelling adds nothing"


def test_editing_through_the_dialog_is_one_step_that_undo_and_redo_replay(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    doc = window.document
    doc.select_event("altman-returns")

    def retitle(dialog: EventDialog) -> None:
        title = dialog.findChild(QLineEdit, "eventTitleEn")
        title.selectAll()
        qtbot.keyClicks(title, "Altman is back")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    fill_dialog_when_shown(qtbot, retitle)
    trigger(window, "edit-event")
    assert doc.timeline.events_by_id["altman-returns"].title.get("en") == "Altman is back"
    assert doc.undo_stack.undoText() == "Edit event 'Altman is back'"
    doc.undo_stack.undo()
    assert doc.timeline.events_by_id["altman-returns"].title.get("en") == "Altman returns as CEO"
    doc.undo_stack.redo()
    assert doc.timeline.events_by_id["altman-returns"].title.get("en") == "Altman is back"


def test_new_event_here_uses_the_clicked_date_at_the_zoom_precision() -> None:
    import datetime

    from viewer.ui.editing.controller import date_at

    day = float(datetime.date(2023, 11, 17).toordinal()) + 0.4
    assert date_at(day, 50.0) == "2023-11-17"
    assert date_at(day, 2.0) == "2023-11"
    assert date_at(day, 0.05) == "2023"
