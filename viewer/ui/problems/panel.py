"""The problems of the open file in a sortable, filterable table that leads to their events."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.core.conflicts import resolve_entry
from viewer.core.problems import Problem, Severity
from viewer.ui.common.text import arg
from viewer.ui.document import Document
from viewer.ui.problems.model import (
    LOCATION,
    PATH,
    PROBLEM_ROLE,
    SEVERITY,
    ProblemsFilterModel,
    ProblemsModel,
)

# `events[12]`, optionally followed by `.evidence[0]`: the event (and evidence) a problem is about.
_EVENT_PATH = re.compile(r"events\[(\d+)\](?:\.evidence\[(\d+)\])?")
_SEVERITY_CHOICES = (None, Severity.ERROR, Severity.WARNING)  # the filter combo's items in order
_CONFLICT_PATH = re.compile(r"conflicts\[(\d+)\]")  # a merge conflict left in the file


class ProblemsPanel(QWidget):
    """The document's problems; activating one selects the event it is about."""

    count_changed = Signal(int, int)  # errors, warnings

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._counts = (0, 0)
        self._model = ProblemsModel(parent=self)
        self._proxy = ProblemsFilterModel(self)
        self._proxy.setSourceModel(self._model)

        self._severity = QComboBox(self)
        self._severity.setObjectName("problemsSeverityFilter")
        for _ in _SEVERITY_CHOICES:
            self._severity.addItem("")
        self._severity.currentIndexChanged.connect(self._on_severity_chosen)
        self._filter = QLineEdit(self)
        self._filter.setObjectName("problemsTextFilter")
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._proxy.set_text)
        self._table = QTableView(self)
        self._table.setObjectName("problemsTable")
        self._table.setModel(self._proxy)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setWordWrap(False)
        self._table.setAlternatingRowColors(True)
        self._table.verticalHeader().hide()
        header = self._table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicatorClearable(True)  # a third click goes back to file order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._table.setSortingEnabled(True)
        self._table.activated.connect(self._on_activated)  # double-click or Enter
        self._table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._table.customContextMenuRequested.connect(self._conflict_menu)
        self._summary = QLabel(self)
        self._summary.setObjectName("problemsSummary")
        self._summary.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self._severity)
        filters.addWidget(self._filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._summary)

        for signal in (
            self._proxy.modelReset,
            self._proxy.rowsInserted,
            self._proxy.rowsRemoved,
            self._proxy.layoutChanged,
        ):
            signal.connect(self._show_summary)
        self._model.modelReset.connect(self._fit_columns)
        document.timeline_changed.connect(self._refresh)
        document.path_changed.connect(self._refresh)
        self.retranslate()
        self._refresh()

    def counts(self) -> tuple[int, int]:
        """How many errors and warnings the document has (as last sent by `count_changed`)."""
        return self._counts

    # -- strings -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-apply every user-visible string in the current UI language."""
        names = (self.tr("All"), self.tr("Errors"), self.tr("Warnings"))
        for index, name in enumerate(names):
            self._severity.setItemText(index, name)
        self._severity.setToolTip(self.tr("Show problems of this severity"))
        self._filter.setPlaceholderText(self.tr("Filter problems"))
        self._model.retranslate()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _count_text(self, errors: int, warnings: int) -> str:
        parts = []
        if errors:
            parts.append(self.tr("%n error(s)", "", errors))
        if warnings:
            parts.append(self.tr("%n warning(s)", "", warnings))
        return ", ".join(parts) or self.tr("No problems")

    # -- reacting ----------------------------------------------------------------------------
    def _refresh(self, *_: object) -> None:
        # Edits send timeline_changed too; the model ignores a list equal to the one it shows.
        self._model.set_problems(self._document.problems)
        counts = self._model.counts()
        self._show_summary()
        if counts != self._counts:
            self._counts = counts
            self.count_changed.emit(*counts)

    def _fit_columns(self) -> None:
        for column in (SEVERITY, LOCATION, PATH):  # the message takes the rest
            self._table.resizeColumnToContents(column)

    def _show_summary(self, *_: object) -> None:
        errors, warnings = self._model.counts()
        text = self._count_text(errors, warnings)
        shown, total = self._proxy.rowCount(), self._model.rowCount()
        if shown < total:
            text = arg(self.tr("%1 (%2 shown)"), text, shown)
        self._summary.setText(text)

    def _on_severity_chosen(self, index: int) -> None:
        self._proxy.set_severity(_SEVERITY_CHOICES[index] if index >= 0 else None)

    def _conflict_menu(self, pos: QPoint) -> None:
        """On a merge conflict: keep mine or take theirs, which resolves it."""
        problem = self._table.indexAt(pos).data(PROBLEM_ROLE)
        match = _CONFLICT_PATH.fullmatch(problem.path) if isinstance(problem, Problem) else None
        if match is None:
            return
        menu = QMenu(self)
        for side, label in (("ours", self.tr("Keep Mine")), ("theirs", self.tr("Take Theirs"))):
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, s=side: self.resolve(int(match[1]), s))
        menu.exec(self._table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def resolve(self, position: int, side: str) -> None:
        """Resolve the conflict at `position` under `conflicts:` by `side` ("ours" or
        "theirs"), as one undoable step."""
        doc = self._document
        doc.apply(resolve_entry(doc.timeline, position, side), self.tr("Resolve Conflict"))

    def _on_activated(self, index: QModelIndex) -> None:
        problem = index.data(PROBLEM_ROLE)
        if isinstance(problem, Problem):
            self._go_to(problem)

    def _go_to(self, problem: Problem) -> None:
        match = _EVENT_PATH.match(problem.path)
        events = self._document.timeline.events
        if match is None or int(match[1]) >= len(events) or not events[int(match[1])].id:
            return
        event = events[int(match[1])]
        self._document.select_event(event.id)
        if match[2] is not None and int(match[2]) < len(event.evidence):
            self._document.select_evidence(int(match[2]))
