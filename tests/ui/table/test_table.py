"""The Events table: its models pass Qt's checks; sorting, the filter, the one selection,
editing, deleting and copying work as a user drives them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from tests.conftest import write_timeline
from tests.ui.conftest import shown
from viewer.core.query import EventFilter
from viewer.core.store import load_timeline
from viewer.ui.common.clipboard import hand_over
from viewer.ui.document import Document
from viewer.ui.table.model import COLUMNS, EventTableModel
from viewer.ui.table.panel import CSV_MIME, EventTablePanel
from viewer.ui.table.proxy import EventOrderProxy

TABLE_TIMELINE = """\
schema: 1
sources:
  - id: news
    title: 기사
    file: sources/news.txt
  - id: blog
    title: Blog
    file: sources/blog.txt
actors:
  - id: sam-altman
    name: {en: Sam Altman, ko: 샘 올트먼}
  - id: openai-board
    name: {en: OpenAI board, ko: 오픈AI 이사회}
events:
  - id: returns
    date: "2023-11-21"
    title: {en: Altman returns, ko: 올트먼 복귀}
    actors: [sam-altman]
    kind: fact
    evidence:
      - {source: news, quote: 올트먼이 복귀했다.}
      - {source: blog, quote: He is back., claims_date: "2023-11-22"}
  - id: fired
    date: "2023-11-17"
    title: {en: Board fires Altman, ko: "이사회, 올트먼 해임"}
    actors: [openai-board, sam-altman]
    tags: [board, crisis]
    kind: fact
    evidence:
      - {source: news, quote: 이사회는 올트먼을 해임했다., claims_note: Says the board acted alone.}
  - id: month
    date: "2023-11"
    title: {en: "A month of talks, \\"quoted\\"", ko: 한 달의 협상}
    kind: claim
    tags: [crisis]
  - id: undated
    title: {en: Someone said so, ko: 누군가 말했다}
    kind: opinion
  - id: founded
    date: "2015-12-11"
    title: {en: OpenAI founded, ko: 오픈AI 설립}
    kind: speculation
