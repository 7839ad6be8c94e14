"""The Events table's order: the rows the filter shows, sorted by one column.

A proxy of our own rather than QSortFilterProxyModel: that one compares rows through data()
calls, millions of Python calls to sort 100,000 events; here each column's keys are worked out
once and sorted by Python, and the filter is the document's flag per event, read for the
sorted rows by one itemgetter made per order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from viewer.core.filter_index import picker
from viewer.ui.document import Document
from viewer.ui.table.model import COLUMNS, EventTableModel

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class EventOrderProxy(QAbstractProxyModel):
    """The shown rows of an EventTableModel, in the chosen order (stored order at first)."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._rows: list[int] = []  # source rows, in shown order
        self._sorted: list[int] | None = None  # every source row in order, the filter aside
        # what reads the document's shown flags (by event position) of those rows, in order
        self._pick: Callable[[bytes], Sequence[int]] = picker(())
        self._position: dict[int, int] | None = None  # source row: shown row, when asked
        self._column = -1  # -1: stored order
        self._order = Qt.SortOrder.AscendingOrder
        # while the table is out of sight it holds no rows: sorting 100,000 events on every
        # edit and opening is work nobody sees
        self._live = True
        document.filter_changed.connect(self.refilter)

    def setSourceModel(self, model: EventTableModel) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self.beginResetModel()
        self._arrange()
        self.endResetModel()

    def table(self) -> EventTableModel:
        """The model this one orders."""
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        return model

    # -- the order ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._column, self._order = column, order
        self._sorted = None
        self._relayout()

    def _relayout(self) -> None:
        """Arrange the rows again, the selection and current row kept on their events."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        sources = [self.mapToSource(index) for index in before]
        self._arrange()
        after = [self.mapFromSource(index) for index in sources]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def set_live(self, live: bool) -> None:
        """Hold the rows (the table is on screen) or none (it is hidden)."""
        if live != self._live:
            self._live = live
            self.refilter()

    def refilter(self) -> None:
        """Show again what the document's filter lets through."""
        self.beginResetModel()
        self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        model = self.sourceModel()
        count = model.rowCount() if model is not None and self._live else 0
        if self._sorted is None or len(self._sorted) != count:
            self._sorted = list(range(count))
            if self._column >= 0 and count:
                keys = self.table().sort_keys(self._column)
                descending = self._order == Qt.SortOrder.DescendingOrder
                self._sorted.sort(key=keys.__getitem__, reverse=descending)
            self._pick = picker(self._sorted)
        rows = self._sorted
        shown = self._document.visible_events()
        if shown is not None and rows:  # itemgetter and compress keep the pass in C
            rows = list(compress(rows, self._pick(shown.flags_for(self.table().events()))))
        self._rows = rows
        self._position = None

    def _source_reset(self) -> None:
        self._sorted = None
        self._arrange()
        self.endResetModel()

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any) -> None:
        # an edit of some events, or another language: they may sort or filter otherwise now
        self._sorted = None
        self._relayout()
        if self._rows:  # the rows shown read their texts again
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last, roles)

    # -- the proxy's duties ------------------------------------------------------------------
    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        if self._position is None:
            self._position = dict(zip(self._rows, range(len(self._rows)), strict=True))
        position = self._position.get(source_index.row())
        if position is None:
            return QModelIndex()
        return self.index(position, source_index.column())

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:  # type: ignore[override]
        if child is None:  # called as QObject.parent()
            return QObject.parent(self)
        return QModelIndex()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and bool(self._rows)

    def row_of(self, event_id: str) -> int:
        """The shown row of the event `event_id`, or -1."""
        row = self.table().row_of(event_id)
        if row < 0:
            return -1
        if self._position is not None:
            return self._position.get(row, -1)
        try:  # one event: a search in C beats making the whole map
            return self._rows.index(row)
        except ValueError:
            return -1
