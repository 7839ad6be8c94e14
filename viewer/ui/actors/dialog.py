"""The Manage Actors dialog: find an actor, edit it, add, merge or delete actors, all undoable."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core import edits
from viewer.core.model import ACTOR_KINDS, EMPTY_TEXT, Actor, LocalText, Timeline
from viewer.ui.actors.model import (
    ACTOR_ID_ROLE,
    NAME_COLUMN,
    ActorFilterProxyModel,
    ActorModel,
)
from viewer.ui.actors.tree import actor_tree, fit_events_column
from viewer.ui.document import Change, Document

ACTORS_ONLY = Change(events=False, actors=True, sources=False)
ACTORS_AND_REFERENCES = Change(events=True, actors=True, sources=False)

AnyIndex = QModelIndex | QPersistentModelIndex
_Button = QMessageBox.StandardButton


class ActorChoiceProxyModel(ActorFilterProxyModel):
    """The actor panel's filtering and sorting, without its timeline-filter check boxes."""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """As the actor model says, but never checkable: checking here would filter the timeline."""
        return super().flags(index) & ~Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As the actor model says, without check states."""
        return None if role == Qt.ItemDataRole.CheckStateRole else super().data(index, role)


class ActorDialog(QDialog):
    """Non-modal "Manage Actors": a searchable actor list and the selected actor's fields."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="actorDialog")
        self.setModal(False)
        self._document = document
        self._timeline = document.timeline  # the value the list was last built from
        self._current_id = ""  # the actor the form shows
        self._shown: Actor | None = None  # the value the form was filled from
        self._quiet = False  # set while the dialog itself moves the selection or fills the form
        # The actor panel's model: grouped by kind, names in the document language, counts.
        self._model = ActorModel(document, self)
        self._proxy = ActorChoiceProxyModel(self)
        self._proxy.setSourceModel(self._model)

        self._filter = QLineEdit(self, objectName="actorDialogFilter", clearButtonEnabled=True)
        self._list = actor_tree(self, self._proxy, "actorDialogList", other_name_width=140)
        # Kind groups start expanded and stay so whenever rows come back.
        self._proxy.modelReset.connect(self._list.expandAll)
        self._proxy.rowsInserted.connect(lambda *_: self._list.expandAll())
        self._add = QPushButton(self, objectName="addActorButton", autoDefault=False)
        self._merge = QPushButton(self, objectName="mergeActorButton", autoDefault=False)
        self._delete = QPushButton(self, objectName="deleteActorButton", autoDefault=False)

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
        self._apply_button = QPushButton(self, objectName="applyActorButton", default=True)
        self._close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
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
        self._layout()

        self._filter.textChanged.connect(self._on_filter_text)
        self._list.selectionModel().currentRowChanged.connect(self._on_current_row)
        self._add.clicked.connect(self._on_add)
        self._merge.clicked.connect(self._on_merge)
        self._delete.clicked.connect(self._on_delete)
        self._apply_button.clicked.connect(self.apply_changes)
        self._close.rejected.connect(self.reject)
        for edit in (
            self._id,
            self._name_en,
            self._name_ko,
            self._description_en,
            self._description_ko,
            self._aliases,
        ):
            edit.textChanged.connect(self._update_buttons)
        self._kind.currentIndexChanged.connect(self._update_buttons)
        document.timeline_changed.connect(self._on_timeline_changed)
        self.retranslate()
        self._list.expandAll()
        fit_events_column(self._list)
        self.select_actor(next((str(i.data(ACTOR_ID_ROLE)) for i in self._visible_rows()), ""))

    def _layout(self) -> None:
        form = QFormLayout()
        for label, field in zip(self._labels, self._fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        right = QVBoxLayout()
        right.addWidget(self._heading)
        right.addLayout(form, 1)
        right.addWidget(self._error)
        right.addWidget(self._apply_button, 0, Qt.AlignmentFlag.AlignRight)
        buttons = QHBoxLayout()
        for button in (self._add, self._merge, self._delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self._filter)
        left.addWidget(self._list, 1)
        left.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self._close)
        self.resize(880, 480)

    # -- intent ----------------------------------------------------------------------------------
    def current_actor_id(self) -> str:
        """The id of the actor the form shows, or ""."""
        return self._current_id

    def select_actor(self, actor_id: str) -> bool:
        """Show the actor `actor_id` (after offering to apply pending edits); False if refused."""
        actor = self._document.timeline.actors_by_id.get(actor_id)
        if actor_id != self._current_id and not self._resolve_pending():
            self._select_row(self._current_id)
            return False
        self._current_id = actor.id if actor else ""
        if actor is None or actor != self._shown:  # the same actor keeps the typed edits
            self._show(actor)
        self._select_row(self._current_id)
        return actor is not None

    def apply_changes(self) -> bool:
        """Push the form's edits of the actor as one undo step; False when they are refused."""
        shown, edited = self._shown, self._edited()
        if shown is None or edited is None or edited == shown:
            return shown is not None
        problem = self._problem(edited)
        try:
            if problem:
                raise edits.EditError(problem)
            after = edits.replace_actor(self._document.timeline, shown.id, edited)
        except edits.EditError as exc:
            self._error.setText(_arg(self.tr("Cannot apply: %1"), str(exc)))
            return False
        name = _name(shown, self._document.language)
        renamed = dataclasses.replace(edited, id=shown.id, name=shown.name) == shown
        text = self.tr("Rename actor '%1'") if renamed else self.tr("Edit actor '%1'")
        self._current_id = edited.id
        change = ACTORS_AND_REFERENCES if edited.id != shown.id else ACTORS_ONLY
        self._document.apply(after, _arg(text, name), change)
        return True

    def retranslate(self) -> None:
        """Apply the UI-language strings."""
        self.setWindowTitle(self.tr("Manage Actors"))
        self._filter.setPlaceholderText(self.tr("Filter actors"))
        self._filter.setToolTip(self.tr("Find actors by id, name or alias"))
        self._list.setAccessibleName(self.tr("Actors"))
        self._add.setText(self.tr("&Add…"))
        self._add.setToolTip(self.tr("Add a new actor"))
        self._merge.setText(self.tr("&Merge Into…"))
        self._merge.setToolTip(self.tr("Fold this actor into another one, which is kept"))
        self._delete.setText(self.tr("&Delete"))
        self._delete.setToolTip(self.tr("Delete this actor; only possible when no event uses it"))
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
        for row, text in enumerate((self.tr("Person"), self.tr("Organization"), self.tr("Group"))):
            self._kind.setItemText(row, text)
        self._apply_button.setText(self.tr("A&pply"))
        self._model.retranslate()
        self._show_heading()

    # -- Qt overrides ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Re-apply strings when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        """Close (Escape, Close button, title bar) unless unapplied edits are kept."""
        if self._resolve_pending():
            super().reject()

    # -- reactions -------------------------------------------------------------------------------
    def _on_timeline_changed(self, _change: Change) -> None:
        # The actor model, connected first, has already rebuilt its rows.
        before, self._timeline = self._timeline, self._document.timeline
        fit_events_column(self._list)
        actor_id = _follow_rename(before, self._timeline, self._current_id)
        actor = self._timeline.actors_by_id.get(actor_id)
        if actor != self._shown:  # an unchanged actor keeps any edits typed into the form
            self._show(actor)
        self._current_id = actor.id if actor else ""
        self._select_row(self._current_id)

    def _on_filter_text(self, text: str) -> None:
        # Rows hidden by the filter move Qt's current row; the form stays on its actor.
        self._quiet = True
        self._proxy.set_filter_text(text)
        self._quiet = False
        self._select_row(self._current_id)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        actor_id = self._proxy.data(current, ACTOR_ID_ROLE) if current.isValid() else ""
        if self._quiet or not actor_id or actor_id == self._current_id:
            return
        if self._pending():
            # Asking while the view is still handling the click would fight its selection.
            QTimer.singleShot(0, self, lambda: self.select_actor(actor_id))
        else:
            self.select_actor(actor_id)

    def _on_add(self) -> None:
        if not self._resolve_pending():
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Add Actor"), self.tr("English name of the new actor:")
        )
        name = _clean(name)
        if not ok or not name:
            return
        timeline = self._document.timeline
        actor = Actor(
            edits.unique_id(timeline.actors_by_id, edits.slug(name) or "actor"),
            name=LocalText.of({"en": name}),
        )
        self._current_id = actor.id
        self._document.apply(
            edits.add_actor(timeline, actor), _arg(self.tr("Add actor '%1'"), name), ACTORS_ONLY
        )
        if not self._index_of(actor.id).isValid():
            self._filter.clear()  # the filter hid the new actor
        self._name_ko.setFocus()

    def _on_merge(self) -> None:
        merged = self._shown
        if merged is None or not self._resolve_pending():
            return
        language = self._document.language
        others = sorted(
            (a for a in self._document.timeline.actors_by_id.values() if a.id != merged.id),
            key=lambda a: _name(a, language).casefold(),
        )
        labels = [f"{_name(a, language)} ({a.id})" for a in others]
        merged_name = _name(merged, language)
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Merge Into"),
            _arg(self.tr("Keep which actor? '%1' is folded into it:"), merged_name),
            labels,
            0,
            False,
        )
        if not ok or label not in labels:
            return
        keep = others[labels.index(label)]
        keep_name = _name(keep, language)
        answer = QMessageBox.question(
            self,
            self.tr("Merge Actors"),
            _arg(
                self.tr(
                    "Merge '%1' into '%2'?\n\nEvents that refer to '%1' will refer to "
                    "'%2', and the names of '%1' become aliases of '%2'."
                ),
                merged_name,
                keep_name,
            ),
            _Button.Yes | _Button.No,
            _Button.Yes,
        )
        if answer != _Button.Yes:
            return
        after = edits.merge_actors(self._document.timeline, keep.id, merged.id)
        self._current_id = keep.id
        self._document.apply(
            after,
            _arg(self.tr("Merge '%1' into '%2'"), merged_name, keep_name),
            ACTORS_AND_REFERENCES,
        )

    def _on_delete(self) -> None:
        actor = self._shown
        if actor is None:
            return
        name = _name(actor, self._document.language)
        try:
            after = edits.remove_actor(self._document.timeline, actor.id)
        except edits.EditError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot Delete Actor"),
                _arg(self.tr("'%1' cannot be deleted: %2."), name, str(exc)),
            )
            return
        self._current_id = self._neighbour_id()
        self._document.apply(after, _arg(self.tr("Delete actor '%1'"), name), ACTORS_ONLY)

    # -- helpers ---------------------------------------------------------------------------------
    def _show(self, actor: Actor | None) -> None:
        """Fill the form from `actor` (empty and disabled for none)."""
        self._shown = actor
        self._quiet = True
        self._id.setText(actor.id if actor else "")
        for edit, text, lang in (
            (self._name_en, "name", "en"),
            (self._name_ko, "name", "ko"),
            (self._description_en, "description", "en"),
            (self._description_ko, "description", "ko"),
        ):
            edit.setText((getattr(actor, text).exact(lang) or "") if actor else "")
        self._kind.setCurrentIndex(
            ACTOR_KINDS.index(actor.kind) if actor and actor.kind in ACTOR_KINDS else 0
        )
        self._aliases.setPlainText("\n".join(actor.aliases) if actor else "")
        self._quiet = False
        for field in self._fields:
            field.setEnabled(actor is not None)
        self._error.clear()
        self._show_heading()
        self._update_buttons()

    def _show_heading(self) -> None:
        actor = self._shown
        self._heading.setText(
            _name(actor, self._document.language) if actor else self.tr("No actor selected")
        )

    def _update_buttons(self) -> None:
        if self._quiet:
            return
        self._apply_button.setEnabled(self._pending())
        several = len(self._document.timeline.actors_by_id) > 1
        self._merge.setEnabled(self._shown is not None and several)
        self._delete.setEnabled(self._shown is not None)

    def _edited(self) -> Actor | None:
        """The actor as the form now describes it."""
        shown = self._shown
        if shown is None:
            return None
        aliases = (_clean(line) for line in self._aliases.toPlainText().splitlines())
        return dataclasses.replace(
            shown,
            id=_clean(self._id.text()),
            name=_edited_text(shown.name, self._name_en.text(), self._name_ko.text()),
            aliases=tuple(dict.fromkeys(alias for alias in aliases if alias)),
            kind=self._kind.currentData() or shown.kind,
            description=_edited_text(
                shown.description, self._description_en.text(), self._description_ko.text()
            ),
        )

    def _pending(self) -> bool:
        return self._shown is not None and self._edited() != self._shown

    def _problem(self, actor: Actor) -> str:
        if not actor.id:
            return self.tr("an actor needs an id")
        if re.search(r"\s", actor.id):
            return self.tr("an id cannot contain spaces")
        if not actor.name:
            return self.tr("an actor needs a name")
        return ""

    def _resolve_pending(self) -> bool:
        """Offer to apply unapplied edits; False when the user wants to keep editing."""
        if not self._pending() or self._shown is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unapplied Changes"),
            _arg(
                self.tr("Apply your changes to '%1'?"), _name(self._shown, self._document.language)
            ),
            _Button.Apply | _Button.Discard | _Button.Cancel,
            _Button.Apply,
        )
        if answer == _Button.Apply:
            return self.apply_changes()
        if answer == _Button.Discard:
            self._show(self._shown)
            return True
        return False

    def _select_row(self, actor_id: str) -> None:
        """Make the list's current row that of `actor_id` (none when it is hidden or gone)."""
        index = self._index_of(actor_id)
        self._quiet = True
        selection = self._list.selectionModel()
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, flags)
            self._list.scrollTo(index)
        else:
            selection.clear()
        self._quiet = False
        self._update_buttons()

    def _visible_rows(self) -> Iterator[QModelIndex]:
        """The actor rows the list shows, top to bottom (the kind groups are skipped)."""
        for group in range(self._proxy.rowCount()):
            parent = self._proxy.index(group, NAME_COLUMN)
            for row in range(self._proxy.rowCount(parent)):
                yield self._proxy.index(row, NAME_COLUMN, parent)

    def _index_of(self, actor_id: str) -> QModelIndex:
        rows = (index for index in self._visible_rows() if index.data(ACTOR_ID_ROLE) == actor_id)
        return next(rows, QModelIndex()) if actor_id else QModelIndex()

    def _neighbour_id(self) -> str:
        """The actor listed after the current one (else before it), to show after a delete."""
        ids = [str(index.data(ACTOR_ID_ROLE)) for index in self._visible_rows()]
        if self._current_id not in ids:
            return ""
        position = ids.index(self._current_id)
        if position + 1 < len(ids):
            return ids[position + 1]
        return ids[position - 1] if position > 0 else ""


