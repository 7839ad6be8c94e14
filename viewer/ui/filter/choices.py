"""A checkable list of values (tags, sources) with how many events have each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

_VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class ChoiceList(QListWidget):
    """Values to tick; `changed` gives the ticked ones whenever the user ticks or unticks."""

    changed = Signal(frozenset)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setUniformItemSizes(True)
        # a long title is cut at the panel's edge (its tooltip has it whole)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemChanged.connect(lambda _item: self.changed.emit(self.ticked()))

    def set_values(self, values: list[tuple[str, str, int]], ticked: frozenset[str]) -> None:
        """Show `values` as (value, label, count), ticking those in `ticked`; a ticked value
        the timeline no longer has stays listed (with no events), so it can be unticked."""
        shown = {value for value, _, _ in values}
        rows = values + [(value, value, 0) for value in sorted(ticked - shown)]
        self.blockSignals(True)
        self.clear()
        for value, label, count in rows:
            item = QListWidgetItem(f"{label} ({count})", self)
            item.setData(_VALUE_ROLE, value)
            item.setToolTip(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked
            item.setCheckState(checked)
        self.blockSignals(False)

    def show_ticked(self, ticked: frozenset[str]) -> None:
        """Tick exactly `ticked` (without saying so)."""
        self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            wanted = item.data(_VALUE_ROLE) in ticked
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def ticked(self) -> frozenset[str]:
        """The values ticked now."""
        return frozenset(
            self.item(row).data(_VALUE_ROLE)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )
