"""Tests for the source pane: reading the evidence of the selected event in its source."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from tests.ui.conftest import shown
from tests.ui.source.fixtures import (
    BOARD,
    FIRED,
    PROTEST,
    RETURNED,
    WIRE,
    child,
    cursor_at,
    load_rich,
    marks,
    quote_start,
    text_edit,
)
from viewer.core.evidence_index import index_source
from viewer.core.store import load_timeline
from viewer.ui.document import Document
from viewer.ui.source.marks import DATE_QUOTE, MARK_KIND, MENTION, QUOTE, SUPPORT
from viewer.ui.source.pane import SourcePane


@pytest.fixture
def rich(qtbot, tmp_path: Path) -> Document:
    """A document with several sources, shared sentences, an emoji and a fuzzy quote."""
    return load_rich(tmp_path)


@pytest.fixture
def pane(qtbot, rich: Document) -> SourcePane:
    """The pane over the rich document, shown."""
    return shown(qtbot, SourcePane(rich), 520, 360)


def test_without_a_selection_the_pane_invites_to_select_an_event(pane: SourcePane) -> None:
    empty = child(pane, QLabel, "sourceEmpty")
    assert empty.isVisible()
    assert empty.text().startswith("Select an event to read its source")
    assert not text_edit(pane).isVisible()


def test_a_source_opened_on_its_own_shows_its_text_and_what_in_it_supports_events(
    pane: SourcePane, rich: Document
) -> None:
    rich.select_event(rich.timeline.events[0].id)
    source_id = rich.timeline.sources[0].id
    rich.open_source(source_id)
    assert rich.selected_event_id == "", "reading a source on its own deselects the event"
    assert rich.reading_source == source_id
    assert text_edit(pane).isVisible()
    assert text_edit(pane).toPlainText() == rich.texts[source_id].text
    assert not child(pane, QComboBox, "evidenceSources").isVisibleTo(pane)
    marks = text_edit(pane).extraSelections()
    assert marks, "the sentences that support events are underlined"
    assert {m.format.property(MARK_KIND) for m in marks} == {SUPPORT}, "no quote is highlighted"
    assert len(marks) == len(index_source(rich.timeline, source_id, rich.texts[source_id]).segments)
    rich.open_source("")
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


def test_a_long_source_is_marked_around_the_view_and_again_where_it_scrolls(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import write_timeline
    from viewer.core.store import load_timeline
    from viewer.ui.source import marking
    from viewer.ui.source import marks as marks_module
    from viewer.ui.source.marks import MARK_KIND

    monkeypatch.setattr(marking, "MARKS_ALL_AT_ONCE", 1_000)
    monkeypatch.setattr(marking, "MARKED_AROUND_VIEW", 2_000)
    monkeypatch.setattr(marks_module, "PAGE", 1_000)
    lines = [f"Line {n}: Altman spoke again." for n in range(3_000)]
    text = "\n".join(lines) + "\n"
    timeline = """\
schema: 1
sources:
  - id: long
    file: sources/long.txt
actors:
  - id: sam-altman
    name: Sam Altman
    aliases: [Altman]
events:
  - id: spoke
    title: Altman spoke
    actors: [sam-altman]
    evidence:
      - source: long
        quote: "Line 1500: Altman spoke again."
"""
    document = Document()
    document.load(load_timeline(write_timeline(tmp_path, timeline, {"long.txt": text})))
    pane = shown(qtbot, SourcePane(document), 520, 360)
    document.select_event("spoke")
    qtbot.wait(20)  # the layout settles: no resize is pending
    edit = text_edit(pane)

    def marked_lines() -> set[int]:
        found = set()
        for selection in edit.extraSelections():
            if selection.format.property(MARK_KIND) == MENTION:
                found.add(selection.cursor.block().blockNumber())
        return found

    shown_lines = marked_lines()
    assert 1500 in shown_lines, "the mentions on screen are marked"
    assert len(shown_lines) < 1_000, "not the 3,000 mentions of the whole text"
    assert marks(pane, QUOTE) == ["Line 1500: Altman spoke again."]

    edit.verticalScrollBar().setValue(edit.verticalScrollBar().maximum())
    # once the scroll settles, the part that came into view is marked
    qtbot.waitUntil(lambda: 2999 in marked_lines(), timeout=2000)
    assert len(marked_lines()) < 1_000
    assert marks(pane, QUOTE) == ["Line 1500: Altman spoke again."], "the quote stays marked"


def test_a_source_with_a_run_no_line_can_break_wraps_anywhere(qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QTextOption

    from tests.conftest import write_timeline
    from viewer.core.store import load_timeline

    blob = "Data: " + "x" * 20_000 + " end. The board met."
    timeline = """\
schema: 1
sources:
  - id: blob
    file: sources/blob.txt
  - id: prose
    file: sources/prose.txt
events:
  - id: met
    title: The board met
    evidence:
      - source: blob
        quote: The board met.
      - source: prose
        quote: The board met.
"""
    files = {"blob.txt": blob, "prose.txt": "The board met. It said nothing.\n"}
    document = Document()
    document.load(load_timeline(write_timeline(tmp_path, timeline, files)))
    pane = shown(qtbot, SourcePane(document), 520, 360)
    document.select_event("met")
    edit = text_edit(pane)
    assert edit.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert marks(pane, QUOTE) == ["The board met."]
    document.select_evidence(1)
    assert edit.wordWrapMode() == QTextOption.WrapMode.WordWrap, "prose wraps between words"


def test_a_quote_repeated_past_the_count_says_or_more(qtbot, tmp_path: Path) -> None:
    from tests.conftest import SAMPLE_SOURCE, SAMPLE_TIMELINE, write_timeline
    from viewer.core.store import load_timeline

    repeated = SAMPLE_SOURCE + "11월 21일 화요일, 올트먼이 CEO로 복귀했다.\n" * 1_200
    path = write_timeline(tmp_path, SAMPLE_TIMELINE, {"news.txt": repeated})
    document = Document()
    document.load(load_timeline(path))
    pane = shown(qtbot, SourcePane(document), 520, 360)
    document.select_event(document.timeline.events[1].id)
    notice = child(pane, QLabel, "anchorNotice").text()
    assert notice.startswith("The quote occurs 1,000 times or more in this source")


def test_the_sentence_that_states_the_date_is_highlighted_in_a_second_colour(
    pane: SourcePane, rich: Document
) -> None:
    rich.select_event("returned")
    assert marks(pane, QUOTE) == [RETURNED]
    assert marks(pane, DATE_QUOTE) == [FIRED]
    rich.select_event("protest")
    assert marks(pane, DATE_QUOTE) == []


def test_the_documents_of_the_most_cited_sources_are_filled_while_idle_after_opening(
    qtbot, pane: SourcePane, rich: Document
) -> None:
    rich.load(load_timeline(rich.path))
    documents = pane.findChild(QPlainTextEdit, "sourceText")
    board = rich.texts["board"]
    prepared = pane._documents  # the pane's documents, as it keeps them
    qtbot.waitUntil(lambda: prepared.made_for(board) is not None)
    made = prepared.made_for(board)
    rich.select_event("fired")  # its first evidence is in the board's statement
    assert documents.document() is made, "shown without being filled again"
    assert documents.toPlainText() == board.text
