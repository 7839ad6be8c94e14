"""The display half of the timeline: layout, visible range, stepping and repaints, with no input."""

from __future__ import annotations

import dataclasses
import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontMetricsF

from tests.ui.conftest import shown
from tests.ui.timeline.conftest import EVENTS
from viewer.core.edits import replace_actor, replace_event
from viewer.core.model import LocalText
from viewer.core.query import EventFilter
from viewer.ui.document import Document
from viewer.ui.timeline.canvas import TimelineCanvas
from viewer.ui.timeline.style import (
    AXIS_HEIGHT,
    BAND_HEADER_HEIGHT,
    CLUSTER_HEIGHT,
    GROUP_LANES,
    LANE_HEIGHT,
    UNDATED_HEIGHT,
)

FIRST = datetime.date(2015, 12, 1).toordinal()  # "founding", 2015-12
FIRED = datetime.date(2023, 11, 17).toordinal()
LAST = datetime.date(2023, 11, 22).toordinal()  # the end of "returned", 2023-11-21


@pytest.fixture
def doc(make_document) -> Document:
    """Four dated events and one undated one, of two actors."""
    return make_document(EVENTS)


@pytest.fixture
def canvas(qtbot, doc: Document) -> TimelineCanvas:
    return shown(qtbot, TimelineCanvas(doc), 1000, 500)


def ids_in_bands(canvas: TimelineCanvas, doc: Document) -> list[list[str]]:
    events = doc.timeline.events
    return [[events[box.index].id for box in band.layout.boxes] for band in canvas.band_layouts()]


def width(canvas: TimelineCanvas) -> int:
    return canvas.viewport().width()


# -- layout ------------------------------------------------------------------------------------


def test_dated_events_are_laid_out_in_one_band_under_the_undated_strip(canvas, doc) -> None:
    [band] = canvas.band_layouts()
    assert (band.key, band.top) == ("", AXIS_HEIGHT + UNDATED_HEIGHT)
    assert ids_in_bands(canvas, doc) == [["founding", "split", "fired", "returned"]]
    lefts = [canvas.event_rect(e).left() for e in ("founding", "split", "fired")]
    assert lefts == sorted(lefts), "later events sit further right"


def test_an_undated_event_is_a_chip_in_the_strip_under_the_axis(canvas) -> None:
    chip = canvas.event_rect("background")
    assert chip is not None
    assert chip.top() == AXIS_HEIGHT + 5
    assert chip.bottom() <= AXIS_HEIGHT + UNDATED_HEIGHT
    assert canvas.event_rect("no-such-event") is None


def test_the_canvas_opens_on_the_whole_timeline_with_a_margin_each_side(canvas) -> None:
    lo, hi = canvas.time_bounds()
    margin = (LAST - FIRST) * 0.03
    assert (lo, hi) == pytest.approx((FIRST - margin, LAST + margin))
    assert canvas.view_range() == pytest.approx((lo, hi))
    assert canvas.horizontalScrollBar().maximum() == 0, "nothing to scroll to"


def test_grouping_by_actor_lays_out_a_band_per_actor_and_signals_a_rebuild(
    qtbot, canvas, doc
) -> None:
    with qtbot.waitSignal(canvas.layout_rebuilt):
        canvas.set_grouping("actor")
    assert canvas.grouping == "actor"
    assert [band.key for band in canvas.band_layouts()] == ["alice", "bob"]
    assert ids_in_bands(canvas, doc) == [["founding", "split", "returned"], ["split", "fired"]]
    with qtbot.assertNotEmitted(canvas.layout_rebuilt):
        canvas.set_grouping("actor")


def test_bands_that_do_not_fit_scroll_vertically(qtbot, doc) -> None:
    canvas = shown(qtbot, TimelineCanvas(doc), 1000, 250)
    canvas.set_grouping("actor")
    bands_top = AXIS_HEIGHT + UNDATED_HEIGHT
    band_height = BAND_HEADER_HEIGHT + GROUP_LANES * LANE_HEIGHT + CLUSTER_HEIGHT
    bar = canvas.verticalScrollBar()
    assert bar.maximum() == 2 * band_height - (canvas.viewport().height() - bands_top) > 0
    bar.setValue(bar.maximum())
    assert [band.top for band in canvas.band_layouts()] == [
        bands_top - bar.maximum(),
        bands_top - bar.maximum() + band_height,
    ]


def test_density_counts_the_shown_events_starting_in_each_slice(canvas, doc) -> None:
    lo, hi = canvas.time_bounds()
    assert canvas.density(lo, hi, 10) == [1, 0, 1, 0, 0, 0, 0, 0, 0, 2]
    doc.set_filter(EventFilter(frozenset({"bob"})))
    assert canvas.density(lo, hi, 10) == [0, 0, 1, 0, 0, 0, 0, 0, 0, 1]


def test_the_actor_filter_lays_out_only_the_matching_events(qtbot, canvas, doc) -> None:
    with qtbot.waitSignal(canvas.layout_rebuilt):
        doc.set_filter(EventFilter(frozenset({"bob"})))
    assert ids_in_bands(canvas, doc) == [["split", "fired"]]
    assert canvas.event_rect("background") is not None, "bob's undated event stays"
    assert canvas.event_rect("founding") is None


