"""The Events table's rows: one per event in stored order, with a sort key for every column."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from viewer.core.agreement import corroboration, dates_differ, disagrees
from viewer.core.changes import Change
from viewer.core.model import EVENT_KINDS, Event
from viewer.ui.common.agreement_text import given_dates
from viewer.ui.common.text import search_key, shown
from viewer.ui.common.vocabulary import kind_name, undated
from viewer.ui.document import Document

COLUMNS = ("date", "title", "kind", "actors", "tags", "sources", "disagreement")
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CELL_LIMIT = 300  # characters of a title or list put in one cell

Index = QModelIndex | QPersistentModelIndex


def _date_key(event: Event) -> tuple[int, int, int]:
    # dated events by their earliest day, then coarser before finer; undated ones last
    date = event.edtf
    if date is None:
        return (1, 0, 0)
    return (0, date.sort_key.toordinal(), int(date.precision))


def _disagreement_key(event: Event) -> int:
    # sorted up the table: differing dates, then other differences, then none
    return -2 if dates_differ(event) else -1 if disagrees(event) else 0


class EventTableModel(QAbstractTableModel):
    """Every event of the document's timeline, in stored order; reset by every edit."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._events: tuple[Event, ...] = ()
        self._headers: dict[str, str] = {}
        self._keys: dict[int, list[Any]] = {}  # sort keys by column, for this timeline
        self._timeline = document.timeline  # whose events the rows are, for their rows by id
        document.timeline_changed.connect(self._on_timeline_changed)
        document.language_changed.connect(self._on_language_changed)
        self._events = document.timeline.events

    def set_headers(self, headers: dict[str, str]) -> None:
        """The column titles, in the UI language."""
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def events(self) -> tuple[Event, ...]:
        """The event of each row."""
        return self._events

    def event_at(self, row: int) -> Event | None:
        """The event on `row`."""
        return self._events[row] if 0 <= row < len(self._events) else None

    def event_id_at(self, row: int) -> str:
        """The id of the event on `row` ("" for none)."""
        return self._events[row].id if 0 <= row < len(self._events) else ""

    def row_of(self, event_id: str) -> int:
        """The row of the event `event_id` (its first, where ids repeat), or -1."""
        return self._timeline.positions_by_id.get(event_id, -1)  # rows are in stored order

    def sort_keys(self, column: int) -> list[Any]:
        """One key per row that orders the rows by `column` (worked out once per timeline)."""
        if column not in self._keys:
            self._keys[column] = [self._key(column)(event) for event in self._events]
        return self._keys[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(COLUMNS[section], COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] == "sources":
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event_at(index.row()) if index.isValid() else None
        if event is None or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "actors", "tags"):
            return self._text(event, column) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == "disagreement" and dates_differ(event):
            return given_dates(event, self._document.language)
        if role == EVENT_ID_ROLE:
            return event.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "sources":
            return _RIGHT
        return None

    def row_text(self, row: int) -> list[str]:
        """The row's cells as shown, every column."""
        event = self.event_at(row)
        return [] if event is None else [self._text(event, column) for column in COLUMNS]

    # -- cells ------------------------------------------------------------------------------
    def _text(self, event: Event, column: str) -> str:
        lang = self._document.language
        if column == "date":
            return event.edtf.render(lang) if event.edtf else (event.date or undated())
        if column == "title":
            return shown(event.title.get(lang), _CELL_LIMIT)
        if column == "kind":
            return kind_name(event.kind)
        if column == "actors":
            return shown(", ".join(self._actor_names(event)), _CELL_LIMIT)
        if column == "tags":
            return shown(", ".join(event.tags), _CELL_LIMIT)
        if column == "sources":
            return str(corroboration(event))
        if dates_differ(event):
            return QCoreApplication.translate("EventTable", "Dates differ")
        if disagrees(event):
            return QCoreApplication.translate("EventTable", "Accounts differ")
        return ""

    def _actor_names(self, event: Event) -> list[str]:
        actors = self._document.timeline.actors_by_id
        lang = self._document.language
        return [
            (actors[actor].name.get(lang) if actor in actors else "") or actor
            for actor in event.actors
        ]

    def _key(self, column: int) -> Callable[[Event], Any]:
        name = COLUMNS[column]
        lang = self._document.language
        if name == "date":
            return _date_key
        if name == "title":
            return lambda event: search_key(event.title.get(lang))
        if name == "kind":
            order = {kind: number for number, kind in enumerate(EVENT_KINDS)}
            return lambda event: (order.get(event.kind, len(order)), event.kind)
        if name == "actors":
            return lambda event: search_key(", ".join(self._actor_names(event)))
        if name == "tags":
            return lambda event: search_key(", ".join(event.tags))
        if name == "sources":
            return corroboration
        return _disagreement_key

    # -- following the document --------------------------------------------------------------
    def _on_timeline_changed(self, change: Change) -> None:
        timeline = self._document.timeline
        events = timeline.events
        if not change.reloaded and not change.actors and self._edit_in_place(events):
            self._timeline = timeline
            return
        self.beginResetModel()
        self._events, self._timeline = events, timeline
        self._keys.clear()
        self.endResetModel()

    def _edit_in_place(self, events: tuple[Event, ...]) -> bool:
        """Take `events` when they differ from ours only in events that kept their id and
        row (an edit of a few events): their keys are worked out again and one dataChanged
        says which rows changed. False when rows came, went or moved (the model resets)."""
        old = self._events
        if len(events) != len(old):
            return False
        rows = list(itertools.compress(itertools.count(), map(operator.is_not, old, events)))
        if any(old[row].id != events[row].id for row in rows):
            return False
        self._events = events
        for column, keys in self._keys.items():
            key = self._key(column)
            for row in rows:
                keys[row] = key(events[row])
        if rows:
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], len(COLUMNS) - 1))
        return True

    def _on_language_changed(self, _language: str) -> None:
        kept = ("date", "sources", "disagreement")  # keys that do not depend on the language
        self._keys = {c: k for c, k in self._keys.items() if COLUMNS[c] in kept}
        if self._events:
            last = self.index(len(self._events) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
