"""The visible part of the time axis, and the limits it moves within, as plain numbers."""

from __future__ import annotations

from dataclasses import dataclass

Bounds = tuple[float, float]  # the first and last day of the whole timeline


@dataclass(frozen=True)
class Viewport:
    """A view of the time axis: the day at x = 0, the zoom and the width in pixels."""

    start: float
    px_per_day: float
    width: float

    @classmethod
    def showing(
        cls,
        start: float,
        end: float,
        width: float,
        bounds: Bounds,
        limits: tuple[float, float] | None = None,
    ) -> Viewport:
        """The view of width `width` centred on [start, end], zoomed as close as the limits
        (default: `zoom_limits`) let it, and kept inside `bounds`."""
        low, high = limits or zoom_limits(bounds, width)
        px = min(max(width / max(end - start, 1e-6), low), high)
        centre = (start + end) / 2
        return cls(centre - width / px / 2, px, width).clamped(bounds)

    @classmethod
    def whole(cls, bounds: Bounds, width: float) -> Viewport:
        """The view that shows all of `bounds`."""
        lo, hi = bounds
        return cls(lo, width / max(hi - lo, 1.0), width)

    @property
    def end(self) -> float:
        """The day at the right edge."""
        return self.start + self.width / self.px_per_day

    def x(self, day: float) -> float:
        """The x of a day."""
        return (day - self.start) * self.px_per_day

    def day(self, x: float) -> float:
        """The day at an x."""
        return self.start + x / self.px_per_day

    def zoomed(self, factor: float, anchor_x: float, limits: tuple[float, float]) -> Viewport:
        """Zoom by `factor` keeping the day under `anchor_x` in place, within px/day limits."""
        px = min(max(self.px_per_day * factor, limits[0]), limits[1])
        anchor_day = self.day(anchor_x)
        return Viewport(anchor_day - anchor_x / px, px, self.width)

    def panned(self, dx: float) -> Viewport:
        """Move the view by `dx` pixels (positive moves to later times)."""
        return Viewport(self.start + dx / self.px_per_day, self.px_per_day, self.width)

    def clamped(self, bounds: Bounds) -> Viewport:
        """The same zoom, moved so that it does not run past either end of `bounds`."""
        lo, hi = bounds
        span = self.width / self.px_per_day
        return Viewport(min(max(self.start, lo), max(lo, hi - span)), self.px_per_day, self.width)

    def resized(self, width: float) -> Viewport:
        """The same time range shown in `width` pixels (a resized view, only wider or narrower)."""
        if width == self.width:
            return self
        return Viewport(self.start, self.px_per_day * width / self.width, width)


def zoom_limits(bounds: Bounds, width: float) -> tuple[float, float]:
    """The least and most pixels per day: the whole timeline at most, one day filling the
    view at least."""
    lo, hi = bounds
    return width / max(hi - lo, 1.0), float(width)
