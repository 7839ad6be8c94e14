"""The margin marks dated sentences that no event cites yet, and F8 walks through them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.conftest import write_timeline
from tests.ui.conftest import shown
from tests.ui.source.fixtures import text_edit
from viewer.core.model import Event, Evidence, LocalText
from viewer.core.store import load_timeline
from viewer.ui.document import Document
from viewer.ui.source.coverage_margin import CoverageMargin
from viewer.ui.source.pane import SourcePane

USED = "2023년 11월 17일 이사회는 올트먼을 해임했다."
UNUSED_1 = "11월 18일 직원들이 반발했다."
UNUSED_2 = "2024년 5월 수츠케버가 떠났다."
ARTICLE = "\n".join(
    [f"배경 문단 {i}." for i in range(40)] + [USED, "날짜 없는 문장.", UNUSED_1]
    + [f"다른 문단 {i}." for i in range(40)] + [UNUSED_2]
)  # fmt: skip
TIMELINE = f"""\
schema: 1
sources:
  - id: a
    file: sources/a.txt
    published: "2023-11-20"
events:
  - id: fired
    date: "2023-11-17"
    title: Fired
    evidence:
      - source: a
        quote: "{USED}"
"""


@pytest.fixture
def doc(qtbot, tmp_path: Path) -> Document:
    document = Document()
    document.load(load_timeline(write_timeline(tmp_path, TIMELINE, {"a.txt": ARTICLE})))
    return document


@pytest.fixture
def pane(qtbot, doc: Document) -> SourcePane:
    pane = shown(qtbot, SourcePane(doc), 520, 300)
    doc.open_source("a")
    return pane


def _margin(pane: SourcePane) -> CoverageMargin:
    margin = pane.findChild(CoverageMargin, "coverageMargin")
    assert margin is not None
    return margin


def test_the_margin_marks_only_unused_dated_sentences_on_screen(qtbot, pane: SourcePane) -> None:
    margin = _margin(pane)
    qtbot.waitUntil(lambda: margin.coverage is not None)
    assert margin.marked_rects() == [], "the first screen holds no unused dated sentence"
    edit = text_edit(pane)
    edit.verticalScrollBar().setValue(edit.verticalScrollBar().maximum())
    rects = margin.marked_rects()
    assert len(rects) == 1, "only the last sentence is on screen at the end"
    cursor = edit.cursorRect(edit.document().find(UNUSED_2))
    assert abs(rects[0].center().y() - cursor.center().y()) <= cursor.height()


def test_f8_selects_each_unused_dated_sentence_in_turn(qtbot, pane: SourcePane) -> None:
    qtbot.waitUntil(lambda: _margin(pane).coverage is not None)
    edit = text_edit(pane)
    picked = []
    for _ in range(3):
        assert pane.go_to_unsupported()
        picked.append(edit.textCursor().selectedText())
    assert picked == [UNUSED_1, UNUSED_2, UNUSED_1], "it wraps around"
    assert pane.go_to_unsupported(backwards=True)
    assert edit.textCursor().selectedText() == UNUSED_2


def test_the_marks_follow_an_edit_that_quotes_a_marked_sentence(
    qtbot, pane: SourcePane, doc: Document
) -> None:
    margin = _margin(pane)
    qtbot.waitUntil(lambda: margin.coverage is not None)
    assert len(margin.coverage.unsupported) == 2
    event = Event("staff", "2023-11-18", LocalText.of("Staff"), evidence=(Evidence("a", UNUSED_1),))
    doc.apply(dataclasses.replace(doc.timeline, events=(*doc.timeline.events, event)), "Add")
    qtbot.waitUntil(lambda: len(margin.coverage.unsupported) == 1)
    assert pane.go_to_unsupported()
    assert text_edit(pane).textCursor().selectedText() == UNUSED_2
