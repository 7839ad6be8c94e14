"""Where bands, event boxes, clusters and undated chips sit on screen, and what a point hits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from viewer.core.bands import Bands, ShownEvents
from viewer.core.layout import BandLayout, ClusterBox, EventBox
from viewer.core.model import Event, LocalText, Timeline
from viewer.core.viewport import Viewport
from viewer.ui.timeline.geometry import (
    MAX_CHIP,
    UNDATED_LABEL_WIDTH,
    Chip,
    Frame,
    LabelWidths,
    PlacedBand,
    box_rect,
    cluster_rect,
    hit_test,
    place_bands,
    place_chips,
)
from viewer.ui.timeline.style import (
    AXIS_HEIGHT,
    BAND_HEADER_HEIGHT,
    CLUSTER_HEIGHT,
    GROUP_LANES,
    LANE_HEIGHT,
    UNDATED_HEIGHT,
)


def bands_of(events: list[Event], grouping: str = "none") -> Bands:
    return ShownEvents(Timeline(events=tuple(events))).bands(grouping, None)


def event(event_id: str, date: str | None, actors: tuple[str, ...] = ()) -> Event:
    return Event(event_id, date, LocalText.of(f"Title {event_id}"), actors=actors)


DATED = [event("a", "2023-11-17"), event("b", "2023-11-21")]


def box(lane: int, x0: float, x1: float, label_x: float, width: float, point: bool) -> EventBox:
    return EventBox(7, lane, x0, x1, label_x, width, point, False, False, False)


# -- LabelWidths -------------------------------------------------------------------------------


def test_a_title_is_measured_in_the_font_with_two_pixels_to_spare(qapp) -> None:
    font = QFont()
    widths = LabelWidths(font)
    expected = QFontMetricsF(font).horizontalAdvance("Board fires Altman") + 2
    assert widths.width(0, "Board fires Altman") == pytest.approx(expected)


def test_a_title_is_measured_once_per_event_until_cleared(qapp) -> None:
    font = QFont()
    widths = LabelWidths(font)
    short = widths.width(3, "ab")
    assert widths.width(3, "a much longer title than before") == short, "kept from the first"
    widths.clear()
    longer = QFontMetricsF(font).horizontalAdvance("a much longer title than before") + 2
    assert widths.width(3, "a much longer title than before") == pytest.approx(longer)


def test_the_more_chip_is_measured_with_its_count(qapp) -> None:
    font = QFont()
    widths = LabelWidths(font)
    assert widths.more(12) == pytest.approx(QFontMetricsF(font).horizontalAdvance("+12 more"))


# -- Frame -------------------------------------------------------------------------------------


def test_ungrouped_the_one_band_fills_the_viewport_under_the_axis() -> None:
    frame = Frame.of(bands_of(DATED), False, 500)
    assert frame == Frame(AXIS_HEIGHT, 500 - AXIS_HEIGHT, 4.0, False)
    assert frame.lanes() == (500 - AXIS_HEIGHT - CLUSTER_HEIGHT - 4) // LANE_HEIGHT == 16
    assert frame.content_height(bands_of(DATED)) == 0, "one band never scrolls"


def test_undated_events_push_the_bands_below_their_strip() -> None:
    frame = Frame.of(bands_of([*DATED, event("u", None)]), False, 500)
    assert frame.bands_top == AXIS_HEIGHT + UNDATED_HEIGHT
    assert frame.band_height == 500 - AXIS_HEIGHT - UNDATED_HEIGHT


def test_grouped_every_band_has_a_header_three_rows_and_a_cluster_row() -> None:
    bands = bands_of([event("a", "2023", ("x",)), event("b", "2024", ("y",))], "actor")
    frame = Frame.of(bands, True, 500)
    assert frame.band_height == BAND_HEADER_HEIGHT + GROUP_LANES * LANE_HEIGHT + CLUSTER_HEIGHT
    assert frame.label_offset == BAND_HEADER_HEIGHT
    assert frame.lanes() == 3
    assert frame.content_height(bands) == 2 * frame.band_height


def test_a_very_short_viewport_keeps_one_row_and_a_cluster_row() -> None:
    frame = Frame.of(None, False, 60)
    assert frame.bands_top == AXIS_HEIGHT
    assert frame.band_height == LANE_HEIGHT + CLUSTER_HEIGHT
    assert frame.lanes() == 1
    assert frame.content_height(None) == 0


# -- place_bands -------------------------------------------------------------------------------


def three_actor_bands() -> tuple[Bands, Frame]:
    events = [event(f"e{n}", f"2023-11-{10 + n}", (f"actor{n}",)) for n in range(3)]
    bands = bands_of(events, "actor")
    return bands, Frame.of(bands, True, 500)


VIEW = Viewport(float(738_830), 40.0, 800)  # from 2023-11-06, 20 days


def test_only_the_bands_between_the_axis_and_the_bottom_are_laid_out() -> None:
    bands, frame = three_actor_bands()
    bottom = frame.bands_top + frame.band_height + 10
    placed = place_bands(bands, frame, VIEW, 0, bottom, lambda _index: 50.0)
    assert [(band.key, band.top) for band in placed] == [
        ("actor0", frame.bands_top),
        ("actor1", frame.bands_top + frame.band_height),
    ]
    assert [[box.index for box in band.layout.boxes] for band in placed] == [[0], [1]]
    assert all(band.lanes == 3 for band in placed)


def test_scrolling_moves_the_bands_up_and_drops_those_under_the_axis() -> None:
    bands, frame = three_actor_bands()
    bottom = frame.bands_top + frame.band_height + 10
    scroll = frame.band_height + 4
    placed = place_bands(bands, frame, VIEW, scroll, bottom, lambda _index: 50.0)
    assert [(band.key, band.top) for band in placed] == [
        ("actor1", frame.bands_top - 4),
        ("actor2", frame.bands_top - 4 + frame.band_height),
    ]


def test_a_crowd_shows_its_first_events_and_counts_the_rest_keeping_the_selected() -> None:
    bands = bands_of([event(f"e{n}", "2023-11-17") for n in range(20)])
    frame = Frame.of(bands, True, 500)
    crowd = place_bands(bands, frame, VIEW, 0, 500, lambda _index: 50.0)
    shown = [box.index for box in crowd[0].layout.boxes]
    first = [span.index for span in bands.order[: len(shown)]]
    assert shown and shown == first, "never an empty view: the first take the rows"
    assert crowd[0].layout.hidden == 20 - len(shown)
    kept = place_bands(bands, frame, VIEW, 0, 500, lambda _index: 50.0, bands.order[13])
    indexes = [box.index for box in kept[0].layout.boxes]
    assert bands.order[13].index in indexes
    assert kept[0].layout.hidden == 20 - len(indexes)


def test_no_bands_place_nothing() -> None:
    assert place_bands(None, Frame.of(None, False, 500), VIEW, 0, 500, lambda _i: 50.0) == []


# -- rectangles --------------------------------------------------------------------------------


def test_a_bar_box_covers_its_bar_and_label_in_its_row() -> None:
    rect = box_rect(box(1, 100, 160, 164, 50, False), band_top=78, label_offset=4)
    row_top = 78 + 4 + LANE_HEIGHT
    assert rect == QRectF(100, row_top + 2, 114, LANE_HEIGHT - 4)


def test_a_point_box_covers_its_marker_and_a_label_to_its_right() -> None:
    rect = box_rect(box(0, 100, 100, 110, 40, True), band_top=0, label_offset=22)
    assert (rect.left(), rect.right(), rect.top()) == (94, 150, 24), "the marker is 12 px wide"


def test_a_point_box_covers_its_whole_marker_when_its_label_is_on_the_left() -> None:
    rect = box_rect(box(0, 100, 100, 50, 40, True), band_top=0, label_offset=22)
    assert (rect.left(), rect.right()) == (50, 106)


def test_a_cluster_marker_sits_inset_in_the_row_under_the_lanes() -> None:
    cluster = ClusterBox(40, 80, 5, 0.0, 1.0)
    assert cluster_rect(cluster, band_top=100, lanes=3, label_offset=22) == QRectF(
        43, 100 + 22 + 3 * LANE_HEIGHT + 3, 34, CLUSTER_HEIGHT - 6
    )


# -- place_chips -------------------------------------------------------------------------------

TITLE_WIDTHS = {0: 50.0, 1: 300.0, 2: 80.0}
CHIP_TOP, CHIP_HEIGHT = AXIS_HEIGHT + 5, UNDATED_HEIGHT - 10


def chips(right: float, undated: tuple[int, ...] = (0, 1, 2)) -> list[tuple[int, float, float]]:
    placed = place_chips(undated, right, TITLE_WIDTHS.__getitem__, lambda count: 10.0 * count)
    assert all((c.rect.top(), c.rect.height()) == (CHIP_TOP, CHIP_HEIGHT) for c in placed)
    return [(chip.index, chip.rect.left(), chip.rect.width()) for chip in placed]


def test_undated_chips_line_up_after_the_caption_each_as_wide_as_its_title() -> None:
    assert UNDATED_LABEL_WIDTH == 84
    assert chips(1000) == [(0, 84, 70), (1, 160, MAX_CHIP), (2, 386, 100)]


def test_the_last_chip_that_fits_is_shortened_and_a_more_chip_counts_the_rest() -> None:
    # the second chip would end at 380 and leave no room for a gap and "+1 more" (6 + 30 px)
    assert chips(400) == [(0, 84, 70), (1, 160, 204), (-1, 370, 30)], "the more chip ends at 400"


def test_a_chip_that_would_be_too_short_is_counted_in_the_more_chip_instead() -> None:
    assert chips(250) == [(0, 84, 70), (-1, 160, 40)], "the more chip counts two: 20 + 20 px"


def test_a_lone_chip_is_shortened_to_the_edge_without_a_more_chip() -> None:
    assert chips(250, (1,)) == [(1, 84, 166)]


def test_no_undated_events_give_no_chips() -> None:
    assert chips(1000, ()) == []


# -- hit_test ----------------------------------------------------------------------------------

FRAME = Frame(bands_top=78, band_height=126, label_offset=22, grouped=True)
BOX = box(0, 100, 160, 164, 50, False)  # event 7, drawn at x 100..214, y 102..124
CLUSTER = ClusterBox(400, 440, 9, 10.0, 20.0)  # drawn at x 403..437, y 181..201
CHIPS = [Chip(5, QRectF(84, 51, 100, 22)), Chip(-1, QRectF(190, 51, 40, 22))]


def placed_at(top: float) -> list[PlacedBand]:
    return [PlacedBand("", top, 3, BandLayout((BOX,), (CLUSTER,)))]


def test_a_point_on_an_event_box_hits_that_event() -> None:
    assert hit_test(QPointF(120, 110), placed_at(78), CHIPS, FRAME) == ("event", 7)
    assert hit_test(QPointF(210, 110), placed_at(78), CHIPS, FRAME) == ("event", 7), "its label"


def test_a_point_on_a_cluster_hits_the_cluster() -> None:
    assert hit_test(QPointF(420, 190), placed_at(78), CHIPS, FRAME) == ("cluster", CLUSTER)


def test_a_point_on_a_chip_hits_its_undated_event_or_the_more_chip() -> None:
    assert hit_test(QPointF(90, 60), placed_at(78), CHIPS, FRAME) == ("event", 5)
    assert hit_test(QPointF(200, 60), placed_at(78), CHIPS, FRAME) == ("more", None)


def test_a_point_on_empty_canvas_hits_nothing() -> None:
    assert hit_test(QPointF(300, 110), placed_at(78), CHIPS, FRAME) is None
    assert hit_test(QPointF(120, 300), placed_at(78), CHIPS, FRAME) is None


def test_an_event_scrolled_up_under_the_axis_cannot_be_hit_there() -> None:
    scrolled = placed_at(0)  # the box is now at y 24..46, behind the axis and undated strip
    assert hit_test(QPointF(120, 30), scrolled, CHIPS, FRAME) is None
    assert hit_test(QPointF(120, 30), scrolled, CHIPS, Frame(0, 126, 22, True)) == ("event", 7)
