"""The actors an event can name, as checkable rows, and the filter over their names."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from viewer.core.model import Actor
from viewer.ui.common.text import arg, search_key, shown

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SEARCH_ROLE = int(Qt.ItemDataRole.UserRole) + 2
_Index = QModelIndex | QPersistentModelIndex


class ActorChoiceModel(QAbstractListModel):
    """Actors as checkable rows; remembers the order in which they were checked."""

    def __init__(
        self,
        actors: Sequence[Actor],
        checked: Iterable[str],
        language: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._actors = list(actors)
        known = {actor.id for actor in actors}
        self._checked = list(dict.fromkeys(checked))
        # An id the event names but the timeline lacks stays listed (and checked) rather than
        # silently dropping out of the event when it is saved.
        self._unknown = {actor_id for actor_id in self._checked if actor_id not in known}
        self._actors += [Actor(id=unknown) for unknown in self._checked if unknown in self._unknown]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per actor."""
        return 0 if parent.isValid() else len(self._actors)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name (both languages), check state, id and the text the filter searches."""
        if not index.isValid() or not 0 <= index.row() < len(self._actors):
            return None
        actor = self._actors[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(actor)
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = actor.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tooltips are rich text: data goes in escaped.
            return html.escape(" · ".join((actor.id, *actor.spellings)))
        if role == ID_ROLE:
            return actor.id
        if role == SEARCH_ROLE:
            return search_key("\n".join((actor.id, *actor.spellings)))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows are checkable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Check or uncheck an actor."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        actor_id = self._actors[index.row()].id
        state = value.value if isinstance(value, Qt.CheckState) else value
        if state == Qt.CheckState.Checked.value:
            if actor_id not in self._checked:
                self._checked.append(actor_id)
        elif actor_id in self._checked:
            self._checked.remove(actor_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked_ids(self) -> tuple[str, ...]:
        """Checked actor ids: those the event had first, in their order, then as checked."""
        return tuple(self._checked)

    def add(self, actor: Actor) -> QModelIndex:
        """Append a new actor, checked; return its index."""
        row = len(self._actors)
        self.beginInsertRows(QModelIndex(), row, row)
        self._actors.append(actor)
        self._checked.append(actor.id)
        self.endInsertRows()
        return self.index(row)

    def retranslate(self) -> None:
        """Refresh the texts that come from the UI language."""
        if self._actors:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._actors) - 1), [Qt.ItemDataRole.DisplayRole]
            )

    def _label(self, actor: Actor) -> str:
        if actor.id in self._unknown:
            return arg(self.tr("%1 (not in the timeline)"), actor.id)
        first = shown(actor.name.get(self._language) or actor.id)
        other = shown(actor.name.exact("en" if self._language == "ko" else "ko") or "")
        return f"{first} ({other})" if other and other != first else first


class ActorFilterProxy(QSortFilterProxyModel):
    """Keeps the actors any of whose names, aliases or id contain the filter text; `first`
    (the actors ticked when the dialog opened) come before the others. Ticking one later does
    not move it: the list must not shift under the pointer."""

    def __init__(self, parent: QObject | None = None, first: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self._first = frozenset(first)
        self._needle = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_needle(self, text: str) -> None:
        """Filter by `text` (case-insensitive, any language)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later; invalidate is deprecated
            self.beginFilterChange()
            self._needle = search_key(text.strip())
            self.endFilterChange()
        else:
            self._needle = search_key(text.strip())
            self.invalidateRowsFilter()

    def lessThan(self, left: _Index, right: _Index) -> bool:
        """The actors ticked at first, then by name."""
        left_first = left.data(ID_ROLE) in self._first
        right_first = right.data(ID_ROLE) in self._first
        if left_first != right_first:
            return left_first
        return super().lessThan(left, right)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Whether the row's searchable text contains the needle."""
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in (index.data(SEARCH_ROLE) or "")