# -- the visible range -------------------------------------------------------------------------


def test_setting_the_view_range_shows_those_days_and_moves_the_scroll_bar(qtbot, canvas) -> None:
    with qtbot.waitSignal(canvas.viewport_changed):
        canvas.set_view_range(FIRED - 10, FIRED + 10)
    assert canvas.view_range() == pytest.approx((FIRED - 10, FIRED + 10))
    px = canvas.current_viewport().px_per_day
    assert px == pytest.approx(width(canvas) / 20)
    lo, _ = canvas.time_bounds()
    assert canvas.horizontalScrollBar().value() == int((FIRED - 10 - lo) * px)


def test_the_view_range_stays_inside_the_timeline_and_shows_at_least_a_day(canvas) -> None:
    lo, hi = canvas.time_bounds()
    canvas.set_view_range(lo - 400, lo - 300)
    start, end = canvas.view_range()
    assert start == pytest.approx(lo)
    assert end - start == pytest.approx(100)
    canvas.set_view_range(FIRED, FIRED + 0.1)
    start, end = canvas.view_range()
    assert end - start == pytest.approx(1.0), "the closest zoom shows one day"
    canvas.set_view_range(lo - 10_000, hi + 10_000)
    assert canvas.view_range() == pytest.approx((lo, hi)), "the widest shows the whole timeline"


def test_zooming_scales_about_the_middle_or_the_anchor(canvas) -> None:
    canvas.set_view_range(FIRED - 40, FIRED + 40)
    canvas.zoom(2.0)
    assert canvas.view_range() == pytest.approx((FIRED - 20, FIRED + 20))
    canvas.zoom(2.0, anchor_x=0)
    assert canvas.view_range() == pytest.approx((FIRED - 20, FIRED))


def test_fit_all_shows_the_whole_timeline_again(canvas) -> None:
    canvas.set_view_range(FIRED - 5, FIRED + 5)
    canvas.fit_all()
    assert canvas.view_range() == pytest.approx(canvas.time_bounds())


def test_zoom_to_selection_fits_the_selected_event_with_a_margin(canvas, doc) -> None:
    canvas.zoom_to_selection()
    assert canvas.view_range() == pytest.approx(canvas.time_bounds()), "nothing selected"
    doc.select_event("fired")
    canvas.zoom_to_selection()
    assert canvas.view_range() == pytest.approx((FIRED - 2, FIRED + 3)), "two days at least"
    doc.select_event("split")
    canvas.zoom_to_selection()
    year_start, year_end = (datetime.date(y, 1, 1).toordinal() for y in (2018, 2019))
    margin = (year_end - year_start) * 0.4
    assert canvas.view_range() == pytest.approx((year_start - margin, year_end + margin))


def test_selecting_an_event_off_screen_pans_it_to_the_middle_at_the_same_zoom(canvas, doc) -> None:
    canvas.set_view_range(FIRST - 30, FIRST + 60)
    px = canvas.current_viewport().px_per_day
    assert canvas.event_rect("fired") is None
    doc.select_event("fired")
    start, end = canvas.view_range()
    assert (start + end) / 2 == pytest.approx(FIRED + 0.5)
    assert canvas.current_viewport().px_per_day == pytest.approx(px)
    assert canvas.event_rect("fired") is not None


def test_resizing_keeps_the_visible_time_range(qtbot, canvas) -> None:
    canvas.set_view_range(FIRED - 10, FIRED + 10)
    canvas.resize(600, 500)
    qtbot.waitUntil(lambda: width(canvas) < 600)
    assert canvas.view_range() == pytest.approx((FIRED - 10, FIRED + 10))
    assert canvas.current_viewport().width == width(canvas)


# -- stepping through events -------------------------------------------------------------------


def test_stepping_from_a_selected_event_selects_its_neighbour_in_time(canvas, doc) -> None:
    doc.select_event("founding")
    canvas.select_relative(1)
    assert doc.selected_event_id == "split"
    canvas.select_relative(1)
    canvas.select_relative(1)
    canvas.select_relative(1)
    assert doc.selected_event_id == "returned", "the last event stays selected"
    canvas.select_relative(-1)
    assert doc.selected_event_id == "fired"


def test_stepping_with_nothing_selected_starts_from_the_middle_of_the_view(canvas, doc) -> None:
    middle = sum(canvas.view_range()) / 2
    assert datetime.date(2019, 1, 1).toordinal() < middle < FIRED
    canvas.select_relative(1)
    assert doc.selected_event_id == "fired", "the first event after the middle"
    doc.select_event("")
    canvas.select_relative(-1)
    assert doc.selected_event_id == "split", "the last event before the middle"


def test_the_first_and_last_events_in_time_can_be_selected_but_never_an_undated_one(
    canvas, doc
) -> None:
    canvas.select_edge(last=True)
    assert doc.selected_event_id == "returned"
    canvas.select_edge(last=False)
    assert doc.selected_event_id == "founding"


