"""What an error nobody caught does: every window's unsaved edits are written to their recovery
copies at once, the error goes to the log, and the user is told, in a sentence, that work is safe.

Qt hands an exception raised in a slot or a paint to `sys.excepthook` and carries on, but
whatever raised it was left half done, and a crash may follow; so the edits are kept first.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from viewer.core.error_log import log_error
from viewer.core.problems import one_line
from viewer.ui.common.prompts import Level, Prompts
from viewer.ui.common.text import arg, shown
from viewer.ui.shell.recovery import RecoveryKeeper

MAX_TOLD = 3  # errors told in one session; the later ones only go to the log


class ErrorGuard(QObject):
    """Installed as `sys.excepthook` while the app runs."""

    def __init__(self, prompts: Prompts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self._previous = sys.excepthook
        self._handling = False
        self._waiting: list[tuple[BaseException, int, str | None]] = []
        self._told = 0

    def install(self) -> None:
        """Take over `sys.excepthook`."""
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Give `sys.excepthook` back."""
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Keep the edits, log `error`, and tell the user once the event loop is free."""
        if not isinstance(error, Exception) or self._handling:  # Ctrl+C, or an error in here
            self._previous(kind, error, trace)
            return
        self._handling = True
        try:
            kept = RecoveryKeeper.write_all_copies()
            try:
                log: str | None = str(log_error(error.with_traceback(trace)))
            except OSError:
                log = None
            summary = one_line(_summary(error)[:300])
            print(f"timeline-viewer: unexpected error: {summary}", file=sys.stderr)
            if log:
                print(f"timeline-viewer: details are in {log}", file=sys.stderr)
            if self._told + len(self._waiting) < MAX_TOLD:
                self._waiting.append((error, kept, log))
                if len(self._waiting) == 1:
                    # not from inside the paint or slot that failed: from the event loop
                    QTimer.singleShot(0, self._tell)
        finally:
            self._handling = False

    def _tell(self) -> None:
        while self._waiting:
            error, kept, log = self._waiting.pop(0)
            self._told += 1
            parts = [
                arg(
                    self.tr("Timeline Viewer met an error it did not expect: %1"),
                    shown(_summary(error), 300),
                ),
                self.tr(
                    "Your unsaved changes were written to a recovery copy. You can go on "
                    "working; saving now is a good idea."
                )
                if kept
                else self.tr("Nothing was lost: there were no unsaved changes."),
            ]
            if log:
                parts.append(arg(self.tr("The details were written to %1."), shown(log)))
            self._prompts.tell(
                QApplication.activeWindow(),
                self.tr("Something Went Wrong"),
                "\n\n".join(parts),
                Level.ERROR,
            )


def _summary(error: BaseException) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
