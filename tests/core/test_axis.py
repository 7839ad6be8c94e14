"""Axis ticks adapt to the zoom and speak the UI language."""

from __future__ import annotations

import datetime
import itertools

import pytest

from viewer.core.axis import MIN_TICK_PX, axis
from viewer.core.viewport import Viewport

DAY = float(datetime.date(2023, 11, 17).toordinal())


@pytest.mark.parametrize(
    ("px_per_day", "unit", "en_label", "ko_label"),
    [
        (0.02, "decade", "2020s", "2020년대"),
        (0.3, "year", "2023", "2023년"),
        (3.0, "month", "Nov", "11월"),
        (60.0, "day", "17", "17일"),
        (1500.0, "hour", "00:00", "0시"),
    ],
)
def test_the_unit_follows_the_zoom(
    px_per_day: float, unit: str, en_label: str, ko_label: str
) -> None:
    view = Viewport(DAY - 600 / px_per_day, px_per_day, 1200)
    english, korean = axis(view, "en"), axis(view, "ko")
    assert english.unit == unit
    assert en_label in [tick.label for tick in english.minor]
    assert ko_label in [tick.label for tick in korean.minor]
    xs = [tick.x for tick in english.minor]
    assert all(b - a >= MIN_TICK_PX * 0.9 for a, b in itertools.pairwise(xs))


def test_day_ticks_name_their_month_in_both_languages() -> None:
    view = Viewport(DAY - 10, 60.0, 1200)
    assert "Nov 2023" in [tick.label for tick in axis(view, "en").major]
    assert "2023년 11월" in [tick.label for tick in axis(view, "ko").major]
    first_major = axis(view, "en").major[0]
    assert first_major.x <= 0, "the month that began off screen is included to stay pinned"
