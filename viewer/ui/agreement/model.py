"""The disputed events as rows: date, title and what differs, in date order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from viewer.core.agreement import dates_differ, disputed_events
from viewer.core.model import Event, Timeline
from viewer.ui.common.agreement_text import given_dates
from viewer.ui.common.text import shown
from viewer.ui.common.vocabulary import undated

COLUMNS = ("date", "title", "differs")
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def _date_order(event: Event) -> tuple[int, int]:
    date = event.edtf
    return (1, 0) if date is None else (0, date.sort_key.toordinal())


class DisputeModel(QAbstractTableModel):
    """Every event whose sources say something different, earliest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._language = "en"
        self._headers: dict[str, str] = {}

    def show(self, timeline: Timeline, language: str) -> None:
        """List the disputed events of `timeline`, in `language`."""
        self.beginResetModel()
        self._events = sorted(disputed_events(timeline), key=_date_order)
        self._language = language
        self.endResetModel()

    def set_headers(self, headers: dict[str, str]) -> None:
        """The column titles, in the UI language."""
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def row_of(self, event_id: str) -> int:
        """The row of the event `event_id`, or -1 when it is not disputed."""
        return next((row for row, e in enumerate(self._events) if e.id == event_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self._headers.get(COLUMNS[section], COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = COLUMNS[index.column()]
        if role == EVENT_ID_ROLE:
            return event.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(event, column)
        return None

    def _text(self, event: Event, column: str) -> str:
        lang = self._language
        if column == "date":
            return event.edtf.render(lang) if event.edtf else (event.date or undated())
        if column == "title":
            return shown(event.title.get(lang) or event.id, 300)
        if dates_differ(event):
            return given_dates(event, lang)
        return self.tr("Accounts differ")