# -- edits and language ------------------------------------------------------------------------


def test_renaming_an_actor_does_not_lay_out_the_events_again(qtbot, canvas, doc) -> None:
    canvas.set_grouping("actor")
    placed = canvas.band_layouts()
    alice = doc.timeline.actors_by_id["alice"]
    renamed = dataclasses.replace(alice, name=LocalText.of({"en": "Alicia", "ko": "앨리샤"}))
    with qtbot.assertNotEmitted(canvas.layout_rebuilt):
        doc.apply(replace_actor(doc.timeline, "alice", renamed), "Rename actor")
    assert doc.timeline.actors_by_id["alice"].name.get("en") == "Alicia"
    assert canvas.band_layouts() is placed


def test_editing_an_event_date_lays_out_again_and_moves_the_event(qtbot, canvas, doc) -> None:
    canvas.set_view_range(FIRED - 10, FIRED + 10)
    px = canvas.current_viewport().px_per_day
    before = canvas.event_rect("fired")
    fired = doc.timeline.events_by_id["fired"]
    moved = dataclasses.replace(fired, date="2023-11-19")
    with qtbot.waitSignal(canvas.layout_rebuilt):
        doc.apply(replace_event(doc.timeline, "fired", moved), "Move event")
    assert canvas.event_rect("fired").left() == pytest.approx(before.left() + 2 * px)
    with qtbot.waitSignal(canvas.layout_rebuilt):
        doc.undo_stack.undo()
    assert canvas.event_rect("fired").left() == pytest.approx(before.left())


def test_switching_language_measures_the_titles_again(canvas, doc) -> None:
    canvas.set_view_range(FIRED - 10, FIRED + 10)
    metrics = QFontMetricsF(canvas.font())
    marker_and_gap = 6 + 6 + 4  # half the marker left of the day, half right, then a gap

    def label_width(title: str) -> float:
        return metrics.horizontalAdvance(title) + 2

    assert canvas.event_rect("fired").width() == pytest.approx(
        marker_and_gap + label_width("Title fired")
    )
    doc.set_language("ko")
    assert canvas.language() == "ko"
    assert canvas.event_rect("fired").width() == pytest.approx(
        marker_and_gap + label_width("제목 fired")
    )


def test_the_colour_mode_is_repainted_without_laying_out_again(qtbot, canvas) -> None:
    assert canvas.colour_mode == "kind"
    with qtbot.assertNotEmitted(canvas.layout_rebuilt):
        canvas.set_colour_mode("source")
    assert canvas.colour_mode == "source"


# -- painting and input ------------------------------------------------------------------------


def test_the_canvas_paints_an_event_marker_in_its_kind_colour(canvas, doc) -> None:
    canvas.set_view_range(FIRED - 10, FIRED + 10)
    [band] = canvas.band_layouts()
    events = doc.timeline.events
    [fired] = [box for box in band.layout.boxes if events[box.index].id == "fired"]
    rect = canvas.event_rect("fired")
    image = canvas.viewport().grab().toImage()
    drawn = image.pixelColor(int(fired.x0), int(rect.center().y()))
    fact = QColor("#2f6fdb")
    assert abs(drawn.hue() - fact.hue()) < 10
    assert drawn.saturation() > 120, "the marker is filled, not left as the background"


def test_the_canvas_alone_ignores_clicks_and_keys(qtbot, canvas, doc) -> None:
    rect = canvas.event_rect("split")
    point = QPoint(int(rect.left() + 3), int(rect.center().y()))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert doc.selected_event_id == ""
    assert canvas.view_range() == pytest.approx(canvas.time_bounds())


def test_selecting_an_event_in_a_band_out_of_sight_scrolls_the_bands_to_it(
    qtbot, make_document
) -> None:
    doc = make_document(
        [("a", "2023-11-17", ["alice"]), ("b", "2023-11-18", ["bob"]), ("new", "2023-11-19", [])]
    )
    canvas = shown(qtbot, TimelineCanvas(doc), 1000, 300)
    canvas.set_grouping("actor")
    bar = canvas.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0, "the third band is out of sight"
    doc.select_event("new")  # an event with no actor: the last band
    assert bar.value() > 0
    assert canvas.event_rect("new") is not None
    doc.select_event("a")
    assert bar.value() == 0


def test_an_undated_event_chosen_from_under_more_comes_out_as_the_first_chip(
    qtbot, make_document
) -> None:
    rows = [(f"undated-{n:02}", None, []) for n in range(30)] + [("dated", "2023-11-17", [])]
    doc = make_document(rows)
    canvas = shown(qtbot, TimelineCanvas(doc), 600, 400)
    assert canvas.event_rect("undated-25") is None, "behind the +N more chip"
    first = canvas.event_rect("undated-00")
    doc.select_event("undated-25")
    chip = canvas.event_rect("undated-25")
    assert chip is not None and chip.left() == first.left()
    doc.select_event("undated-01")  # one already on show: nothing moves
    assert canvas.event_rect("undated-01") is not None
    assert canvas.event_rect("undated-00").left() == first.left()
