"""The Events table panel: every event the filter shows, sortable by each column; the one
selection followed both ways; Enter edits, Delete deletes, Ctrl+C copies rows as text and CSV."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.common.clipboard import put_on_clipboard
from viewer.ui.common.shortcuts import matches
from viewer.ui.common.text import arg
from viewer.ui.document import Document
from viewer.ui.table.model import COLUMNS, EventTableModel
from viewer.ui.table.proxy import EventOrderProxy

_ROW_PADDING = 6  # pixels above and below a row's text
CSV_MIME = "text/csv"


class EventTablePanel(QWidget):
    """A table of the events; `activated` asks to edit the event on the row,
    `delete_requested` to delete the selected one."""

    activated = Signal(str)  # event id
    delete_requested = Signal()  # Delete pressed on the selected event

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._model = EventTableModel(document, self)
        self._proxy = EventOrderProxy(document, self)
        self._proxy.set_live(False)  # until the panel is shown
        self._proxy.setSourceModel(self._model)
        self._count = QLabel(self, objectName="eventTableCount")
        self._view = QTableView(self, objectName="eventTable")
        self._view.setModel(self._proxy)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setWordWrap(False)
        self._view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._view.setAlternatingRowColors(True)
        rows = self._view.verticalHeader()
        rows.hide()
        # one fixed height: the view never measures 100,000 rows
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + _ROW_PADDING)
        header = self._view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._widths()
        header.setSortIndicator(COLUMNS.index("date"), Qt.SortOrder.AscendingOrder)
        self._view.setSortingEnabled(True)
        self._view.doubleClicked.connect(self._activate)
        self._view.installEventFilter(self)
        self._view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._proxy.modelReset.connect(self._follow_selection)
        self._proxy.layoutChanged.connect(self._follow_selection)
        self._proxy.modelReset.connect(self._show_count)
        self._copy = QAction(self, objectName="copyEventRows", triggered=self.copy_rows)
        self._copy.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Copy))
        self._copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self._copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._count)
        layout.addWidget(self._view, 1)
        document.selection_changed.connect(self._follow_selection)
        self.retranslate()
        self._follow_selection()

    @property
    def view(self) -> QTableView:
        """The table itself (tests and the window's focus moves use it)."""
        return self._view

    def retranslate(self) -> None:
        """Apply the UI language."""
        self._model.set_headers(
            {
                "date": self.tr("Date"),
                "title": self.tr("Title"),
                "kind": self.tr("Kind"),
                "actors": self.tr("Actors"),
                "tags": self.tr("Tags"),
                "sources": self.tr("Sources"),
                "disagreement": self.tr("Disagreement"),
            }
        )
        self._copy.setText(self.tr("&Copy Rows"))
        self._show_count()

    def showEvent(self, event: QShowEvent) -> None:
        self._proxy.set_live(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._proxy.set_live(False)
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- remembering the columns -------------------------------------------------------------
    def header_state(self) -> QByteArray:
        """Which columns show, in which order and width, and the sort (for the settings)."""
        return self._view.horizontalHeader().saveState()

    def restore_header(self, state: QByteArray) -> None:
        """Bring back a state `header_state` gave; a damaged one is ignored."""
        header = self._view.horizontalHeader()
        if state.isEmpty() or not header.restoreState(state):
            return
        if header.count() != len(COLUMNS) or header.hiddenSectionCount() >= len(COLUMNS):
            header.reset()  # from another version of the table: start again
        self._proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _widths(self) -> None:
        metrics = self.fontMetrics()
        header = self._view.horizontalHeader()
        for name, sample in (
            ("date", "2023년 11월 17일 – 21일"), ("kind", "Speculation"),
            ("actors", "Sam Altman, Ilya Sutskever"), ("tags", "governance, board"),
            ("sources", "Sources"), ("disagreement", "Disagreement"),
        ):  # fmt: skip
            header.resizeSection(COLUMNS.index(name), metrics.horizontalAdvance(sample) + 16)

    def _header_menu(self, pos: QPoint) -> None:
        header = self._view.horizontalHeader()
        menu = QMenu(self)
        shown = len(COLUMNS) - header.hiddenSectionCount()
        for column in range(len(COLUMNS)):
            title = str(self._model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(header.isSectionHidden(column) or shown > 1)  # keep one
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.exec(header.mapToGlobal(pos))
        menu.deleteLater()

    # -- the one selection -------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event_id = self._model.event_id_at(self._proxy.mapToSource(current).row())
        if event_id and event_id != self._document.selected_event_id:
            self._document.select_event(event_id)

    def _follow_selection(self, *_: object) -> None:
        event_id = self._document.selected_event_id
        row = self._proxy.row_of(event_id) if event_id else -1
        selection = self._view.selectionModel()
        if row < 0:
            selection.clear()
            return
        index = self._proxy.index(row, self._view.horizontalHeader().logicalIndexAt(0))
        if not index.isValid():
            index = self._proxy.index(row, 0)
        if selection.currentIndex().row() != row or not selection.isRowSelected(row):
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            flags |= QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
        self._view.scrollTo(index)

    def _activate(self, index: QModelIndex) -> None:
        event_id = self._model.event_id_at(self._proxy.mapToSource(index).row())
        if event_id:
            self.activated.emit(event_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the window's shortcuts take these keys first where the window is active; where it
        # is not (a floating panel), the table does what they would
        if (
            watched is self._view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate(self._view.currentIndex())
                return True
            if matches(event, "delete-event") and self._document.selected_event_id:
                self.delete_requested.emit()
                return True
        return super().eventFilter(watched, event)

    # -- copying -----------------------------------------------------------------------------
    def copy_rows(self) -> None:
        """Put the selected rows on the clipboard: as text (tab-separated) and as CSV (with
        the column titles), the columns as shown."""
        header = self._view.horizontalHeader()
        columns = [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]
        rows = sorted(index.row() for index in self._view.selectionModel().selectedRows())
        if not rows:
            return
        table = [
            [cells[c] for c in columns]
            for cells in (
                self._model.row_text(self._proxy.mapToSource(self._proxy.index(r, 0)).row())
                for r in rows
            )
        ]
        titles = [str(self._model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
        as_csv = io.StringIO()
        csv.writer(as_csv, lineterminator="\r\n").writerows([titles, *table])
        text = "\n".join("\t".join(" ".join(cell.split()) for cell in row) for row in table)
        put_on_clipboard(text, {CSV_MIME: as_csv.getvalue().encode("utf-8")})

    def _show_count(self) -> None:
        total = len(self._document.timeline.events)
        shown = self._proxy.rowCount()
        if shown == total:
            self._count.setText(self.tr("%n event(s)", "", total))
        else:
            self._count.setText(arg(self.tr("%1 of %2 events"), shown, total))
