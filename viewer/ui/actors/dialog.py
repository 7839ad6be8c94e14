"""The Manage Actors dialog: find an actor, edit it, add, merge or delete actors, all undoable."""

from __future__ import annotations

import dataclasses
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
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core import edits
from viewer.core.changes import Change
from viewer.core.model import Actor, LocalText
from viewer.ui.actors.form import ActorForm, actor_name
from viewer.ui.actors.model import (
    ACTOR_ID_ROLE,
    NAME_COLUMN,
    ActorModel,
)
from viewer.ui.actors.proxy import ActorFilterProxyModel
from viewer.ui.actors.tree import actor_tree, fit_events_column
from viewer.ui.common.prompts import Answer, Level, Prompts
from viewer.ui.common.text import arg
from viewer.ui.document import Document

AnyIndex = QModelIndex | QPersistentModelIndex


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

    def __init__(self, document: Document, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="actorDialog")
        self.setModal(False)
        self._document = document
        self._prompts = prompts
        self._current_id = ""  # the actor the form shows
        self._quiet = False  # set while the dialog itself moves the selection
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
        self._form = ActorForm(self)
        self._apply_button = QPushButton(self, objectName="applyActorButton", default=True)
        self._close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._layout()

        self._filter.textChanged.connect(self._on_filter_text)
        self._list.selectionModel().currentRowChanged.connect(self._on_current_row)
        self._add.clicked.connect(self._on_add)
        self._merge.clicked.connect(self._on_merge)
        self._delete.clicked.connect(self._on_delete)
        self._apply_button.clicked.connect(self.apply_changes)
        self._close.rejected.connect(self.reject)
        self._form.changed.connect(self._update_buttons)
        document.timeline_changed.connect(self._on_timeline_changed)
        document.language_changed.connect(self._form.set_language)
        self.retranslate()
        self._list.expandAll()
        fit_events_column(self._list)
        self.select_actor(next((str(i.data(ACTOR_ID_ROLE)) for i in self._visible_rows()), ""))

    def _layout(self) -> None:
        right = QVBoxLayout()
        right.addWidget(self._form, 1)
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
        if actor is None or actor != self._form.shown():  # the same actor keeps typed edits
            self._show(actor)
        self._select_row(self._current_id)
        return actor is not None

    def apply_changes(self) -> bool:
        """Push the form's edits of the actor as one undo step; False when they are refused."""
        shown, edited = self._form.shown(), self._form.edited()
        if shown is None or edited is None or edited == shown:
            return shown is not None
        problem = self._form.problem(edited)
        try:
            if problem:
                raise edits.EditError(problem)
            after = edits.replace_actor(self._document.timeline, shown.id, edited)
        except edits.EditError as exc:
            self._form.set_error(arg(self.tr("Cannot apply: %1"), str(exc)))
            return False
        name = actor_name(shown, self._document.language)
        only_names = dataclasses.replace(edited, id=shown.id, name=shown.name) == shown
        text = self.tr("Rename actor '%1'") if only_names else self.tr("Edit actor '%1'")
        self._current_id = edited.id
        renamed = {shown.id: edited.id} if edited.id != shown.id else None
        self._document.apply(after, arg(text, name), renamed=renamed)
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
        self._apply_button.setText(self.tr("A&pply"))
        self._model.retranslate()

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
    def _on_timeline_changed(self, change: Change) -> None:
        # The actor model, connected first, has already rebuilt its rows.
        fit_events_column(self._list)
        actor = self._document.timeline.actors_by_id.get(change.renamed_actor(self._current_id))
        if actor != self._form.shown():  # an unchanged actor keeps any edits typed in the form
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
        if self._form.pending():
            # Asking while the view is still handling the click would fight its selection.
            QTimer.singleShot(0, self, lambda: self.select_actor(actor_id))
        else:
            self.select_actor(actor_id)

    def _on_add(self) -> None:
        if not self._resolve_pending():
            return
        name = self._prompts.ask_text(
            self, "new-actor-name", self.tr("Add Actor"), self.tr("English name of the new actor:")
        )
        name = unicodedata.normalize("NFC", (name or "").strip())
        if not name:
            return
        timeline = self._document.timeline
        actor = Actor(
            edits.unique_id(timeline.actors_by_id, edits.slug(name) or "actor"),
            name=LocalText.of({"en": name}),
        )
        self._current_id = actor.id
        self._document.apply(edits.add_actor(timeline, actor), arg(self.tr("Add actor '%1'"), name))
        if not self._index_of(actor.id).isValid():
            self._filter.clear()  # the filter hid the new actor
        self._form.focus_korean_name()

    def _on_merge(self) -> None:
        merged = self._form.shown()
        if merged is None or not self._resolve_pending():
            return
        language = self._document.language
        others = sorted(
            (a for a in self._document.timeline.actors_by_id.values() if a.id != merged.id),
            key=lambda a: actor_name(a, language).casefold(),
        )
        labels = [f"{actor_name(a, language)} ({a.id})" for a in others]
        merged_name = actor_name(merged, language)
        label = self._prompts.choose(
            self,
            "merge-into",
            self.tr("Merge Into"),
            arg(self.tr("Keep which actor? '%1' is folded into it:"), merged_name),
            labels,
        )
        if label is None:
            return
        keep = others[labels.index(label)]
        keep_name = actor_name(keep, language)
        answer = self._prompts.ask(
            self,
            "merge-actors",
            self.tr("Merge Actors"),
            arg(
                self.tr(
                    "Merge '%1' into '%2'?\n\nEvents that refer to '%1' will refer to "
                    "'%2', and the names of '%1' become aliases of '%2'."
                ),
                merged_name,
                keep_name,
            ),
            (Answer.YES, Answer.NO),
            Answer.YES,
        )
        if answer is not Answer.YES:
            return
        after = edits.merge_actors(self._document.timeline, keep.id, merged.id)
        self._current_id = keep.id
        self._document.apply(
            after,
            arg(self.tr("Merge '%1' into '%2'"), merged_name, keep_name),
            merged={merged.id: keep.id},
        )

    def _on_delete(self) -> None:
        actor = self._form.shown()
        if actor is None:
            return
        name = actor_name(actor, self._document.language)
        try:
            after = edits.remove_actor(self._document.timeline, actor.id)
        except edits.EditError as exc:
            self._prompts.tell(
                self,
                self.tr("Cannot Delete Actor"),
                arg(self.tr("'%1' cannot be deleted: %2."), name, str(exc)),
                Level.WARNING,
            )
            return
        self._current_id = self._neighbour_id()
        self._document.apply(after, arg(self.tr("Delete actor '%1'"), name))

    # -- helpers ---------------------------------------------------------------------------------
    def _show(self, actor: Actor | None) -> None:
        """Fill the form from `actor` (empty and disabled for none)."""
        self._form.show_actor(actor, self._document.language)
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self._form.shown()
        self._apply_button.setEnabled(self._form.pending())
        several = len(self._document.timeline.actors_by_id) > 1
        self._merge.setEnabled(shown is not None and several)
        self._delete.setEnabled(shown is not None)

    def _resolve_pending(self) -> bool:
        """Offer to apply unapplied edits; False when the user wants to keep editing."""
        shown = self._form.shown()
        if shown is None or not self._form.pending():
            return True
        answer = self._prompts.ask(
            self,
            "unapplied-actor",
            self.tr("Unapplied Changes"),
            arg(self.tr("Apply your changes to '%1'?"), actor_name(shown, self._document.language)),
            (Answer.APPLY, Answer.DISCARD, Answer.CANCEL),
            Answer.APPLY,
        )
        if answer is Answer.APPLY:
            return self.apply_changes()
        if answer is Answer.DISCARD:
            self._show(shown)
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
