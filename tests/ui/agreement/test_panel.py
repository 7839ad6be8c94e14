"""The Disagreements panel lists the events whose sources differ and compares their sources."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import write_timeline
from tests.ui.conftest import shown
from viewer.core.model import EMPTY_TEXT
from viewer.core.store import load_timeline
from viewer.ui.agreement.model import COLUMNS
from viewer.ui.agreement.panel import DisagreementsPanel
from viewer.ui.document import Document

TIMELINE = """\
schema: 1
sources:
  - {id: fiction, title: 주간 실리콘밸리, file: sources/fiction.txt}
  - {id: column, title: The column, file: sources/column.txt}
events:
  - id: announced
    date: "2023-11-17/2023-11-18"
    title: {en: The firing is announced, ko: 해고 발표}
    evidence:
      - source: fiction
        quote: 11월 18일 해고 발표.
        claims_date: "2023-11-18"
      - source: column
        quote: 11월 17일 뉴스가 발표됐다.
        claims_date: "2023-11-17"
  - id: letter
    date: "2023-11-20"
    title: {en: Employees threaten to leave, ko: 직원들의 서한}
    evidence:
      - source: fiction
        quote: 770명 중 700명 이상.
        claims_note: {en: More than 700 of 770., ko: 770명 중 700명 이상.}
      - source: column
        quote: 약 770명 중 약 700명.
  - id: founded
    date: "2015-12-11"
    title: OpenAI founded
    evidence:
      - {source: column, quote: 오픈AI 설립.}
"""
SOURCES = {
    "fiction.txt": "11월 18일 해고 발표. 770명 중 700명 이상.\n",
    "column.txt": "11월 17일 뉴스가 발표됐다. 약 770명 중 약 700명. 오픈AI 설립.\n",
}


@pytest.fixture
def document(qtbot, tmp_path: Path) -> Document:
    doc = Document()
    result = load_timeline(write_timeline(tmp_path, TIMELINE, SOURCES))
    assert result.problems == []
    doc.load(result)
    return doc


@pytest.fixture
def panel(qtbot, document: Document) -> DisagreementsPanel:
    return shown(qtbot, DisagreementsPanel(document), 1100, 320)


def rows(panel: DisagreementsPanel) -> list[list[str]]:
    model = panel.list_view.model()
    return [
        [model.index(row, column).data() for column in range(len(COLUMNS))]
        for row in range(model.rowCount())
    ]


def summary(panel: DisagreementsPanel) -> str:
    return panel.findChild(QLabel, "disagreementsSummary").text()


def test_the_disputed_events_are_listed_earliest_first_with_what_differs(panel) -> None:
    assert summary(panel) == "2 events whose sources differ"
    assert rows(panel) == [
        [
            "Nov 17–18, 2023",
            "The firing is announced",
            "Nov 18, 2023 · Nov 17, 2023",
        ],
        ["Nov 20, 2023", "Employees threaten to leave", "Accounts differ"],
    ]


def test_choosing_an_event_selects_it_and_sets_its_sources_side_by_side(
    qtbot, panel, document: Document
) -> None:
    view = panel.list_view
    rect = view.visualRect(view.model().index(1, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert document.selected_event_id == "letter"
    cards = panel.comparison.cards()
    assert len(cards) == 2
    assert cards[0].x() < cards[1].x() and cards[0].y() == cards[1].y()
    assert cards[0].claim() == "More than 700 of 770."
    assert cards[1].claim() == ""
    assert "The column · Nov 20, 2023" in cards[1].accessibleName()
    qtbot.mouseClick(cards[1], Qt.MouseButton.LeftButton)
    assert document.evidence_index == 1
    document.set_language("ko")
    assert panel.comparison.cards()[0].claim() == "770명 중 700명 이상."


def test_the_list_follows_a_selection_made_elsewhere_and_shows_agreeing_sources_too(
    panel, document: Document
) -> None:
    document.select_event("announced")
    assert panel.list_view.currentIndex().row() == 0
    claims = [card.claim() for card in panel.comparison.cards()]
    assert claims == ["Gives Nov 18, 2023", "Gives Nov 17, 2023"]
    document.select_event("founded")
    assert not panel.list_view.selectionModel().hasSelection()
    verdict = panel.comparison.findChild(QLabel, "disagreementVerdict")
    assert verdict.text() == "The sources agree."
    assert [card.claim() for card in panel.comparison.cards()] == [""]


def test_an_edit_updates_the_list_and_a_hidden_panel_waits_until_shown(
    qtbot, panel, document: Document
) -> None:
    letter = document.timeline.events_by_id["letter"]
    plain = tuple(dataclasses.replace(e, claims_note=EMPTY_TEXT) for e in letter.evidence)
    agreed = dataclasses.replace(letter, evidence=plain)
    events = tuple(agreed if e is letter else e for e in document.timeline.events)
    document.apply(dataclasses.replace(document.timeline, events=events), "Agree")
    assert [row[1] for row in rows(panel)] == ["The firing is announced"]
    assert summary(panel) == "1 event whose sources differ"
    panel.hide()
    document.undo_stack.undo()
    assert len(rows(panel)) == 1  # not worked out while nobody looks
    with qtbot.waitExposed(panel):
        panel.show()
    assert len(rows(panel)) == 2


def test_a_deleted_panel_no_longer_follows_the_document(qtbot, document: Document) -> None:
    panel = DisagreementsPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    panel.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel))
    document.set_language("ko")  # would raise if a connection outlived the panel
    document.select_event("letter")
    document.select_evidence(0)
    assert document.selected_event_id == "letter"