def _name(actor: Actor, language: str) -> str:
    """The actor's name in `language` (with fallback), else its id."""
    return actor.name.get(language) or actor.id


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def _edited_text(original: LocalText, en: str, ko: str) -> LocalText:
    """What the two fields say; an untouched plain string stays plain, other languages stay."""
    fields = {"en": en, "ko": ko}
    # A field showing exactly what was written keeps it, even with stray spaces.
    wanted = {
        lang: text if text == (original.exact(lang) or "") else _clean(text)
        for lang, text in fields.items()
    }
    if original.plain is not None and wanted["en"] == wanted["ko"] == original.plain:
        return original
    langs = {} if original.plain is not None else dict(original.by_lang)
    for lang, text in wanted.items():
        if text:
            langs[lang] = text
        else:
            langs.pop(lang, None)
    return LocalText(by_lang=tuple(langs.items())) if langs else EMPTY_TEXT


def _follow_rename(before: Timeline, after: Timeline, actor_id: str) -> str:
    """`actor_id`, or its new id when the change (an undo or redo) renamed that id alone."""
    old = [actor.id for actor in before.actors]
    new = [actor.id for actor in after.actors]
    if actor_id in new or actor_id not in old or len(old) != len(new):
        return actor_id
    at = old.index(actor_id)
    if old[:at] == new[:at] and old[at + 1 :] == new[at + 1 :] and new[at] not in old:
        return new[at]
    return actor_id


def _arg(template: str, *values: str) -> str:
    """Fill %1, %2, ... in one pass, so a name containing "%2" is never filled in again."""

    def fill(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return re.sub(r"%(\d)", fill, template)
