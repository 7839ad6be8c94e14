"""An error nobody caught: the edits go to a recovery copy at once, the error to the log, and
the user is told in a sentence; the window goes on working."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from tests.ui.prompts import ScriptedPrompts
from viewer.core.edits import remove_event
from viewer.core.error_log import error_log_path
from viewer.core.workspace import load_recovery, recoveries_of
from viewer.ui.common.prompts import Level
from viewer.ui.shell.error_guard import MAX_TOLD, ErrorGuard
from viewer.ui.shell.main_window import MainWindow


@pytest.fixture
def guard(prompts: ScriptedPrompts) -> Iterator[ErrorGuard]:
    guard = ErrorGuard(prompts)
    guard.install()
    yield guard
    guard.uninstall()


def delete_returns(window: MainWindow) -> None:
    document = window.document
    document.apply(remove_event(document.timeline, "altman-returns"), "Delete Event")


def boom() -> None:
    raise RuntimeError("boom in a slot")


class FailingPaint(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:
        raise ValueError("boom in a paint")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_keeps_the_edits_logs_it_and_says_so(
    qtbot, open_window: Callable[[Path | None], MainWindow], sample_path: Path,
    prompts: ScriptedPrompts, guard: ErrorGuard,
) -> None:  # fmt: skip
    window = open_window(sample_path)
    delete_returns(window)
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: bool(prompts.told), timeout=5000)
    [(title, text, level)] = prompts.told
    assert level is Level.ERROR and title == "Something Went Wrong"
    assert "RuntimeError: boom in a slot" in text
    assert "written to a recovery copy" in text and str(error_log_path()) in text
    [copy] = recoveries_of(sample_path)
    assert [e.id for e in load_recovery(copy).timeline.events] == ["altman-fired"]
    log = error_log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and "in boom" in log and "boom in a slot" in log
    window.document.undo_stack.undo()  # the window goes on working
    assert len(window.document.timeline.events) == 2


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_paint_with_nothing_unsaved_says_nothing_was_lost(
    qtbot, prompts: ScriptedPrompts, guard: ErrorGuard
) -> None:
    widget = FailingPaint()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: bool(prompts.told), timeout=5000)
    widget.hide()  # no more paints, no more errors
    _, text, _ = prompts.told[0]
    assert "ValueError: boom in a paint" in text
    assert "Nothing was lost" in text
    assert "boom in a paint" in error_log_path().read_text(encoding="utf-8")


def test_a_burst_of_errors_is_told_a_few_times_and_all_logged(
    qtbot, prompts: ScriptedPrompts, guard: ErrorGuard
) -> None:
    for n in range(MAX_TOLD + 4):
        try:
            raise KeyError(f"error {n}")
        except KeyError as error:
            guard.handle(KeyError, error, error.__traceback__)
    qtbot.waitUntil(lambda: len(prompts.told) == MAX_TOLD, timeout=5000)
    qtbot.wait(50)
    assert len(prompts.told) == MAX_TOLD, "the later ones are not told"
    assert error_log_path().read_text(encoding="utf-8").count("\n--- ") == MAX_TOLD + 3


def test_ctrl_c_goes_to_the_hook_before_it(
    prompts: ScriptedPrompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    passed: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: passed.append(kind))
    guard = ErrorGuard(prompts)
    guard.install()
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        guard.uninstall()
    assert passed == [KeyboardInterrupt] and prompts.told == []
    assert not error_log_path().exists()
