"""A press of the left button on the timeline: a click, a pan, or an event dragged to a date."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF

from viewer.core.model import Event
from viewer.core.story_axis import LINEAR, TimeScale
from viewer.core.viewport import Viewport

DRAG_THRESHOLD = 4  # px the pointer moves before a press becomes a drag


@dataclass
class Press:
    """Where the button went down and what was there; dragging a dated event redates it,
    dragging anywhere else pans the view."""

    point: QPointF
    viewport: Viewport  # the view when the button went down
    scroll: int  # the vertical scroll then
    moving: int | None  # the index of the dated event under the pointer, if any
    dragging: bool = False
    dx: float = 0.0

    def drag_to(self, point: QPointF) -> bool:
        """Follow the pointer; True once the press has become a drag."""
        delta = point - self.point
        self.dragging = self.dragging or delta.manhattanLength() > DRAG_THRESHOLD
        if self.dragging:
            self.dx = delta.x()
        return self.dragging

    def panned(self, point: QPointF) -> tuple[Viewport, int]:
        """The view and vertical scroll a pan to `point` shows."""
        delta = point - self.point
        return self.viewport.panned(-delta.x()), int(self.scroll - delta.y())

    def days(self, px_per_day: float, scale: TimeScale = LINEAR, start: float = 0.0) -> int:
        """Whole days the dragged event has moved so far, the event starting at position
        `start` of `scale` (on a story axis a pixel is more days where time is compressed);
        half a day counts as a day, both ways (round() would round halves to even)."""
        days = scale.day(start + self.dx / px_per_day) - scale.day(start)
        return int(math.copysign(math.floor(abs(days) + 0.5), days))

    def date_label(
        self,
        event: Event,
        px_per_day: float,
        language: str,
        scale: TimeScale = LINEAR,
        start: float = 0.0,
    ) -> str:
        """The date the dragged `event` would get, as shown beside it ("" when it has none)."""
        if event.edtf is None:
            return ""
        try:
            return event.edtf.shifted(self.days(px_per_day, scale, start)).render(language)
        except ValueError:  # shifted past the calendar's ends
            return ""
