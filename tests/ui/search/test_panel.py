"""The Search panel, driven through its field as a user types: Korean inside words, Latin
ignoring case, results grouped, arrows and Enter choose, Escape leaves; the search as a filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
)

from tests.ui.conftest import shown, trigger
from viewer.core.model import LocalText
from viewer.ui.document import Document
from viewer.ui.search.panel import SearchPanel
from viewer.ui.search.results import HIT_ROLE, HTML_ROLE


class Opened:
    def __init__(self) -> None:
        self.passages: list[tuple[str, int, int]] = []

    def __call__(self, source_id: str, start: int, end: int) -> None:
        self.passages.append((source_id, start, end))


@pytest.fixture
def opened() -> Opened:
    return Opened()


@pytest.fixture
def panel(qtbot, document: Document, opened: Opened) -> SearchPanel:
    return shown(qtbot, SearchPanel(document, opened), 500, 500)


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    """Type `text` as a user would: Latin key by key, Korean committed by the input method."""
    if text.isascii():
        qtbot.keyClicks(field, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def typed(qtbot, panel: SearchPanel, text: str) -> QListView:
    panel.field.clear()
    type_into(qtbot, panel.field, text)
    panel.run()  # what the pause after typing does
    return panel.findChild(QListView, "searchResults")


def lines(results: QListView) -> list[str]:
    model = results.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_korean_is_found_inside_words_in_events_and_sources(qtbot, panel: SearchPanel) -> None:
    results = typed(qtbot, panel, "해고")
    assert lines(results) == [
        "Events (1)",
        "Nov 17, 2023 · Board fires Altman\nTitle (also in Quote): 이사회, 올트먼 해고",
        "In sources (1)",
        "예시 기사 · line 1\n…2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다. "
        "직원 700명 이상이 해임 반대 서명에 참여했다. 11월 21일…",
    ]
    marked = results.model().index(1, 0).data(HTML_ROLE)
    assert '<b style="background-color:#ffe48a">해고</b>' in marked
    assert panel.findChild(QLabel, "searchStatus").text() == "2 results"


def test_latin_ignores_case_and_nothing_found_is_said(qtbot, panel: SearchPanel) -> None:
    results = typed(qtbot, panel, "BOARD fires")
    assert lines(results)[1].startswith("Nov 17, 2023 · Board fires Altman\nTitle")
    typed(qtbot, panel, "nowhere at all")
    assert panel.findChild(QLabel, "searchStatus").text() == "Nothing found for “nowhere at all”."


def test_headings_cannot_be_chosen_and_arrows_step_over_them(
    qtbot, panel: SearchPanel, document: Document, opened: Opened
) -> None:
    results = typed(qtbot, panel, "복귀")
    assert results.currentIndex().row() == 1, "the first result is ready for Enter"
    assert not results.model().flags(results.model().index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert results.currentIndex().row() == 3, "the heading of the passages is stepped over"
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    hit = results.currentIndex().data(HIT_ROLE)
    assert opened.passages == [("news", hit.start, hit.end)]
    assert document.texts["news"].text[hit.start : hit.end] == "복귀"
    qtbot.keyClick(panel.field, Qt.Key.Key_Up)
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert document.selected_event_id == "altman-returns"


def test_escape_clears_the_field_and_leaves_it(qtbot, panel: SearchPanel) -> None:
    typed(qtbot, panel, "해고")
    with qtbot.waitSignal(panel.escaped):
        qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    assert panel.field.text() == ""


def test_the_search_can_filter_the_timeline(qtbot, panel: SearchPanel, document: Document) -> None:
    typed(qtbot, panel, "해고")
    box = panel.findChild(QCheckBox, "searchFilters")
    box.click()
    assert document.event_filter.text == "해고"
    assert document.visible_event_ids() == {"altman-fired"}
    typed(qtbot, panel, "복귀")
    assert document.visible_event_ids() == {"altman-returns"}, "the filter follows the query"
    document.set_filter(document.event_filter.cleared())
    assert not box.isChecked()


def test_results_follow_edits_and_the_language(
    qtbot, panel: SearchPanel, document: Document
) -> None:
    results = typed(qtbot, panel, "해고")
    document.set_language("ko")
    assert lines(results)[1].startswith("2023년 11월 17일 · 이사회, 올트먼 해고")


def test_ctrl_shift_f_opens_the_panel_and_a_passage_opens_in_the_source(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    window.show()
    trigger(window, "search")
    dock = window.findChild(QDockWidget, "searchDock")
    search = dock.widget()
    assert search.field.parent() is not search, "the field sits in the toolbar"
    assert dock.isVisible() and window.focusWidget() is search.field
    type_into(qtbot, search.field, "해임")
    search.run()
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    text = window.findChild(QPlainTextEdit, "sourceText")
    assert text.textCursor().selectedText() == "해임"


def test_an_edit_finds_the_query_again(qtbot, panel: SearchPanel, document: Document) -> None:
    import dataclasses

    results = typed(qtbot, panel, "해고")
    assert len(panel._model.hit_rows()) == 2
    fired = document.timeline.events_by_id["altman-fired"]
    renamed = dataclasses.replace(fired, title=LocalText.of("Board acts"), evidence=())
    events = tuple(renamed if e.id == fired.id else e for e in document.timeline.events)
    document.apply(dataclasses.replace(document.timeline, events=events), "edit")
    qtbot.waitUntil(lambda: len(panel._model.hit_rows()) == 1)
    assert lines(results)[0] == "In sources (1)"
