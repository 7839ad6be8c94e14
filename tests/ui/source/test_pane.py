"""Tests for the source pane: reading the evidence of the selected event in its source."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from tests.conftest import write_timeline
from tests.ui.conftest import shown
from viewer.core.store import load_timeline
from viewer.ui.document import Document
from viewer.ui.source.marks import MARK_KIND, MENTION, QUOTE, SUPPORT
from viewer.ui.source.pane import SourcePane

FIRED = "The OpenAI board fired Sam Altman on Friday."
PROTEST = "Staff protested the decision."
RETURNED = "Altman returned as CEO on Tuesday."
FILLER = "".join(f"Line {i} of background reporting.\n" for i in range(80))
BOARD = f"{FILLER}{FIRED} {PROTEST} {RETURNED}\n{FILLER}"
WIRE = "Wire report. 오픈AI 이사회가 샘 올트먼을 해고했다. Nothing else.\n"
EMOJI_QUOTE = "올트먼이 복귀했다."
EMOJI = f"🎉😀 축하! {EMOJI_QUOTE} 끝.\n"
EDITED = (
    "The board said Altman was not consistently candid in his communications.\n"
    "Talks resumed. Nobody commented. Talks resumed.\n"
)

TIMELINE = """\
schema: 1
title: Test
sources:
  - id: board
    title: {en: Board statement, ko: 이사회 성명}
    file: sources/board.txt
    published: "2023-11-17"
    author: Jane Doe
    publisher: Example News
  - id: wire
    title: "<b>x</b><img src=x.png>"
    file: sources/wire.txt
  - id: party
    title: Party notes
    file: sources/emoji.txt
  - id: edited
    title: Edited article
    file: sources/edited.txt
actors:
  - id: sam-altman
    name: {en: Sam Altman, ko: 샘 올트먼}
    aliases: [Altman, 올트먼]
  - id: openai-board
    name: {en: OpenAI board, ko: 오픈AI 이사회}
    kind: group
events:
  - id: fired
    date: "2023-11-17"
    title: {en: Board fires Altman, ko: 이사회, 올트먼 해고}
    actors: [sam-altman, openai-board]
    evidence:
      - source: board
        quote: "The OpenAI board fired Sam Altman on Friday."
      - source: wire
        quote: 오픈AI 이사회가 샘 올트먼을 해고했다.
      - source: party
        quote: 올트먼이 복귀했다.
  - id: protest
    date: "2023-11-18"
    title: Staff protest
    evidence:
      - source: board
        quote: Staff protested the decision.
  - id: protest-again
    date: "2023-11-19"
    title: Staff protest, again
    evidence:
      - source: board
        quote: Staff protested the decision.
  - id: returned
    date: "2023-11-21"
    title: Altman returns
    actors: [sam-altman]
    evidence:
      - source: board
        quote: Altman returned as CEO on Tuesday.
  - id: candid
    title: Not candid
    evidence:
      - source: edited
        quote: The board said Altman was not consistently candid in his communication skills.
  - id: talks
    title: Talks
    evidence:
      - source: edited
        quote: Talks resumed.
  - id: invented
    title: Invented
    evidence:
      - source: edited
        quote: Completely unrelated words that appear nowhere.
"""


@pytest.fixture
def rich(qtbot, tmp_path: Path) -> Document:
    """A document with several sources, shared sentences, an emoji and a fuzzy quote."""
    path = write_timeline(
        tmp_path,
        TIMELINE,
        {
            "board.txt": BOARD,
            "wire.txt": WIRE,
            "emoji.txt": EMOJI,
            "edited.txt": EDITED,
        },
    )
    doc = Document()
    doc.load(load_timeline(path))
    return doc


@pytest.fixture
def pane(qtbot, rich: Document) -> SourcePane:
    return shown(qtbot, SourcePane(rich), 520, 360)


def child(pane: QWidget, kind: type, name: str):
    found = pane.findChild(kind, name)
    assert found is not None, name
    return found


def text_edit(pane: SourcePane) -> QPlainTextEdit:
    return child(pane, QPlainTextEdit, "sourceText")


def marks(pane: SourcePane, kind: str) -> list[str]:
    """The text under every ExtraSelection of one kind."""
    return [
        s.cursor.selectedText()
        for s in text_edit(pane).extraSelections()
        if s.format.property(MARK_KIND) == kind
    ]


def quote_start(pane: SourcePane) -> QTextCursor:
    """A cursor at the start of the quote highlight."""
    selections = text_edit(pane).extraSelections()
    (selection,) = [s for s in selections if s.format.property(MARK_KIND) == QUOTE]
    cursor = QTextCursor(selection.cursor)  # a copy that outlives the selection list
    cursor.setPosition(cursor.selectionStart())
    return cursor


def cursor_at(edit: QPlainTextEdit, text: str, needle: str) -> QTextCursor:
    """A cursor in the middle of `needle` (ASCII-only text before it, so offsets agree)."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(text.index(needle) + len(needle) // 2)
    return cursor


