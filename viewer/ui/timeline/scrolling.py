"""The timeline's scroll bars: the horizontal one is the visible time range, the vertical one
the swimlanes below the axis."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollBar

from viewer.core.viewport import Bounds, Viewport


def show_time_range(bar: QScrollBar, view: Viewport, bounds: Bounds) -> None:
    """Set the horizontal bar to `view` within the whole timeline, without signalling."""
    lo, hi = bounds
    total = int((hi - lo) * view.px_per_day)
    blocked = bar.blockSignals(True)
    bar.setRange(0, max(0, total - int(view.width)))
    bar.setPageStep(int(view.width))
    bar.setSingleStep(max(int(view.width / 20), 1))
    bar.setValue(int((view.start - lo) * view.px_per_day))
    bar.blockSignals(blocked)


def scrolled_to(value: int, view: Viewport, bounds: Bounds) -> Viewport:
    """The view the horizontal bar shows at `value`."""
    return Viewport(bounds[0] + value / view.px_per_day, view.px_per_day, view.width)


def show_bands(bar: QScrollBar, content: int, available: int, step: int) -> None:
    """Let the vertical bar scroll `content` pixels of bands through `available` pixels."""
    bar.setRange(0, max(0, content - available))
    bar.setPageStep(max(available, 1))
    bar.setSingleStep(step)
