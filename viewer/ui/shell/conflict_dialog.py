"""The conflicts of a merge, each with both versions side by side: the user keeps ours, takes
theirs or writes a value of their own, one by one; what is left undecided stays in the file's
`conflicts:` for later."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from viewer.core.conflicts import OWN
from viewer.core.merge import Conflict
from viewer.ui.common.text import arg, shown

_SIDES = ("ours", "theirs", OWN)  # by the id of their radio button


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
        self._own: dict[int, tuple[QPlainTextEdit, bool]] = {}  # editor, whether text is JSON
        intro = QLabel(
            self.tr(
                "Both you and the new version changed these. Choose which to keep, or write "
                "the value yourself; what you leave for later stays listed in the Problems "
                "panel."
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
        self._invalid = QLabel(self)
        self._invalid.setObjectName("ownInvalid")
        self._invalid.setWordWrap(True)
        self._invalid.hide()
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
        layout.addWidget(self._invalid)
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
        if conflict.field is not None:
            self._own_editor(number, conflict, choice, box, grid)
        choice.idToggled.connect(self._check_own)
        self._groups.append(choice)
        return box

    def _own_editor(
        self, number: int, conflict: Conflict, choice: QButtonGroup, box: QGroupBox, grid: Any
    ) -> None:
        """A third choice: the value written by hand, starting from mine (text as it is when
        both versions are text, otherwise JSON)."""
        button = QRadioButton(self.tr("Write my own:"), box)
        choice.addButton(button, 2)
        as_text = all(isinstance(v, str | None) for v in (conflict.ours, conflict.theirs))
        start = conflict.ours if as_text else json.dumps(conflict.ours, ensure_ascii=False)
        editor = QPlainTextEdit(start or "", box)
        editor.setObjectName(f"own{number}")
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4)
        editor.textChanged.connect(lambda: button.setChecked(True))
        editor.textChanged.connect(self._check_own)
        grid.addWidget(button, 2, 0, 1, 2)
        grid.addWidget(editor, 3, 0, 1, 2)
        self._own[number] = (editor, not as_text)

    def _check_own(self) -> None:
        """Only values that can be read are used: JSON that does not parse says where."""
        for number in self._own:
            if self._groups[number].checkedId() != 2:
                continue
            try:
                self._own_value(number)
            except json.JSONDecodeError as exc:
                self._invalid.setText(
                    arg(
                        self.tr("Conflict %1: not valid JSON at line %2, column %3"),
                        number + 1,
                        exc.lineno,
                        exc.colno,
                    )
                )
                self._invalid.show()
                self._apply.setEnabled(False)
                return
        self._invalid.hide()
        self._apply.setEnabled(True)

    def _own_value(self, number: int) -> Any:
        editor, is_json = self._own[number]
        text = editor.toPlainText()
        return json.loads(text) if is_json else text

    def choices(self) -> dict[int, str]:
        """For each conflict, by its number, "ours", "theirs" or OWN."""
        return {n: _SIDES[max(g.checkedId(), 0)] for n, g in enumerate(self._groups)}

    def own_values(self) -> dict[int, Any]:
        """The values written by hand, by conflict number, where that is the choice."""
        return {n: self._own_value(n) for n, side in self.choices().items() if side == OWN}

    def choose(self, number: int, side: str) -> None:
        """Pick `side` ("ours", "theirs" or OWN) for conflict `number`, as its radio does."""
        self._groups[number].button(_SIDES.index(side)).setChecked(True)
