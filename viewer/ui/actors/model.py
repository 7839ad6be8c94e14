"""The actors as a two-level tree: kind, then actor."""

from __future__ import annotations

import html
import operator
import unicodedata
from functools import reduce
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from viewer.core.changes import Change
from viewer.core.model import ACTOR_KINDS, LANGUAGES, Actor, Timeline
from viewer.ui.common.text import shown
from viewer.ui.common.vocabulary import actor_kind_group
from viewer.ui.document import Document

# Every custom role the actor models answer, declared once.
ACTOR_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # str: the actor's id ("" on group rows)
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # str: all names and aliases, for the filter box
EVENT_COUNT_ROLE = Qt.ItemDataRole.UserRole + 3  # int: events the actor (or group) takes part in

NAME_COLUMN, OTHER_NAME_COLUMN, EVENTS_COLUMN = range(3)
COLUMN_COUNT = 3

# Group rows carry internal id 0; an actor row carries its group's row + 1, so parent() is cheap.
_GROUP_ID = 0

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: the parent of the top rows


class ActorModel(QAbstractItemModel):
    """People, organizations and groups with their actors; checks mirror the document's filter."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._groups: list[list[Actor]] = []
        # the events of each group of actors, counted once per timeline value
        self._counted: Timeline | None = None
        self._group_counts: dict[tuple[str, ...], int] = {}
        self._collect()
        document.timeline_changed.connect(self._on_timeline_changed)
        self._checked = document.event_filter.actor_ids  # the ticks the rows show
        self._marked = self._selected_actors()  # the rows drawn bold as the selected event's
        document.filter_changed.connect(self._on_filter_changed)
        document.selection_changed.connect(self._on_selection_changed)
        document.language_changed.connect(self._on_language_changed)

    # -- structure -------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        """The index of `row`, `column` under `parent`."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP_ID)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: AnyIndex | None = None) -> Any:  # type: ignore[override]
        """The group of an actor row; an invalid index for group rows."""
        if child is None:  # called as QObject.parent()
            return QObject.parent(self)
        if not child.isValid() or child.internalId() == _GROUP_ID:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP_ID)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        """Three groups at the top, their actors below them."""
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _GROUP_ID:
            return 0
        return len(self._groups[parent.row()])

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        """Name, other name, number of events."""
        return COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Actors are selectable and checkable in the name column; groups only enabled."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._actor(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles in the UI language."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Other name"), self.tr("Events"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == EVENTS_COLUMN:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    # -- data ------------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows; see the role constants at the top of the module."""
        if not index.isValid():
            return None
        actor = self._actor(index)
        if actor is None:
            return self._group_data(index, role)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME_COLUMN:
                return self._name(actor)
            if column == OTHER_NAME_COLUMN:
                return self._other_name(actor)
            return self._event_count(actor.id)
        if role == Qt.ItemDataRole.CheckStateRole and column == NAME_COLUMN:
            checked = actor.id in self._document.event_filter.actor_ids
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and self._in_selected_event(actor.id):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self._in_selected_event(actor.id):
            # A tint of the highlight colour stays light in light themes and dark in dark ones.
            colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
            colour.setAlpha(48)
            return colour
        if role == Qt.ItemDataRole.ForegroundRole and column == OTHER_NAME_COLUMN:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == EVENTS_COLUMN:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(actor)
        if role == ACTOR_ID_ROLE:
            return actor.id
        if role == SEARCH_TEXT_ROLE:
            return _search_text(actor)
        if role == EVENT_COUNT_ROLE:
            return self._event_count(actor.id)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Checking or unchecking an actor changes the document's actor filter."""
        actor = self._actor(index) if index.isValid() else None
        if actor is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != NAME_COLUMN:
            return False
        want = Qt.CheckState(value) == Qt.CheckState.Checked
        actor_filter = self._document.event_filter
        if want != (actor.id in actor_filter.actor_ids):
            # The document answers with filter_changed, which emits dataChanged for the checks.
            self._document.set_filter(actor_filter.toggled(actor.id))
        return True

    def actor_id(self, index: AnyIndex) -> str:
        """The id of the actor at `index`, or "" for a group row."""
        actor = self._actor(index) if index.isValid() else None
        return actor.id if actor else ""

    def language(self) -> str:
        """The language names are shown in (the document's)."""
        return self._document.language

    def retranslate(self) -> None:
        """Re-announce the UI-language texts (headers, group names) after a language change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._groups:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._groups) - 1, 0),
                [Qt.ItemDataRole.DisplayRole],
            )

    # -- helpers ---------------------------------------------------------------------------------
    def _collect(self) -> None:
        self._groups = self._grouped()

    def _grouped(self) -> list[list[Actor]]:
        groups: dict[str, list[Actor]] = {kind: [] for kind in ACTOR_KINDS}
        for actor in self._document.timeline.actors_by_id.values():
            # An invalid kind is kept by the store with the default, but guard anyway.
            groups.get(actor.kind, groups[ACTOR_KINDS[0]]).append(actor)
        return [groups[kind] for kind in ACTOR_KINDS]

    def _actor(self, index: AnyIndex) -> Actor | None:
        group = index.internalId()
        if group == _GROUP_ID:
            return None
        return self._groups[group - 1][index.row()]

    def _group_data(self, index: AnyIndex, role: int) -> Any:
        actors = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == NAME_COLUMN:
                return self._group_title(index.row())
            if index.column() == EVENTS_COLUMN:
                return self._group_event_count(actors)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == EVENTS_COLUMN:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == EVENT_COUNT_ROLE:
            return self._group_event_count(actors)
        if role == ACTOR_ID_ROLE:
            return ""
        return None

    def _group_title(self, row: int) -> str:
        return actor_kind_group(ACTOR_KINDS[row])

    def _name(self, actor: Actor) -> str:
        return shown(actor.name.get(self._document.language) or actor.id)

    def _other_name(self, actor: Actor) -> str:
        """The name in the other language, when one is written and differs."""
        others = [lang for lang in LANGUAGES if lang != self._document.language]
        for lang in others:
            text = actor.name.exact(lang)
            if text and shown(text) != self._name(actor):
                return shown(text)
        return ""

    def _event_count(self, actor_id: str) -> int:
        return self._document.events_by("actor").get(actor_id, 0).bit_count()

    def _group_event_count(self, actors: list[Actor]) -> int:
        # the row is drawn at every selection: its count is kept for the timeline value
        timeline = self._document.timeline
        if self._counted is not timeline:
            self._counted, self._group_counts = timeline, {}
        key = tuple(actor.id for actor in actors)
        count = self._group_counts.get(key)
        if count is None:
            index = self._document.events_by("actor")  # kept across edits
            bits = reduce(operator.or_, (index.get(actor_id, 0) for actor_id in key), 0)
            count = self._group_counts[key] = bits.bit_count()
        return count

    def _in_selected_event(self, actor_id: str) -> bool:
        event = self._document.selected_event()
        return event is not None and actor_id in event.actors

    def _tooltip(self, actor: Actor) -> str:
        # Tooltips are rich text: escape everything that comes from the data file.
        lines = [f"<b>{html.escape(self._name(actor))}</b>"]
        other = self._other_name(actor)
        if other:  # the other-name column is hidden in a narrow panel
            lines[0] += f" · {html.escape(other)}"
        description = actor.description.get(self._document.language)
        if description:
            lines.append(html.escape(shown(description)))
        if actor.aliases:
            aliases = html.escape(shown(", ".join(actor.aliases)))
            lines.append(html.escape(self.tr("Also written:")) + " " + aliases)
        return "<br>".join(lines)

    def _emit_for_actors(
        self,
        first_column: int,
        last_column: int,
        roles: list[int],
        only: frozenset[str] | None = None,
    ) -> None:
        """Announce new data for every actor row (or for the actors in `only`), one signal for
        each run of neighbouring rows."""
        for row, actors in enumerate(self._groups):
            rows = [r for r, a in enumerate(actors) if only is None or a.id in only]
            if not rows:
                continue
            parent = self.index(row, 0)
            for first, last in _runs(rows):
                self.dataChanged.emit(
                    self.index(first, first_column, parent),
                    self.index(last, last_column, parent),
                    roles,
                )

    # -- document signals ------------------------------------------------------------------------
    def _on_timeline_changed(self, change: Change) -> None:
        if change.actors:
            groups = self._grouped()
            same_rows = [[a.id for a in g] for g in groups] == [
                [a.id for a in g] for g in self._groups
            ]
            if not same_rows:  # actors came, went or changed kind
                self.beginResetModel()
                self._groups = groups
                self.endResetModel()
                return
            self._groups = groups  # the same rows, some with new names or aliases
            self._emit_for_actors(0, COLUMN_COUNT - 1, [], only=change.actors_changed)
        if change.events:
            # Event counts and the selected event's actors may differ.
            if self._groups:
                self.dataChanged.emit(
                    self.index(0, EVENTS_COLUMN),
                    self.index(len(self._groups) - 1, EVENTS_COLUMN),
                    [Qt.ItemDataRole.DisplayRole],
                )
            self._emit_for_actors(EVENTS_COLUMN, EVENTS_COLUMN, [Qt.ItemDataRole.DisplayRole])
        if change.touches_event(self._document.selected_event_id):
            self._on_selection_changed(self._document.selected_event_id)  # its actors may differ

    def _on_filter_changed(self) -> None:
        # only the rows whose tick changed: a kind or a date ticks no actor, and every row
        # announced made the sorting proxy look again at all of them
        checked = self._document.event_filter.actor_ids
        changed, self._checked = checked ^ self._checked, checked
        if changed:
            role = [Qt.ItemDataRole.CheckStateRole]
            self._emit_for_actors(NAME_COLUMN, NAME_COLUMN, role, only=frozenset(changed))

    def _on_selection_changed(self, _event_id: str) -> None:
        # only the rows that turn bold or plain: every row announced made the views and the
        # sorting proxy read them all again at each step through the events
        marked = self._selected_actors()
        changed, self._marked = marked ^ self._marked, marked
        if changed:
            roles = [Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole]
            self._emit_for_actors(0, COLUMN_COUNT - 1, roles, only=changed)

    def _selected_actors(self) -> frozenset[str]:
        event = self._document.selected_event()
        return frozenset(event.actors) if event is not None else frozenset()

    def _on_language_changed(self, _language: str) -> None:
        self._emit_for_actors(
            0, COLUMN_COUNT - 1, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
        )


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """The first and last of each run of consecutive numbers in the ascending `rows`."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _search_text(actor: Actor) -> str:
    """Every spelling on its own line, so a match never straddles two names."""
    return unicodedata.normalize("NFC", "\n".join(actor.spellings))
