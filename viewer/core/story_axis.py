"""The story axis: time stretched where events crowd and compressed where nothing happens.

A `TimeScale` maps days to positions on the axis and back. The linear scale is the identity;
a story scale blends linear time with the share of events told so far, so that a ten-year
story around one dense week shows both in one view:

    position(day) = lo + (hi - lo) * (LINEAR_SHARE * (day - lo) / (hi - lo)
                                      + (1 - LINEAR_SHARE) * told(day))

where `told(day)` is the fraction of the events' time (each short event spread over its days)
before `day`. It is piecewise linear, strictly increasing (the linear share keeps it so), so
every position has one day; the whole range [lo, hi] keeps its length, and outside it time runs
at the linear share. Zoom, pan, hit tests and the layout work on positions unchanged.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

LINEAR_SHARE = 0.25  # of the axis that follows the calendar; the rest follows the events
SHORT_EVENT_DAYS = 3 * 366.0  # longer events (vague background) do not make time stretch
MAX_KNOTS = 4096  # bends kept in a scale: finer detail is merged (the cost of a lookup)
DENSE_WINDOW = 0.01  # of the whole range: the window in which crowding is measured
DENSE_SHARE = 0.2  # of the events in one such window: the story axis is worth having


@dataclass(frozen=True)
class TimeScale:
    """Days to positions and back, piecewise linear between knots (none: the identity)."""

    days: tuple[float, ...] = ()
    positions: tuple[float, ...] = ()
    outer_slope: float = 1.0  # positions per day before the first and after the last knot

    @property
    def linear(self) -> bool:
        """Whether positions are days."""
        return not self.days

    def position(self, day: float) -> float:
        """Where `day` lies on the axis."""
        days = self.days
        if not days:
            return day
        if day <= days[0]:
            return self.positions[0] + (day - days[0]) * self.outer_slope
        if day >= days[-1]:
            return self.positions[-1] + (day - days[-1]) * self.outer_slope
        at = bisect_right(days, day) - 1
        d0, d1 = days[at], days[at + 1]
        p0, p1 = self.positions[at], self.positions[at + 1]
        return p0 + (p1 - p0) * (day - d0) / (d1 - d0)

    def day(self, position: float) -> float:
        """The day at `position` on the axis."""
        marks = self.positions
        if not marks:
            return position
        if position <= marks[0]:
            return self.days[0] + (position - marks[0]) / self.outer_slope
        if position >= marks[-1]:
            return self.days[-1] + (position - marks[-1]) / self.outer_slope
        at = bisect_right(marks, position) - 1
        p0, p1 = marks[at], marks[at + 1]
        d0, d1 = self.days[at], self.days[at + 1]
        return d0 + (d1 - d0) * (position - p0) / (p1 - p0)

    def stretch(self, day: float) -> float:
        """Positions per day around `day`: above 1 where time is stretched, below where it is
        compressed."""
        days = self.days
        if not days or day < days[0] or day >= days[-1]:
            return self.outer_slope if days else 1.0
        at = bisect_right(days, day) - 1
        return (self.positions[at + 1] - self.positions[at]) / (days[at + 1] - days[at])


LINEAR = TimeScale()


def story_scale(extents: Iterable[tuple[float, float]], bounds: tuple[float, float]) -> TimeScale:
    """The story scale for events covering `extents` (days [start, end)) within `bounds`;
    the linear scale when no event is short enough to tell where the story crowds."""
    lo, hi = bounds
    if hi <= lo:
        return LINEAR
    rates: dict[float, float] = {}  # change of the events' time per day, at each boundary
    for start, end in extents:
        length = end - start
        if 0 < length <= SHORT_EVENT_DAYS and lo <= start and end <= hi:
            rates[start] = rates.get(start, 0.0) + 1.0 / length
            rates[end] = rates.get(end, 0.0) - 1.0 / length
    if not rates:
        return LINEAR
    knots = sorted({lo, hi, *rates})
    told = [0.0]
    rate = 0.0
    for before, after in itertools.pairwise(knots):
        rate += rates.get(before, 0.0)
        told.append(told[-1] + rate * (after - before))
    total = told[-1]
    if total <= 0:
        return LINEAR
    knots, told = _thinned(knots, told)
    span = hi - lo
    positions = tuple(
        lo + span * (LINEAR_SHARE * (day - lo) / span + (1 - LINEAR_SHARE) * done / total)
        for day, done in zip(knots, told, strict=True)
    )
    return TimeScale(tuple(knots), positions, LINEAR_SHARE)


def _thinned(knots: list[float], told: list[float]) -> tuple[list[float], list[float]]:
    """At most MAX_KNOTS knots, both ends kept: every k-th one (in between, the scale is a
    straight line, so a merged bend only spreads a crowd over its neighbours)."""
    if len(knots) <= MAX_KNOTS:
        return knots, told
    step = -(-(len(knots) - 1) // (MAX_KNOTS - 1))
    picked = [*range(0, len(knots) - 1, step), len(knots) - 1]
    return [knots[i] for i in picked], [told[i] for i in picked]


def is_uneven(extents: Iterable[tuple[float, float]], bounds: tuple[float, float]) -> bool:
    """Whether events crowd: a window of DENSE_WINDOW of the range holds DENSE_SHARE of the
    short events (a ten-year story with one dense week, not a steady chronicle)."""
    lo, hi = bounds
    starts = sorted(s for s, e in extents if 0 < e - s <= SHORT_EVENT_DAYS)
    if len(starts) < 10 or hi <= lo:
        return False
    window = (hi - lo) * DENSE_WINDOW
    needed = DENSE_SHARE * len(starts)
    first = 0
    for last, day in enumerate(starts):
        while day - starts[first] > window:
            first += 1
        if last - first + 1 >= needed:
            return True
    return False