def test_without_a_selection_the_pane_invites_to_select_an_event(pane: SourcePane) -> None:
    empty = child(pane, QLabel, "sourceEmpty")
    assert empty.isVisible()
    assert empty.text() == "Select an event to read its source"
    assert not text_edit(pane).isVisible()


def test_selecting_an_event_shows_its_source_metadata_and_highlights_exactly_the_quote(
    pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    assert text_edit(pane).toPlainText() == BOARD
    assert child(pane, QLabel, "sourceTitle").text() == "Board statement"
    assert child(pane, QLabel, "sourceMeta").text() == "Jane Doe · Example News · Nov 17, 2023"
    assert marks(pane, QUOTE) == [FIRED]
    assert not child(pane, QLabel, "anchorNotice").isVisible()
    assert text_edit(pane).isReadOnly()
    rich.select_event("")
    assert child(pane, QLabel, "sourceEmpty").isVisible()


def test_the_quote_is_scrolled_into_the_middle_of_the_view(
    pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    edit = text_edit(pane)
    viewport = edit.viewport().rect()
    assert edit.verticalScrollBar().value() > 0  # the quote was below the first screen
    rect = edit.cursorRect(quote_start(pane))
    assert viewport.contains(rect)
    assert abs(rect.center().y() - viewport.center().y()) < viewport.height() / 4


def test_the_text_can_be_selected_and_copied_but_not_edited(
    qtbot, pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    edit = text_edit(pane)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert edit.textCursor().selectedText().startswith("Line 0 of")
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == BOARD
    qtbot.keyClicks(edit, "typed")
    assert edit.toPlainText() == BOARD


def test_switching_evidence_moves_to_the_other_source_and_back(
    qtbot, pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    counter = child(pane, QLabel, "evidenceCounter")
    previous = child(pane, QToolButton, "evidencePrev")
    assert counter.text() == "1 of 3"
    assert not previous.isEnabled()
    with qtbot.waitSignal(rich.evidence_changed):
        qtbot.mouseClick(child(pane, QToolButton, "evidenceNext"), Qt.MouseButton.LeftButton)
    assert rich.evidence_index == 1
    assert counter.text() == "2 of 3"
    assert text_edit(pane).toPlainText() == WIRE
    assert marks(pane, QUOTE) == ["오픈AI 이사회가 샘 올트먼을 해고했다."]
    qtbot.mouseClick(previous, Qt.MouseButton.LeftButton)
    assert rich.evidence_index == 0
    assert text_edit(pane).toPlainText() == BOARD


def test_the_sources_of_an_event_are_listed_and_can_be_picked(
    qtbot, pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    combo = child(pane, QComboBox, "evidenceSources")
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == ["1. Board statement", "2. <b>x</b><img src=x.png>", "3. Party notes"]
    agreement = child(pane, QLabel, "evidenceAgreement")
    assert agreement.text() == "Reported by 3 sources"
    assert agreement.toolTip() == (
        "Reported by 3 sources: Board statement, &lt;b&gt;x&lt;/b&gt;&lt;img src=x.png&gt;, "
        "Party notes"
    )
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert rich.evidence_index == 2
    assert child(pane, QLabel, "sourceTitle").text() == "Party notes"


def test_a_single_source_needs_no_switcher(pane: SourcePane, rich: Document) -> None:
    rich.select_event("returned")
    assert not child(pane, QToolButton, "evidenceNext").isVisible()
    assert not child(pane, QLabel, "evidenceAgreement").isVisible()


def test_mentions_of_the_events_actors_are_marked_in_any_spelling(
    pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    assert sorted(marks(pane, MENTION)) == ["Altman", "OpenAI board", "Sam Altman"]
    rich.select_event("protest")  # no actors
    assert marks(pane, MENTION) == []
    rich.select_event("fired")
    rich.select_evidence(1)
    assert sorted(marks(pane, MENTION)) == ["샘 올트먼", "오픈AI 이사회"]


def test_every_supporting_sentence_is_underlined(pane: SourcePane, rich: Document) -> None:
    rich.select_event("returned")
    assert marks(pane, SUPPORT) == [FIRED, PROTEST, RETURNED]


def test_another_event_in_the_same_source_does_not_reload_the_text(
    qtbot, pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    with qtbot.assertNotEmitted(text_edit(pane).textChanged):
        rich.select_event("returned")
    assert marks(pane, QUOTE) == [RETURNED]


def test_clicking_a_supporting_sentence_selects_its_event(
    qtbot, pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    edit = text_edit(pane)
    rect = edit.cursorRect(cursor_at(edit, BOARD, RETURNED))
    with qtbot.waitSignal(rich.selection_changed) as blocker:
        qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["returned"]
    assert marks(pane, QUOTE) == [RETURNED]
    # Clicking plain text next to it selects nothing new.
    filler = edit.cursorRect(cursor_at(edit, BOARD, "Line 79 of background"))
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=filler.center())
    assert rich.selected_event_id == "returned"


def test_clicking_a_sentence_shared_by_events_picks_the_first_then_the_next(
    qtbot, pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    edit = text_edit(pane)
    pos = edit.cursorRect(cursor_at(edit, BOARD, PROTEST)).center()
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert rich.selected_event_id == "protest"
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert rich.selected_event_id == "protest-again"
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert rich.selected_event_id == "protest"


def test_clicking_keeps_the_evidence_in_this_source(
    qtbot, pane: SourcePane, rich: Document
) -> None:
    rich.select_event("returned")
    edit = text_edit(pane)
    pos = edit.cursorRect(cursor_at(edit, BOARD, FIRED)).center()
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert (rich.selected_event_id, rich.evidence_index) == ("fired", 0)
    assert child(pane, QLabel, "evidenceCounter").text() == "1 of 3"


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


def test_ctrl_f_in_the_pane_is_not_ambiguous_with_a_window_find_action(
    qtbot, rich: Document
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    pane = SourcePane(rich)
    window.setCentralWidget(pane)
    window_finds: list[bool] = []
    action = QAction(window, shortcut=QKeySequence.StandardKey.Find)
    action.triggered.connect(window_finds.append)
    window.addAction(action)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    rich.select_event("fired")
    text_edit(pane).setFocus()
    qtbot.keyClick(text_edit(pane), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert child(pane, QWidget, "findBar").isVisible()
    assert window_finds == []


def test_an_emoji_before_the_quote_does_not_shift_the_highlight(
    pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    rich.select_evidence(2)
    assert text_edit(pane).toPlainText() == EMOJI
    assert marks(pane, QUOTE) == [EMOJI_QUOTE]
    assert marks(pane, SUPPORT) == [EMOJI_QUOTE]


def test_markup_in_a_source_title_shows_literally(pane: SourcePane, rich: Document) -> None:
    rich.select_event("fired")
    rich.select_evidence(1)
    title = child(pane, QLabel, "sourceTitle")
    assert title.text() == "<b>x</b><img src=x.png>"
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert child(pane, QLabel, "evidenceAgreement").textFormat() == Qt.TextFormat.PlainText


def test_a_fuzzy_quote_is_highlighted_with_a_notice_saying_it_is_approximate(
    pane: SourcePane, rich: Document
) -> None:
    rich.select_event("candid")
    notice = child(pane, QLabel, "anchorNotice")
    assert notice.isVisible()
    assert notice.text().startswith("Quote matches only approximately (")
    assert "%)" in notice.text()
    (highlighted,) = marks(pane, QUOTE)
    assert "not consistently candid" in highlighted


def test_a_missing_quote_is_reported_and_nothing_is_highlighted(
    pane: SourcePane, rich: Document
) -> None:
    rich.select_event("invented")
    notice = child(pane, QLabel, "anchorNotice")
    assert notice.isVisible()
    assert notice.text().startswith("Quote not found in this source.")
    assert "Completely unrelated words" in notice.text()
    assert marks(pane, QUOTE) == []


def test_a_quote_found_twice_says_so(pane: SourcePane, rich: Document) -> None:
    rich.select_event("talks")
    notice = child(pane, QLabel, "anchorNotice")
    assert notice.isVisible()
    assert notice.text().startswith("The quote occurs 2 times in this source")
    assert marks(pane, QUOTE) == ["Talks resumed."]


def test_data_texts_follow_the_document_language(pane: SourcePane, rich: Document) -> None:
    rich.select_event("fired")
    rich.set_language("ko")
    assert child(pane, QLabel, "sourceTitle").text() == "이사회 성명"
    assert child(pane, QLabel, "sourceMeta").text().endswith("2023년 11월 17일")


def test_an_edit_elsewhere_keeps_the_pane_on_the_same_text(
    qtbot, pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    with qtbot.assertNotEmitted(text_edit(pane).textChanged):
        rich.apply(rich.timeline, "An edit elsewhere")
    assert marks(pane, QUOTE) == [FIRED]


def test_the_sample_timeline_shows_its_korean_quote(qtbot, document: Document) -> None:
    widget = SourcePane(document)
    qtbot.addWidget(widget)
    document.select_event("altman-returns")
    assert marks(widget, QUOTE) == ["11월 21일 화요일, 올트먼이 CEO로 복귀했다."]
    assert "올트먼" in marks(widget, MENTION)
