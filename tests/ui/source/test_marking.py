"""Tests for the view marker: a short text marked whole, a long one around the view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from tests.ui.conftest import shown
from viewer.core.anchoring import Anchor, MatchKind, SourceText
from viewer.core.evidence_index import SourceSupport, SupportSegment
from viewer.core.model import Actor, LocalText
from viewer.ui.source import marking
from viewer.ui.source.marking import ViewMarker
from viewer.ui.source.marks import MARK_KIND, MENTION, QUOTE, SUPPORT, SourceMarks

ALTMAN = Actor("sam-altman", name=LocalText.of("Sam Altman"), aliases=("Altman",))
LINE = "Line {}: Altman spoke again."


def kinds(edit: QPlainTextEdit) -> dict[str, list[int]]:
    """The line of each mark handed to `edit`, by kind."""
    found: dict[str, list[int]] = {}
    for selection in edit.extraSelections():
        kind = selection.format.property(MARK_KIND)
        found.setdefault(kind, []).append(selection.cursor.block().blockNumber())
    return found


def marked(qtbot, lines: int) -> tuple[QPlainTextEdit, SourceMarks]:
    """A shown edit with `lines` lines, each a supporting sentence naming Altman."""
    text = "\n".join(LINE.format(n) for n in range(lines)) + "\n"
    edit = shown(qtbot, QPlainTextEdit(), 500, 300)
    edit.setPlainText(text)
    starts = [text.index(LINE.format(n) + "\n") for n in range(lines)]
    segments = tuple(
        SupportSegment(start, start + len(LINE.format(n)), ((f"e{n}", 0),))
        for n, start in enumerate(starts)
    )
    return edit, SourceMarks(edit, SourceText(text), SourceSupport("long", {}, segments))


def quote_on(marks: SourceMarks, line: int) -> Anchor:
    start = marks.text.text.index(LINE.format(line) + "\n")
    return Anchor(MatchKind.EXACT, start, start + len(LINE.format(line)), 1.0, 1)


def test_a_short_text_is_marked_whole(qtbot) -> None:
    edit, marks = marked(qtbot, 12)
    marker = ViewMarker(edit)
    marker.mark(marks, quote_on(marks, 3), None, [ALTMAN])
    found = kinds(edit)
    assert found[SUPPORT] == list(range(12))
    assert found[QUOTE] == [3]
    assert found[MENTION] == list(range(12))


def test_a_long_text_is_marked_around_the_view_and_again_as_it_moves_on(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(marking, "MARKED_AROUND_VIEW", 300)
    edit, marks = marked(qtbot, 2_000)
    marker = ViewMarker(edit)
    marker.mark(marks, quote_on(marks, 0), None, [ALTMAN])
    first = kinds(edit)
    assert 0 in first[SUPPORT] and max(first[SUPPORT]) < 200, "the lines on screen and around"
    assert first[QUOTE] == [0]
    edit.verticalScrollBar().setValue(edit.verticalScrollBar().maximum())
    marker.follow()
    moved = kinds(edit)
    assert 1999 in moved[SUPPORT] and min(moved[SUPPORT]) > 1_500
    assert 1999 in moved[MENTION]
    assert moved[QUOTE] == [0], "the quote read stays marked"
    marker.clear()
    edit.verticalScrollBar().setValue(0)
    marker.follow()
    assert kinds(edit) == moved, "nothing is marked again once cleared"
