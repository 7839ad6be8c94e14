"""Tests for the find bar: matching, next and previous, its keys, alone and in the source pane."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QToolButton, QWidget

from tests.ui.conftest import shown
from tests.ui.source.fixtures import child, load_rich, text_edit
from viewer.ui.document import Document
from viewer.ui.source.find_bar import FindBar, find_matches
from viewer.ui.source.pane import SourcePane

ARTICLE = "Altman met the board. The board fired Altman. Altman returned."
FIRST, SECOND, THIRD = (0, 6), (38, 44), (46, 52)  # the three "Altman" in ARTICLE
KOREAN = "올트먼이 복귀했다. 올트먼은 웃었다."


@pytest.fixture
def rich(qtbot, tmp_path: Path) -> Document:
    """A document with several sources, shared sentences, an emoji and a fuzzy quote."""
    return load_rich(tmp_path)


@pytest.fixture
def pane(qtbot, rich: Document) -> SourcePane:
    """The pane over the rich document, shown."""
    return shown(qtbot, SourcePane(rich), 520, 360)


@pytest.fixture
def bar(qtbot) -> FindBar:
    """A find bar over ARTICLE, not yet opened."""
    widget = FindBar()
    qtbot.addWidget(widget)
    widget.set_text(ARTICLE)
    return widget


def field_of(bar: QWidget) -> QLineEdit:
    return child(bar, QLineEdit, "findField")


def status_of(bar: QWidget) -> str:
    return child(bar, QLabel, "findStatus").text()


def arrow(bar: QWidget, kind: Qt.ArrowType) -> QToolButton:
    """The next (down) or previous (up) button."""
    (button,) = [b for b in bar.findChildren(QToolButton) if b.arrowType() == kind]
    return button


def close_button(bar: QWidget) -> QToolButton:
    (button,) = [b for b in bar.findChildren(QToolButton) if b.text() == "\u00d7"]
    return button


def commit(edit: QLineEdit, text: str) -> None:
    """Enter text as an input method does (QTest types Latin-1 only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def test_find_matches_ignores_case() -> None:
    assert ARTICLE[slice(*SECOND)] == "Altman"
    assert find_matches(ARTICLE, "aLTMAN") == [FIRST, SECOND, THIRD]
    assert find_matches("OpenAI 오픈AI 오픈ai", "오픈ai") == [(7, 11), (12, 16)]


def test_find_matches_finds_a_korean_word_typed_in_nfd() -> None:
    needle = unicodedata.normalize("NFD", "올트먼")
    assert len(needle) == 8  # decomposed into jamo
    assert find_matches(KOREAN, needle) == [(0, 3), (11, 14)]


def test_find_matches_takes_the_needle_literally_and_never_overlaps() -> None:
    assert find_matches("a.b axb", ".") == [(1, 2)]
    assert find_matches("(x) x", "(x)") == [(0, 3)]
    assert find_matches("aaaa", "aa") == [(0, 2), (2, 4)]


def test_find_matches_of_an_empty_needle_is_empty() -> None:
    assert find_matches(ARTICLE, "") == []


def test_opening_shows_the_bar_focuses_the_field_and_selects_its_text(qtbot, bar: FindBar) -> None:
    assert not bar.isVisible()
    with qtbot.waitActive(bar):
        bar.open()
        bar.activateWindow()
    field = field_of(bar)
    assert bar.isVisible()
    assert field.hasFocus()
    assert field.placeholderText() == "Find in source"
    qtbot.keyClicks(field, "board")
    bar.close_bar()
    bar.open()
    assert field.selectedText() == "board"


def test_typing_finds_the_first_match_from_where_the_bar_opened(qtbot, bar: FindBar) -> None:
    bar.open(origin=10)
    found: list[tuple[int, int]] = []
    bar.found.connect(lambda start, end: found.append((start, end)))
    qtbot.keyClicks(field_of(bar), "ALTMAN")
    assert found[-1] == SECOND
    assert status_of(bar) == "2 of 3"


def test_enter_and_shift_enter_step_through_the_matches_wrapping_around(
    qtbot, bar: FindBar
) -> None:
    bar.open()
    field = field_of(bar)
    qtbot.keyClicks(field, "altman")
    assert status_of(bar) == "1 of 3"
    with qtbot.waitSignal(bar.found) as step:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert (step.args, status_of(bar)) == ([*SECOND], "2 of 3")
    qtbot.keyClick(field, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert status_of(bar) == "3 of 3"
    with qtbot.waitSignal(bar.found) as wrapped:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert (wrapped.args, status_of(bar)) == ([*FIRST], "1 of 3")
    with qtbot.waitSignal(bar.found) as back:
        qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert (back.args, status_of(bar)) == ([*THIRD], "3 of 3")
    assert field.text() == "altman"  # Enter never reaches the field as text


def test_the_arrow_buttons_find_the_next_and_previous_match(qtbot, bar: FindBar) -> None:
    bar.open()
    qtbot.keyClicks(field_of(bar), "board")
    assert status_of(bar) == "1 of 2"
    with qtbot.waitSignal(bar.found) as previous:
        qtbot.mouseClick(arrow(bar, Qt.ArrowType.UpArrow), Qt.MouseButton.LeftButton)
    assert (previous.args, status_of(bar)) == ([26, 31], "2 of 2")
    with qtbot.waitSignal(bar.found) as following:
        qtbot.mouseClick(arrow(bar, Qt.ArrowType.DownArrow), Qt.MouseButton.LeftButton)
    assert (following.args, status_of(bar)) == ([15, 20], "1 of 2")


def test_escape_in_the_field_closes_the_bar(qtbot, bar: FindBar) -> None:
    bar.open()
    with qtbot.waitSignal(bar.closed):
        qtbot.keyClick(field_of(bar), Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_the_close_button_closes_the_bar(qtbot, bar: FindBar) -> None:
    bar.open()
    with qtbot.waitSignal(bar.closed):
        qtbot.mouseClick(close_button(bar), Qt.MouseButton.LeftButton)
    assert not bar.isVisible()


def test_a_search_without_matches_says_not_found_and_selects_nothing(qtbot, bar: FindBar) -> None:
    bar.open()
    field = field_of(bar)
    with qtbot.assertNotEmitted(bar.found):
        qtbot.keyClicks(field, "zzz")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert status_of(bar) == "not found"
    field.clear()
    assert status_of(bar) == ""


def test_typing_more_letters_keeps_the_current_match_if_it_still_matches(
    qtbot, bar: FindBar
) -> None:
    bar.set_text("boardroom board boardroom")
    bar.open()
    field = field_of(bar)
    qtbot.keyClicks(field, "board")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert status_of(bar) == "3 of 3"
    with qtbot.waitSignal(bar.found) as narrowed:
        qtbot.keyClicks(field, "r")
    assert (narrowed.args, status_of(bar)) == ([16, 22], "2 of 2")


def test_a_new_text_is_searched_at_once_while_the_bar_is_open(qtbot, bar: FindBar) -> None:
    bar.open()
    qtbot.keyClicks(field_of(bar), "altman")
    with qtbot.waitSignal(bar.found) as found:
        bar.set_text("Only one Altman here.")
    assert (found.args, status_of(bar)) == ([9, 15], "1 of 1")


def test_reopening_on_a_new_text_searches_from_the_given_origin(qtbot, bar: FindBar) -> None:
    bar.open()
    qtbot.keyClicks(field_of(bar), "altman")
    bar.close_bar()
    bar.set_text(ARTICLE)  # another source, as the pane loads it
    with qtbot.waitSignal(bar.found) as found:
        bar.open(origin=45)
    assert (found.args, status_of(bar)) == ([*THIRD], "3 of 3")


def test_reopening_on_the_same_text_searches_from_the_given_origin(qtbot, bar: FindBar) -> None:
    bar.open()
    qtbot.keyClicks(field_of(bar), "altman")
    assert status_of(bar) == "1 of 3"
    bar.close_bar()
    with qtbot.waitSignal(bar.found) as found:
        bar.open(origin=45)  # the reader moved on to the last sentence
    assert (found.args, status_of(bar)) == ([*THIRD], "3 of 3")


def test_korean_typed_through_an_input_method_in_nfd_is_found(qtbot, bar: FindBar) -> None:
    bar.set_text(KOREAN)
    bar.open()
    with qtbot.waitSignal(bar.found) as found:
        commit(field_of(bar), unicodedata.normalize("NFD", "올트먼"))
    assert (found.args, status_of(bar)) == ([0, 3], "1 of 2")


def test_ctrl_f_finds_text_and_enter_steps_through_matches(
    qtbot, pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    edit = text_edit(pane)
    with qtbot.waitActive(pane):
        pane.activateWindow()
    edit.setFocus()
    bar = child(pane, QWidget, "findBar")
    assert not bar.isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    field = child(pane, QLineEdit, "findField")
    assert field.hasFocus()
    status = child(pane, QLabel, "findStatus")
    qtbot.keyClicks(field, "ALTMAN")
    assert status.text() == "1 of 2"  # searching starts at the quote, where the reader is
    assert edit.textCursor().selectedText() == "Altman"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert status.text() == "2 of 2"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert status.text() == "1 of 2"
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert status.text() == "2 of 2"
    field.selectAll()
    qtbot.keyClicks(field, "line")
    assert status.text() == "81 of 160"  # the first after the current match
    assert edit.textCursor().selectedText() == "Line"
    qtbot.keyClicks(field, "zzz")
    assert status.text() == "not found"
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert edit.hasFocus()
