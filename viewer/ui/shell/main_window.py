"""The main window: timeline in the middle, dockable actors, source, details and problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMenu,
    QUndoView,
    QWidget,
)

from viewer.ui.actors.panel import ActorPanel
from viewer.ui.agreement.panel import ROOM_WANTED, DisagreementsPanel
from viewer.ui.common.prompts import Prompts
from viewer.ui.details.panel import DetailsPanel
from viewer.ui.document import Document
from viewer.ui.editing.controller import EditController, date_at
from viewer.ui.exchange.controller import ExchangeController
from viewer.ui.filter.bar import FilterBar
from viewer.ui.filter.panel import FilterPanel
from viewer.ui.problems.panel import ProblemsPanel
from viewer.ui.search.panel import SearchPanel
from viewer.ui.settings import Settings
from viewer.ui.shell.actions import WindowActions
from viewer.ui.shell.dock_layout import (
    add_dock,
    arrange_docks,
    fit_to_screen,
    grow_when_raised,
    size_docks,
    stacked,
)
from viewer.ui.shell.drawing import WindowDrawing
from viewer.ui.shell.drops import dropped_files, handle_drop
from viewer.ui.shell.files import FileController
from viewer.ui.shell.help_menu import HelpMenu
from viewer.ui.shell.status import WindowStatus
from viewer.ui.source.pane import SourcePane
from viewer.ui.sources.controller import SourcesController
from viewer.ui.sources.panel import SourcesPanel
from viewer.ui.suggestions.panel import SuggestionsPanel
from viewer.ui.table.panel import EventTablePanel
from viewer.ui.timeline.panel import TimelinePanel

_DOCKS = (  # name, object name, area
    ("actors", "actorsDock", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("sources", "sourcesDock", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("filter", "filterDock", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("search", "searchDock", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("source", "sourceDock", Qt.DockWidgetArea.RightDockWidgetArea),
    ("details", "detailsDock", Qt.DockWidgetArea.RightDockWidgetArea),
    ("suggestions", "suggestionsDock", Qt.DockWidgetArea.RightDockWidgetArea),
    ("problems", "problemsDock", Qt.DockWidgetArea.BottomDockWidgetArea),
    ("disagreements", "disagreementsDock", Qt.DockWidgetArea.BottomDockWidgetArea),
    ("events", "eventsDock", Qt.DockWidgetArea.BottomDockWidgetArea),
    ("history", "historyDock", Qt.DockWidgetArea.BottomDockWidgetArea),
)


class MainWindow(QMainWindow):
    """Composes the panels around one Document and offers the menus."""

    language_requested = Signal(str)

    def __init__(
        self,
        document: Document,
        settings: Settings,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._document = document
        self._settings = settings
        self._prompts = prompts
        self._timeline = TimelinePanel(document, self)
        self.setCentralWidget(stacked(FilterBar(document, self), self._timeline))
        self._actors = ActorPanel(document, self)
        self._sources = SourcesPanel(document, self)
        self._filter = FilterPanel(document, self)
        self._search = SearchPanel(document, self._open_passage, self)
        self._source = SourcePane(document, self)
        self._details = DetailsPanel(document, self)
        self._suggestions = SuggestionsPanel(
            document, self._accept_suggestion, self._source.show_passage, self
        )
        self._problems = ProblemsPanel(document, self)
        self._disagreements = DisagreementsPanel(document, self)
        self._table = EventTablePanel(document, self)
        self._history = QUndoView(document.undo_stack, self)
        self._history.setObjectName("undoHistory")
        self._files = FileController(document, prompts, self)
        self._edits = EditController(document, self)
        self._source_edits = SourcesController(
            document,
            prompts,
            self,
            current=self._sources.current_source_id,
            own_folder=self._files.ensure_own_folder,
        )
        self._sources.set_actions(self._source_edits.actions(), self._source_edits.short_texts())
        self._exchange = ExchangeController(
            document, prompts, self, self._timeline.view_range, WindowDrawing(self._timeline),
            self.open_path,
        )  # fmt: skip
        self._actor_dialog: QDialog | None = None
        self._help = HelpMenu(
            self, prompts, lambda: self._actions.named_actions(), lambda: document.language
        )
        widgets = (
            self._actors,
            self._sources,
            self._filter,
            self._search,
            self._source,
            self._details,
            self._suggestions,
            self._problems,
            self._disagreements,
            self._table,
            self._history,
        )
        self._docks = {
            name: add_dock(self, object_name, widget, area)
            for (name, object_name, area), widget in zip(_DOCKS, widgets, strict=True)
        }
        arrange_docks(self, self._docks)
        grow_when_raised(self, self._docks["disagreements"], ROOM_WANTED)
        self._actions = WindowActions(
            self,
            self._intents(),
            document.undo_stack,
            self._files,
            self._edits,
            (self._source_edits, self._exchange),
        )
        self._actions.build(self._docks)
        self._actions.add_field(self._search.field)
        self._search.escaped.connect(self._timeline.setFocus)
        self._actions.show_language(document.language)
        self._actions.language_chosen.connect(self.language_requested)
        self._actions.recent_chosen.connect(lambda path: self.open_path(Path(path)))
        self._status = WindowStatus(
            self, document, self._docks["problems"], self._problems.counts()
        )
        self._problems.count_changed.connect(self._status.problems_counted)
        self._timeline.activated.connect(lambda _id: self._edits.edit_selected())
        self._table.activated.connect(lambda _id: self._edits.edit_selected())
        self._table.delete_requested.connect(self._edits.delete.trigger)
        self._timeline.event_moved.connect(self._edits.move_event)
        self._edits.notice.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self._timeline.context_requested.connect(self._timeline_menu)
        self._timeline.story_axis_chosen.connect(self._story_axis_chosen)
        self._files.about_to_open.connect(self._remember_view)
        self._files.opened.connect(self._opened)
        self._files.open_failed.connect(self._forget_file)
        self.setAcceptDrops(True)  # documents dropped on the window become sources
        self._source.set_selection_actions(
            [self._actions.action("new-event-from-selection"),
             self._actions.action("add-selection-as-evidence")]
        )  # fmt: skip
        # a method, not a lambda: the connection ends with the window, the stack may live on
        document.undo_stack.cleanChanged.connect(self._clean_changed)
        self._timeline.set_grouping(settings.grouping)
        self._timeline.set_colour_mode(settings.colour_mode)
        self.retranslate()
        if settings.geometry.isEmpty() or not self.restoreGeometry(settings.geometry):
            fit_to_screen(self)
        size_docks(self, self._docks)
        self._default_state = self.saveState()
        if not settings.window_state.isEmpty():
            self.restoreState(settings.window_state)
        self._table.restore_header(settings.event_table_header)

    @property
    def document(self) -> Document:
        """The state this window shows: timeline, selection, undo stack."""
        return self._document

    # -- intent ----------------------------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Open a timeline file; on failure explain why and keep what was open."""
        return self._files.open_path(path)

    def offer_recovery(self) -> bool:
        """After a crash, offer the unsaved changes autosave kept for other files than the open
        one (whose own were offered when it opened); True when some were restored."""
        return self._files.offer_recovery()

    def reset_layout(self) -> None:
        """The panels as at first start, sized for the window as it is now."""
        self.restoreState(self._default_state)
        size_docks(self, self._docks)

    def select_event(self, event_id: str) -> None:
        """Select an event everywhere."""
        self._document.select_event(event_id)

    # -- building --------------------------------------------------------------------------------
    def _intents(self) -> dict[str, object]:
        timeline = self._timeline
        return {
            "quit": self.close,
            "find-in-source": self._find_in_source,
            "search": self._start_search,
            "zoom-in": timeline.zoom_in,
            "zoom-out": timeline.zoom_out,
            "fit-all": timeline.fit_all,
            "zoom-to-selection": self._zoom_to_selection,
            "new-event-from-selection": self._new_event_from_selection,
            "add-selection-as-evidence": self._add_selection_as_evidence,
            "manage-actors": self._manage_actors,
            "edit-periods": self._edit_periods,
            "next-unsupported-sentence": lambda: self._go_to_unsupported(backwards=False),
            "previous-unsupported-sentence": lambda: self._go_to_unsupported(backwards=True),
            "reset-layout": self.reset_layout,
            "keyboard-shortcuts": self._help.shortcuts,
            "user-guide": self._help.guide,
            "about": self._help.about,
        }

    def retranslate(self) -> None:
        """Apply the UI language to menus, docks and the status bar."""
        self._actions.retranslate()
        titles = {
            "actors": self.tr("Actors"),
            "sources": self.tr("Sources"),
            "filter": self.tr("Filter"),
            "search": self.tr("Search"),
            "suggestions": self.tr("Suggestions"),
            "source": self.tr("Source"),
            "details": self.tr("Details"),
            "disagreements": self.tr("Disagreements"),
            "events": self.tr("Events"),
            "history": self.tr("History"),
        }
        for name, title in titles.items():
            self._docks[name].setWindowTitle(title)
        self._sources.set_short_texts(self._source_edits.short_texts())
        self._history.setEmptyLabel(self.tr("<opened file>"))
        self._status.retranslate()
        self._actions.set_recent(self._settings.recent_files)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reactions -------------------------------------------------------------------------------
    def _opened(self, path: Path) -> None:
        resolved = path.resolve()
        self._settings.add_recent_file(resolved)
        self._settings.last_file = str(resolved)
        self._actions.set_recent(self._settings.recent_files)
        chosen = self._settings.story_axis(resolved)
        self._timeline.set_story_axis(
            self._timeline.suits_story_axis() if chosen is None else chosen
        )
        saved = self._settings.view_range(resolved)
        if saved:
            self._timeline.set_view_range(*saved)
        else:
            self._timeline.fit_all()
        if self._document.problems:  # the panel stays out of the way until there are some
            self._docks["problems"].show()
            self._docks["problems"].raise_()

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _forget_file(self, path: str) -> None:
        self._settings.remove_recent_file(path)
        self._actions.set_recent(self._settings.recent_files)

    def _new_event_from_selection(self) -> None:
        passage = self._source.selected_passage()
        if passage is None:
            self._edits.create_event()
        else:
            self._edits.create_from_passage(*passage)

    def _accept_suggestion(self, source_id: str, start: int, end: int, date: str | None) -> None:
        self._edits.create_from_passage(source_id, start, end, date)

    def _add_selection_as_evidence(self) -> None:
        passage = self._source.selected_passage()
        if passage is not None:
            self._edits.add_passage_as_evidence(*passage)

    def _timeline_menu(self, event_id: str, day: float, global_pos: QPoint) -> None:
        menu = QMenu(self)
        here = menu.addAction(self.tr("New Event Here…"))
        px = self._timeline.px_per_day(day)
        here.triggered.connect(lambda: self._edits.create_event(date=date_at(day, px)))
        if event_id:
            menu.addSeparator()
            for action in (self._edits.edit_event, self._edits.duplicate, self._edits.delete):
                menu.addAction(action)
        menu.exec(global_pos)
        menu.deleteLater()

    def _manage_actors(self) -> None:
        if self._actor_dialog is None:
            from viewer.ui.actors.dialog import ActorDialog  # loaded on first use

            self._actor_dialog = ActorDialog(self._document, self._prompts, self)
        self._actor_dialog.show()
        self._actor_dialog.raise_()
        self._actor_dialog.activateWindow()

    def _edit_periods(self) -> None:
        from viewer.ui.periods.dialog import edit_periods  # loaded on first use

        edit_periods(self._document, self)

    def _go_to_unsupported(self, backwards: bool) -> None:
        self._docks["source"].show()
        self._docks["source"].raise_()
        if not self._source.go_to_unsupported(backwards):
            self.statusBar().showMessage(
                self.tr("No dated sentence of this source is left without an event."), 4000
            )

    def _zoom_to_selection(self) -> None:
        why = self._timeline.zoom_to_selection()
        messages = {
            "none": self.tr("Select an event first."),
            "undated": self.tr("The selected event has no date: it is first in the Undated strip."),
            "filtered": self.tr(
                "The selected event is hidden by the filter: clear it in the bar above the "
                "timeline to see it."
            ),
        }
        if why in messages:
            self.statusBar().showMessage(messages[why], 6000)

    def _start_search(self) -> None:
        self._docks["search"].show()
        self._docks["search"].raise_()
        self._search.focus_field()

    def _open_passage(self, source_id: str, start: int, end: int) -> None:
        self._docks["source"].show()
        self._docks["source"].raise_()
        self._document.open_source(source_id)
        self._source.show_passage(source_id, start, end)

    def _find_in_source(self) -> None:
        self._docks["source"].show()
        self._docks["source"].raise_()
        self._source.show_find_bar()

    def _story_axis_chosen(self, on: bool) -> None:
        if self._document.path:
            self._settings.set_story_axis(self._document.path.resolve(), on)

    def _remember_view(self) -> None:
        if self._document.path:
            self._settings.set_view_range(
                self._document.path.resolve(), *self._timeline.view_range()
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Files may be dropped: documents to add as sources, or a timeline to open."""
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open a dropped timeline, or add the dropped documents as sources."""
        handle_drop(event, self.open_path, self._add_documents)

    def _add_documents(self, paths: list[Path]) -> None:
        self._docks["sources"].show()
        self._docks["sources"].raise_()
        self._source_edits.add_documents(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._files.maybe_save() or (
            self._actor_dialog is not None and not self._actor_dialog.close()
        ):
            event.ignore()
            return
        self._files.closing()
        self._remember_view()
        self._settings.geometry = self.saveGeometry()
        self._settings.window_state = self.saveState()
        self._settings.event_table_header = self._table.header_state()
        self._settings.grouping = self._timeline.grouping()
        self._settings.colour_mode = self._timeline.colour_mode()
        self._settings.sync()
        super().closeEvent(event)
