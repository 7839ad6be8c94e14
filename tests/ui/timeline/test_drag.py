"""A press on the timeline: when it becomes a drag, how far it pans, the days it moves an event."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from viewer.core.model import Event
from viewer.core.viewport import Viewport
from viewer.ui.timeline.drag import DRAG_THRESHOLD, Press

START = QPointF(200, 100)


def press(moving: int | None = None) -> Press:
    return Press(START, Viewport(start=1000.0, px_per_day=4.0, width=800), 30, moving)


def test_a_press_becomes_a_drag_only_after_the_pointer_moves_more_than_four_pixels() -> None:
    assert DRAG_THRESHOLD == 4
    held = press()
    assert held.drag_to(START + QPointF(4, 0)) is False
    assert held.drag_to(START + QPointF(2, -2)) is False, "a manhattan length of 4 is still a click"
    assert held.dragging is False
    assert held.drag_to(START + QPointF(3, 2)) is True, "3 + 2 pixels is past the threshold"
    assert held.dragging is True


def test_a_press_that_became_a_drag_stays_one_when_the_pointer_comes_back() -> None:
    held = press()
    held.drag_to(START + QPointF(0, 10))
    assert held.drag_to(START) is True
    assert held.dx == 0.0


def test_the_horizontal_distance_counts_only_once_the_press_is_a_drag() -> None:
    held = press(moving=2)
    held.drag_to(START + QPointF(3, 0))
    assert held.dx == 0.0, "a jitter below the threshold moves nothing"
    held.drag_to(START + QPointF(-25, 7))
    assert held.dx == -25.0


def test_a_pan_moves_the_view_against_the_pointer_and_scrolls_the_bands() -> None:
    held = press()
    view, scroll = held.panned(START + QPointF(-40, -12))
    assert view == Viewport(start=1010.0, px_per_day=4.0, width=800), "40 px at 4 px a day"
    assert scroll == 42, "dragging up scrolls down through the bands"
    view, scroll = held.panned(START + QPointF(80, 30))
    assert view.start == pytest.approx(980.0)
    assert scroll == 0


def test_a_pan_starts_from_the_view_at_the_press_not_from_the_last_pan() -> None:
    held = press()
    held.panned(START + QPointF(-400, 0))
    view, _ = held.panned(START + QPointF(-4, 0))
    assert view.start == pytest.approx(1001.0)


def test_a_dragged_event_moves_by_the_nearest_whole_number_of_days() -> None:
    held = press(moving=0)
    held.drag_to(START + QPointF(26, 0))
    assert held.days(10.0) == 3
    held.drag_to(START + QPointF(-14, 0))
    assert held.days(10.0) == -1
    assert held.days(100.0) == 0, "at a close zoom 14 px is less than half a day"
    for dx, days in ((25, 3), (35, 4), (-25, -3), (-35, -4)):
        held.drag_to(START + QPointF(dx, 0))
        assert held.days(10.0) == days, "half a day rounds away from where it started"


def test_the_date_label_is_the_date_the_dragged_event_would_get_in_the_language() -> None:
    event = Event("fired", date="2023-11-17")
    held = press(moving=0)
    held.drag_to(START + QPointF(30, 0))
    assert held.date_label(event, 10.0, "en") == "Nov 20, 2023"
    assert held.date_label(event, 10.0, "ko") == "2023년 11월 20일"


def test_a_moved_date_keeps_its_precision() -> None:
    held = press(moving=0)
    held.drag_to(START + QPointF(31 * 5, 0))
    assert held.date_label(Event("month", date="2023-11"), 5.0, "en") == "Dec 2023"


def test_the_date_label_is_empty_for_an_undated_event_or_a_date_past_the_calendar() -> None:
    held = press(moving=0)
    held.drag_to(START + QPointF(50, 0))
    assert held.date_label(Event("background"), 10.0, "en") == ""
    assert held.date_label(Event("last", date="9999-12-30"), 10.0, "en") == ""
    assert held.date_label(Event("last", date="9999-12-25"), 10.0, "en") == "Dec 30, 9999"
