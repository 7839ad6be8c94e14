"""Axis ticks whose unit follows the zoom: decades, years, months, days or hours; on a story
axis, the unit follows the local zoom, so tick spacing and units change along the axis."""

from __future__ import annotations

import datetime
import itertools
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from viewer.core.dates import MONTHS_EN
from viewer.core.story_axis import LINEAR, TimeScale
from viewer.core.viewport import Viewport

MIN_TICK_PX = 56.0  # labels closer than this would collide
STRETCH_PX = 96.0  # px over which a story axis is taken to run at one zoom


@dataclass(frozen=True)
class Tick:
    """A tick at day `day` (x pixels from the left) with its label."""

    day: float
    x: float
    label: str


@dataclass(frozen=True)
class Axis:
    """Minor ticks with short labels, and major ticks naming the larger unit they start."""

    unit: str
    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]
    breaks: tuple[float, ...] = ()  # x where a story axis changes its unit: time compressed


@dataclass(frozen=True)
class _Unit:
    name: str
    days: float  # typical length, to pick the unit from the zoom
    step: Callable[[float], Iterator[float]]  # tick days from a start day onward
    label: Callable[[float, str], str]


def date_of_day(day: float) -> datetime.date:
    """The date a day number (`date.toordinal()`, as a float) falls on, kept within 1..9999."""
    return datetime.date.fromordinal(max(1, min(math.floor(day), 3652059)))


def _years(every: int) -> Callable[[float], Iterator[float]]:
    def step(lo: float) -> Iterator[float]:
        year = date_of_day(lo).year // every * every
        while year <= 9999:
            yield float(datetime.date(max(year, 1), 1, 1).toordinal())
            year += every

    return step


