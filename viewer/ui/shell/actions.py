"""The main window's actions, menus and toolbar; every shortcut comes from the one table."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QSizePolicy, QWidget

from viewer.ui.common.icons import icon
from viewer.ui.common.shortcuts import ACTION_KEYS, give_shortcuts
from viewer.ui.common.text import shown
from viewer.ui.common.vocabulary import LANGUAGE_NAMES
from viewer.ui.editing.controller import EditController
from viewer.ui.shell.files import FileController

# What the window does when its own actions are triggered, by action name.
WINDOW_INTENTS = (
    "quit",
    "find-in-source",
    "search",
    "zoom-in",
    "zoom-out",
    "fit-all",
    "zoom-to-selection",
    "new-event-from-selection",
    "add-selection-as-evidence",
    "manage-actors",
    "edit-periods",
    "next-unsupported-sentence",
    "previous-unsupported-sentence",
    "reset-layout",
    "keyboard-shortcuts",
    "user-guide",
    "about",
)
_TOOLBAR = (
    (("open", "open"), ("save", "save")),
    (("undo", "undo"), ("redo", "redo")),
    (("new-event", "new-event"), ("add-source", "add-source"), ("find-in-source", "find")),
    (("zoom-in", "zoom-in"), ("zoom-out", "zoom-out"), ("fit-all", "zoom-fit")),
)


class RoomActions(Protocol):
    """A feature room's controller: its named actions, and their texts in the UI language."""

    def actions(self) -> list[QAction]: ...

    def retranslate(self) -> None: ...


