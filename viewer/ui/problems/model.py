"""The validation problems of the open file as a table, and the proxy that sorts and filters it."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from viewer.core.problems import Problem, Severity
from viewer.ui.common.text import search_key

Index = QModelIndex | QPersistentModelIndex

SEVERITY, LOCATION, PATH, MESSAGE = range(4)
COLUMN_COUNT = 4
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the Problem of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a Python value that orders the column

_NUMBERS = re.compile(r"(\d+)")
_ROOT = QModelIndex()  # the invalid index: a table's rows hang from it


def location_text(problem: Problem) -> str:
    """`timeline.yaml:12:5`: the file's name, then line and column when known."""
    where = PurePath(problem.file).name or problem.file
    if problem.line is not None:
        where += f":{problem.line}:{problem.column or 1}"
    return where


def _natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    # events[2] before events[12]
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in _NUMBERS.split(text) if part
    )


def _sort_key(problem: Problem, column: int) -> Any:
    if column == SEVERITY:
        return 0 if problem.is_error else 1
    if column == LOCATION:
        return (problem.file, problem.line or 0, problem.column or 0)
    if column == PATH:
        return _natural_key(problem.path)
    return problem.message.casefold()


class ProblemsModel(QAbstractTableModel):
    """One row per problem: severity, location, path in the document and message."""

    def __init__(self, problems: Iterable[Problem] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: tuple[Problem, ...] = tuple(problems)
        self._icons: dict[Severity, QIcon] = {}

    def set_problems(self, problems: Iterable[Problem]) -> None:
        """Show these problems; an equal list leaves the view (selection, scroll) alone."""
        problems = tuple(problems)
        if problems == self._problems:
            return
        self.beginResetModel()
        self._problems = problems
        self.endResetModel()

    def problems(self) -> tuple[Problem, ...]:
        """The problems shown, in file order."""
        return self._problems

    def counts(self) -> tuple[int, int]:
        """How many errors and how many warnings."""
        errors = sum(1 for problem in self._problems if problem.is_error)
        return errors, len(self._problems) - errors

    def retranslate(self) -> None:
        """Tell views that headers and severity names are to be read again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._problems:
            last = len(self._problems) - 1
            self.dataChanged.emit(
                self.index(0, SEVERITY), self.index(last, SEVERITY), [Qt.ItemDataRole.DisplayRole]
            )

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        """One row per problem (a table: no children)."""
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Severity, location, path, message."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, never editable, never a parent."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < COLUMN_COUNT
        ):
            return None
        return (self.tr("Severity"), self.tr("Location"), self.tr("Path"), self.tr("Message"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, severity icon, escaped tooltips, and the problem and sort key roles."""
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(problem, column)
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            return self._icon(problem.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(problem, column)
        if role == PROBLEM_ROLE:
            return problem
        if role == SORT_ROLE:
            return _sort_key(problem, column)
        return None

    def _text(self, problem: Problem, column: int) -> str:
        if column == SEVERITY:
            return self.tr("Error") if problem.is_error else self.tr("Warning")
        if column == LOCATION:
            return location_text(problem)
        return problem.path if column == PATH else problem.message

    @staticmethod
    def _tooltip(problem: Problem, column: int) -> str | None:
        # Tooltips are rich text: escape, and wrap in <p> so that long messages break lines.
        if column == LOCATION:
            where = problem.file
            if problem.line is not None:
                where += f":{problem.line}:{problem.column or 1}"
            return f"<p>{html.escape(where)}</p>"
        if column == MESSAGE:
            return f"<p>{html.escape(problem.message)}</p>"
        if column == PATH and problem.path:
            return f"<p>{html.escape(problem.path)}</p>"
        return None

    def _icon(self, severity: Severity) -> QIcon:
        if severity not in self._icons:
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if severity is Severity.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            self._icons[severity] = QApplication.style().standardIcon(pixmap)
        return self._icons[severity]


class ProblemsFilterModel(QSortFilterProxyModel):
    """Problems of one severity (or all) whose shown text contains the filter text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._severity: Severity | None = None
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def severity(self) -> Severity | None:
        """The severity let through, or None for all."""
        return self._severity

    def set_severity(self, severity: Severity | None) -> None:
        """Let through only problems of `severity` (None: all)."""
        if severity is not self._severity:
            with self._filter_change():
                self._severity = severity

    def set_text(self, text: str) -> None:
        """Let through only problems whose location, path or message contains `text`."""
        needle = search_key(text.strip())
        if needle != self._needle:
            with self._filter_change():
                self._needle = needle

    @contextmanager
    def _filter_change(self) -> Iterator[None]:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later; invalidate is deprecated
            self.beginFilterChange()
            yield
            self.endFilterChange()
        else:
            yield
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Whether the source row passes both the severity and the text filter."""
        problem = self.sourceModel().index(source_row, 0, source_parent).data(PROBLEM_ROLE)
        if not isinstance(problem, Problem):
            return True
        if self._severity is not None and problem.severity is not self._severity:
            return False
        if not self._needle:
            return True
        shown = f"{location_text(problem)}\n{problem.path}\n{problem.message}"
        return self._needle in search_key(shown)

    def lessThan(self, left: Index, right: Index) -> bool:
        """Compare the Python sort keys, which Qt cannot compare itself."""
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))
