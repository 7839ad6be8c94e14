"""The event dialog's actor and tag fields: a searchable checklist, a new-actor dialog, tags."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.anchoring import nfc
from viewer.core.edits import slug, unique_id
from viewer.core.model import ACTOR_KINDS, Actor, LocalText
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.text import arg
from viewer.ui.common.vocabulary import actor_kind_name

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SEARCH_ROLE = int(Qt.ItemDataRole.UserRole) + 2
_Index = QModelIndex | QPersistentModelIndex


def _search_key(text: str) -> str:
    return nfc(text).casefold()


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
            return _search_key("\n".join((actor.id, *actor.spellings)))
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
        first = actor.name.get(self._language) or actor.id
        other = actor.name.exact("en" if self._language == "ko" else "ko")
        return f"{first} ({other})" if other and other != first else first


class ActorFilterProxy(QSortFilterProxyModel):
    """Keeps the actors any of whose names, aliases or id contain the filter text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_needle(self, text: str) -> None:
        """Filter by `text` (case-insensitive, any language)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later; invalidate is deprecated
            self.beginFilterChange()
            self._needle = _search_key(text.strip())
            self.endFilterChange()
        else:
            self._needle = _search_key(text.strip())
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Whether the row's searchable text contains the needle."""
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in (index.data(SEARCH_ROLE) or "")


class NewActorDialog(QDialog):
    """Asks for a new actor's English and Korean names and kind."""

    def __init__(self, existing: Sequence[Actor] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spellings = {_search_key(s) for actor in existing for s in actor.spellings}
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
        taken = next((n for n in (en, ko) if n and _search_key(n) in self._spellings), "")
        if not (en or ko):
            self._status.set_status(self.tr("Enter a name in English or Korean"))
        elif taken:
            message = arg(self.tr("An actor called '%1' already exists"), taken)
            self._status.set_status(message, "warning")
        else:
            self._status.set_status("")


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
        self._model = ActorChoiceModel(actors, checked, language, self)
        self._proxy = ActorFilterProxy(self)
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


class _TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def splitPath(self, path: str) -> list[str]:
        """Only the last tag is matched."""
        return [path.split(",")[-1].lstrip()]

    def pathFromIndex(self, index: _Index) -> str:
        """The tags before the last comma, then the chosen one."""
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        done = [tag.strip() for tag in typed.split(",")[:-1] if tag.strip()]
        return ", ".join([*done, super().pathFromIndex(index)])


class TagEdit(QLineEdit):
    """Comma-separated tags, completing from the tags the timeline already uses."""

    def __init__(
        self, tags: Iterable[str], used: Iterable[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(", ".join(tags), parent, objectName="eventTags")
        # The model needs a parent: the completer does not keep the Python object alive.
        model = QStringListModel(sorted(set(used), key=str.casefold), self)
        completer = _TagCompleter(model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def tags(self) -> tuple[str, ...]:
        """The tags as typed: stripped, without empty or repeated ones."""
        return tuple(dict.fromkeys(tag.strip() for tag in self.text().split(",") if tag.strip()))
