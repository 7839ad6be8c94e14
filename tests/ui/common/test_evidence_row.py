"""Tests for one evidence row of the Details panel: its texts, tooltip, clicks, keys and look."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from tests.ui.conftest import shown
from viewer.ui.common.evidence_row import QUOTE_LINES, EvidenceRow

STATEMENT_QUOTE = (
    "Altman was not consistently candid in his communications with the board, hindering "
    "its ability to exercise its responsibilities. The board no longer has confidence in "
    "his ability to continue leading OpenAI."
)
NEWS_QUOTE = "직원 700명 이상이 서명했다."


@pytest.fixture
def row(qtbot) -> EvidenceRow:
    """The third evidence row of an event, at the width of a docked Details panel."""
    widget = EvidenceRow(2)
    widget.show_evidence("예시 기사", NEWS_QUOTE)
    return shown(qtbot, widget, 240, 120)


def labels(row: EvidenceRow) -> tuple[QLabel, QLabel]:
    """The source title and the quote, top to bottom."""
    source, quote, _claim = row.findChildren(QLabel)
    return source, quote


def test_the_row_shows_the_source_title_above_the_quote_as_plain_text(row: EvidenceRow) -> None:
    source, quote = labels(row)
    assert (source.text(), quote.text()) == ("예시 기사", NEWS_QUOTE)
    assert source.y() < quote.y()
    assert source.textFormat() == quote.textFormat() == Qt.TextFormat.PlainText
    assert row.accessibleName() == f"예시 기사: {NEWS_QUOTE}"


def test_long_quote_is_elided_and_whole_in_the_tooltip(row: EvidenceRow) -> None:
    row.show_evidence("The board statement", STATEMENT_QUOTE)
    quote = row.findChildren(QLabel)[1]

    lines = quote.shown_lines()
    assert len(lines) == QUOTE_LINES == 3
    assert lines[-1].endswith("…")
    assert STATEMENT_QUOTE.startswith(lines[0])
    assert "exercise its responsibilities" in row.toolTip()


def test_evidence_tooltip_escapes_html(row: EvidenceRow) -> None:
    row.show_evidence("예시 기사", "<i>quoted</i> & more")

    assert "&lt;i&gt;quoted&lt;/i&gt; &amp; more" in row.toolTip()
    assert row.findChildren(QLabel)[1].text() == "<i>quoted</i> & more"


def test_the_tooltip_escapes_the_source_title_too(row: EvidenceRow) -> None:
    row.show_evidence("<b>x</b>", "quote")
    assert row.toolTip() == "<p><b>&lt;b&gt;x&lt;/b&gt;</b></p><p>quote</p>"
    assert labels(row)[0].text() == "<b>x</b>"


def test_a_short_quote_is_shown_whole(row: EvidenceRow) -> None:
    assert labels(row)[1].shown_lines() == [NEWS_QUOTE]


def test_clicking_the_row_or_its_quote_asks_for_its_evidence(qtbot, row: EvidenceRow) -> None:
    with qtbot.waitSignal(row.clicked) as on_frame:
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert on_frame.args == [2]
    with qtbot.waitSignal(row.clicked) as on_quote:
        qtbot.mouseClick(labels(row)[1], Qt.MouseButton.LeftButton)
    assert on_quote.args == [2]


def test_a_press_released_outside_the_row_or_a_right_click_asks_for_nothing(
    qtbot, row: EvidenceRow
) -> None:
    with qtbot.assertNotEmitted(row.clicked):
        qtbot.mousePress(row, Qt.MouseButton.LeftButton, pos=row.rect().center())
        qtbot.mouseRelease(row, Qt.MouseButton.LeftButton, pos=QPoint(row.width() + 20, 5))
        qtbot.mouseClick(row, Qt.MouseButton.RightButton, pos=row.rect().center())


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_return_enter_and_space_on_a_focused_row_ask_for_its_evidence(
    qtbot, row: EvidenceRow, key: Qt.Key
) -> None:
    with qtbot.waitSignal(row.clicked) as pressed:
        qtbot.keyClick(row, key)
    assert pressed.args == [2]


def test_other_keys_ask_for_nothing(qtbot, row: EvidenceRow) -> None:
    with qtbot.assertNotEmitted(row.clicked):
        qtbot.keyClick(row, Qt.Key.Key_A)
        qtbot.keyClick(row, Qt.Key.Key_Escape)


def test_the_row_read_is_drawn_in_the_selection_colours(row: EvidenceRow) -> None:
    source, quote = labels(row)
    assert row.property("current") is False
    assert row.backgroundRole() == QPalette.ColorRole.Window
    row.set_current(True)
    assert row.property("current") is True
    assert row.autoFillBackground()
    assert row.backgroundRole() == QPalette.ColorRole.Highlight
    assert source.foregroundRole() == quote.foregroundRole() == QPalette.ColorRole.HighlightedText
    row.set_current(False)
    assert not row.autoFillBackground()
    assert source.foregroundRole() == quote.foregroundRole() == QPalette.ColorRole.WindowText


def test_tabbing_to_a_row_draws_a_focus_frame(qtbot) -> None:
    window = QWidget()
    before = QLineEdit(window)
    row = EvidenceRow(0, window)
    row.show_evidence("예시 기사", NEWS_QUOTE)
    column = QVBoxLayout(window)
    column.addWidget(before)
    column.addWidget(row)
    shown(qtbot, window, 240, 160)
    with qtbot.waitActive(window):
        window.activateWindow()
    before.setFocus()
    unfocused = row.grab().toImage()

    qtbot.keyClick(before, Qt.Key.Key_Tab)

    assert row.hasFocus()
    assert row.grab().toImage() != unfocused


def test_what_the_source_says_differently_shows_under_the_quote(row: EvidenceRow) -> None:
    claim = row.findChild(QLabel, "detailsEvidenceClaim")
    assert claim.isHidden() and row.claim() == ""
    row.show_evidence("예시 기사", NEWS_QUOTE, "Gives Nov 18, 2023")
    _source, quote = labels(row)
    assert not claim.isHidden() and claim.y() > quote.y()
    assert row.claim() == claim.text() == "Gives Nov 18, 2023"
    assert "Gives Nov 18, 2023" in row.toolTip() and "Gives Nov 18, 2023" in row.accessibleName()
    row.show_evidence("예시 기사", NEWS_QUOTE)
    assert claim.isHidden()
