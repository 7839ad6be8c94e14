"""The proxy that filters the actor tree by any spelling and sorts names by locale."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCollator, QLocale, QObject, QSortFilterProxyModel, Qt

from viewer.ui.actors.model import (
    EVENT_COUNT_ROLE,
    EVENTS_COLUMN,
    NAME_COLUMN,
    SEARCH_TEXT_ROLE,
    ActorModel,
    AnyIndex,
)


class ActorFilterProxyModel(QSortFilterProxyModel):
    """Keeps the actors whose names or aliases contain the filter text; sorts names by locale."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SEARCH_TEXT_ROLE)
        self.setFilterKeyColumn(NAME_COLUMN)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collators: dict[str, QCollator] = {}

    def set_filter_text(self, text: str) -> None:
        """Show only actors with a name or alias containing `text` (any case, any language)."""
        self.setFilterFixedString(unicodedata.normalize("NFC", text.strip()))

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Actors match on their search text; a group shows only when one of its actors does."""
        if not source_parent.isValid():
            return False  # recursive filtering accepts the group if any child is accepted
        return super().filterAcceptsRow(source_row, source_parent)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        """Groups keep their fixed order; actors sort by name (locale-aware) or event count."""
        if not left.parent().isValid():
            # Qt compares with the arguments swapped for descending order; undo that for groups.
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return left.row() < right.row() if ascending else left.row() > right.row()
        model = self.sourceModel()
        if left.column() == EVENTS_COLUMN:
            return int(model.data(left, EVENT_COUNT_ROLE)) < int(
                model.data(right, EVENT_COUNT_ROLE)
            )
        collator = self._collator(model.language() if isinstance(model, ActorModel) else "en")
        left_text = str(model.data(left, Qt.ItemDataRole.DisplayRole) or "")
        right_text = str(model.data(right, Qt.ItemDataRole.DisplayRole) or "")
        return collator.compare(left_text, right_text) < 0

    def _collator(self, language: str) -> QCollator:
        if language not in self._collators:
            collator = QCollator(QLocale(language))
            collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            collator.setNumericMode(True)
            self._collators[language] = collator
        return self._collators[language]
