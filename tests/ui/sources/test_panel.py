"""The Sources panel lists each source with its byline, date, language, events and coverage."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from tests.ui.conftest import shown
from tests.ui.source.fixtures import load_rich
from viewer.core.edits import remove_event
from viewer.ui.document import Document
from viewer.ui.sources.model import COLUMNS
from viewer.ui.sources.panel import SourcesPanel


@pytest.fixture
def rich(qtbot, tmp_path: Path) -> Document:
    return load_rich(tmp_path)


def _rows(panel: SourcesPanel) -> list[list[str]]:
    table = panel.findChild(QTableView, "sourcesTable")
    model = table.model()
    return [
        [str(model.index(row, col).data()) for col in range(len(COLUMNS))]
        for row in range(model.rowCount())
    ]


def test_each_source_has_a_row_with_what_a_reader_asks_of_it(qtbot, rich: Document) -> None:
    panel = shown(qtbot, SourcesPanel(rich), 700, 300)
    coverage = COLUMNS.index("coverage")
    qtbot.waitUntil(lambda: all(row[coverage] != "…" for row in _rows(panel)))
    rows = _rows(panel)
    assert [row[0] for row in rows] == [
        "Board statement",
        "<b>x</b><img src=x.png>",
        "Party notes",
        "Edited article",
    ]
    board = dict(zip(COLUMNS, rows[0], strict=True))
    assert board["byline"] == "Jane Doe · Example News"
    assert board["published"] == "Nov 17, 2023"
    assert board["events"] == "4", "fired, protest, protest-again and returned cite it"
    assert board["coverage"] == "100%", "both its dated sentences (Friday, Tuesday) are quoted"
    assert rows[1][COLUMNS.index("coverage")] == "—", "the wire has no dated sentence"
    rich.set_language("ko")
    assert _rows(panel)[0][0] == "이사회 성명"


def test_coverage_is_worked_out_only_while_the_panel_is_on_screen(qtbot, rich: Document) -> None:
    panel = SourcesPanel(rich)
    qtbot.addWidget(panel)
    assert _rows(panel)[0][COLUMNS.index("coverage")] == "…"
    qtbot.wait(20)
    assert not rich.analyses.coverage_known("board"), "hidden: nothing is worked out"
    panel.show()
    qtbot.waitUntil(lambda: rich.analyses.coverage_known("board"))


def test_the_event_count_follows_edits(qtbot, rich: Document) -> None:
    panel = shown(qtbot, SourcesPanel(rich), 700, 300)
    rich.apply(remove_event(rich.timeline, "protest"), "Delete")
    events = COLUMNS.index("events")
    assert _rows(panel)[0][events] == "3"
    rich.undo_stack.undo()
    assert _rows(panel)[0][events] == "4"


def test_activating_a_row_opens_the_source_to_read(qtbot, rich: Document) -> None:
    panel = shown(qtbot, SourcesPanel(rich), 700, 300)
    table = panel.findChild(QTableView, "sourcesTable")
    rich.select_event("fired")
    table.setCurrentIndex(table.model().index(3, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert rich.reading_source == "edited"
    assert rich.selected_event_id == ""
    assert panel.current_source_id() == "edited"


def test_a_timeline_without_sources_says_how_to_add_one(qtbot) -> None:
    panel = shown(qtbot, SourcesPanel(Document()), 400, 300)
    empty = panel.findChild(QLabel, "sourcesEmpty")
    assert empty.isVisible() and "Add an article" in empty.text()
    assert not panel.findChild(QTableView, "sourcesTable").isVisible()
