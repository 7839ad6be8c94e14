"""The main window: timeline in the middle, dockable actors, source, details and problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QUndoView,
    QWidget,
)

from viewer import __version__
from viewer.core.store import LoadError, load_timeline
from viewer.ui.actors.panel import ActorPanel
from viewer.ui.common.icons import icon
from viewer.ui.details.panel import DetailsPanel
from viewer.ui.document import Document
from viewer.ui.editing.controller import EditController, date_at
from viewer.ui.problems.panel import ProblemsPanel
from viewer.ui.settings import Settings
from viewer.ui.shell.files import FileController, bundled_or_working_copy
from viewer.ui.source.pane import SourcePane
from viewer.ui.timeline.panel import TimelinePanel

LANGUAGES = (("en", "English"), ("ko", "한국어"))


class MainWindow(QMainWindow):
    """Composes the panels around one Document and offers the menus."""

    language_requested = Signal(str)

    def __init__(
        self, document: Document, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._document = document
        self._settings = settings
        self._timeline = TimelinePanel(document, self)
        self.setCentralWidget(self._timeline)
        self._actors = ActorPanel(document, self)
        self._source = SourcePane(document, self)
        self._details = DetailsPanel(document, self)
        self._problems = ProblemsPanel(document, self)
        self._history = QUndoView(document.undo_stack, self)
        self._history.setObjectName("undoHistory")
        self._files = FileController(document, self)
        self._edits = EditController(document, self)
        self._actor_dialog: QDialog | None = None
        self._docks = {
            "actors": self._dock("actorsDock", self._actors, Qt.DockWidgetArea.LeftDockWidgetArea),
            "source": self._dock("sourceDock", self._source, Qt.DockWidgetArea.RightDockWidgetArea),
            "details": self._dock(
                "detailsDock", self._details, Qt.DockWidgetArea.RightDockWidgetArea
            ),
            "problems": self._dock(
                "problemsDock", self._problems, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
            "history": self._dock(
                "historyDock", self._history, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
        }
        self.tabifyDockWidget(self._docks["problems"], self._docks["history"])
        self._docks["problems"].raise_()
        # side panels run the full height; problems sit under the timeline only
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self._docks["source"], self._docks["details"], Qt.Orientation.Vertical)
        self._status = QLabel(self)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self._status, 1)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._problem_counts = self._problems.counts()
        self._problems.count_changed.connect(self._problem_count_changed)
        self._timeline.view.activated.connect(lambda _id: self._edits.edit_selected())
        self._timeline.view.event_moved.connect(self._edits.move_event)
        self._timeline.view.context_requested.connect(self._timeline_menu)
        self._files.opened.connect(self._remember_file)
        self._source.set_selection_actions([self._from_selection, self._as_evidence])
        document.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        document.path_changed.connect(self._update_title)
        document.timeline_changed.connect(self._update_status)
        document.filter_changed.connect(self._update_status)
        document.selection_changed.connect(self._selection_changed)
        self._timeline.set_grouping(settings.grouping)
        self._timeline.set_colour_mode(settings.colour_mode)
        self.retranslate()
        if settings.geometry.isEmpty() or not self.restoreGeometry(settings.geometry):
            self._fit_to_screen()
        self._size_docks()
        self._default_state = self.saveState()
        if not settings.window_state.isEmpty():
            self.restoreState(settings.window_state)

    # -- intent ----------------------------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Open a timeline file; on failure explain why and keep what was open."""
        if not self._files.maybe_save():
            return False
        try:
            result = load_timeline(path)
        except LoadError as exc:
            QMessageBox.critical(
                self,
                self.tr("Cannot open timeline"),
                self.tr("The file could not be opened:\n\n%1").replace("%1", exc.problem.format()),
            )
            self._settings.remove_recent_file(str(path))
            self._rebuild_recent_menu()
            return False
        self._remember_view()
        self._document.load(result)
        self._remember_file(path)
        saved = self._settings.view_range(path.resolve())
        if saved:
            self._timeline.view.set_view_range(*saved)
        else:
            self._timeline.view.fit_all()
        if any(problem.is_error for problem in result.problems):
            self._docks["problems"].show()
            self._docks["problems"].raise_()
        return True

    def offer_recovery(self) -> bool:
        """After a crash, offer the unsaved changes kept by autosave; True when restored."""
        return self._files.offer_recovery()

    def select_event(self, event_id: str) -> None:
        """Select an event everywhere."""
        self._document.select_event(event_id)

    def timeline_view(self):
        """The timeline view (for tests and benchmarks that drive it directly)."""
        return self._timeline.view

    # -- building --------------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        available = self.screen().availableGeometry()
        width = min(2400, int(available.width() * 0.94))
        height = min(1500, int(available.height() * 0.92))
        self.resize(width, height)
        self.move(available.center() - self.rect().center())

    def _size_docks(self) -> None:
        """Default panel sizes in proportion to the window, the timeline keeping the most."""
        width = self.width()
        actors = min(max(int(width * 0.24), 280), 380)
        source = min(max(int(width * 0.30), 300), 520)
        self.resizeDocks([self._docks["actors"]], [actors], Qt.Orientation.Horizontal)
        self.resizeDocks([self._docks["source"]], [source], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self._docks["source"], self._docks["details"]], [520, 300], Qt.Orientation.Vertical
        )
        self.resizeDocks([self._docks["problems"]], [120], Qt.Orientation.Vertical)

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _create_actions(self) -> None:
        view = self._timeline.view
        self._open = QAction(
            self, shortcut=QKeySequence.StandardKey.Open, triggered=self._choose_file
        )
        self._open_bundled = QAction(
            self, triggered=lambda: self.open_path(bundled_or_working_copy())
        )
        self._quit = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self._undo = self._document.undo_stack.createUndoAction(self)
        self._undo.setShortcut(QKeySequence.StandardKey.Undo)
        self._redo = self._document.undo_stack.createRedoAction(self)
        self._redo.setShortcut(QKeySequence.StandardKey.Redo)
        self._find = QAction(
            self, shortcut=QKeySequence.StandardKey.Find, triggered=self._find_in_source
        )
        self._zoom_in = QAction(self, triggered=lambda: view.zoom(1.25))
        self._zoom_in.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self._zoom_out = QAction(
            self, shortcut=QKeySequence.StandardKey.ZoomOut, triggered=lambda: view.zoom(0.8)
        )
        self._fit = QAction(self, shortcut=QKeySequence("Ctrl+0"), triggered=view.fit_all)
        self._zoom_selection = QAction(
            self, shortcut=QKeySequence("Ctrl+E"), triggered=view.zoom_to_selection
        )
        self._reset_layout = QAction(self, triggered=lambda: self.restoreState(self._default_state))
        self._about = QAction(self, triggered=self._show_about)
        self._from_selection = QAction(
            self, shortcut=QKeySequence("Ctrl+Shift+N"), triggered=self._new_event_from_selection
        )
        self._as_evidence = QAction(
            self, shortcut=QKeySequence("Ctrl+Shift+E"), triggered=self._add_selection_as_evidence
        )
        self._actors_action = QAction(self, triggered=self._manage_actors)
        self._language_group = QActionGroup(self)
        self._language_actions = {}
        for code, name in LANGUAGES:
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            self._language_group.addAction(action)
            self._language_actions[code] = action
        self._language_actions.get(
            self._document.language, self._language_actions["en"]
        ).setChecked(True)

    def _create_toolbar(self) -> None:
        self._toolbar = self.addToolBar("")
        self._toolbar.setObjectName("mainToolBar")
        self._toolbar.setMovable(False)
        self._toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        groups = (
            ((self._open, "open"), (self._files.save, "save")),
            ((self._undo, "undo"), (self._redo, "redo")),
            ((self._edits.new_event, "new-event"), (self._find, "find")),
            ((self._zoom_in, "zoom-in"), (self._zoom_out, "zoom-out"), (self._fit, "zoom-fit")),
        )
        for number, group in enumerate(groups):
            if number:
                self._toolbar.addSeparator()
            for action, name in group:
                action.setIcon(icon(name))
                self._toolbar.addAction(action)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self._file_menu = bar.addMenu("")
        self._file_menu.addAction(self._open)
        self._recent_menu = QMenu(self)
        self._file_menu.addMenu(self._recent_menu)
        self._file_menu.addAction(self._open_bundled)
        self._file_menu.addSeparator()
        for action in self._files.actions():
            self._file_menu.addAction(action)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self._quit)
        self._edit_menu = bar.addMenu("")
        self._edit_menu.addAction(self._undo)
        self._edit_menu.addAction(self._redo)
        self._edit_menu.addSeparator()
        for action in self._edits.actions():
            self._edit_menu.addAction(action)
        self._edit_menu.addAction(self._from_selection)
        self._edit_menu.addAction(self._as_evidence)
        self._edit_menu.addSeparator()
        self._edit_menu.addAction(self._actors_action)
        self._edit_menu.addSeparator()
        self._edit_menu.addAction(self._find)
        self._view_menu = bar.addMenu("")
        for action in (self._zoom_in, self._zoom_out, self._fit, self._zoom_selection):
            self._view_menu.addAction(action)
        self._view_menu.addSeparator()
        self._panels_menu = self._view_menu.addMenu("")
        for dock in self._docks.values():
            self._panels_menu.addAction(dock.toggleViewAction())
        self._panels_menu.addSeparator()
        self._panels_menu.addAction(self._reset_layout)
        self._language_menu = self._view_menu.addMenu("")
        for action in self._language_actions.values():
            self._language_menu.addAction(action)
        self._help_menu = bar.addMenu("")
        self._help_menu.addAction(self._about)
        self._rebuild_recent_menu()

    def retranslate(self) -> None:
        """Apply the UI language to menus, docks and the status bar."""
        self._file_menu.setTitle(self.tr("&File"))
        self._open.setText(self.tr("&Open…"))
        self._recent_menu.setTitle(self.tr("Open &Recent"))
        self._open_bundled.setText(self.tr("Open &Bundled Chronology"))
        self._quit.setText(self.tr("&Quit"))
        self._edit_menu.setTitle(self.tr("&Edit"))
        self._undo.setText(self.tr("&Undo"))
        self._redo.setText(self.tr("&Redo"))
        self._find.setText(self.tr("&Find in Source…"))
        self._view_menu.setTitle(self.tr("&View"))
        self._zoom_in.setText(self.tr("Zoom &In"))
        self._zoom_out.setText(self.tr("Zoom &Out"))
        self._fit.setText(self.tr("&Fit Whole Timeline"))
        self._zoom_selection.setText(self.tr("Zoom to &Selection"))
        self._panels_menu.setTitle(self.tr("&Panels"))
        self._reset_layout.setText(self.tr("&Reset Layout"))
        self._language_menu.setTitle(self.tr("&Language"))
        self._help_menu.setTitle(self.tr("&Help"))
        self._about.setText(self.tr("&About Timeline Viewer"))
        self._docks["actors"].setWindowTitle(self.tr("Actors"))
        self._docks["source"].setWindowTitle(self.tr("Source"))
        self._docks["details"].setWindowTitle(self.tr("Details"))
        self._docks["history"].setWindowTitle(self.tr("History"))
        self._toolbar.setWindowTitle(self.tr("Toolbar"))
        self._from_selection.setText(self.tr("New Event from &Selection"))
        self._as_evidence.setText(self.tr("Add Selection as E&vidence"))
        self._actors_action.setText(self.tr("Manage &Actors…"))
        self._history.setEmptyLabel(self.tr("<opened file>"))
        self._edits.retranslate()
        self._files.retranslate()
        self._problem_count_changed(*self._problem_counts)
        self._rebuild_recent_menu()
        self._update_title()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reactions -------------------------------------------------------------------------------
    def _remember_file(self, path: Path) -> None:
        resolved = path.resolve()
        self._settings.add_recent_file(resolved)
        self._settings.last_file = str(resolved)
        self._rebuild_recent_menu()

    def _new_event_from_selection(self) -> None:
        passage = self._source.selected_passage()
        if passage is None:
            self._edits.create_event()
        else:
            self._edits.create_from_passage(*passage)

    def _add_selection_as_evidence(self) -> None:
        passage = self._source.selected_passage()
        if passage is not None:
            self._edits.add_passage_as_evidence(*passage)

    def _timeline_menu(self, event_id: str, day: float, global_pos: QPoint) -> None:
        menu = QMenu(self)
        px = self._timeline.view.current_viewport().px_per_day
        here = menu.addAction(self.tr("New Event Here…"))
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

            self._actor_dialog = ActorDialog(self._document, self)
        self._actor_dialog.show()
        self._actor_dialog.raise_()
        self._actor_dialog.activateWindow()

    def _rebuild_recent_menu(self) -> None:
        self._recent_menu.clear()
        recent = self._settings.recent_files
        for number, path in enumerate(recent, start=1):
            label = f"&{number} {Path(path).name}" if number < 10 else Path(path).name
            action = self._recent_menu.addAction(label.replace("&&", "&"))
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        self._recent_menu.setEnabled(bool(recent))

    def _choose_file(self) -> None:
        start = str(self._document.path.parent) if self._document.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Timeline"),
            start,
            self.tr("Timelines (*.yaml *.yml);;All files (*)"),
        )
        if name:
            self.open_path(Path(name))

    def _find_in_source(self) -> None:
        self._docks["source"].show()
        self._docks["source"].raise_()
        self._source.show_find_bar()

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Timeline Viewer"),
            self.tr(
                "Timeline Viewer %1\n\nRead a news story as a timeline, every event tied to "
                "the sentence in its source that supports it."
            ).replace("%1", __version__),
        )

    def _problem_count_changed(self, errors: int, warnings: int) -> None:
        self._problem_counts = (errors, warnings)
        title = self.tr("Problems")
        if errors or warnings:
            title = self.tr("Problems (%1)").replace("%1", str(errors + warnings))
        self._docks["problems"].setWindowTitle(title)
        self._update_status()

    def _selection_changed(self, _event_id: str) -> None:
        self._update_status()

    def _update_title(self) -> None:
        doc = self._document
        parts = []
        if doc.timeline.title:
            parts.append(doc.timeline.title.get(doc.language))
        if doc.path:
            parts.append(doc.path.name)
        parts.append(self.tr("Timeline Viewer"))
        parts[0] += "[*]"  # where Qt shows the unsaved-changes marker
        self.setWindowTitle(" — ".join(parts))

    def _update_status(self, *_: object) -> None:
        doc = self._document
        total = len(doc.timeline.events)
        shown = doc.visible_event_ids()
        if shown is None:
            text = self.tr("%n event(s)", "", total)
        else:
            text = (
                self.tr("%1 of %2 events shown")
                .replace("%1", str(len(shown)))
                .replace("%2", str(total))
            )
        errors, warnings = self._problem_counts
        if errors or warnings:
            text += " · " + self.tr("%n problem(s)", "", errors + warnings)
        self._status.setText(text)

    def _remember_view(self) -> None:
        if self._document.path:
            self._settings.set_view_range(
                self._document.path.resolve(), *self._timeline.view.view_range()
            )

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
        self._settings.grouping = self._timeline.view.grouping
        self._settings.colour_mode = self._timeline.view.colour_mode
        self._settings.sync()
        super().closeEvent(event)
