"""The actor tree view shared by the actor panel and the Manage Actors dialog."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from viewer.ui.actors.model import EVENTS_COLUMN, NAME_COLUMN, OTHER_NAME_COLUMN


def actor_tree(
    parent: QWidget, proxy: QSortFilterProxyModel, object_name: str, other_name_width: int
) -> QTreeView:
    """A single-selection, read-only tree over `proxy`, sorted by name, names stretching."""
    tree = QTreeView(parent, objectName=object_name)
    tree.setModel(proxy)
    tree.setUniformRowHeights(True)
    tree.setAllColumnsShowFocus(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSortingEnabled(True)
    tree.sortByColumn(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(OTHER_NAME_COLUMN, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(OTHER_NAME_COLUMN, other_name_width)
    # sized by fit_events_column: fitting to contents re-measured every row on each change
    header.setSectionResizeMode(EVENTS_COLUMN, QHeaderView.ResizeMode.Fixed)
    return tree


def fit_events_column(tree: QTreeView) -> None:
    """Make the count column wide enough for its title with the sort arrow and every count."""
    header = tree.header()
    header.resizeSection(
        EVENTS_COLUMN,
        max(header.sectionSizeHint(EVENTS_COLUMN), tree.sizeHintForColumn(EVENTS_COLUMN)),
    )
