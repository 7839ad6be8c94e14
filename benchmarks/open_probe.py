"""Open a timeline in the real window as `timeline-viewer FILE` does, and report as one JSON line:
when the window first painted, when the timeline was painted with the file's events, how long
stepping to the next event takes (as the Right key does, each step a paint of the timeline and
the source pane; the first LOOK seconds after the timeline painted, as a user looks before the
first key, and as find_probe waits), how long an edit of one event takes (as the event
dialog's OK makes it: the undoable step, the check of the file as it will be saved, the views
redrawn; once what the app learns while idle after opening is learnt) and the check's part of
it, how long Save takes, and the whole process's resident memory.

    python benchmarks/open_probe.py FILE EVENTS

Times are `time.perf_counter()` moments (a system-wide monotonic clock on Linux), so the
runner can subtract the moment it started this process; durations are in seconds."""

from __future__ import annotations

import dataclasses
import json
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.process import rss_mb
from viewer.core.edits import replace_event
from viewer.core.recheck import Rechecker
from viewer.ui.timeline.view import TimelineView

STEPS = 20
EDITS = 7
LOOK = 2.0  # seconds between the timeline painted and the first step, as a user looks first


class Watch(QObject):
    """Watches every paint in the application (from before the window exists): notes the first
    paint of the main window, then the first paint of the timeline with the file's events."""

    def __init__(self, events: int, report: dict) -> None:
        super().__init__()
        self.events, self.report = events, report
        self.window = self.view = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        now = time.perf_counter()
        window = watched.window()
        if window.objectName() == "mainWindow":
            self.report.setdefault("window", now)
            view = window.findChild(TimelineView, "timelineView")
            if (
                view is not None
                and watched is view.viewport()
                and len(window.document.timeline.events) == self.events
            ):
                self.window, self.view = window, view
                self.report["painted"] = now
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(int(LOOK * 1000), self.use)
        return False

    def use(self) -> None:
        try:
            self.measure()
        finally:
            self.window.document.undo_stack.setClean()
            QApplication.instance().quit()

    def measure(self) -> None:
        app = QApplication.instance()
        self.report["rss_open_mb"] = rss_mb()
        self.view.setFocus()
        self.window.select_event(self.window.document.timeline.events[0].id)
        app.processEvents()
        times = []
        for _ in range(STEPS):
            start = time.perf_counter()
            press = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier
            )
            QApplication.sendEvent(self.view, press)
            self.view.viewport().repaint()  # the paint the step asks for, done now
            app.processEvents()
            times.append(time.perf_counter() - start)
        self.report["step_median"] = statistics.median(times)
        self.report["step_worst"] = max(times)
        self.edit()
        save = self.window.findChild(QAction, "save")
        start = time.perf_counter()
        save.trigger()
        self.report["save"] = time.perf_counter() - start
        self.report["saved_clean"] = not self.window.isWindowModified()
        self.report["rss_mb"] = rss_mb()
        print(json.dumps(self.report), flush=True)

    def edit(self) -> None:
        """Edit EDITS events one after another, each through the undo stack as the event
        dialog does, timing the whole edit until painted and the check within it."""
        document = self.window.document
        # what the app learns while idle after opening (a user looks before the first edit)
        start = time.perf_counter()
        while document.preparing:
            QApplication.instance().processEvents()
        self.report["prepared_after"] = time.perf_counter() - start
        checks: list[float] = []
        check = Rechecker.check

        def timed(rechecker: Rechecker, *args: object) -> object:
            start = time.perf_counter()
            try:
                return check(rechecker, *args)
            finally:
                checks.append(time.perf_counter() - start)

        Rechecker.check = timed  # type: ignore[method-assign]
        times = []
        step = max(1, len(document.timeline.events) // EDITS)
        for number in range(EDITS):
            event = document.timeline.events[number * step]
            edited = dataclasses.replace(event, kind="claim" if event.kind != "claim" else "fact")
            start = time.perf_counter()
            document.apply(replace_event(document.timeline, event.id, edited), "Edit Event")
            self.view.viewport().repaint()
            QApplication.instance().processEvents()
            times.append(time.perf_counter() - start)
        Rechecker.check = check  # type: ignore[method-assign]
        self.report["edit_median"] = statistics.median(times)
        self.report["edit_worst"] = max(times)
        self.report["check_median"] = statistics.median(checks)
        self.report["check_worst"] = max(checks)


def main(file: str, events: int) -> None:
    # keep the probe's settings, working copy and autosaves out of the user's real ones
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[variable] = tempfile.mkdtemp(prefix="timeline-viewer-probe-")
    from viewer.ui.settings import Settings
    from viewer.ui.shell.application import create_window

    app = QApplication(sys.argv[:1])
    report: dict = {}
    watch = Watch(events, report)
    app.installEventFilter(watch)
    window = create_window(app, file, Settings())  # noqa: F841 - kept open until the end
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
