"""The actor panel: find actors, check them to filter the timeline, see who is in an event."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.query import ALL, ANY
from viewer.ui.actors.model import (
    OTHER_NAME_COLUMN,
    ActorModel,
)
from viewer.ui.actors.proxy import ActorFilterProxyModel
from viewer.ui.actors.tree import actor_tree, fit_events_column
from viewer.ui.common.text import arg
from viewer.ui.document import Document

_MODES = (ANY, ALL)  # the mode combo's items, in order
# below this tree width the other-language column is hidden, so the names keep enough room
OTHER_NAME_MIN_TREE_WIDTH = 320


class ActorPanel(QWidget):
    """Actors grouped by kind, with a filter box; checked actors filter the timeline."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._model = ActorModel(document, self)
        self._proxy = ActorFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)

        self._filter_edit = QLineEdit(self, objectName="actorFilter")
        self._filter_edit.setClearButtonEnabled(True)
        # Deliberately no Ctrl+F here: the source pane owns that shortcut.
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self._filter_edit,
            self._filter_edit.clear,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self._mode_label = QLabel(self)
        self._mode_combo = QComboBox(self, objectName="actorFilterMode")
        self._mode_combo.addItems(["", ""])  # texts come from retranslate()
        # a narrow panel elides the choice instead of holding the whole window wide
        self._mode_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._mode_combo.setMinimumContentsLength(3)
        self._mode_label.setBuddy(self._mode_combo)
        # the count and Clear only show while checked actors filter the timeline
        self._status_row = QWidget(self, objectName="actorFilterStatusRow")
        self._status = QLabel(self._status_row, objectName="actorFilterStatus")
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._clear_button = QPushButton(self._status_row, objectName="clearActorFilter")

        self._tree = actor_tree(self, self._proxy, "actorTree", other_name_width=104)
        self._tree.installEventFilter(self)

        mode_row = QHBoxLayout()
        mode_row.addWidget(self._mode_label)
        mode_row.addWidget(self._mode_combo, 1)
        status_row = QHBoxLayout(self._status_row)
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self._status, 1)
        status_row.addWidget(self._clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._filter_edit)
        layout.addLayout(mode_row)
        layout.addWidget(self._status_row)
        layout.addWidget(self._tree, 1)

        self._filter_edit.textChanged.connect(self._on_filter_text)
        self._mode_combo.currentIndexChanged.connect(self._on_mode_chosen)
        self._clear_button.clicked.connect(self.clear_checks)
        self._tree.doubleClicked.connect(self._toggle_actor)
        # Groups start expanded and stay so whenever the rows come back.
        self._proxy.modelReset.connect(self._tree.expandAll)
        self._proxy.rowsInserted.connect(self._expand_inserted)
        document.filter_changed.connect(self._show_filter)
        document.timeline_changed.connect(self._show_filter)
        document.timeline_changed.connect(self._fit_events_column)

        self.retranslate()
        self._tree.expandAll()
        self._show_filter()

    # -- intent ----------------------------------------------------------------------------------
    def clear_checks(self) -> None:
        """Uncheck every actor (the rest of the filter stays)."""
        self._document.set_filter(replace(self._document.event_filter, actor_ids=frozenset()))

    def retranslate(self) -> None:
        """Apply the UI-language strings."""
        self._filter_edit.setPlaceholderText(self.tr("Filter actors"))
        self._filter_edit.setToolTip(self.tr("Find actors by any of their names or aliases"))
        self._mode_label.setText(self.tr("Show events with:"))
        self._mode_combo.setItemText(0, self.tr("any checked actor"))
        self._mode_combo.setItemText(1, self.tr("all checked actors"))
        self._clear_button.setText(self.tr("Clear"))
        self._clear_button.setToolTip(self.tr("Uncheck all actors and show every event"))
        self._tree.setAccessibleName(self.tr("Actors"))
        self._model.retranslate()
        self._fit_events_column()
        self._show_filter()

    # -- Qt overrides ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Re-apply strings when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space toggles the current actor whichever column holds the focus; a narrow tree
        hides the other-language names."""
        if watched is self._tree and event.type() == QEvent.Type.Resize:
            narrow = self._tree.width() < OTHER_NAME_MIN_TREE_WIDTH
            if narrow != self._tree.isColumnHidden(OTHER_NAME_COLUMN):
                self._tree.setColumnHidden(OTHER_NAME_COLUMN, narrow)
        if (
            watched is self._tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            return self._toggle_actor(self._tree.currentIndex())
        return super().eventFilter(watched, event)

    # -- reactions -------------------------------------------------------------------------------
    def _on_filter_text(self, text: str) -> None:
        self._proxy.set_filter_text(text)
        self._tree.expandAll()

    def _on_mode_chosen(self, row: int) -> None:
        current = self._document.event_filter
        if 0 <= row < len(_MODES) and _MODES[row] != current.mode:
            self._document.set_filter(replace(current, mode=_MODES[row]))

    def _toggle_actor(self, proxy_index: QModelIndex) -> bool:
        """Flip the check of the actor at `proxy_index`; False when it is not an actor."""
        actor_id = self._model.actor_id(self._proxy.mapToSource(proxy_index))
        if not actor_id:
            return False
        self._document.set_filter(self._document.event_filter.toggled(actor_id))
        return True

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            for row in range(first, last + 1):
                self._tree.expand(self._proxy.index(row, 0))

    def _fit_events_column(self, *_args: object) -> None:
        fit_events_column(self._tree)

    def _show_filter(self, *_args: object) -> None:
        """Mirror the document's filter: the mode, and while actors are checked, the count and
        Clear."""
        actor_filter = self._document.event_filter
        self._mode_combo.blockSignals(True)  # showing the mode must not set it again
        self._mode_combo.setCurrentIndex(
            _MODES.index(actor_filter.mode) if actor_filter.mode in _MODES else 0
        )
        self._mode_combo.blockSignals(False)
        visible = self._document.visible_events()
        if visible is None or not actor_filter.actor_ids:  # the filter bar speaks for the rest
            self._status_row.hide()
            return
        total = len(self._document.timeline.events_by_id)
        self._status.setText(arg(self.tr("Events shown: %1 of %2"), len(visible), total))
        self._status_row.show()
