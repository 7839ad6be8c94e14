"""Python's cycle collector, run from the GUI thread only.

Left to itself, the collector runs in whichever thread allocates when a generation fills: the
workers that find dated sentences, or the helper process's feeder thread. A Qt object freed
there, from a reference cycle, is deleted outside the thread that owns it while the GUI
thread's event loop still holds its timers: the app crashed in Qt's timer dispatch. So the
automatic collector is turned off and this object runs the same collections, when the same
thresholds are passed, from a timer in the GUI thread (the approach calibre takes)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from viewer.core.collector import is_paused

INTERVAL_MS = 500  # how often the counts are looked at: cycles wait at most this long


class GuiThreadCollector(QObject):
    """Runs the cycle collections the interpreter would, from the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self, interval=INTERVAL_MS, timeout=self.collect_due)
        self._timer.start()
        parent.destroyed.connect(gc.enable)

    def collect_due(self) -> None:
        """Collect the generations whose counts have passed their thresholds, the oldest
        such one with the younger ones, as the automatic collector does."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0] or is_paused():  # a file is being read or written
            return
        generation = 0
        if counts[1] > thresholds[1]:
            generation = 2 if counts[2] > thresholds[2] else 1
        gc.collect(generation)


def collect_in_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """The app's one collector, made on first call."""
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)
