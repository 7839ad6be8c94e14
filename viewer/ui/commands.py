"""Undo commands: every change to the timeline is a before/after pair on the undo stack."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from viewer.core.changes import Change
from viewer.core.model import Timeline


class TimelineHolder(Protocol):
    """What a command changes: the document, seen only through these three members."""

    @property
    def selected_event_id(self) -> str: ...

    def set_timeline(self, timeline: Timeline, change: Change) -> None: ...

    def select_event(self, event_id: str) -> None: ...


class TimelineCommand(QUndoCommand):
    """Replace the holder's timeline with `after`; undo puts `before` back."""

    def __init__(
        self,
        holder: TimelineHolder,
        before: Timeline,
        after: Timeline,
        text: str,
        change: Change,
        select: str | None = None,
    ) -> None:
        super().__init__(text)
        self._holder = holder
        self._before = before
        self._after = after
        self._change = change
        self._select_after = select
        self._select_before = holder.selected_event_id

    def redo(self) -> None:
        self._holder.set_timeline(self._after, self._change)
        if self._select_after is not None:
            self._holder.select_event(self._select_after)

    def undo(self) -> None:
        self._holder.set_timeline(self._before, self._change.inverse())
        if self._select_before in self._before.events_by_id:
            self._holder.select_event(self._select_before)
