"""Tests for the shared actor tree: sorted, read-only, one row at a time, columns sized to fit."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from tests.ui.conftest import shown
from viewer.core.model import Event
from viewer.ui.actors.model import (
    ACTOR_ID_ROLE,
    EVENTS_COLUMN,
    NAME_COLUMN,
    OTHER_NAME_COLUMN,
    ActorModel,
)
from viewer.ui.actors.proxy import ActorFilterProxyModel
from viewer.ui.actors.tree import actor_tree, fit_events_column
from viewer.ui.document import Document


@pytest.fixture
def tree(qtbot, rich_document: Document) -> Iterator[QTreeView]:
    """An actor tree filling a shown window over the rich document, its groups expanded."""
    window = QWidget()
    proxy = ActorFilterProxyModel(window)
    proxy.setSourceModel(ActorModel(rich_document, proxy))
    view = actor_tree(window, proxy, "someActorTree", other_name_width=104)
    view.expandAll()
    QVBoxLayout(window).addWidget(view)
    yield shown(qtbot, window, 420, 400).findChild(QTreeView, "someActorTree")


def row_of(tree: QTreeView, name: str, column: int = NAME_COLUMN) -> QModelIndex:
    model = tree.model()
    matches = model.match(
        model.index(0, NAME_COLUMN),
        Qt.ItemDataRole.DisplayRole,
        name,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    assert matches, name
    return matches[0].siblingAtColumn(column)


def click(qtbot, tree: QTreeView, index: QModelIndex) -> None:
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )


def selected_ids(tree: QTreeView) -> list[str]:
    return [index.data(ACTOR_ID_ROLE) for index in tree.selectionModel().selectedRows()]


def test_the_tree_is_named_and_sorted_by_name(tree: QTreeView) -> None:
    assert tree.objectName() == "someActorTree"
    assert tree.isSortingEnabled()
    assert tree.header().sortIndicatorSection() == NAME_COLUMN
    assert tree.header().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    people = tree.model().index(0, 0)
    assert [tree.model().index(row, 0, people).data() for row in range(3)] == [
        "Greg Brockman",
        "Ilya Sutskever",
        "Sam Altman",
    ]


def test_clicking_selects_one_whole_row_at_a_time(qtbot, tree: QTreeView) -> None:
    click(qtbot, tree, row_of(tree, "OpenAI", EVENTS_COLUMN))  # the count, not the name
    assert selected_ids(tree) == ["openai"]
    name = row_of(tree, "OpenAI")
    assert tree.selectionModel().isRowSelected(name.row(), name.parent())
    qtbot.mouseClick(
        tree.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        tree.visualRect(row_of(tree, "Microsoft")).center(),
    )
    assert selected_ids(tree) == ["microsoft"]  # Ctrl adds nothing: one row at a time
    assert tree.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection


def test_the_names_take_the_room_the_other_columns_leave(qtbot, tree: QTreeView) -> None:
    header = tree.header()
    assert header.sectionSize(OTHER_NAME_COLUMN) == 104
    events = header.sectionSize(EVENTS_COLUMN)
    narrow = header.sectionSize(NAME_COLUMN)
    tree.window().resize(620, 400)
    qtbot.waitUntil(lambda: header.sectionSize(NAME_COLUMN) > narrow)
    assert header.sectionSize(NAME_COLUMN) - narrow == 200
    assert header.sectionSize(OTHER_NAME_COLUMN) == 104
    assert header.sectionSize(EVENTS_COLUMN) == events
    used = sum(header.sectionSize(column) for column in range(3))
    assert used == tree.viewport().width()


def test_fit_events_column_fits_the_title_and_the_widest_count(
    tree: QTreeView, rich_document: Document
) -> None:
    header = tree.header()
    tiny = QFont(header.font())
    tiny.setPixelSize(3)
    header.setFont(tiny)  # a short title, so that a long count can be wider
    header.resizeSection(EVENTS_COLUMN, 5)
    fit_events_column(tree)
    fitted = header.sectionSize(EVENTS_COLUMN)
    assert fitted == header.sectionSizeHint(EVENTS_COLUMN)  # the title and its sort arrow
    assert fitted > tree.sizeHintForColumn(EVENTS_COLUMN)  # wider than any count yet

    timeline = rich_document.timeline
    many = tuple(Event(f"extra-{i}", actors=("sam-altman",)) for i in range(1000))
    rich_document.apply(dataclasses.replace(timeline, events=timeline.events + many), "Many")
    count = row_of(tree, "Sam Altman", EVENTS_COLUMN)
    assert count.data() == 1003
    assert header.sectionSize(EVENTS_COLUMN) == fitted  # fixed until fitted again
    fit_events_column(tree)
    assert header.sectionSize(EVENTS_COLUMN) > fitted
    assert header.sectionSize(EVENTS_COLUMN) == tree.sizeHintForIndex(count).width()
