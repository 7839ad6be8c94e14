"""Start a window and print the moment of its first paint, then quit.

`app` is ours on the bundled chronology as `timeline-viewer` opens it, `bare` an empty
QMainWindow, `widgets` a window of stock widgets like ours with none of our code or data (a
reference for how much of the difference Qt itself takes). Run by benchmarks/run.py in a fresh
process each time; the moment is `time.perf_counter()`, a system-wide monotonic clock on Linux,
so the runner can subtract the moment it started the process."""

from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class QuitOnPaint(QObject):
    """Quits the application once the watched widget has painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(time.perf_counter(), flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def stock_widgets_window() -> tuple[QMainWindow, QWidget]:
    """A reference with no code or data of ours: stock widgets of the kinds our window shows
    (menus, a toolbar, three docks with a 44-row tree, a long Korean text, labels)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget, QLabel, QPlainTextEdit, QTreeWidget, QTreeWidgetItem

    window = QMainWindow()
    window.resize(1280, 800)
    for title in ("File", "Edit", "View", "Help"):
        window.menuBar().addMenu(title)
    toolbar = window.addToolBar("Main")
    for title in ("Open", "Save", "Undo", "Redo", "New Event", "Find"):
        toolbar.addAction(title)
    central = QLabel("2023년 11월 17일 오픈AI 이사회, 샘 올트먼 해임 · Board fires Altman")
    window.setCentralWidget(central)
    actors = QTreeWidget()
    actors.setHeaderLabels(["Name", "Other name", "Events"])
    for number in range(44):
        QTreeWidgetItem(actors, [f"샘 올트먼 {number}", f"Sam Altman {number}", str(number)])
    source = QPlainTextEdit("오픈AI 이사회는 샘 올트먼 최고경영자를 해임했다고 밝혔다. " * 400)
    details = QLabel("이사회, 올트먼 해고\n2023년 11월 17일\nfact")
    for title, widget, area in (
        ("Actors", actors, Qt.DockWidgetArea.LeftDockWidgetArea),
        ("Source", source, Qt.DockWidgetArea.RightDockWidgetArea),
        ("Details", details, Qt.DockWidgetArea.RightDockWidgetArea),
    ):
        dock = QDockWidget(title, window)
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
    return window, central


def main(kind: str) -> None:
    # keep the probe's settings, working copy and autosaves out of the user's real ones
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[variable] = tempfile.mkdtemp(prefix="timeline-viewer-probe-")
    app = QApplication(sys.argv[:1])
    quitter = QuitOnPaint()
    if kind == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        target = window
    elif kind == "widgets":
        window, target = stock_widgets_window()
    else:
        from viewer.ui.settings import Settings
        from viewer.ui.shell.application import create_window
        from viewer.ui.timeline.view import TimelineView

        window = create_window(app, None, Settings())
        target = window.findChild(TimelineView, "timelineView").viewport()
    target.installEventFilter(quitter)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
