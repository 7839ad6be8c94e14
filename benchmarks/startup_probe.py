"""Start a window and print the moment of its first paint, then quit: `app` is ours on the
bundled chronology, `bare` is an empty QMainWindow. Run by benchmarks/run.py in a fresh process
each time; the moment is `time.perf_counter()`, a system-wide monotonic clock on Linux, so the
runner can subtract the moment it started the process."""

from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class QuitOnPaint(QObject):
    """Quits the application once the watched widget has painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(time.perf_counter(), flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main(kind: str) -> None:
    # keep the probe's window state out of the user's real settings
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="timeline-viewer-probe-")
    app = QApplication(sys.argv[:1])
    quitter = QuitOnPaint()
    if kind == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        target = window
    else:
        from viewer.resources import bundled_timeline
        from viewer.ui.document import Document
        from viewer.ui.main_window import MainWindow
        from viewer.ui.settings import Settings

        document = Document()
        window = MainWindow(document, Settings())
        window.open_path(bundled_timeline())
        target = window.timeline_view().viewport()
    target.installEventFilter(quitter)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
