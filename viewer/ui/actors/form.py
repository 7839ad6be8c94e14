"""The Manage Actors dialog's form: one actor's id, names, kind, aliases and descriptions."""

from __future__ import annotations

import dataclasses
import unicodedata

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.core.edits import edited_text, shown_text
from viewer.core.model import Actor, is_valid_id
from viewer.ui.common.text import shown
from viewer.ui.common.vocabulary import ACTOR_KINDS, actor_kind_name


def actor_name(actor: Actor, language: str) -> str:
    """The actor's name in `language` (with fallback), else its id."""
    return shown(actor.name.get(language) or actor.id)


class ActorForm(QWidget):
    """Shows one actor and describes it as edited; `changed` follows every keystroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: Actor | None = None  # the value the fields were filled from
        self._language = "en"
        self._filling = False  # set while the fields are filled from an actor
        self._heading = QLabel(self, objectName="actorHeading")
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        self._id = QLineEdit(self, objectName="actorIdEdit")
        self._name_en = QLineEdit(self, objectName="actorEnglishNameEdit")
        self._name_ko = QLineEdit(self, objectName="actorKoreanNameEdit")
        self._kind = QComboBox(self, objectName="actorKindCombo")
        for kind in ACTOR_KINDS:
            self._kind.addItem("", kind)  # texts come from retranslate()
        self._aliases = QPlainTextEdit(self, objectName="actorAliasesEdit", tabChangesFocus=True)
        self._description_en = QLineEdit(self, objectName="actorEnglishDescriptionEdit")
        self._description_ko = QLineEdit(self, objectName="actorKoreanDescriptionEdit")
        self._error = QLabel(self, objectName="actorEditError", wordWrap=True)
        self._error.setTextFormat(Qt.TextFormat.PlainText)
        self._fields: list[QWidget] = [
            self._id,
            self._name_en,
            self._name_ko,
            self._kind,
            self._aliases,
            self._description_en,
            self._description_ko,
        ]
        self._labels = [QLabel(self) for _ in self._fields]
        form = QFormLayout()
        for label, field in zip(self._labels, self._fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading)
        layout.addLayout(form, 1)
        layout.addWidget(self._error)
        for edit in (self._id, self._name_en, self._name_ko, self._aliases):
            edit.textChanged.connect(self._on_edit)
        for edit in (self._description_en, self._description_ko):
            edit.textChanged.connect(self._on_edit)
        self._kind.currentIndexChanged.connect(self._on_edit)
        self.retranslate()
        self.show_actor(None, "en")

    # -- reading ---------------------------------------------------------------------------------
    def shown(self) -> Actor | None:
        """The actor the fields were filled from."""
        return self._shown

    def edited(self) -> Actor | None:
        """The actor as the fields now describe it (None when no actor is shown)."""
        shown = self._shown
        if shown is None:
            return None
        # fields left as they were shown keep what the file says, stray spaces and all
        typed_id = self._id.text()
        typed_aliases = self._aliases.toPlainText()
        aliases = shown.aliases
        if typed_aliases != "\n".join(shown.aliases):
            cleaned = (_clean(line) for line in typed_aliases.splitlines())
            aliases = tuple(dict.fromkeys(alias for alias in cleaned if alias))
        return dataclasses.replace(
            shown,
            id=shown.id if typed_id == shown.id else _clean(typed_id),
            name=edited_text(shown.name, {"en": self._name_en.text(), "ko": self._name_ko.text()}),
            aliases=aliases,
            kind=self._kind.currentData() or shown.kind,
            description=edited_text(
                shown.description,
                {"en": self._description_en.text(), "ko": self._description_ko.text()},
            ),
        )

    def pending(self) -> bool:
        """Whether the fields hold edits not yet applied."""
        return self._shown is not None and self.edited() != self._shown

    def problem(self, actor: Actor) -> str:
        """Why `actor` cannot be applied, or ""."""
        if not actor.id:
            return self.tr("an actor needs an id")
        if not is_valid_id(actor.id):
            return self.tr("an id cannot contain spaces")
        if not actor.name:
            return self.tr("an actor needs a name")
        return ""

    # -- intent ----------------------------------------------------------------------------------
    def show_actor(self, actor: Actor | None, language: str) -> None:
        """Fill the fields from `actor` (empty and disabled for none)."""
        self._shown = actor
        self._language = language
        self._filling = True
        self._id.setText(actor.id if actor else "")
        for edit, text, lang in (
            (self._name_en, "name", "en"),
            (self._name_ko, "name", "ko"),
            (self._description_en, "description", "en"),
            (self._description_ko, "description", "ko"),
        ):
            edit.setText(shown_text(getattr(actor, text), lang) if actor else "")
        self._kind.setCurrentIndex(
            ACTOR_KINDS.index(actor.kind) if actor and actor.kind in ACTOR_KINDS else 0
        )
        self._aliases.setPlainText("\n".join(actor.aliases) if actor else "")
        self._filling = False
        for field in self._fields:
            field.setEnabled(actor is not None)
        self._error.clear()
        self._show_heading()

    def set_language(self, language: str) -> None:
        """Name the actor in `language` in the heading."""
        self._language = language
        self._show_heading()

    def set_error(self, text: str) -> None:
        """Say why the edits were refused."""
        self._error.setText(text)

    def focus_korean_name(self) -> None:
        """Put the cursor where a new actor's Korean name goes."""
        self._name_ko.setFocus()

    def retranslate(self) -> None:
        """Apply the UI-language strings."""
        texts = (
            self.tr("&Id:"),
            self.tr("&English name:"),
            self.tr("&Korean name:"),
            self.tr("Ki&nd:"),
            self.tr("A&liases:"),
            self.tr("English des&cription:"),
            self.tr("Korean desc&ription:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self._id.setToolTip(self.tr("Changing the id updates every event that refers to the actor"))
        self._aliases.setToolTip(self.tr("Other spellings, one per line"))
        for row, kind in enumerate(ACTOR_KINDS):
            self._kind.setItemText(row, actor_kind_name(kind))
        self._show_heading()

    def changeEvent(self, event: QEvent) -> None:
        """Re-apply strings when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- helpers ---------------------------------------------------------------------------------
    def _on_edit(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _show_heading(self) -> None:
        actor = self._shown
        self._heading.setText(
            actor_name(actor, self._language) if actor else self.tr("No actor selected")
        )


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())