"""
SOURCES = {
    "news.txt": "이사회는 올트먼을 해임했다. 올트먼이 복귀했다.\n",
    "blog.txt": "He is back.\n",
}


@pytest.fixture
def document(qtbot, tmp_path: Path) -> Document:
    doc = Document()
    doc.load(load_timeline(write_timeline(tmp_path, TABLE_TIMELINE, SOURCES)))
    return doc


@pytest.fixture
def panel(qtbot, document: Document) -> EventTablePanel:
    return shown(qtbot, EventTablePanel(document), 900, 400)


def column(panel: EventTablePanel, name: str) -> list[str]:
    model = panel.view.model()
    return [model.index(row, COLUMNS.index(name)).data() for row in range(model.rowCount())]


def ids(panel: EventTablePanel) -> list[str]:
    model = panel.view.model()
    return [
        model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) for row in range(model.rowCount())
    ]


def click_header(qtbot, panel: EventTablePanel, name: str) -> None:
    header = panel.view.horizontalHeader()
    section = COLUMNS.index(name)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_the_models_pass_qts_model_checks(qtmodeltester, document: Document) -> None:
    model = EventTableModel(document)
    qtmodeltester.check(model)
    proxy = EventOrderProxy(document)
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(COLUMNS.index("title"), Qt.SortOrder.DescendingOrder)
    document.set_filter(EventFilter(kinds=frozenset({"fact"})))
    qtmodeltester.check(proxy)


def test_rows_start_in_date_order_with_undated_last(panel: EventTablePanel) -> None:
    assert ids(panel) == ["founded", "month", "fired", "returns", "undated"]
    assert column(panel, "sources") == ["0", "0", "1", "2", "0"]
    assert column(panel, "actors")[2] == "OpenAI board, Sam Altman"
    assert column(panel, "tags")[1] == "crisis"
    assert column(panel, "kind") == ["Speculation", "Claim", "Fact", "Fact", "Opinion"]
    assert column(panel, "date")[-1] == "Undated"


def test_clicking_a_header_sorts_by_it_and_again_reverses(qtbot, panel: EventTablePanel) -> None:
    click_header(qtbot, panel, "title")
    assert column(panel, "title")[0] == 'A month of talks, "quoted"'
    click_header(qtbot, panel, "title")
    assert column(panel, "title")[0] == "Someone said so"
    click_header(qtbot, panel, "sources")
    assert column(panel, "sources")[-1] == "2"
    click_header(qtbot, panel, "kind")
    assert column(panel, "kind")[:2] == ["Fact", "Fact"]
    assert ids(panel)[:2] == ["returns", "fired"], "equal keys keep the stored order"


def test_the_table_follows_the_filter_and_says_how_many_it_shows(
    panel: EventTablePanel, document: Document
) -> None:
    count = panel.findChild(type(panel._count), "eventTableCount")
    assert count.text() == "5 events"
    document.set_filter(EventFilter(tags=frozenset({"crisis"})))
    assert ids(panel) == ["month", "fired"]
    assert count.text() == "2 of 5 events"
    document.set_filter(EventFilter())
    assert len(ids(panel)) == 5


def test_the_selection_is_followed_both_ways(
    qtbot, panel: EventTablePanel, document: Document
) -> None:
    view = panel.view
    rect = view.visualRect(view.model().index(2, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert document.selected_event_id == "fired"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert document.selected_event_id == "returns"
    document.select_event("founded")
    assert view.currentIndex().row() == 0
    assert view.selectionModel().isRowSelected(0)
    document.select_event("")
    assert not view.selectionModel().hasSelection()


def test_the_selection_survives_sorting_and_filtering(
    qtbot, panel: EventTablePanel, document: Document
) -> None:
    document.select_event("returns")
    click_header(qtbot, panel, "title")
    row = panel.view.currentIndex().row()
    assert ids(panel)[row] == "returns"
    document.set_filter(EventFilter(actor_ids=frozenset({"sam-altman"})))
    assert ids(panel)[panel.view.currentIndex().row()] == "returns"


def test_enter_and_double_click_ask_to_edit_the_row(qtbot, panel: EventTablePanel) -> None:
    view = panel.view
    asked: list[str] = []
    panel.activated.connect(asked.append)
    rect = view.visualRect(view.model().index(1, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert asked == ["month", "month"]


def test_copy_puts_the_selected_rows_as_text_and_csv(
    qtbot, panel: EventTablePanel, document: Document
) -> None:
    view = panel.view
    view.selectRow(1)
    view.selectionModel().select(
        view.model().index(2, 0),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
    )
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    data = QGuiApplication.clipboard().mimeData()
    lines = data.text().split("\n")
    assert len(lines) == 2
    assert lines[0].split("\t")[1] == 'A month of talks, "quoted"'
    rows = list(csv.reader(io.StringIO(bytes(data.data(CSV_MIME)).decode("utf-8"))))
    assert rows[0] == ["Date", "Title", "Kind", "Actors", "Tags", "Sources", "Disagreement"]
    assert rows[1][1] == 'A month of talks, "quoted"' and rows[2][3] == "OpenAI board, Sam Altman"
    hand_over()  # as quitting does: the text stays, in a mime data Qt made itself
    assert QGuiApplication.clipboard().text().split("\n")[0] == lines[0]


def test_columns_can_be_hidden_and_moved_and_are_remembered(
    qtbot, panel: EventTablePanel, document: Document
) -> None:
    header = panel.view.horizontalHeader()
    assert header.hiddenSectionCount() == 0

    def untick_tags() -> None:
        menu = next(
            m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible()
        )
        action = next(a for a in menu.actions() if a.text() == "Tags")
        action.trigger()
        menu.close()

    QTimer.singleShot(0, untick_tags)
    header.customContextMenuRequested.emit(header.rect().center())
    assert header.isSectionHidden(COLUMNS.index("tags"))
    header.moveSection(header.visualIndex(COLUMNS.index("kind")), 0)
    state = panel.header_state()
    again = shown(qtbot, EventTablePanel(document), 900, 400)
    again.restore_header(state)
    moved = again.view.horizontalHeader()
    assert moved.isSectionHidden(COLUMNS.index("tags"))
    assert moved.logicalIndex(0) == COLUMNS.index("kind")
    again.restore_header(QByteArray(b"not a header"))  # ignored
    assert moved.logicalIndex(0) == COLUMNS.index("kind")


def test_the_disagreement_column_flags_and_sorts_events_whose_sources_differ(
    qtbot, panel: EventTablePanel
) -> None:
    flags = dict(zip(ids(panel), column(panel, "disagreement"), strict=True))
    assert flags == {
        "founded": "",
        "month": "",
        "fired": "Accounts differ",
        "returns": "Dates differ",
        "undated": "",
    }
    assert dict(zip(ids(panel), column(panel, "sources"), strict=True))["returns"] == "2"
    returns = ids(panel).index("returns")
    tip = (
        panel.view.model()
        .index(returns, COLUMNS.index("disagreement"))
        .data(Qt.ItemDataRole.ToolTipRole)
    )
    assert tip == "Nov 21, 2023 · Nov 22, 2023"
    click_header(qtbot, panel, "disagreement")
    assert ids(panel)[:2] == ["returns", "fired"]


def test_titles_follow_the_data_language(panel: EventTablePanel, document: Document) -> None:
    document.set_language("ko")
    assert column(panel, "title")[0] == "오픈AI 설립"
    assert column(panel, "date")[0] == "2015년 12월 11일"


def test_a_hidden_table_holds_no_rows_and_fills_when_shown(
    panel: EventTablePanel, document: Document
) -> None:
    panel.hide()
    assert panel.view.model().rowCount() == 0
    document.set_filter(EventFilter(kinds=frozenset({"fact"})))
    document.select_event("fired")
    panel.show()
    assert ids(panel) == ["fired", "returns"]
    assert panel.view.selectionModel().isRowSelected(0)
