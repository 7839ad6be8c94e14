"""The Events table in the main window: a panel of its own, Enter edits and Delete deletes the
selected event (undoably), and its columns are remembered between runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QTableView

from tests.ui.conftest import trigger, when_modal
from viewer.ui.table.model import COLUMNS


def table_of(window) -> QTableView:
    dock = window.findChild(QDockWidget, "eventsDock")
    dock.show()
    dock.raise_()
    return window.findChild(QTableView, "eventTable")


def test_delete_in_the_table_deletes_the_event_and_undo_brings_it_back(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    window.show()
    table = table_of(window)
    window.select_event("altman-returns")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "altman-returns" not in window.document.timeline.events_by_id
    assert table.model().rowCount() == 1
    trigger(window, "undo")
    assert table.model().rowCount() == 2


def test_enter_in_the_table_opens_the_event_for_editing(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    window.show()
    table = table_of(window)
    window.select_event("altman-fired")
    titles: list[str] = []
    when_modal(QDialog, lambda dialog: (titles.append(dialog.windowTitle()), dialog.reject()))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert titles and "Board fires Altman" in titles[0]


def test_the_columns_are_remembered_between_runs(open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    header = table_of(window).horizontalHeader()
    header.hideSection(COLUMNS.index("tags"))
    window.close()
    again = open_window(sample_path)
    assert table_of(again).horizontalHeader().isSectionHidden(COLUMNS.index("tags"))
