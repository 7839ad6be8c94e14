"""The timeline's scroll bars: the horizontal one is the visible time range, the vertical one
the swimlanes below the axis."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollBar

from viewer.core.bands import Bands
from viewer.core.spans import Span
from viewer.core.viewport import Bounds, Viewport

MAX_SCROLL = 2**30  # a scroll bar counts in 32-bit ints: the years 1-9999 at a day's zoom


def _pixels_per_step(view: Viewport, bounds: Bounds) -> float:
    """How many pixels one step of the bar stands for (1, unless the range is too long)."""
    total = (bounds[1] - bounds[0]) * view.px_per_day
    return max(1.0, total / MAX_SCROLL)


def show_time_range(bar: QScrollBar, view: Viewport, bounds: Bounds) -> None:
    """Set the horizontal bar to `view` within the whole timeline, without signalling."""
    lo, hi = bounds
    step = _pixels_per_step(view, bounds)
    total = int((hi - lo) * view.px_per_day / step)
    page = max(int(view.width / step), 1)
    blocked = bar.blockSignals(True)
    bar.setRange(0, max(0, total - page))
    bar.setPageStep(page)
    bar.setSingleStep(max(int(page / 20), 1))
    bar.setValue(int((view.start - lo) * view.px_per_day / step))
    bar.blockSignals(blocked)


def scrolled_to(value: int, view: Viewport, bounds: Bounds) -> Viewport:
    """The view the horizontal bar shows at `value`."""
    step = _pixels_per_step(view, bounds)
    return Viewport(bounds[0] + value * step / view.px_per_day, view.px_per_day, view.width)


def show_bands(bar: QScrollBar, content: int, available: int, step: int) -> None:
    """Let the vertical bar scroll `content` pixels of bands through `available` pixels."""
    bar.setRange(0, max(0, content - available))
    bar.setPageStep(max(available, 1))
    bar.setSingleStep(step)


def scroll_to_band(bar: QScrollBar, bands: Bands, span: Span, height: int, available: int) -> None:
    """Scroll the vertical bar, when it must, so that the first band holding `span` (bands
    `height` pixels high, `available` pixels shown) is in view."""
    row = next((n for n, band in enumerate(bands.bands) if band.index.contains(span)), None)
    if row is None:
        return
    top, bottom = row * height, (row + 1) * height
    if top < bar.value() or bottom > bar.value() + available:
        bar.setValue(top)
