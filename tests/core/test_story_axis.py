"""The story axis: monotonic, invertible, keeps the range, stretches crowds, bounded in size."""

from __future__ import annotations

import datetime
import itertools
import random

import pytest

from viewer.core.axis import MIN_TICK_PX, axis
from viewer.core.bands import span_table
from viewer.core.model import Event, Timeline
from viewer.core.story_axis import LINEAR, MAX_KNOTS, TimeScale, is_uneven, story_scale
from viewer.core.viewport import Viewport


def day(text: str) -> float:
    return float(datetime.date.fromisoformat(text).toordinal())


LO, HI = day("2014-06-01"), day("2025-06-01")
# ten sparse years (a month-long event each spring) around one week of daily news
SPARSE = [(day(f"{year}-04-01"), day(f"{year}-05-01")) for year in range(2015, 2025)]
WEEK = [(day("2023-11-17") + n % 6, day("2023-11-17") + n % 6 + 1) for n in range(40)]
STORY = story_scale(SPARSE + WEEK, (LO, HI))


def test_the_linear_scale_is_the_identity() -> None:
    assert LINEAR.linear
    assert LINEAR.position(738_000.5) == 738_000.5 == LINEAR.day(738_000.5)
    assert LINEAR.stretch(1.0) == 1.0


def test_the_story_scale_is_strictly_increasing_and_invertible_everywhere() -> None:
    days = [LO - 400 + n * 7.3 for n in range(700)]  # before, across and after the range
    positions = [STORY.position(d) for d in days]
    assert all(a < b for a, b in itertools.pairwise(positions))
    for d, p in zip(days, positions, strict=True):
        assert STORY.day(p) == pytest.approx(d, abs=1e-6)


def test_the_whole_range_keeps_its_length_and_ends() -> None:
    assert STORY.position(LO) == pytest.approx(LO)
    assert STORY.position(HI) == pytest.approx(HI)


def test_the_crowded_week_is_stretched_and_the_quiet_years_compressed() -> None:
    week = STORY.position(day("2023-11-23")) - STORY.position(day("2023-11-17"))
    assert week / (HI - LO) > 0.3, "one week takes a third of the axis"
    quiet = STORY.position(day("2019-01-01")) - STORY.position(day("2018-06-01"))
    assert quiet < day("2019-01-01") - day("2018-06-01")
    assert STORY.stretch(day("2023-11-18")) > 100 > 1 > STORY.stretch(day("2018-09-01"))


def test_a_story_without_short_events_stays_linear() -> None:
    decades = [(day("1990-01-01"), day("2000-01-01")), (day("2000-01-01"), day("2010-01-01"))]
    assert story_scale(decades, (day("1989-01-01"), day("2011-01-01"))).linear
    assert story_scale([], (LO, HI)).linear


def test_crowding_is_told_from_a_steady_chronicle() -> None:
    assert is_uneven(SPARSE + WEEK, (LO, HI))
    monthly = [(day("2015-01-01") + 30 * n, day("2015-01-01") + 30 * n + 1) for n in range(120)]
    assert not is_uneven(monthly, (LO, HI))
    assert not is_uneven(WEEK[:5], (LO, HI)), "too few events to tell"


def test_a_hundred_thousand_events_give_a_bounded_scale() -> None:
    rng = random.Random(7)
    extents = []
    for _ in range(100_000):
        start = LO + rng.random() * (HI - LO - 40)
        extents.append((start, start + rng.choice((1.0, 1.0, 30.0))))
    scale = story_scale(extents, (LO, HI))
    assert 2 <= len(scale.days) <= MAX_KNOTS
    positions = [scale.position(LO + n * 3.1) for n in range(1200)]
    assert all(a < b for a, b in itertools.pairwise(positions))


def test_spans_are_laid_out_in_positions_of_the_scale() -> None:
    events = tuple(
        Event(f"e{n}", date=date)
        for n, date in enumerate(["2015", "2018-04", "2023-11-17", "2023-11-18", "2023-11-20"])
    )
    table = span_table(Timeline(events=events), None)
    assert not table.scale.linear
    first, second = table.spans[2], table.spans[3]
    assert first is not None and second is not None
    assert second.start - first.start > 30, "a day of the crisis is worth a month"
    assert table.scale.day(first.start) == pytest.approx(day("2023-11-17"))


def test_story_ticks_change_unit_along_the_axis_and_never_collide() -> None:
    view = Viewport(LO, 1200 / (HI - LO), 1200)
    ticks = axis(view, "en", STORY)
    labels = [tick.label for tick in ticks.minor]
    assert "2020" in labels and "18" in labels, labels  # years where quiet, days in the crisis
    xs = [tick.x for tick in ticks.minor]
    assert xs == sorted(xs)
    assert all(b - a >= MIN_TICK_PX * 0.8 for a, b in itertools.pairwise(xs))
    assert ticks.breaks, "where the unit changes, the axis shows a break"
    assert any(tick.label == "Nov 2023" for tick in ticks.major)
    plain = axis(view, "en", TimeScale())
    assert not plain.breaks and "18" not in [tick.label for tick in plain.minor]
