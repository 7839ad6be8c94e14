"""The conflicts of a merge, each with both versions side by side: the user keeps ours or takes
theirs, one by one; what is left undecided stays in the file's `conflicts:` for later."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from viewer.core.merge import Conflict
from viewer.ui.common.text import arg, shown


def _value(value: object) -> str:
    if value is None:
        return QCoreApplication.translate("ConflictDialog", "(deleted)")
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=1)
    return shown(text, 600)


class ConflictDialog(QDialog):
    """One group per conflict: what it is about, and a choice between ours and theirs."""

    def __init__(self, conflicts: tuple[Conflict, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Resolve Merge Conflicts"))
        self.resize(760, 520)
        self._groups: list[QButtonGroup] = []
        intro = QLabel(
            self.tr(
                "Both you and the new version changed these. Choose which to keep; what you "
                "leave for later stays listed in the Problems panel."
            ),
            self,
        )
        intro.setWordWrap(True)
        body = QWidget()
        rows = QVBoxLayout(body)
        for number, conflict in enumerate(conflicts):
            rows.addWidget(self._group(number, conflict, body))
        rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(self)
        self._apply = buttons.addButton(
            self.tr("Use My Choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._apply.setObjectName("useChoices")
        later = buttons.addButton(self.tr("Decide Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("decideLater")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _group(self, number: int, conflict: Conflict, parent: QWidget) -> QGroupBox:
        what = arg(self.tr("%1 '%2'"), conflict.kind, conflict.id)
        if conflict.field is not None:
            what = arg(self.tr("%1, field %2"), what, conflict.field)
        box = QGroupBox(what, parent)
        box.setObjectName(f"conflict{number}")
        choice = QButtonGroup(box)
        grid = QGridLayout(box)
        for column, (label, value) in enumerate(
            ((self.tr("Keep mine"), conflict.ours), (self.tr("Take theirs"), conflict.theirs))
        ):
            button = QRadioButton(label, box)
            button.setChecked(column == 0)
            choice.addButton(button, column)
            text = QLabel(_value(value), box)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(button, 0, column)
            grid.addWidget(text, 1, column)
        self._groups.append(choice)
        return box

    def choices(self) -> dict[int, str]:
        """For each conflict, by its number, "ours" or "theirs"."""
        return {n: "theirs" if g.checkedId() == 1 else "ours" for n, g in enumerate(self._groups)}

    def choose(self, number: int, side: str) -> None:
        """Pick `side` ("ours" or "theirs") for conflict `number`, as its radio button does."""
        self._groups[number].button(1 if side == "theirs" else 0).setChecked(True)
