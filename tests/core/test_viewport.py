"""The visible range converts days and pixels, zooms about a point and stays in bounds."""

from __future__ import annotations

import datetime

import pytest

from viewer.core.viewport import Viewport, zoom_limits

DAY = float(datetime.date(2023, 11, 17).toordinal())
BOUNDS = (DAY - 1000, DAY + 1000)


def test_viewport_converts_between_days_and_pixels() -> None:
    view = Viewport(DAY, 10.0, 500)
    assert view.x(DAY + 3) == 30.0
    assert view.day(30.0) == DAY + 3
    assert view.end == DAY + 50


def test_zooming_keeps_the_day_under_the_pointer_in_place() -> None:
    view = Viewport(DAY, 10.0, 500)
    anchor_day = view.day(120)
    zoomed = view.zoomed(2.0, 120, (1.0, 1000.0))
    assert zoomed.px_per_day == 20.0
    assert zoomed.day(120) == pytest.approx(anchor_day)
    assert view.zoomed(1000, 0, (1.0, 50.0)).px_per_day == 50.0


def test_the_zoom_goes_from_the_whole_timeline_to_one_day_filling_the_view() -> None:
    assert zoom_limits(BOUNDS, 1000) == (0.5, 1000.0)
    assert zoom_limits((DAY, DAY), 800) == (800.0, 800.0)  # one day: nothing to zoom


def test_showing_a_range_centres_it_within_the_limits() -> None:
    view = Viewport.showing(DAY, DAY + 10, 500, BOUNDS)
    assert view.px_per_day == 50.0 and view.start == DAY
    closest = Viewport.showing(DAY, DAY + 0.01, 500, BOUNDS)
    assert closest.px_per_day == 500.0  # one day fills the view at most
    assert closest.day(250) == pytest.approx(DAY + 0.005)


def test_a_view_never_runs_past_the_ends_of_the_timeline() -> None:
    assert Viewport(DAY - 5000, 1.0, 500).clamped(BOUNDS).start == DAY - 1000
    assert Viewport(DAY + 900, 1.0, 500).clamped(BOUNDS).end == DAY + 1000
    wider = Viewport(DAY, 0.1, 500)  # shows more than the whole: pinned to the start
    assert wider.clamped(BOUNDS).start == DAY - 1000


def test_the_whole_timeline_and_a_resized_view_keep_their_time_range() -> None:
    whole = Viewport.whole(BOUNDS, 1000)
    assert (whole.start, whole.end) == BOUNDS
    view = Viewport(DAY, 10.0, 500)
    wider = view.resized(1000)
    assert (wider.start, wider.end) == (view.start, view.end) and wider.px_per_day == 20.0
    assert view.resized(500) is view
