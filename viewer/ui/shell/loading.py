"""Reading a large timeline in a worker thread, with a progress dialog and Cancel, so that the
window stays drawn and answers while 100,000 events are read and checked."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from viewer.core.progress import Cancelled
from viewer.core.store import LoadError, LoadResult, load_timeline
from viewer.ui.common.background import in_gui_thread, prepare
from viewer.ui.common.text import arg

BACKGROUND_BYTES = 2 * 2**20  # smaller files (about 6,000 events) read in well under a second
STEPS = 1000


class BackgroundLoad(QObject):
    """Loads one file at a time off the GUI thread; `finished` brings the outcome back to it:
    a LoadResult, a LoadError, None when the user cancelled, or any other exception raised."""

    finished = Signal(Path, object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._stop: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self._dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        """Whether a file is being read."""
        return self._stop is not None

    def load(self, path: Path) -> LoadResult | None:
        """A small file's LoadResult (or its LoadError raised); None when `path` is large and
        being read in the background, its outcome to come with `finished`."""
        self.cancel()
        if _size(path) <= BACKGROUND_BYTES:
            return load_timeline(path)
        self.start(path)
        return None

    def start(self, path: Path) -> None:
        """Read `path` in the background; a load already running is cancelled."""
        self.cancel()
        stop = self._stop = threading.Event()
        dialog = self._dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(self.tr("Opening Timeline"))
        dialog.setLabelText(arg(self.tr("Reading and checking %1…"), path.name))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, STEPS)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # a quick load shows no dialog at all
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        prepare()
        self._thread = threading.Thread(target=self._run, args=(path, stop), daemon=True)
        self._thread.start()

    def cancel(self, wait: bool = False) -> None:
        """Stop the running load, if any; its outcome is dropped. With `wait`, return once the
        worker has stopped (it stops at its next report; the window is closing)."""
        if self._stop is not None:
            self._stop.set()
        self._stop = None
        self._close_dialog()
        if wait and self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self, path: Path, stop: threading.Event) -> None:
        def progress(share: float) -> None:
            if stop.is_set():
                raise Cancelled
            in_gui_thread(self, self._show_progress, share)

        outcome: object
        try:
            outcome = load_timeline(path, progress)
        except Cancelled:
            outcome = None
        except (LoadError, Exception) as exc:  # the GUI thread reports it
            outcome = exc
        if not stop.is_set():
            in_gui_thread(self, self._finish, (stop, path, outcome))

    def _show_progress(self, share: float) -> None:
        if self._dialog is not None:
            self._dialog.setValue(round(share * STEPS))

    def _finish(self, finished: tuple[threading.Event, Path, object]) -> None:
        stop, path, outcome = finished
        if stop is not self._stop or stop.is_set():
            return  # cancelled, or replaced by a newer load
        self._stop = None
        self._close_dialog()
        self.finished.emit(path, outcome)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect()
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except (OSError, ValueError):  # the load says why it cannot read the file
        return 0
