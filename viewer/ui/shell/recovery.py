"""Unsaved edits survive a crash: autosave to a recovery copy, offered back at the next start."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from viewer.core.store import LoadError, LoadResult
from viewer.core.workspace import discard_recovery, find_recoveries, load_recovery, write_recovery
from viewer.core.writer import SaveError
from viewer.ui.common.prompts import Answer, Level, Prompts
from viewer.ui.common.text import arg
from viewer.ui.document import Document

AUTOSAVE_MS = 30_000


class RecoveryKeeper(QObject):
    """Writes the unsaved state every `AUTOSAVE_MS` while there are unsaved edits."""

    def __init__(self, document: Document, prompts: Prompts, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._prompts = prompts
        self._parent = parent
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.write_copy)
        document.undo_stack.cleanChanged.connect(self._clean_changed)

    def write_copy(self) -> None:
        """Write the unsaved state where the next start can find it after a crash."""
        # a failed autosave must not interrupt work; the next tick tries again
        if not self._document.undo_stack.isClean():
            with contextlib.suppress(SaveError, OSError):
                write_recovery(self._document.timeline, self._document.path)

    def discard(self) -> None:
        """The document was saved, or the app closes normally: the copy is not needed."""
        discard_recovery(self._document.path)

    def stop(self) -> None:
        """No more autosaves (the app is closing)."""
        self._timer.stop()

    def offer(self) -> LoadResult | None:
        """After a crash: offer the newest recovery copy; what it holds when the user takes it."""
        recoveries = find_recoveries()
        if not recoveries:
            return None
        newest = recoveries[0]
        name = newest.original.name if newest.original else self.tr("an untitled timeline")
        answer = self._prompts.ask(
            self._parent,
            "restore",
            self.tr("Restore Unsaved Changes?"),
            arg(
                self.tr(
                    "The app did not close normally. Unsaved changes to %1 were kept at %2. "
                    "Restore them?"
                ),
                name,
                newest.written.astimezone().strftime("%Y-%m-%d %H:%M"),
            ),
            (Answer.YES, Answer.DISCARD),
            Answer.YES,
        )
        if answer is not Answer.YES:
            discard_recovery(newest.original)
            return None
        try:
            return load_recovery(newest)
        except LoadError as exc:
            self._prompts.tell(
                self._parent, self.tr("Cannot Restore"), exc.problem.format(), Level.ERROR
            )
            return None

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self._timer.stop()
        else:
            self._timer.start()
