"""Asks for a new actor's names in English and Korean and its kind."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import ACTOR_KINDS, Actor
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.text import arg, search_key
from viewer.ui.common.vocabulary import actor_kind_name


class NewActorDialog(QDialog):
    """Asks for a new actor's English and Korean names and kind."""

    def __init__(self, existing: Sequence[Actor] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spellings = {search_key(s) for actor in existing for s in actor.spellings}
        self._name_en = QLineEdit(self, objectName="newActorNameEn")
        self._name_ko = QLineEdit(self, objectName="newActorNameKo")
        self._kind = QComboBox(self, objectName="newActorKind")
        self._kind.addItems([""] * len(ACTOR_KINDS))
        self._status = StatusLabel(self, "newActorStatus")
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._labels = [QLabel(self) for _ in range(3)]  # texts come from retranslate()
        self._form = QFormLayout()
        fields = (self._name_en, self._name_ko, self._kind)
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)  # so that the labels' mnemonics move the focus
            self._form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self._status)
        layout.addWidget(self._buttons)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._name_en.textChanged.connect(self._check)
        self._name_ko.textChanged.connect(self._check)
        self.retranslate()
        self.setMinimumWidth(360)

    def values(self) -> tuple[str, str, str]:
        """(English name, Korean name, kind) as entered, names stripped."""
        kind = ACTOR_KINDS[max(self._kind.currentIndex(), 0)]
        return self._name_en.text().strip(), self._name_ko.text().strip(), kind

    def accept(self) -> None:
        """Close only with a name."""
        if any(self.values()[:2]):
            super().accept()

    def retranslate(self) -> None:
        """Apply the UI-language strings."""
        self.setWindowTitle(self.tr("New Actor"))
        texts = (self.tr("&English name:"), self.tr("&Korean name:"), self.tr("Kin&d:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for index, kind in enumerate(ACTOR_KINDS):
            self._kind.setItemText(index, actor_kind_name(kind))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        """Re-apply strings when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _check(self) -> None:
        en, ko, _ = self.values()
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(en or ko))
        taken = next((n for n in (en, ko) if n and search_key(n) in self._spellings), "")
        if not (en or ko):
            self._status.set_status(self.tr("Enter a name in English or Korean"))
        elif taken:
            message = arg(self.tr("An actor called '%1' already exists"), taken)
            self._status.set_status(message, "warning")
        else:
            self._status.set_status("")
