"""Unsaved edits survive a crash: autosave to a recovery copy, offered back when its file is
opened again.

Each window autosaves under an instance id of its own and holds a lock file next to its copy
while it runs (Qt's QLockFile, which knows a lock whose process has died). A copy whose lock is
held belongs to a window still running, in this process or another, and is never offered; only
the copies of instances that are gone are.
"""

from __future__ import annotations

import contextlib
import uuid
import weakref
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtWidgets import QWidget

from viewer.core.store import LoadError, LoadResult
from viewer.core.workspace import (
    Recovery,
    discard_recovery,
    find_recoveries,
    load_recovery,
    recoveries_of,
    recovery_folder,
    write_recovery,
)
from viewer.core.writer import SaveError
from viewer.ui.common.prompts import Answer, Level, Prompts
from viewer.ui.common.text import arg
from viewer.ui.document import Document

AUTOSAVE_MS = 30_000


class RecoveryKeeper(QObject):
    """Writes the unsaved state every `AUTOSAVE_MS` while there are unsaved edits, holds its
    lock while the window lives, and offers the copies left by instances that crashed."""

    _live: ClassVar[weakref.WeakSet[RecoveryKeeper]] = weakref.WeakSet()

    @classmethod
    def write_all_copies(cls) -> int:
        """Write the unsaved state of every window now (after an unexpected error, before
        anything else can go wrong); returns how many copies were written."""
        written = 0
        for keeper in list(cls._live):
            with contextlib.suppress(Exception):  # the error may be in the timeline itself
                written += keeper.write_copy()
        return written

    def __init__(self, document: Document, prompts: Prompts, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._prompts = prompts
        self._parent = parent
        self._instance = uuid.uuid4().hex[:12]
        self._lock: QLockFile | None = None
        self._written: list[Recovery] = []  # this instance's own copies
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.write_copy)
        document.undo_stack.cleanChanged.connect(self._clean_changed)
        document.path_changed.connect(self._hold_lock)
        RecoveryKeeper._live.add(self)

    def write_copy(self) -> bool:
        """Write the unsaved state where the next start can find it after a crash; False when
        there is none, or it could not be written."""
        # a failed autosave must not interrupt work; the next tick tries again
        if self._document.undo_stack.isClean():
            return False
        self._hold_lock()
        try:
            written = write_recovery(self._document.timeline, self._document.path, self._instance)
        except (SaveError, OSError):
            return False
        if written.path not in (copy.path for copy in self._written):
            self._written.append(written)
        return True

    def discard(self) -> None:
        """The document was saved, or the app closes normally: this instance's copies go."""
        for copy in self._written:
            with contextlib.suppress(OSError):
                discard_recovery(copy)
        self._written.clear()

    def stop(self) -> None:
        """No more autosaves, and the lock is let go (the app is closing)."""
        RecoveryKeeper._live.discard(self)
        self._timer.stop()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def offer_for(self, path: Path | None) -> LoadResult | None:
        """Offer the newest copy left by a crash for the file `path` (None: untitled ones).
        Returns what it holds when the user takes it; the copy is removed only when the user
        takes it or discards it, and kept when the user opens the saved file instead."""
        orphans = [copy for copy in recoveries_of(path) if _orphaned(copy)]
        return self._offer(orphans[0]) if orphans else None

    def offer_any(self, exclude: Path | None = None) -> LoadResult | None:
        """At a start with no file named: offer the newest copy any crashed instance left, but
        none of the file `exclude` (its copies were offered when it opened)."""
        skipped = None if exclude is None else exclude.resolve()
        orphans = [
            copy
            for copy in find_recoveries()
            if (skipped is None or copy.original != skipped) and _orphaned(copy)
        ]
        return self._offer(orphans[0]) if orphans else None

    # -- helpers ---------------------------------------------------------------------------------
    def _offer(self, copy: Recovery) -> LoadResult | None:
        name = copy.original.name if copy.original else self.tr("an untitled timeline")
        answer = self._prompts.ask(
            self._parent,
            "restore",
            self.tr("Restore Unsaved Changes?"),
            arg(
                self.tr(
                    "The app did not close normally. Unsaved changes to %1 were kept at %2. "
                    "Restore them? (No opens the saved file and keeps the changes for later.)"
                ),
                name,
                copy.written.astimezone().strftime("%Y-%m-%d %H:%M"),
            ),
            (Answer.YES, Answer.DISCARD, Answer.NO),
            Answer.YES,
        )
        if answer is Answer.DISCARD:
            discard_recovery(copy)
            return None
        if answer is not Answer.YES:
            return None
        try:
            result = load_recovery(copy)
        except LoadError as exc:
            self._prompts.tell(
                self._parent, self.tr("Cannot Restore"), exc.problem.format(), Level.ERROR
            )
            return None
        # the restored edits are this instance's now: once its own copy holds them, the old
        # copy can go
        self._adopt(copy, result)
        return result

    def _adopt(self, copy: Recovery, result: LoadResult) -> None:
        with contextlib.suppress(SaveError, OSError):
            written = write_recovery(result.timeline, result.path, self._instance)
            self._written.append(written)
            discard_recovery(copy)

    def _hold_lock(self) -> None:
        """Hold the lock that says this instance's copies belong to a running window."""
        if self._lock is not None:
            return
        path = _instance_lock(self._instance)
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(path))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old it is
        if lock.tryLock(0):
            self._lock = lock

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self._timer.stop()
        else:
            self._timer.start()


def _instance_lock(instance: str) -> Path:
    return recovery_folder() / f"{instance}.lock"


def _orphaned(copy: Recovery) -> bool:
    """Whether the instance that wrote `copy` is gone (a copy of the old format has none)."""
    if not copy.instance:
        return True
    lock = QLockFile(str(_instance_lock(copy.instance)))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        return lock.error() != QLockFile.LockError.LockFailedError  # held by a live process
    lock.unlock()  # it was free or stale: nobody runs it
    return True