class WindowActions(QObject):
    """Creates and names the window's actions, and lays them out in menus and the toolbar."""

    language_chosen = Signal(str)
    recent_chosen = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        intents: Mapping[str, Callable[[], object]],
        undo_stack: QUndoStack,
        files: FileController,
        edits: EditController,
        rooms: Sequence[RoomActions],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._files = files
        self._edits = edits
        self._rooms = rooms
        actions: dict[str, QAction] = {}
        for name in WINDOW_INTENTS:
            action = QAction(window, triggered=intents[name])
            actions[name] = give_shortcuts(action, name) if name in ACTION_KEYS else action
        actions["undo"] = give_shortcuts(undo_stack.createUndoAction(window), "undo")
        actions["redo"] = give_shortcuts(undo_stack.createRedoAction(window), "redo")
        actions.update(
            {
                "new-timeline": files.new_timeline,
                "open": files.open,
                "open-bundled": files.open_bundled,
                "save": files.save,
                "save-as": files.save_as,
                "revert-bundled": files.revert_bundled,
                "new-event": edits.new_event,
                "edit-event": edits.edit_event,
                "duplicate-event": edits.duplicate,
                "delete-event": edits.delete,
            }
        )
        for room in rooms:
            actions.update({action.objectName(): action for action in room.actions()})
        for name, action in actions.items():
            action.setObjectName(name)  # how tests and tools find an action
        self._actions = actions
        self._languages = QActionGroup(self)
        self._language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, window, checkable=True)
            action.triggered.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self._languages.addAction(action)
            self._language_actions[code] = action
        self._menus: dict[str, QMenu] = {}
        self._toolbar = window.addToolBar("")
        self._toolbar.setObjectName("mainToolBar")
        self._toolbar.setMovable(False)
        self._toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def action(self, name: str) -> QAction:
        """The action called `name`."""
        return self._actions[name]

    def named_actions(self) -> dict[str, QAction]:
        """Every action by name (Help lists their shortcuts)."""
        return dict(self._actions)

    def show_language(self, code: str) -> None:
        """Tick the language the UI is in."""
        self._language_actions.get(code, self._language_actions["en"]).setChecked(True)

    def build(self, panels: Mapping[str, QDockWidget]) -> None:
        """Fill the menu bar and the toolbar."""
        bar = self._window.menuBar()
        add = self._actions
        file = self._menu(bar.addMenu(""), "file")
        file.addAction(add["new-timeline"])
        file.addAction(add["open"])
        self._menus["recent"] = file.addMenu("")
        for name in (
            "open-bundled", None, "save", "save-as", "revert-bundled", None, "import", "export",
            "print", None, "quit",
        ):  # fmt: skip
            self._add(file, name)
        edit = self._menu(bar.addMenu(""), "edit")
        for name in (
            "undo", "redo", None, "new-event", "edit-event", "duplicate-event", "delete-event",
            "new-event-from-selection", "add-selection-as-evidence", None, "manage-actors",
            "edit-periods", None, "search", "find-in-source",
        ):  # fmt: skip
            self._add(edit, name)
        sources = self._menu(bar.addMenu(""), "sources")
        for name in ("add-source", "paste-as-source", None, "edit-source", "replace-source-text"):
            self._add(sources, name)
        self._add(sources, "remove-source")
        sources.addSeparator()
        for name in ("next-unsupported-sentence", "previous-unsupported-sentence"):
            self._add(sources, name)
        view = self._menu(bar.addMenu(""), "view")
        for name in ("zoom-in", "zoom-out", "fit-all", "zoom-to-selection", None):
            self._add(view, name)
        panel_menu = self._menu(view.addMenu(""), "panels")
        for dock in panels.values():
            panel_menu.addAction(dock.toggleViewAction())
        panel_menu.addSeparator()
        panel_menu.addAction(add["reset-layout"])
        language = self._menu(view.addMenu(""), "language")
        for action in self._language_actions.values():
            language.addAction(action)
        help_menu = self._menu(bar.addMenu(""), "help")
        help_menu.addAction(add["user-guide"])
        help_menu.addAction(add["keyboard-shortcuts"])
        help_menu.addAction(add["about"])
        for number, group in enumerate(_TOOLBAR):
            if number:
                self._toolbar.addSeparator()
            for name, icon_name in group:
                add[name].setIcon(icon(icon_name))
                self._toolbar.addAction(add[name])

    def add_field(self, field: QWidget) -> None:
        """Put `field` at the toolbar's far end (the search field)."""
        spacer = QWidget(self._toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._toolbar.addWidget(spacer)
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance("M") * 22)
        field.setMaximumWidth(field.fontMetrics().horizontalAdvance("M") * 30)
        self._toolbar.addWidget(field)

    def set_recent(self, paths: list[str]) -> None:
        """List `paths` under File ▸ Open Recent, numbered for the keyboard; a file name that
        several of them share (every timeline folder holds a timeline.yaml) is followed by
        its folder's."""
        menu = self._menus["recent"]
        menu.clear()
        names = Counter(Path(path).name for path in paths)
        for number, path in enumerate(paths, start=1):
            where = Path(path)
            label = where.name if names[where.name] == 1 else f"{where.name} — {where.parent.name}"
            name = shown(label, 200).replace("&", "&&")
            action = menu.addAction(f"&{number} {name}" if number < 10 else name)
            action.setToolTip(html.escape(shown(path)))  # tooltips are read as rich text
            action.triggered.connect(lambda _=False, p=path: self.recent_chosen.emit(p))
        menu.setEnabled(bool(paths))

    def retranslate(self) -> None:
        """Apply the UI language to every menu and action the window owns."""
        titles = {
            "file": self.tr("&File"), "recent": self.tr("Open &Recent"), "edit": self.tr("&Edit"),
            "sources": self.tr("&Sources"),
            "view": self.tr("&View"), "panels": self.tr("&Panels"),
            "language": self.tr("&Language"), "help": self.tr("&Help"),
        }  # fmt: skip
        for name, title in titles.items():
            self._menus[name].setTitle(title)
        texts = {
            "quit": self.tr("&Quit"), "undo": self.tr("&Undo"), "redo": self.tr("&Redo"),
            "find-in-source": self.tr("&Find in Source…"), "zoom-in": self.tr("Zoom &In"),
            "search": self.tr("&Search Everything…"),
            "zoom-out": self.tr("Zoom &Out"), "fit-all": self.tr("&Fit Whole Timeline"),
            "zoom-to-selection": self.tr("Zoom to &Selection"),
            "new-event-from-selection": self.tr("New Event from &Selection"),
            "add-selection-as-evidence": self.tr("Add Selection as E&vidence"),
            "manage-actors": self.tr("Manage &Actors…"), "reset-layout": self.tr("&Reset Layout"),
            "edit-periods": self.tr("&Periods…"),
            "next-unsupported-sentence": self.tr("&Next Unused Dated Sentence"),
            "previous-unsupported-sentence": self.tr("Pre&vious Unused Dated Sentence"),
            "keyboard-shortcuts": self.tr("&Keyboard Shortcuts"),
            "user-guide": self.tr("&User Guide"),
            "about": self.tr("&About Timeline Viewer"),
        }  # fmt: skip
        for name, text in texts.items():
            self._actions[name].setText(text)
        self._toolbar.setWindowTitle(self.tr("Toolbar"))
        self._files.retranslate()
        self._edits.retranslate()
        for room in self._rooms:
            room.retranslate()

    def _menu(self, menu: QMenu, name: str) -> QMenu:
        self._menus[name] = menu
        return menu

    def _add(self, menu: QMenu, name: str | None) -> None:
        if name is None:
            menu.addSeparator()
        else:
            menu.addAction(self._actions[name])
