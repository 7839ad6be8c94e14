"""The overview strip: the visible range as a frame over the whole timeline, moved by the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QSizePolicy

from tests.ui.conftest import shown
from tests.ui.timeline.conftest import EVENTS
from viewer.core.query import EventFilter
from viewer.ui.timeline.overview import OverviewStrip
from viewer.ui.timeline.view import TimelineView


@pytest.fixture
def view_and_strip(qtbot, make_view):
    view, document = make_view(EVENTS)
    strip = shown(qtbot, OverviewStrip(view), 1000, 44)
    return view, strip, document


def day_at(view: TimelineView, x: float, width: int = 1000) -> float:
    lo, hi = view.time_bounds()
    return lo + x / width * (hi - lo)


def test_dragging_the_overview_frame_moves_the_view(qtbot, make_view) -> None:
    view, _ = make_view(EVENTS)
    strip = OverviewStrip(view)
    qtbot.addWidget(strip)
    strip.resize(1000, 44)
    strip.show()
    view.zoom(10.0)
    view.set_view_range(view.time_bounds()[0], view.time_bounds()[0] + 100)
    frame = strip.frame_rect()
    start = QPoint(int(frame.center().x()), 20)
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(strip, start + QPoint(300, 0))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=start + QPoint(300, 0))
    assert strip.frame_rect().center().x() == pytest.approx(frame.center().x() + 300, abs=2)
    lo, hi = view.time_bounds()
    expected = lo + (frame.left() + 300) / 1000 * (hi - lo)
    assert view.view_range()[0] == pytest.approx(expected, rel=1e-3)


def test_the_frame_spans_the_strip_when_the_view_shows_everything(view_and_strip) -> None:
    _, strip, _ = view_and_strip
    frame = strip.frame_rect()
    assert (frame.left(), frame.width()) == pytest.approx((0, 1000))
    assert (frame.top(), frame.height()) == (1, 42)


def test_the_frame_shows_which_part_of_the_timeline_is_in_view(view_and_strip) -> None:
    view, strip, _ = view_and_strip
    view.set_view_range(day_at(view, 250), day_at(view, 500))
    frame = strip.frame_rect()
    assert (frame.left(), frame.width()) == pytest.approx((250, 250), abs=0.5)


def test_a_view_of_a_single_day_still_has_a_frame_six_pixels_wide(view_and_strip) -> None:
    view, strip, _ = view_and_strip
    view.set_view_range(day_at(view, 600), day_at(view, 600) + 1)
    frame = strip.frame_rect()
    assert frame.width() == 6.0
    assert frame.left() == pytest.approx(600, abs=0.5)


def test_clicking_beside_the_frame_centres_the_view_there_at_the_same_zoom(
    qtbot, view_and_strip
) -> None:
    view, strip, _ = view_and_strip
    view.set_view_range(day_at(view, 0), day_at(view, 100))
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(700, 20))
    start, end = view.view_range()
    assert (start + end) / 2 == pytest.approx(day_at(view, 700), abs=0.5)
    assert end - start == pytest.approx(day_at(view, 100) - day_at(view, 0))
    assert strip.frame_rect().center().x() == pytest.approx(700, abs=1)


def test_only_a_press_of_the_left_button_moves_the_view(qtbot, view_and_strip) -> None:
    view, strip, _ = view_and_strip
    view.set_view_range(day_at(view, 0), day_at(view, 100))
    before = view.view_range()
    qtbot.mouseClick(strip, Qt.MouseButton.RightButton, pos=QPoint(700, 20))
    qtbot.mouseMove(strip, QPoint(500, 20))
    assert view.view_range() == pytest.approx(before)


def test_after_the_release_moving_the_pointer_leaves_the_view(qtbot, view_and_strip) -> None:
    view, strip, _ = view_and_strip
    view.set_view_range(day_at(view, 0), day_at(view, 100))
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(400, 20))
    placed = view.view_range()
    qtbot.mouseMove(strip, QPoint(800, 20))
    assert view.view_range() == pytest.approx(placed)


FOUNDING, SPLIT = 735933, 736695  # 2015-12-01 and 2018-01-01, the first two events' days


def bottom_row(strip: OverviewStrip) -> list[str]:
    image = strip.grab().toImage()
    return [image.pixelColor(x, strip.height() - 1).name() for x in range(strip.width())]


def column_x(view: TimelineView, day: float) -> float:
    """The middle of the density column (three pixels wide) that counts `day`."""
    lo, hi = view.time_bounds()
    columns = 1000 // 3
    column = int((day - lo) / ((hi - lo) / columns))
    return (column + 0.5) * 1000 / columns


def marked(row: list[str], background: str, end: int) -> set[int]:
    return {x for x in range(end) if row[x] != background}


def near(xs: set[int], centres: list[float]) -> bool:
    return all(any(abs(x - centre) <= 2.5 for centre in centres) for x in xs)


def test_the_strip_draws_a_bar_where_events_start_and_nothing_elsewhere(view_and_strip) -> None:
    view, strip, _ = view_and_strip
    view.set_view_range(day_at(view, 900), day_at(view, 1000))  # the frame out of the way
    background = strip.palette().color(QPalette.ColorRole.AlternateBase).name()
    row = bottom_row(strip)
    founding, split = column_x(view, FOUNDING), column_x(view, SPLIT)
    assert row[int(founding)] != background
    assert row[int(split)] != background
    assert near(marked(row, background, 850), [founding, split]), "nothing between the events"


def test_the_density_is_drawn_again_when_the_filter_changes(view_and_strip) -> None:
    view, strip, document = view_and_strip
    view.set_view_range(day_at(view, 900), day_at(view, 1000))
    background = strip.palette().color(QPalette.ColorRole.AlternateBase).name()
    bottom_row(strip)
    document.set_filter(EventFilter(frozenset({"bob"})))  # "founding" is Alice's alone
    row = bottom_row(strip)
    assert row[int(column_x(view, FOUNDING))] == background
    assert row[int(column_x(view, SPLIT))] != background


def test_the_frame_is_outlined_in_the_highlight_colour(view_and_strip) -> None:
    view, strip, _ = view_and_strip
    view.set_view_range(day_at(view, 400), day_at(view, 600))
    highlight = QColor(strip.palette().color(QPalette.ColorRole.Highlight))
    image = strip.grab().toImage()
    edge = image.pixelColor(400, 22)
    assert abs(edge.hue() - highlight.hue()) < 15 and edge.saturation() > 60
    outside = image.pixelColor(200, 22).name()
    assert outside == strip.palette().color(QPalette.ColorRole.AlternateBase).name()


def test_the_strip_is_a_fixed_height_row_that_takes_any_width(view_and_strip) -> None:
    _, strip, _ = view_and_strip
    assert strip.sizeHint() == QSize(400, 44)
    policy = strip.sizePolicy()
    assert (policy.horizontalPolicy(), policy.verticalPolicy()) == (
        QSizePolicy.Policy.Expanding,
        QSizePolicy.Policy.Fixed,
    )
