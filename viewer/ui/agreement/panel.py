"""Every event whose sources disagree, with the chosen event's sources side by side."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.core.changes import Change
from viewer.ui.agreement.comparison import Comparison
from viewer.ui.agreement.model import COLUMNS, EVENT_ID_ROLE, DisputeModel
from viewer.ui.document import Document

ROOM_WANTED = 250  # px of height the cards need; the dock asks for it when raised


class DisagreementsPanel(QWidget):
    """The disputed events (worked out while the panel is shown) and, beside them, the sources
    of the selected event, so that a reader sees where and how they differ."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._stale = True  # the list waits for the panel to be shown
        self._model = DisputeModel(self)
        self._summary = QLabel(self)
        self._summary.setObjectName("disagreementsSummary")
        self._list = QTableView(self)
        self._list.setObjectName("disagreementsList")
        self._list.setModel(self._model)
        self._list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._list.setWordWrap(False)
        self._list.verticalHeader().hide()
        header = self._list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self._list.selectionModel().currentRowChanged.connect(self._row_chosen)
        self._comparison = Comparison(document.select_evidence, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._list)
        splitter.addWidget(self._comparison)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])  # scaled to the panel's width when first laid out
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._summary)
        layout.addWidget(splitter, 1)
        document.timeline_changed.connect(self._on_timeline_changed)
        # bound methods, not lambdas: the connections end with the panel
        document.language_changed.connect(self._refresh_list)
        document.selection_changed.connect(self._follow_selection)
        document.evidence_changed.connect(self._show_selected)
        self.retranslate()

    @property
    def list_view(self) -> QTableView:
        """The list of disputed events."""
        return self._list

    @property
    def comparison(self) -> Comparison:
        """The selected event's sources side by side."""
        return self._comparison

    def retranslate(self) -> None:
        """Re-apply every user-visible string in the current UI language."""
        self._model.set_headers(
            {"date": self.tr("Date"), "title": self.tr("Event"), "differs": self.tr("What differs")}
        )
        self._show_summary()
        self._show_selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_list()

    def _on_timeline_changed(self, change: Change) -> None:
        if change.reloaded or change.events or change.sources:
            self._refresh_list()

    def _refresh_list(self, *_: object) -> None:
        if not self.isVisible():
            self._stale = True  # a pass over every event, made when someone looks
            return
        self._stale = False
        self._model.show(self._document.timeline, self._document.language)
        self._list.resizeColumnToContents(COLUMNS.index("date"))
        self._show_summary()
        self._follow_selection()

    def _show_summary(self) -> None:
        count = self._model.rowCount()
        self._summary.setText(
            self.tr("%n event(s) whose sources differ", "", count)
            if count
            else self.tr("The sources agree on every event.")
        )

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event_id = current.data(EVENT_ID_ROLE) if current.isValid() else None
        if event_id and event_id != self._document.selected_event_id:
            self._document.select_event(event_id)

    def _follow_selection(self, *_: object) -> None:
        row = self._model.row_of(self._document.selected_event_id)
        selection = self._list.selectionModel()
        if row < 0:
            selection.clearSelection()
        elif selection.currentIndex().row() != row:
            index = self._model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, flags)
            self._list.scrollTo(index)
        self._show_selected()

    def _show_selected(self, *_: object) -> None:
        document = self._document
        self._comparison.show_event(
            document.selected_event(), document.timeline, document.language, document.evidence_index
        )
