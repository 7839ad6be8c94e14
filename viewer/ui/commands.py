"""Undo commands: every change to the timeline is a before/after pair on the undo stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from viewer.core.model import Timeline
from viewer.ui.document import EVERYTHING, Change, Document


class TimelineCommand(QUndoCommand):
    """Replace the document's timeline with `after`; undo puts `before` back."""

    def __init__(
        self,
        document: Document,
        before: Timeline,
        after: Timeline,
        text: str,
        change: Change = EVERYTHING,
        select: str | None = None,
    ) -> None:
        super().__init__(text)
        self._document = document
        self._before = before
        self._after = after
        self._change = change
        self._select_after = select
        self._select_before = document.selected_event_id

    def redo(self) -> None:
        self._document.set_timeline(self._after, self._change)
        if self._select_after is not None:
            self._document.select_event(self._select_after)

    def undo(self) -> None:
        self._document.set_timeline(self._before, self._change)
        if self._select_before in self._before.events_by_id:
            self._document.select_event(self._select_before)
