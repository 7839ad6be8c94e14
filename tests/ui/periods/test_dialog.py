"""Edit ▸ Periods…: add, name, date, colour and remove periods; OK is one undoable step, a
wrong field keeps OK disabled and says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from tests.ui.conftest import shown, trigger, when_modal
from viewer.core.model import LocalText
from viewer.core.store import load_timeline
from viewer.ui.document import Document
from viewer.ui.periods.dialog import PeriodsDialog

WITH_PERIOD = SAMPLE_TIMELINE.replace(
    "events:",
    """periods:
  - id: crisis
    title: {en: The crisis, ko: 사태}
    date: 2023-11-17/2023-11-21
    colour: "#e45756"

events:""",
    1,
)


@pytest.fixture
def document(qtbot, tmp_path: Path) -> Document:
    doc = Document()
    doc.load(load_timeline(write_timeline(tmp_path, WITH_PERIOD)))
    return doc


def field(dialog: PeriodsDialog, name: str) -> QLineEdit:
    return dialog.findChild(QLineEdit, name)


def retype(qtbot, line: QLineEdit, text: str) -> None:
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def test_the_form_shows_the_chosen_period(qtbot, document: Document) -> None:
    dialog = shown(qtbot, PeriodsDialog(document), 700, 420)
    assert dialog.findChild(QListWidget, "periodList").item(0).text() == (
        "The crisis (2023-11-17/2023-11-21)"
    )
    assert field(dialog, "periodKorean").text() == "사태"
    assert dialog.findChild(QPushButton, "periodColour").text() == "#e45756"


def test_adding_naming_and_dating_a_period_is_one_undoable_step(qtbot, document: Document) -> None:
    dialog = shown(qtbot, PeriodsDialog(document), 700, 420)
    dialog.findChild(QPushButton, "addPeriod").click()
    ok = dialog._ok
    assert not ok.isEnabled(), "a new period has no date yet"
    assert "needs a date" in dialog.findChild(QLabel, "periodStatus").text()
    retype(qtbot, field(dialog, "periodEnglish"), "The return")
    retype(qtbot, field(dialog, "periodDate"), "2023-11-22/..")
    retype(qtbot, field(dialog, "periodId"), "return")
    dialog.set_colour("#72b7b2")
    assert ok.isEnabled()
    ok.click()
    periods = document.timeline.periods
    assert [(p.id, p.title, p.date, p.colour) for p in periods][1] == (
        "return",
        LocalText.of({"en": "The return"}),
        "2023-11-22/..",
        "#72b7b2",
    )
    assert document.undo_stack.undoText() == "Edit Periods"
    document.undo_stack.undo()
    assert [p.id for p in document.timeline.periods] == ["crisis"]


def test_a_repeated_id_or_a_wrong_date_keeps_ok_disabled(qtbot, document: Document) -> None:
    dialog = shown(qtbot, PeriodsDialog(document), 700, 420)
    dialog.findChild(QPushButton, "addPeriod").click()
    retype(qtbot, field(dialog, "periodDate"), "2020")
    retype(qtbot, field(dialog, "periodId"), "crisis")
    assert "used twice" in dialog.findChild(QLabel, "periodStatus").text()
    retype(qtbot, field(dialog, "periodId"), "covid")
    retype(qtbot, field(dialog, "periodDate"), "2020-13")
    assert not dialog._ok.isEnabled()
    retype(qtbot, field(dialog, "periodDate"), "2020")
    assert dialog._ok.isEnabled()


def test_removing_a_period_and_cancel_change_nothing_until_ok(qtbot, document: Document) -> None:
    dialog = shown(qtbot, PeriodsDialog(document), 700, 420)
    dialog.findChild(QPushButton, "removePeriod").click()
    assert dialog.periods() == []
    dialog.reject()
    assert [p.id for p in document.timeline.periods] == ["crisis"]


def test_edit_periods_opens_from_the_edit_menu(qtbot, open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    seen: list[int] = []
    when_modal(PeriodsDialog, lambda dialog: (seen.append(len(dialog.periods())), dialog.reject()))
    trigger(window, "edit-periods")
    assert seen == [0]
