"""Importing a CSV table: which column holds the date, the title, the summary, the actors, the
source and the quote; proposed from the header, confirmed by the user."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.common.dialog_buttons import ok_cancel
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.text import arg, shown

_TITLES = ("title", "title_en", "title_ko")


def field_name(field: str) -> str:
    """What a field of the mapping is called on screen."""
    names = {
        "id": QCoreApplication.translate("MappingDialog", "Id"),
        "date": QCoreApplication.translate("MappingDialog", "Date"),
        "end_date": QCoreApplication.translate("MappingDialog", "End date"),
        "title": QCoreApplication.translate("MappingDialog", "Title"),
        "title_en": QCoreApplication.translate("MappingDialog", "Title (English)"),
        "title_ko": QCoreApplication.translate("MappingDialog", "Title (Korean)"),
        "summary": QCoreApplication.translate("MappingDialog", "Summary"),
        "actors": QCoreApplication.translate("MappingDialog", "Actors"),
        "tags": QCoreApplication.translate("MappingDialog", "Tags"),
        "kind": QCoreApplication.translate("MappingDialog", "Kind"),
        "source": QCoreApplication.translate("MappingDialog", "Source"),
        "quote": QCoreApplication.translate("MappingDialog", "Quote"),
    }
    return names.get(field, field)


class MappingDialog(QDialog):
    """One choice of column per field; a column serves one field, a field may have none."""

    def __init__(
        self,
        fields: Sequence[str],
        header: Sequence[str],
        guess: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fields = list(fields)
        self._intro = QLabel(self, objectName="mappingIntro", wordWrap=True)
        self._combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field in self._fields:
            combo = QComboBox(self, objectName=f"mapping_{field}")
            combo.addItem("", "")  # "(not in the table)", from retranslate()
            for column in header:
                combo.addItem(shown(column, 80), column)
            combo.setCurrentIndex(max(combo.findData(guess.get(field, "")), 0))
            combo.currentIndexChanged.connect(self._check)
            self._combos[field] = combo
            label = QLabel(field_name(field) + ":", self)
            label.setBuddy(combo)
            form.addRow(label, combo)
        self._status = StatusLabel(self, "mappingStatus")
        self._buttons, self._ok = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._status)
        layout.addWidget(self._buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Apply the UI language."""
        self.setWindowTitle(self.tr("Columns of the Table"))
        self._intro.setText(
            self.tr(
                "Which column holds what? Columns left out are kept with each event as they "
                "are, under their own names."
            )
        )
        for combo in self._combos.values():
            combo.setItemText(0, self.tr("(not in the table)"))
        self._check()

    def mapping(self) -> dict[str, str]:
        """{field: column} for the fields given a column."""
        return {f: str(c.currentData()) for f, c in self._combos.items() if c.currentData()}

    def problem(self) -> str:
        """Why OK is disabled, or ""."""
        chosen = self.mapping()
        if not any(field in chosen for field in _TITLES):
            return self.tr("Choose the column that holds the title.")
        columns = list(chosen.values())
        doubled = next((c for c in columns if columns.count(c) > 1), None)
        if doubled is not None:
            return arg(self.tr("A column can hold one field only: %1"), shown(doubled))
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self._status.set_status(problem)
        self._ok.setEnabled(not problem)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        fields: Sequence[str],
        header: Sequence[str],
        guess: Mapping[str, str],
    ) -> dict[str, str] | None:
        """Show the dialog; the mapping, or None when cancelled."""
        dialog = cls(fields, header, guess, parent)
        try:
            return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
