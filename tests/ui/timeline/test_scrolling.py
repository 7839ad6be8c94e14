"""The timeline's scroll bars: the horizontal bar is the visible time range, the vertical bands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollBar

from viewer.core.viewport import Viewport
from viewer.ui.timeline.scrolling import scrolled_to, show_bands, show_time_range

BOUNDS = (700_000.0, 701_000.0)  # a thousand days


@pytest.fixture
def bar(qtbot) -> QScrollBar:
    widget = QScrollBar(Qt.Orientation.Horizontal)
    qtbot.addWidget(widget)
    return widget


def test_the_horizontal_bar_spans_the_whole_timeline_at_the_current_zoom(bar) -> None:
    show_time_range(bar, Viewport(700_200.0, 2.0, 400), BOUNDS)
    assert (bar.minimum(), bar.maximum()) == (0, 2000 - 400), "1000 days at 2 px, less a page"
    assert bar.pageStep() == 400
    assert bar.singleStep() == 20, "a twentieth of the view"
    assert bar.value() == 400, "200 days in at 2 px a day"


def test_setting_the_time_range_does_not_signal_a_scroll(qtbot, bar) -> None:
    with qtbot.assertNotEmitted(bar.valueChanged):
        show_time_range(bar, Viewport(700_300.0, 2.0, 400), BOUNDS)
    assert bar.value() == 600
    assert bar.signalsBlocked() is False


def test_a_bar_blocked_before_stays_blocked(bar) -> None:
    bar.blockSignals(True)
    show_time_range(bar, Viewport(700_300.0, 2.0, 400), BOUNDS)
    assert bar.value() == 600
    assert bar.signalsBlocked() is True


def test_the_whole_timeline_in_view_leaves_nothing_to_scroll(bar) -> None:
    show_time_range(bar, Viewport(BOUNDS[0], 0.4, 400), BOUNDS)
    assert bar.maximum() == 0
    assert bar.value() == 0
    show_time_range(bar, Viewport(BOUNDS[0], 0.001, 10), BOUNDS)
    assert bar.singleStep() == 1, "a step is never less than a pixel"


def test_the_bar_value_gives_back_the_view_it_was_set_to(bar) -> None:
    view = Viewport(700_250.0, 3.0, 600)
    show_time_range(bar, view, BOUNDS)
    assert scrolled_to(bar.value(), view, BOUNDS) == view


def test_scrolling_the_bar_moves_the_start_and_keeps_the_zoom() -> None:
    view = Viewport(700_250.0, 4.0, 800)
    scrolled = scrolled_to(1200, view, BOUNDS)
    assert scrolled == Viewport(700_300.0, 4.0, 800), "1200 px at 4 px a day is 300 days in"


def test_the_vertical_bar_scrolls_the_bands_that_do_not_fit(qtbot) -> None:
    bar = QScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    show_bands(bar, 500, 200, 26)
    assert (bar.minimum(), bar.maximum(), bar.pageStep(), bar.singleStep()) == (0, 300, 200, 26)
    show_bands(bar, 150, 200, 26)
    assert bar.maximum() == 0, "bands shorter than the room do not scroll"
    show_bands(bar, 150, 0, 26)
    assert bar.pageStep() == 1
