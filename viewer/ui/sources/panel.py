"""The Sources panel: the documents the timeline is built from, and what to do with them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.changes import Change
from viewer.ui.document import Document
from viewer.ui.sources.model import COLUMNS, SORT_ROLE, SOURCE_ID_ROLE, SourcesModel

BUTTONS_SHOWN = 2  # Add and Paste; editing, replacing and removing wait in the More menu
_COVERAGE_DELAY_MS = 30


class SourcesPanel(QWidget):
    """A sortable table of the sources; double-click (or Enter) opens one in the source pane."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._model = SourcesModel(document, self._share, self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SORT_ROLE)
        self._view = QTableView(self, objectName="sourcesTable")
        self._view.setModel(self._proxy)
        self._view.setSortingEnabled(True)
        self._view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the timeline's order
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setWordWrap(False)
        self._view.verticalHeader().hide()
        header = self._view.horizontalHeader()
        # the title takes what the other columns leave; they are as wide as what they hold
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setStretchLastSection(False)
        self._view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._view.activated.connect(self._open)
        self._empty = QLabel(self, objectName="sourcesEmpty", wordWrap=True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pending: list[str] = []  # sources whose coverage is to be worked out
        self._button_texts: dict[QToolButton, str] = {}
        self._short_texts: dict[str, str] = {}
        self._more = QToolButton(self, objectName="moreSourceActionsButton")
        self._more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._more.hide()
        self._buttons = QHBoxLayout()
        self._buttons.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._buttons)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._empty, 1)
        document.timeline_changed.connect(self._on_timeline_changed)
        document.analyses.coverage_ready.connect(self._coverage_ready)
        self._model.modelReset.connect(self._show_empty)
        self.retranslate()
        self._show_empty()

    def set_actions(self, actions: list[QAction], short_texts: dict[str, str]) -> None:
        """Buttons above the table for `actions` (Add, Paste, Edit, Replace, Remove), named by
        `short_texts` (by action name) so that the panel stays narrow; the menus and the
        table's context menu use the actions' full texts."""
        for action in actions[:BUTTONS_SHOWN]:
            button = QToolButton(self, objectName=f"{action.objectName()}Button")
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.text().replace("&", ""))
            self._buttons.addWidget(button)
            self._button_texts[button] = action.objectName()
        if actions[BUTTONS_SHOWN:]:  # the rest in a menu: the panel stays narrow
            more = QMenu(self)
            more.addActions(actions[BUTTONS_SHOWN:])
            self._more.setMenu(more)
            self._buttons.addWidget(self._more)
            self._more.show()
        self._buttons.addStretch(1)
        self._short_texts = short_texts
        self._name_buttons()
        self._view.addActions(actions)
        self._view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def current_source_id(self) -> str:
        """The source selected in the table, else the one being read, else ""."""
        index = self._view.currentIndex()
        if index.isValid() and self._view.selectionModel().isSelected(index):
            return str(index.data(SOURCE_ID_ROLE))
        return self._document.reading_source

    def select_source(self, source_id: str) -> None:
        """Make `source_id` the table's current row."""
        row = self._model.row_of(source_id)
        if row >= 0:
            self._view.selectRow(self._proxy.mapFromSource(self._model.index(row, 0)).row())

    def retranslate(self) -> None:
        """Apply the UI language."""
        self._more.setText(self.tr("More"))
        self._model.set_headers(
            {
                "title": self.tr("Title"), "events": self.tr("Events"),
                "coverage": self.tr("Coverage"), "published": self.tr("Published"),
                "language": self.tr("Language"), "byline": self.tr("Author · Publisher"),
            }
        )  # fmt: skip
        self._empty.setText(
            self.tr(
                "No sources yet. Add an article (a text, web page, Word or PDF file), drop "
                "files on the window, or paste text as a new source."
            )
        )
        self._view.setToolTip(
            self.tr("Coverage: the share of the source's dated sentences that support an event")
        )

    def set_short_texts(self, short_texts: dict[str, str]) -> None:
        """The buttons' names in the UI language, by action name."""
        self._short_texts = short_texts
        self._name_buttons()

    def _name_buttons(self) -> None:
        for button, name in self._button_texts.items():
            button.setText(self._short_texts.get(name, name))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _share(self, source_id: str) -> tuple[bool, float | None]:
        # Finding a source's dated sentences takes a while: it is done only while the panel is
        # on screen (a dock behind another's tab is "visible" to Qt, but shows nothing), one
        # source at a time once the window has painted, so opening a file stays quick.
        if not self._document.analyses.coverage_known(source_id):
            if source_id not in self._pending:
                self._pending.append(source_id)
                if len(self._pending) == 1:
                    QTimer.singleShot(_COVERAGE_DELAY_MS, self, self._work_out_coverage)
            return False, None
        coverage = self._document.analyses.coverage(source_id)
        return True, coverage.share if coverage is not None else None

    def _work_out_coverage(self) -> None:
        if not self._pending:
            return
        if not self.isVisible() or self.visibleRegion().isEmpty():
            self._pending.clear()  # asked again when the table is painted on screen
            return
        self._document.analyses.prepare_coverage(self._pending[0])  # in the background

    def _coverage_ready(self, source_id: str) -> None:
        row = self._model.row_of(source_id)
        if row >= 0:
            cell = self._model.index(row, COLUMNS.index("coverage"))
            self._model.dataChanged.emit(cell, cell)
        if self._pending and self._pending[0] == source_id:
            self._pending.pop(0)
            if self._pending:
                QTimer.singleShot(_COVERAGE_DELAY_MS, self, self._work_out_coverage)

    def showEvent(self, event: QShowEvent) -> None:
        """Work out the coverage of the sources now that it can be seen."""
        super().showEvent(event)
        self._refresh_cells()

    def _open(self, index: QModelIndex) -> None:
        self._document.open_source(str(index.data(SOURCE_ID_ROLE)))

    def _on_timeline_changed(self, _change: Change) -> None:
        self._pending.clear()
        self._refresh_cells()

    def _refresh_cells(self) -> None:
        self._model.dataChanged.emit(
            self._model.index(0, 0),
            self._model.index(self._model.rowCount() - 1, len(COLUMNS) - 1),
        )

    def _show_empty(self) -> None:
        empty = self._model.rowCount() == 0
        self._view.setVisible(not empty)
        self._empty.setVisible(empty)
