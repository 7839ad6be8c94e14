"""The problems panel lists a file's problems, filters them and leads to their events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from tests.ui.conftest import shown
from viewer.core.store import load_timeline
from viewer.ui.document import Document
from viewer.ui.problems.model import (
    LOCATION,
    MESSAGE,
    PATH,
    SEVERITY,
)
from viewer.ui.problems.panel import ProblemsPanel

# The sample with an unknown actor, a bad date and a second quote that is not in the source
# (errors), plus an event without evidence (a warning).
BROKEN_TIMELINE = (
    SAMPLE_TIMELINE.replace('date: "2023-11-21"', 'date: "2023-13-40"')
    .replace("actors: [sam-altman]\n", 'actors: [sam-altman, "<b>nobody</b>"]\n')
    .replace(
        "해고했다.\n\n",
        "해고했다.\n      - source: news\n        quote: 이 문장은 기사에 없다.\n\n",
    )
    + """
  - id: background
    title: Background without evidence
"""
)


@pytest.fixture
def broken(qtbot, tmp_path: Path) -> Document:
    """A document whose file has three errors and one warning."""
    document = Document()
    document.load(load_timeline(write_timeline(tmp_path, BROKEN_TIMELINE)))
    return document


@pytest.fixture
def panel(qtbot, broken: Document) -> ProblemsPanel:
    """The panel, shown."""
    return shown(qtbot, ProblemsPanel(broken), 700, 300)


def table_of(panel: ProblemsPanel) -> QTableView:
    return panel.findChild(QTableView, "problemsTable")


def rows(panel: ProblemsPanel) -> list[list[str]]:
    """The cell texts the user sees, top to bottom."""
    model = table_of(panel).model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def row_with_path(panel: ProblemsPanel, path: str) -> QModelIndex:
    model = table_of(panel).model()
    for row in range(model.rowCount()):
        if model.index(row, PATH).data() == path:
            return model.index(row, PATH)
    raise AssertionError(f"no row for {path}")


def summary(panel: ProblemsPanel) -> str:
    return panel.findChild(QLabel, "problemsSummary").text()


def double_click(qtbot, table: QTableView, index: QModelIndex) -> None:
    table.scrollTo(index)
    where = table.visualRect(index).center()
    # A real double-click starts with a press; QTest's double-click event alone has none.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_table_lists_every_problem_with_severity_location_path_and_message(panel, broken):
    shown = rows(panel)

    assert len(shown) == len(broken.problems) == 4
    by_path = {row[PATH]: row for row in shown}
    severity, location, _, message = by_path["events[1].actors[1]"]
    assert severity == "Error"
    assert location.startswith("timeline.yaml:") and location.count(":") == 2
    assert message == "unknown actor '<b>nobody</b>'"
    assert by_path["events[1].date"][MESSAGE].startswith("event date month 13 is out of range")
    assert by_path["events[0].evidence[1].quote"][MESSAGE].startswith("quote not found")
    assert by_path["events[2]"][SEVERITY] == "Warning"


def test_severity_cells_carry_the_style_icons(panel):
    model = table_of(panel).model()
    icons = {
        model.index(row, SEVERITY).data(): model.index(row, SEVERITY).data(
            Qt.ItemDataRole.DecorationRole
        )
        for row in range(model.rowCount())
    }

    assert not icons["Error"].isNull() and not icons["Warning"].isNull()
    assert icons["Error"].cacheKey() != icons["Warning"].cacheKey()


def test_tooltips_give_the_full_path_and_escape_html(panel, broken):
    index = row_with_path(panel, "events[1].actors[1]")
    location = index.siblingAtColumn(LOCATION).data(Qt.ItemDataRole.ToolTipRole)
    message = index.siblingAtColumn(MESSAGE).data(Qt.ItemDataRole.ToolTipRole)

    assert str(broken.path) in location
    assert "&lt;b&gt;nobody&lt;/b&gt;" in message and "<b>nobody" not in message


def test_summary_counts_errors_and_warnings(panel):
    assert summary(panel) == "3 errors, 1 warning"
    assert panel.counts() == (3, 1)


def test_a_file_without_problems_says_so(qtbot, document):
    widget = ProblemsPanel(document)
    qtbot.addWidget(widget)

    assert summary(widget) == "No problems"
    assert table_of(widget).model().rowCount() == 0


def test_double_clicking_a_problem_selects_its_event(panel, broken, qtbot):
    table = table_of(panel)
    with qtbot.waitSignal(broken.selection_changed) as signal:
        double_click(qtbot, table, row_with_path(panel, "events[1].actors[1]"))

    assert signal.args == ["altman-returns"]
    assert broken.selected_event_id == "altman-returns"


def test_enter_on_an_evidence_problem_selects_its_event_and_evidence(panel, broken, qtbot):
    table = table_of(panel)
    table.setFocus()
    table.setCurrentIndex(row_with_path(panel, "events[0].evidence[1].quote"))

    qtbot.keyClick(table, Qt.Key.Key_Return)

    assert broken.selected_event_id == "altman-fired"
    assert broken.evidence_index == 1


def test_a_problem_about_no_event_leaves_the_selection_alone(qtbot, tmp_path):
    document = Document()
    document.load(
        load_timeline(write_timeline(tmp_path, SAMPLE_TIMELINE.replace("schema: 1\n", "")))
    )
    widget = ProblemsPanel(document)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    document.select_event("altman-fired")

    double_click(qtbot, table_of(widget), table_of(widget).model().index(0, MESSAGE))

    assert summary(widget) == "1 warning"
    assert document.selected_event_id == "altman-fired"


def test_severity_filter_hides_warnings(panel, qtbot):
    combo = panel.findChild(QComboBox, "problemsSeverityFilter")
    assert combo.currentText() == "All"

    qtbot.keyClick(combo, Qt.Key.Key_Down)

    assert combo.currentText() == "Errors"
    assert {row[SEVERITY] for row in rows(panel)} == {"Error"}
    assert len(rows(panel)) == 3
    assert summary(panel) == "3 errors, 1 warning (3 shown)"

    qtbot.keyClick(combo, Qt.Key.Key_Down)

    assert [row[PATH] for row in rows(panel)] == ["events[2]"]


def test_text_filter_keeps_matching_problems(panel, qtbot):
    qtbot.keyClicks(panel.findChild(QLineEdit, "problemsTextFilter"), "NOBODY")

    assert [row[PATH] for row in rows(panel)] == ["events[1].actors[1]"]


def test_clicking_the_severity_header_sorts_warnings_apart_from_errors(panel, qtbot):
    header = table_of(panel).horizontalHeader()
    assert [row[SEVERITY] for row in rows(panel)] == ["Error", "Error", "Error", "Warning"]
    middle = header.sectionViewportPosition(SEVERITY) + header.sectionSize(SEVERITY) // 2

    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2)
    )
    order = [row[SEVERITY] for row in rows(panel)]
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2)
    )

    assert {tuple(order), tuple(row[SEVERITY] for row in rows(panel))} == {
        ("Error", "Error", "Error", "Warning"),
        ("Warning", "Error", "Error", "Error"),
    }


def test_loading_another_file_refreshes_and_reports_the_new_count(
    panel, broken, qtbot, sample_path
):
    with qtbot.waitSignal(panel.count_changed) as signal:
        broken.load(load_timeline(sample_path))

    assert signal.args == [0, 0]
    assert rows(panel) == []
    assert summary(panel) == "No problems"


def test_an_edit_keeps_the_chosen_problem(panel, broken, qtbot):
    table = table_of(panel)
    table.setCurrentIndex(row_with_path(panel, "events[2]"))

    broken.apply(broken.timeline, "An edit that changes nothing")

    assert table.currentIndex().siblingAtColumn(PATH).data() == "events[2]"
