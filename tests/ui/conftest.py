"""Qt fixtures: settings and user folders in the test's own temporary folder, a loaded document."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from viewer.core.store import load_timeline
from viewer.ui.document import Document
from viewer.ui.settings import Settings
from viewer.ui.shell.application import create_window
from viewer.ui.shell.main_window import MainWindow

ShownWidget = TypeVar("ShownWidget", bound=QWidget)


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


@pytest.fixture
def document(qtbot, sample_path: Path) -> Document:
    """A document holding the sample timeline, nothing selected."""
    doc = Document()
    doc.load(load_timeline(sample_path))
    return doc


@pytest.fixture
def open_window(qtbot):
    """Open main windows as the app does; close them and drop their translators afterwards."""
    windows: list[MainWindow] = []

    def make(file: Path | None) -> MainWindow:
        window = create_window(QApplication.instance(), str(file) if file else None, Settings())
        # unsaved test edits must not stop the window from closing at teardown
        qtbot.addWidget(window, before_close_func=lambda w: w._document.undo_stack.setClean())
        windows.append(window)
        return window

    yield make
    for window in windows:
        window._document.undo_stack.setClean()
        window.close()
    app = QApplication.instance()
    for translator in app.findChildren(QTranslator):  # later tests expect the English UI
        app.removeTranslator(translator)
        translator.deleteLater()