def _months(every: int) -> Callable[[float], Iterator[float]]:
    def step(lo: float) -> Iterator[float]:
        first = date_of_day(lo)
        month = (first.year * 12 + first.month - 1) // every * every
        while month < 10000 * 12:
            yield float(datetime.date(month // 12, month % 12 + 1, 1).toordinal())
            month += every

    return step


def _days(every: float) -> Callable[[float], Iterator[float]]:
    def step(lo: float) -> Iterator[float]:
        day = math.floor(lo / every) * every
        while True:
            yield day
            day += every

    return step


def _decade_label(day: float, lang: str) -> str:
    year = date_of_day(day).year
    return f"{year}년대" if lang == "ko" else f"{year}s"


def _year_label(day: float, lang: str) -> str:
    year = date_of_day(day).year
    return f"{year}년" if lang == "ko" else str(year)


def _month_label(day: float, lang: str) -> str:
    date = date_of_day(day)
    return f"{date.month}월" if lang == "ko" else MONTHS_EN[date.month - 1]


def _month_year_label(day: float, lang: str) -> str:
    date = date_of_day(day)
    return (
        f"{date.year}년 {date.month}월"
        if lang == "ko"
        else f"{MONTHS_EN[date.month - 1]} {date.year}"
    )


def _day_label(day: float, lang: str) -> str:
    date = date_of_day(day)
    return f"{date.day}일" if lang == "ko" else str(date.day)


def _full_day_label(day: float, lang: str) -> str:
    date = date_of_day(day)
    if lang == "ko":
        return f"{date.year}년 {date.month}월 {date.day}일"
    return f"{MONTHS_EN[date.month - 1]} {date.day}, {date.year}"


def _hour_label(day: float, lang: str) -> str:
    hour = round((day - math.floor(day)) * 24) % 24
    return f"{hour}시" if lang == "ko" else f"{hour:02d}:00"


_UNITS = (
    _Unit("hour", 1 / 24, _days(1 / 24), _hour_label),
    _Unit("3 hours", 3 / 24, _days(3 / 24), _hour_label),
    _Unit("6 hours", 6 / 24, _days(6 / 24), _hour_label),
    _Unit("day", 1, _days(1), _day_label),
    _Unit("week", 7, _days(7), _day_label),
    _Unit("month", 30.44, _months(1), _month_label),
    _Unit("quarter", 91.3, _months(3), _month_label),
    _Unit("year", 365.25, _years(1), _year_label),
    _Unit("5 years", 5 * 365.25, _years(5), _year_label),
    _Unit("decade", 3652.5, _years(10), _decade_label),
    _Unit("50 years", 18262.5, _years(50), _decade_label),
    _Unit("century", 36525, _years(100), _year_label),
)
# For each minor unit, the larger unit its major ticks name: (its length in days, steps, label).
_MAJOR = {
    "hour": (1, _days(1), _full_day_label),
    "3 hours": (1, _days(1), _full_day_label),
    "6 hours": (1, _days(1), _full_day_label),
    "day": (31, _months(1), _month_year_label),
    "week": (31, _months(1), _month_year_label),
    "month": (366, _years(1), _year_label),
    "quarter": (366, _years(1), _year_label),
}


def _unit_for(px_per_day: float) -> _Unit:
    return next((u for u in _UNITS if u.days * px_per_day >= MIN_TICK_PX), _UNITS[-1])


def axis(viewport: Viewport, lang: str, scale: TimeScale = LINEAR) -> Axis:
    """Ticks for the visible range, at the finest unit whose labels do not collide (where
    `scale` is a story axis, `viewport` is in its positions)."""
    if not scale.linear:
        return _story_axis(viewport, lang, scale)
    unit = _unit_for(viewport.px_per_day)
    minor = tuple(_ticks(viewport, unit.step, unit.label, lang, unit.days))
    major_spec = _MAJOR.get(unit.name)
    major = (
        tuple(_ticks(viewport, major_spec[1], major_spec[2], lang, major_spec[0]))
        if major_spec
        else ()
    )
    return Axis(unit.name, minor, major)


def _ticks(
    viewport: Viewport,
    step: Callable[[float], Iterator[float]],
    label: Callable[[float, str], str],
    lang: str,
    unit_days: float,
) -> Iterator[Tick]:
    # Start one unit early so the label of a period that began off screen can stay pinned.
    for day in step(viewport.start - unit_days):
        if day > viewport.end:
            break
        yield Tick(day, viewport.x(day), label(day, lang))


def _story_axis(viewport: Viewport, lang: str, scale: TimeScale) -> Axis:
    """Stretch by stretch of the view, ticks at the unit its own zoom allows; where ticks of
    different units meet, the coarser wins and a break marks the change."""
    pieces = max(1, math.ceil(viewport.width / STRETCH_PX))
    edges = [scale.day(viewport.day(viewport.width * n / pieces)) for n in range(pieces + 1)]
    ranked = {unit.name: rank for rank, unit in enumerate(_UNITS)}
    minor: dict[float, tuple[int, Tick]] = {}
    major: dict[float, Tick] = {}
    for left, right in itertools.pairwise(edges):
        px_per_day = viewport.width / pieces / max(right - left, 1e-9)
        unit = _unit_for(px_per_day)
        for day in _between(unit.step, left, right, unit.days):
            tick = Tick(day, viewport.x(scale.position(day)), unit.label(day, lang))
            if day not in minor or minor[day][0] < ranked[unit.name]:
                minor[day] = (ranked[unit.name], tick)
        spec = _MAJOR.get(unit.name)
        if spec is not None:
            for day in _between(spec[1], left - spec[0], right, spec[0]):
                major[day] = Tick(day, viewport.x(scale.position(day)), spec[2](day, lang))
    kept: list[tuple[int, Tick]] = []
    for rank, tick in sorted(minor.values(), key=lambda pair: (-pair[0], pair[1].x)):
        if all(abs(tick.x - other.x) >= MIN_TICK_PX * 0.8 for _, other in kept):
            kept.append((rank, tick))
    kept.sort(key=lambda pair: pair[1].x)
    breaks = tuple(
        (a.x + b.x) / 2 for (rank_a, a), (rank_b, b) in itertools.pairwise(kept) if rank_a != rank_b
    )
    ticks = tuple(tick for _, tick in kept)
    middle = scale.day(viewport.day(viewport.width / 2))
    unit = _unit_for(viewport.px_per_day * scale.stretch(middle))  # the zoom at the centre
    majors = tuple(sorted(major.values(), key=lambda tick: tick.x))
    return Axis(unit.name, ticks, majors, breaks)


def _between(
    step: Callable[[float], Iterator[float]], left: float, right: float, unit_days: float
) -> Iterator[float]:
    for day in step(left - unit_days):
        if day >= right:
            return
        if day >= left:
            yield day
