"""Qt fixtures: settings and user folders in the test's own temporary folder, a loaded document."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.prompts import ScriptedPrompts
from viewer.core.store import load_timeline
from viewer.resources import resources_dir
from viewer.ui.common.collector import collect_in_gui_thread
from viewer.ui.common.prompts import Answer
from viewer.ui.document import Document
from viewer.ui.settings import Settings
from viewer.ui.shell.application import create_window
from viewer.ui.shell.main_window import MainWindow
from viewer.ui.timeline.view import TimelineView

ShownWidget = TypeVar("ShownWidget", bound=QWidget)
DISCARD = ("unsaved-changes", Answer.DISCARD)


def trigger(window: QWidget, name: str) -> None:
    """Trigger the window's action `name`, as its menu item or shortcut would."""
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def timeline_view(window: QWidget) -> TimelineView:
    """The window's painted timeline, found as any tool would find it."""
    view = window.findChild(TimelineView, "timelineView")
    assert view is not None
    return view


def delete_an_event(window: MainWindow) -> None:
    """Leave the window with one unsaved change: the second sample event deleted."""
    window.select_event("altman-returns")
    trigger(window, "delete-event")


def shown(qtbot, widget: ShownWidget, width: int, height: int) -> ShownWidget:
    """`widget` at the given size, shown on screen and closed after the test."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


@pytest.fixture(autouse=True)
def isolated_user_state(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point settings and platformdirs at a fresh folder so tests never touch real user state."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


@pytest.fixture(autouse=True)
def collected_in_gui_thread(qapp) -> Iterator[None]:
    """The cycle collector runs in the GUI thread only, as in the app (a worker thread freed a
    test's widgets from under the event loop), and after each test, so that the garbage of
    tests that never wait for the event loop does not pile up."""
    collector = collect_in_gui_thread(qapp)
    yield
    collector.collect_due()


@pytest.fixture(autouse=True)
def english_catalogue(qapp) -> Iterator[QTranslator]:
    """The English catalogue, as the app always installs it: it holds the English plurals."""
    translator = QTranslator()
    assert translator.load("timeline_viewer_en", str(resources_dir() / "translations"))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def document(qtbot, sample_path: Path) -> Document:
    """A document holding the sample timeline, nothing selected."""
    doc = Document()
    doc.load(load_timeline(sample_path))
    return doc


@pytest.fixture
def prompts() -> ScriptedPrompts:
    """The answers to the app's questions; a question the test did not expect fails it."""
    return ScriptedPrompts()


@pytest.fixture
def open_window(qtbot, prompts: ScriptedPrompts):
    """Open main windows as the app does; close them and drop their translators afterwards.
    Unsaved test edits are discarded when the windows close at the end."""
    windows: list[MainWindow] = []

    def make(file: Path | None) -> MainWindow:
        window = create_window(
            QApplication.instance(), str(file) if file else None, Settings(), prompts
        )
        qtbot.addWidget(window, before_close_func=lambda _w: prompts.answer(*DISCARD))
        windows.append(window)
        return window

    yield make
    prompts.answer(*DISCARD)
    for window in windows:
        if shiboken6.isValid(window):  # a test may have deleted it
            window.close()
    app = QApplication.instance()
    for translator in app.findChildren(QTranslator):  # later tests expect the English UI
        app.removeTranslator(translator)
        translator.deleteLater()


def when_modal(kind: type[ShownWidget], act: Callable[[ShownWidget], object]) -> None:
    """Run `act(dialog)` as soon as a modal dialog of type `kind` opens (its `exec()` blocks
    the test until the dialog closes)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        try:
            act(dialog)
        except BaseException:
            dialog.reject()  # a failed check must not leave the test waiting on the dialog
            raise

    QTimer.singleShot(0, look)
