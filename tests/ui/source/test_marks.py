"""Tests for the source marks: quote, mention and support selections at the right UTF-16 spots."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from tests.ui.conftest import shown
from tests.ui.source.fixtures import (
    EMOJI,
    EMOJI_QUOTE,
    FIRED,
    PROTEST,
    RETURNED,
    load_rich,
    marks,
    text_edit,
)
from viewer.core.anchoring import Anchor, MatchKind, SourceText
from viewer.core.evidence_index import SourceSupport, SupportSegment
from viewer.core.model import Actor, LocalText
from viewer.ui.common.vocabulary import APPROXIMATE_QUOTE_COLOUR, QUOTE_COLOUR
from viewer.ui.document import Document
from viewer.ui.source.marks import (
    MARK_KIND,
    MENTION,
    QUOTE,
    SUPPORT,
    SourceMarks,
    mention_format,
    quote_format,
    support_format,
)
from viewer.ui.source.pane import SourcePane

UNDERLINE = QTextCharFormat.UnderlineStyle
PARTY = "🎉😀 축하! 올트먼이 복귀했다. 샘 올트먼은 Sam Altman이다.\n"
RETURN = "올트먼이 복귀했다."  # Python offsets 7..17, UTF-16 positions 9..19
ALTMAN = Actor(
    "sam-altman",
    name=LocalText.of({"en": "Sam Altman", "ko": "샘 올트먼"}),
    aliases=(unicodedata.normalize("NFD", "올트먼"),),  # an alias typed in NFD still matches
)
BOARD = Actor("openai-board", name=LocalText.of({"en": "OpenAI board", "ko": "오픈AI 이사회"}))


@pytest.fixture
def rich(qtbot, tmp_path: Path) -> Document:
    """A document with several sources, shared sentences, an emoji and a fuzzy quote."""
    return load_rich(tmp_path)


@pytest.fixture
def pane(qtbot, rich: Document) -> SourcePane:
    """The pane over the rich document, shown."""
    return shown(qtbot, SourcePane(rich), 520, 360)


@pytest.fixture
def party(qtbot) -> QPlainTextEdit:
    """PARTY in a shown text edit, as the pane shows a source."""
    edit = shown(qtbot, QPlainTextEdit(), 600, 200)
    edit.setPlainText(PARTY)
    return edit


def marks_on(edit: QPlainTextEdit, *segments: SupportSegment) -> SourceMarks:
    """Marks on PARTY in `edit`, with `segments` as its supporting stretches."""
    return SourceMarks(edit, SourceText(PARTY), SourceSupport("party", {}, segments))


def middle_of(edit: QPlainTextEdit, source_marks: SourceMarks, offset: int) -> QPoint:
    """The viewport point in the middle of the character at Python offset `offset`."""
    left = edit.cursorRect(source_marks.cursor(offset, offset))
    right = edit.cursorRect(source_marks.cursor(offset + 1, offset + 1))
    return QPoint((left.x() + right.x()) // 2, left.center().y())


def exact(start: int, end: int) -> Anchor:
    """An exact, unambiguous anchor of [start, end)."""
    return Anchor(MatchKind.EXACT, start, end, 1.0, 1)


def test_a_cursor_counts_utf16_units_past_an_emoji(party: QPlainTextEdit) -> None:
    start = PARTY.index(RETURN)
    assert start == 7
    cursor = marks_on(party).cursor(start, start + len(RETURN))
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (9, 19)  # two surrogate pairs
    assert cursor.selectedText() == RETURN


def test_the_quote_selection_covers_exactly_the_quote_past_an_emoji(
    party: QPlainTextEdit,
) -> None:
    selection = marks_on(party).quote_selection(exact(7, 17))
    assert selection.cursor.selectedText() == RETURN
    assert selection.format.property(MARK_KIND) == QUOTE
    assert selection.format.background().color() == QUOTE_COLOUR


def test_a_fuzzy_quote_is_selected_with_the_approximate_look(party: QPlainTextEdit) -> None:
    anchor = Anchor(MatchKind.FUZZY, 7, 17, 0.8, 1)
    selection = marks_on(party).quote_selection(anchor)
    assert selection.cursor.selectedText() == RETURN
    assert selection.format.underlineStyle() == UNDERLINE.WaveUnderline


def test_support_selections_underline_each_segment_dashed_when_approximate(
    party: QPlainTextEdit,
) -> None:
    source_marks = marks_on(
        party,
        SupportSegment(7, 17, (("returns", 0),)),
        SupportSegment(18, 24, (("named", 0),), approximate=True),
    )
    selections = source_marks.support_selections()
    assert [s.cursor.selectedText() for s in selections] == [RETURN, "샘 올트먼은"]
    assert [s.format.underlineStyle() for s in selections] == [
        UNDERLINE.SingleUnderline,
        UNDERLINE.DashUnderline,
    ]
    assert {s.format.property(MARK_KIND) for s in selections} == {SUPPORT}
    assert source_marks.support_selections() is selections  # built once, then reused


def test_mention_selections_mark_every_spelling_of_each_actor(party: QPlainTextEdit) -> None:
    source_marks = marks_on(party)
    selections = source_marks.mention_selections([ALTMAN])
    assert [s.cursor.selectedText() for s in selections] == ["올트먼", "샘 올트먼", "Sam Altman"]
    assert {s.format.property(MARK_KIND) for s in selections} == {MENTION}
    assert source_marks.mention_selections([BOARD]) == []
    both = source_marks.mention_selections([BOARD, ALTMAN, ALTMAN])
    assert len(both) == 6  # an actor named twice is marked twice, as asked


def test_a_window_marks_the_pages_it_touches_and_the_one_before(
    party: QPlainTextEdit, monkeypatch: pytest.MonkeyPatch
) -> None:
    from viewer.ui.source import marks

    monkeypatch.setattr(marks, "PAGE", 8)  # the text's 40 characters are five pages
    source_marks = marks_on(
        party,
        SupportSegment(7, 17, (("returns", 0),)),
        SupportSegment(18, 24, (("named", 0),), approximate=True),
    )
    mentions = source_marks.mention_selections([ALTMAN], (0, 12))  # pages 0 and 1
    assert [s.cursor.selectedText() for s in mentions] == ["올트먼"]
    late = source_marks.support_selections((30, 40))  # pages 3 and 4, and 2 before them
    assert [s.cursor.selectedText() for s in late] == ["샘 올트먼은"]
    early = source_marks.support_selections((0, 8))
    assert [s.cursor.selectedText() for s in early] == [RETURN]
    assert source_marks.support_selections((0, 8)) is early, "the same window, the same list"
    everything = source_marks.support_selections()
    assert everything[0] is early[0], "a page is marked once"
    assert [s.cursor.selectedText() for s in everything] == [RETURN, "샘 올트먼은"]


def test_placing_marks_leaves_the_text_unedited_with_no_undo_step(
    party: QPlainTextEdit,
) -> None:
    document = party.document()
    document.setModified(False)
    changed: list[tuple[int, int, int]] = []
    document.contentsChange.connect(lambda *change: changed.append(change))
    source_marks = marks_on(party, SupportSegment(7, 17, (("returns", 0),)))
    made = source_marks.support_selections() + source_marks.mention_selections([ALTMAN], (0, 40))
    assert [s.cursor.selectedText() for s in made] == [RETURN, "올트먼", "샘 올트먼", "Sam Altman"]
    assert not document.isModified()
    assert not document.isUndoAvailable()
    assert changed == []


def test_segment_at_finds_the_supporting_segment_under_the_pointer(
    party: QPlainTextEdit,
) -> None:
    segment = SupportSegment(7, 17, (("returns", 0),))
    source_marks = marks_on(party, segment)
    assert source_marks.segment_at(middle_of(party, source_marks, 7)) == segment
    assert source_marks.segment_at(middle_of(party, source_marks, 16)) == segment
    assert source_marks.segment_at(middle_of(party, source_marks, 6)) is None  # the space before
    assert source_marks.segment_at(middle_of(party, source_marks, 17)) is None  # the space after
    assert source_marks.segment_at(middle_of(party, source_marks, 3)) is None  # "축"


def test_quote_format_tells_a_fuzzy_match_from_an_exact_one() -> None:
    for kind in (MatchKind.EXACT, MatchKind.NORMALIZED):
        fmt = quote_format(kind)
        assert fmt.property(MARK_KIND) == QUOTE
        assert fmt.background().color() == QUOTE_COLOUR
        assert fmt.underlineStyle() == UNDERLINE.NoUnderline
    fuzzy = quote_format(MatchKind.FUZZY)
    assert fuzzy.property(MARK_KIND) == QUOTE
    assert fuzzy.background().color() == APPROXIMATE_QUOTE_COLOUR
    assert fuzzy.underlineStyle() == UNDERLINE.WaveUnderline


def test_mention_and_support_formats_name_their_kind() -> None:
    mention = mention_format()
    assert mention.property(MARK_KIND) == MENTION
    assert 0 < mention.background().color().alpha() < 255  # the quote shows through
    solid, dashed = support_format(False), support_format(True)
    assert (solid.property(MARK_KIND), dashed.property(MARK_KIND)) == (SUPPORT, SUPPORT)
    assert solid.underlineStyle() == UNDERLINE.SingleUnderline
    assert dashed.underlineStyle() == UNDERLINE.DashUnderline
    assert solid.background().style() == Qt.BrushStyle.NoBrush  # an underline, no fill


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


def test_an_emoji_before_the_quote_does_not_shift_the_highlight(
    pane: SourcePane, rich: Document
) -> None:
    rich.select_event("fired")
    rich.select_evidence(2)
    assert text_edit(pane).toPlainText() == EMOJI
    assert marks(pane, QUOTE) == [EMOJI_QUOTE]
    assert marks(pane, SUPPORT) == [EMOJI_QUOTE]
