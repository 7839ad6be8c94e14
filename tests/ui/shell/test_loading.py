"""A large timeline opens in the background: the window stays drawn, a progress dialog offers
Cancel, and what was open stays open until the new file is read, or if it cannot be."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from benchmarks.generate import write
from tests.ui.conftest import trigger
from viewer.core.store import load_timeline
from viewer.ui.common.prompts import Level
from viewer.ui.shell import loading as loading_module
from viewer.ui.shell.files import FileController
from viewer.ui.shell.loading import BackgroundLoad


def controller(window) -> FileController:
    return window.findChild(FileController)


@pytest.fixture
def large(tmp_path: Path, monkeypatch) -> Path:
    """A timeline of 3,000 events that the window reads in the background."""
    path = write(tmp_path / "large", 3000)
    monkeypatch.setattr(loading_module, "BACKGROUND_BYTES", path.stat().st_size - 1)
    return path


def test_a_large_file_is_read_in_the_background_then_shown(
    qtbot, open_window, sample_path: Path, large: Path
) -> None:
    window = open_window(sample_path)
    loading = window.findChild(BackgroundLoad)
    assert controller(window).open_path(large)
    assert loading.running
    assert window.document.path == sample_path  # still the old file, usable meanwhile
    with qtbot.waitSignal(controller(window).opened, timeout=60_000) as opened:
        pass
    assert opened.args == [large]
    assert len(window.document.timeline.events) == 3000
    assert not loading.running
    assert not [dialog for dialog in window.findChildren(QProgressDialog) if dialog.isVisible()]


def test_cancel_keeps_the_open_timeline(
    qtbot, open_window, sample_path: Path, large: Path, monkeypatch
) -> None:
    reading = threading.Event()

    def slow_load(path: Path, progress=None) -> object:
        if progress is None:  # the small file opened at first
            return load_timeline(path)
        reading.wait(30)  # until Cancel was clicked
        return load_timeline(path, progress)  # stops at its first report

    monkeypatch.setattr(loading_module, "load_timeline", slow_load)
    window = open_window(sample_path)
    before = window.document.timeline
    loading = window.findChild(BackgroundLoad)
    controller(window).open_path(large)
    dialog = window.findChild(QProgressDialog)
    qtbot.waitUntil(dialog.isVisible)  # shown once the load takes longer than a moment
    assert large.name in dialog.labelText()
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    reading.set()
    assert not loading.running
    qtbot.wait(500)
    assert window.document.timeline is before
    assert window.document.path == sample_path
    assert not [dialog for dialog in window.findChildren(QProgressDialog) if dialog.isVisible()]


def test_a_large_file_that_cannot_be_read_is_reported_and_dropped_from_recent_files(
    qtbot, open_window, sample_path: Path, large: Path, prompts
) -> None:
    large.write_text("schema: 1\nevents: [" + " " * 2000, "utf-8")
    window = open_window(sample_path)
    with qtbot.waitSignal(controller(window).open_failed, timeout=60_000) as failed:
        controller(window).open_path(large)
    assert failed.args == [str(large)]
    assert prompts.told[-1][0] == "Cannot Open Timeline" and prompts.told[-1][2] is Level.ERROR
    assert window.document.path == sample_path


def test_opening_another_file_meanwhile_drops_the_first_load(
    qtbot, open_window, sample_path: Path, large: Path
) -> None:
    window = open_window(sample_path)
    opened: list[Path] = []
    controller(window).opened.connect(opened.append)
    controller(window).open_path(large)
    controller(window).open_path(sample_path)  # small: read at once
    qtbot.wait(2000)
    assert opened == [sample_path]
    assert window.document.path == sample_path
    trigger(window, "save")  # the window is in a usable state
