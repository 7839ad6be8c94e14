"""The Sources panel's table: each source's title, byline, date, language, how many events cite
it and how much of it they use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from viewer.core.changes import Change
from viewer.core.model import Source
from viewer.ui.common.text import shown
from viewer.ui.common.vocabulary import LANGUAGE_NAMES
from viewer.ui.document import Document

# what a narrow panel shows first: how much each source is used, then when and by whom
COLUMNS = ("title", "events", "coverage", "published", "language", "byline")
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


class SourcesModel(QAbstractTableModel):
    """One row per source, in the timeline's order; follows every edit of the document.

    `coverage` gives whether a source's coverage is known yet and, if so, its share of dated
    sentences that support an event (None when it has none or its text is unreadable)."""

    def __init__(
        self,
        document: Document,
        coverage: Callable[[str], tuple[bool, float | None]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._coverage = coverage
        self._sources: tuple[Source, ...] = ()
        self._cited: dict[str, int] = {}
        self._headers: dict[str, str] = {}
        document.timeline_changed.connect(self._on_timeline_changed)
        document.language_changed.connect(self._on_language_changed)
        self._reset()

    def set_headers(self, headers: dict[str, str]) -> None:
        """The column titles, in the UI language."""
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def source_at(self, row: int) -> Source | None:
        """The source on `row`."""
        return self._sources[row] if 0 <= row < len(self._sources) else None

    def row_of(self, source_id: str) -> int:
        """The row of the source `source_id`, or -1."""
        return next((i for i, s in enumerate(self._sources) if s.id == source_id), -1)

    # -- the Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        """One row per source."""
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The columns of COLUMNS."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(COLUMNS[section], COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """What each cell shows, its tooltip, alignment and sort key."""
        source = self.source_at(index.row())
        if source is None:
            return None
        column = COLUMNS[index.column()]
        if role == SOURCE_ID_ROLE:
            return source.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("events", "coverage"):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return shown(source.file)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._cell(source, column, sort=role == SORT_ROLE)
        return None

    def _cell(self, source: Source, column: str, sort: bool) -> object:
        language = self._document.language
        if column == "title":
            return shown(source.title.get(language) or source.id, 300)
        if column == "byline":
            return " · ".join(shown(p, 120) for p in (source.author, source.publisher) if p)
        if column == "published":
            date = source.published_date
            if sort:
                return source.published or ""
            return date.render(language) if date else shown(source.published or "", 40)
        if column == "language":
            code = source.language or ""
            return LANGUAGE_NAMES.get(code, shown(code, 20))
        if column == "events":
            return self._cited.get(source.id, 0)
        known, share = self._coverage(source.id)
        if sort:
            return -2.0 if not known else -1.0 if share is None else share
        if not known:
            return "…"  # being worked out
        return "—" if share is None else f"{share:.0%}"

    # -- following the document ------------------------------------------------------------------
    def _reset(self) -> None:
        self.beginResetModel()
        timeline = self._document.timeline
        self._sources = timeline.sources
        # how many events cite each source, from the tables kept across edits
        cited = self._document.events_by("source")
        self._cited = {key: bits.bit_count() for key, bits in cited.items()}
        self.endResetModel()

    def _on_timeline_changed(self, change: Change) -> None:
        if (
            change.reloaded
            or change.sources
            or self._sources is not self._document.timeline.sources
        ):
            self._reset()

    def _on_language_changed(self, _language: str) -> None:
        if self._sources:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._sources) - 1, len(COLUMNS) - 1)
            )
