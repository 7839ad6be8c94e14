"""The Suggestions panel lists the dated sentences no event uses yet; accept or dismiss each."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget

from tests.conftest import write_timeline
from tests.ui.conftest import shown
from viewer.core.model import Event, Evidence, LocalText
from viewer.core.store import load_timeline
from viewer.ui.document import Document
from viewer.ui.suggestions.panel import SuggestionsPanel

USED = "2023년 11월 17일 이사회는 올트먼을 해임했다."
RETURN = "올트먼은 지난 21일 복귀했다."
LATER = "하루 뒤 직원들이 환호했다."
ARTICLE = f"{USED}\n\n날짜 없는 문장.\n\n{RETURN} {LATER}\n"
TIMELINE = f"""\
schema: 1
sources:
  - id: a
    title: 기사
    file: sources/a.txt
    published: "2023-11-22"
actors:
  - id: altman
    name: {{en: Sam Altman, ko: 올트먼}}
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


def _panel(qtbot, doc: Document, accepted: list, shown_spans: list) -> SuggestionsPanel:
    panel = SuggestionsPanel(
        doc, lambda *args: accepted.append(args), lambda *args: shown_spans.append(args)
    )
    return shown(qtbot, panel, 600, 300)


def _rows(panel: SuggestionsPanel) -> list[list[str]]:
    tree = panel.findChild(QTreeWidget, "suggestionsList")
    return [
        [tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())
    ]


def test_the_unused_dated_sentences_of_the_source_read_are_suggested(qtbot, doc) -> None:
    accepted, spans = [], []
    panel = _panel(qtbot, doc, accepted, spans)
    assert "Open a source" in panel.findChild(QLabel, "suggestionsHeading").text()
    doc.open_source("a")
    assert _rows(panel) == [
        ["Nov 21, 2023", RETURN, "Sam Altman"],
        ["no date of its own", LATER, ""],
    ]
    assert panel.findChild(QLabel, "suggestionsHeading").text() == "기사: 2 suggested events"
    start = ARTICLE.index(RETURN)
    assert spans[-1] == ("a", start, start + len(RETURN)), "the sentence is shown in the source"


def test_accept_hands_over_the_sentence_and_its_date(qtbot, doc) -> None:
    accepted, spans = [], []
    panel = _panel(qtbot, doc, accepted, spans)
    doc.open_source("a")
    qtbot.mouseClick(panel.findChild(QPushButton, "acceptSuggestion"), Qt.MouseButton.LeftButton)
    start = ARTICLE.index(RETURN)
    assert accepted == [("a", start, start + len(RETURN), "2023-11-21")]


def test_a_suggestion_disappears_once_an_event_quotes_it(qtbot, doc) -> None:
    panel = _panel(qtbot, doc, [], [])
    doc.open_source("a")
    event = Event("back", "2023-11-21", LocalText.of("Back"), evidence=(Evidence("a", RETURN),))
    doc.apply(dataclasses.replace(doc.timeline, events=(*doc.timeline.events, event)), "Add")
    assert [row[1] for row in _rows(panel)] == [LATER]


def test_delete_dismisses_a_suggestion_for_good_and_undo_brings_it_back(qtbot, doc) -> None:
    panel = _panel(qtbot, doc, [], [])
    doc.open_source("a")
    tree = panel.findChild(QTreeWidget, "suggestionsList")
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert [row[1] for row in _rows(panel)] == [LATER]
    assert doc.timeline.sources_by_id["a"].dismissed == (RETURN,)
    assert doc.undo_stack.undoText().startswith("Dismiss Suggestion")
    assert tree.currentItem().text(1) == LATER, "the next one is ready to decide"
    doc.undo_stack.undo()
    assert len(_rows(panel)) == 2


def test_a_source_too_long_for_suggestions_says_so_at_once(qtbot, tmp_path: Path) -> None:
    from viewer.ui.source_analyses import SUGGEST_LIMIT

    long_text = "2023년 11월 17일 일이 있었다.\n" * (SUGGEST_LIMIT // 20)
    document = Document()
    path = write_timeline(tmp_path, TIMELINE, {"a.txt": long_text})
    document.load(load_timeline(path))
    panel = _panel(qtbot, document, [], [])
    document.open_source("a")
    heading = panel.findChild(QLabel, "suggestionsHeading").text()
    assert heading.startswith("This source is too long for suggestions")
    assert document.analyses.coverage("a") is None and document.analyses.suggestions("a") == []


def test_a_panel_not_on_screen_leaves_the_work_until_it_is_seen(qtbot, doc) -> None:
    panel = SuggestionsPanel(doc, lambda *a: None, lambda *a: None)
    qtbot.addWidget(panel)
    doc.open_source("a")
    assert not doc.analyses.coverage_known("a"), "hidden: the dated sentences are not looked for"
    panel.resize(600, 300)
    panel.show()
    qtbot.waitUntil(lambda: len(_rows(panel)) == 2)
    assert doc.analyses.coverage_known("a")


def test_a_long_source_is_looked_through_in_the_background(qtbot, tmp_path: Path) -> None:
    from viewer.ui.source_analyses import BACKGROUND_COVERAGE

    filler = "날짜 없는 긴 문장이 이어진다.\n" * (BACKGROUND_COVERAGE // 15)
    document = Document()
    path = write_timeline(tmp_path, TIMELINE, {"a.txt": ARTICLE + filler})
    document.load(load_timeline(path))
    panel = _panel(qtbot, document, [], [])
    ready: list[str] = []
    document.analyses.coverage_ready.connect(ready.append)
    document.open_source("a")
    assert not document.analyses.coverage_known("a"), "the window is not held up meanwhile"
    assert _rows(panel) == []
    assert panel.findChild(QLabel, "suggestionsHeading").text() == "Looking for dated sentences…"
    qtbot.waitUntil(lambda: ready == ["a"], timeout=30_000)
    assert [row[1] for row in _rows(panel)] == [RETURN, LATER]
    assert document.analyses.coverage("a") is not None and document.analyses.coverage_known("a")
