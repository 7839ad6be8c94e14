"""The event dialog's actor field: a searchable checklist, and "New actor…"."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.edits import slug, unique_id
from viewer.core.model import Actor, LocalText
from viewer.ui.editing.actor_choices import ActorChoiceModel, ActorFilterProxy
from viewer.ui.editing.new_actor_dialog import NewActorDialog


class ActorPicker(QWidget):
    """Check the event's actors in a filtered list, or create one with "New actor…"."""

    changed = Signal()

    def __init__(
        self,
        actors: Sequence[Actor],
        checked: Iterable[str],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeline_actors = tuple(actors)
        self._created: list[Actor] = []
        checked = tuple(checked)
        self._model = ActorChoiceModel(actors, checked, language, self)
        self._proxy = ActorFilterProxy(self, first=checked)
        self._proxy.setSourceModel(self._model)
        self._proxy.sort(0)

        self._filter = QLineEdit(self, objectName="eventActorFilter")
        self._filter.setClearButtonEnabled(True)
        self._new = QPushButton(self, objectName="newActorButton")
        self._new.setAutoDefault(False)
        self._list = QListView(self, objectName="eventActorList")
        self._list.setModel(self._proxy)
        self._list.setUniformItemSizes(True)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self._list.fontMetrics().lineSpacing()
        self._list.setMinimumHeight(rows * 6)
        self._list.setMaximumHeight(rows * 9)

        row = QHBoxLayout()
        row.addWidget(self._filter, 1)
        row.addWidget(self._new)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self._list, 1)

        self._filter.textChanged.connect(self._proxy.set_needle)
        self._new.clicked.connect(self.ask_new_actor)
        self._model.dataChanged.connect(self.changed)
        self._model.rowsInserted.connect(self.changed)
        self.retranslate()

    # -- reading ---------------------------------------------------------------------------------
    def checked_ids(self) -> tuple[str, ...]:
        """Ids of the checked actors: the event's own first, in their order, then as checked."""
        return self._model.checked_ids()

    def new_actors(self) -> tuple[Actor, ...]:
        """Actors created here that are still checked (an unchecked new actor is dropped)."""
        checked = set(self.checked_ids())
        return tuple(actor for actor in self._created if actor.id in checked)

    def focus_widgets(self) -> list[QWidget]:
        """The focusable children in visual order."""
        return [self._filter, self._new, self._list]

    def first_widget(self) -> QWidget:
        """The widget a label's mnemonic should focus."""
        return self._filter

    # -- intent ----------------------------------------------------------------------------------
    def ask_new_actor(self) -> Actor | None:
        """Ask for a new actor's names and kind; create it, checked, unless cancelled."""
        dialog = NewActorDialog((*self._timeline_actors, *self._created), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return self.create_actor(*dialog.values())
        finally:
            dialog.deleteLater()

    def create_actor(self, name_en: str, name_ko: str, kind: str = "person") -> Actor:
        """Add a new actor with a unique slug id from its name, checked and shown."""
        name_en, name_ko = (
            unicodedata.normalize("NFC", name.strip()) for name in (name_en, name_ko)
        )
        taken = {actor.id for actor in (*self._timeline_actors, *self._created)}
        taken |= set(self.checked_ids())
        actor_id = unique_id(taken, slug(name_en or name_ko) or "actor")
        names = tuple((lang, text) for lang, text in (("en", name_en), ("ko", name_ko)) if text)
        actor = Actor(id=actor_id, name=LocalText(by_lang=names), kind=kind)
        self._created.append(actor)
        index = self._model.add(actor)
        proxy_index = self._proxy.mapFromSource(index)
        if not proxy_index.isValid():  # the filter hides it: show everything again
            self._filter.clear()
            proxy_index = self._proxy.mapFromSource(index)
        self._list.setCurrentIndex(proxy_index)
        self._list.scrollTo(proxy_index)
        return actor

    def retranslate(self) -> None:
        """Apply the UI-language strings."""
        self._filter.setPlaceholderText(self.tr("Filter by name or alias"))
        self._filter.setAccessibleName(self.tr("Filter actors"))
        self._new.setText(self.tr("&New actor…"))
        self._new.setToolTip(self.tr("Add an actor to the timeline and to this event"))
        self._list.setAccessibleName(self.tr("Actors of the event"))
        self._model.retranslate()

    # -- Qt overrides ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Re-apply strings when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
