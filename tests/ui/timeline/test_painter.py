"""Drawing the timeline from laid-out boxes: markers, bars, labels, headers, chips, axis, ghost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette

from viewer.core.axis import axis
from viewer.core.layout import BandLayout, ClusterBox, EventBox
from viewer.core.model import Actor, Event, Evidence, LocalText, Source, Timeline
from viewer.core.viewport import Viewport
from viewer.ui.timeline import painter
from viewer.ui.timeline.geometry import Chip, Frame, PlacedBand, box_rect, cluster_rect
from viewer.ui.timeline.style import AXIS_HEIGHT, SOURCE_PALETTE, UNDATED_HEIGHT

WIDTH, HEIGHT = 600, 300
UNPAINTED = QColor("#ff00ff")  # what the image holds where nothing was drawn
COLOURS = {
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#e8e8e8",
    QPalette.ColorRole.Window: "#d0d0d0",
    QPalette.ColorRole.Highlight: "#e00000",
    QPalette.ColorRole.HighlightedText: "#fefefe",
    QPalette.ColorRole.Text: "#101010",
    QPalette.ColorRole.WindowText: "#202020",
    QPalette.ColorRole.Mid: "#808080",
    QPalette.ColorRole.Button: "#c0c0c0",
    QPalette.ColorRole.ButtonText: "#303030",
    QPalette.ColorRole.PlaceholderText: "#707070",
}
FACT, CLAIM = QColor("#2f6fdb"), QColor("#d9822b")

TIMELINE = Timeline(
    sources=(Source("s1", LocalText.of("First paper")), Source("s2", LocalText.of("Second paper"))),
    actors=(Actor("alice", LocalText.of({"en": "Alice", "ko": "앨리스"})),),
    events=(
        Event("point", "2023-11-17", LocalText.of("Point event"), evidence=(Evidence("s2"),)),
        Event("bar", "2023-11", LocalText.of("Bar event"), kind="claim"),
        Event("vague", "2023-11-17?", LocalText.of("Vague event")),
        Event("open", "2023-11-10/..", LocalText.of("Open event")),
        Event("undated", None, LocalText.of({"en": "Background", "ko": "배경"})),
    ),
)
BAND_TOP = 50.0


class RecordingPainter(QPainter):
    """A painter that notes every text it draws, with its pen colour and boldness."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[tuple[str, str, bool, QRectF]] = []

    def drawText(self, rect, flags, text) -> None:
        self.texts.append((text, self.pen().color().name(), self.font().bold(), QRectF(rect)))
        super().drawText(rect, flags, text)

    def drawn(self) -> list[str]:
        return [text for text, *_ in self.texts]


class Canvas:
    """An image to paint on, and the context the paint functions take."""

    def __init__(self, selected: str = "", grouping: str = "none", language: str = "en") -> None:
        self.image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
        self.image.fill(UNPAINTED)
        self.painter = RecordingPainter(self.image)
        palette = QPalette()
        for role, name in COLOURS.items():
            palette.setColor(role, QColor(name))
        self.ctx = painter.PaintContext(
            painter=self.painter,
            palette=palette,
            font=QFont(),
            width=WIDTH,
            height=HEIGHT,
            timeline=TIMELINE,
            language=language,
            selected_id=selected,
            colour_mode="kind",
            label_offset=22.0 if grouping != "none" else 4.0,
            grouping=grouping,
        )

    def done(self) -> Canvas:
        self.painter.end()
        return self

    def at(self, x: float, y: float) -> QColor:
        return self.image.pixelColor(int(x), int(y))


def event_box(index: int, lane: int, x0: float, x1: float, label_x: float, **flags) -> EventBox:
    point = x0 == x1
    return EventBox(
        index,
        lane,
        x0,
        x1,
        label_x,
        flags.pop("label_width", 100.0),
        point,
        flags.pop("open_start", False),
        flags.pop("open_end", False),
        flags.pop("vague", False),
    )


POINT = event_box(0, 0, 100, 100, 110)
BAR = event_box(1, 1, 200, 400, 204)


def middle(box: EventBox, label_offset: float = 4.0) -> float:
    return box_rect(box, BAND_TOP, label_offset).center().y()


def band(*boxes: EventBox, clusters: tuple[ClusterBox, ...] = (), key: str = "") -> PlacedBand:
    return PlacedBand(key, BAND_TOP, 3, BandLayout(boxes, clusters))


def paint_band(canvas: Canvas, placed: PlacedBand) -> Canvas:
    painter.paint_background(canvas.ctx)
    painter.paint_band(canvas.ctx, placed, 126)
    return canvas.done()


def over_white(colour: QColor, alpha: int) -> QColor:
    """`colour` drawn at `alpha` over the white base."""
    return QColor(*(round(c * alpha / 255 + 255 * (1 - alpha / 255)) for c in colour.getRgb()[:3]))


def close(colour: QColor, expected: QColor | str, tolerance: int = 12) -> bool:
    other = QColor(expected)
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True)
    )


def test_the_background_is_the_base_colour_everywhere() -> None:
    canvas = Canvas()
    painter.paint_background(canvas.ctx)
    canvas.done()
    assert {canvas.at(x, y).name() for x in (0, 300, WIDTH - 1) for y in (0, HEIGHT - 1)} == {
        "#ffffff"
    }


# -- events ------------------------------------------------------------------------------------


def test_a_point_event_is_a_marker_in_its_kind_colour_at_its_day() -> None:
    canvas = paint_band(Canvas(), band(POINT))
    assert close(canvas.at(100, middle(POINT)), over_white(FACT, 225), 3)
    assert canvas.at(100 - 8, middle(POINT)).name() == "#ffffff", "the marker is 11 px across"


def test_a_bar_event_covers_its_days_in_its_kind_colour() -> None:
    canvas = paint_band(Canvas(), band(BAR))
    y = middle(BAR)
    assert close(canvas.at(380, y), over_white(CLAIM, 225), 3), "past its label, plain fill"
    assert canvas.at(196, y).name() == "#ffffff"
    assert canvas.at(404, y).name() == "#ffffff"


def test_colouring_by_source_paints_an_event_in_its_first_source_colour() -> None:
    canvas = Canvas()
    canvas.ctx.colour_mode = "source"
    paint_band(canvas, band(POINT))
    marker = canvas.at(100, middle(POINT))
    assert abs(marker.hue() - SOURCE_PALETTE[1].hue()) < 5, "the event cites the second source"


def test_an_uncertain_event_is_drawn_fainter_than_a_certain_one() -> None:
    vague = event_box(2, 1, 100, 100, 110, vague=True)
    canvas = paint_band(Canvas(), band(POINT, vague))
    assert close(canvas.at(100, middle(POINT)), over_white(FACT, 225), 3)
    assert close(canvas.at(100, middle(vague)), over_white(FACT, 90), 3)


def test_a_bar_over_most_of_the_view_is_background_drawn_faint() -> None:
    wide = event_box(2, 1, 50, 550, 54)
    canvas = paint_band(Canvas(), band(wide))
    assert close(canvas.at(500, middle(wide)), over_white(FACT, 90), 3)


def test_an_open_end_fades_out_towards_the_edge() -> None:
    opened = event_box(3, 0, 200, 500, 204, open_end=True, label_width=40)
    canvas = paint_band(Canvas(), band(opened))
    y = middle(opened)
    assert canvas.at(300, y).name() != "#ffffff"
    assert close(canvas.at(498, y), "#ffffff", 8), "nothing left at the open end"
    assert canvas.at(300, y).saturation() > canvas.at(470, y).saturation()


def test_a_label_inside_a_bar_is_white_and_one_beside_a_marker_is_in_the_text_colour() -> None:
    canvas = paint_band(Canvas(), band(POINT, BAR))
    assert [(text, colour) for text, colour, *_ in canvas.painter.texts] == [
        ("Point event", "#101010"),
        ("Bar event", "#ffffff"),
    ]
    label_rect = canvas.painter.texts[0][3]
    assert (label_rect.left(), label_rect.width()) == (110, 102)


def test_a_label_longer_than_its_slot_is_elided() -> None:
    narrow = event_box(0, 0, 100, 100, 110, label_width=40)
    canvas = paint_band(Canvas(), band(narrow))
    [label] = canvas.painter.drawn()
    assert label != "Point event"
    assert label.endswith("…")
    assert QFontMetricsF(QFont()).horizontalAdvance(label) <= 40


def test_the_selected_event_is_framed_in_the_highlight_and_its_title_is_bold() -> None:
    canvas = paint_band(Canvas(selected="point"), band(POINT, BAR))
    rect = box_rect(POINT, BAND_TOP, 4.0)
    frame = canvas.at(rect.left() - 3, rect.center().y())
    assert frame.red() > 180 and frame.green() < 150, "the frame is drawn in the highlight"
    unselected = paint_band(Canvas(), band(POINT))
    assert unselected.at(rect.left() - 3, rect.center().y()).name() == "#ffffff"
    assert [(text, bold) for text, _, bold, _ in canvas.painter.texts] == [
        ("Point event", True),
        ("Bar event", False),
    ]


def test_a_cluster_is_a_button_coloured_pill_counting_its_events() -> None:
    cluster = ClusterBox(300, 340, 12, 0.0, 1.0)
    canvas = paint_band(Canvas(), band(clusters=(cluster,)))
    rect = cluster_rect(cluster, BAND_TOP, 3, 4.0)
    assert canvas.at(rect.left() + 3, rect.center().y()).name() == "#c0c0c0"
    assert canvas.painter.texts[0][:2] == ("+12", "#303030")


# -- band headers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("grouping", "key", "language", "title"),
    [
        ("actor", "alice", "en", "Alice"),
        ("actor", "alice", "ko", "앨리스"),
        ("actor", "", "en", "No actor"),
        ("actor", "gone", "en", "gone"),
        ("source", "s1", "en", "First paper"),
        ("source", "", "en", "No evidence"),
        ("tag", "", "en", "No tag"),
        ("tag", "board", "en", "board"),
        ("kind", "claim", "en", "Claim"),
    ],
)
def test_a_grouped_band_has_a_bold_header_naming_its_group(grouping, key, language, title) -> None:
    canvas = paint_band(Canvas(grouping=grouping, language=language), band(key=key))
    assert canvas.painter.texts[0][:3] == (title, "#101010", True)
    assert canvas.at(WIDTH - 4, BAND_TOP + 10).name() == "#e8e8e8", "the header strip"
    assert canvas.at(WIDTH - 4, BAND_TOP + 125).name() != "#ffffff", "a line under the band"


def test_an_ungrouped_band_has_no_header() -> None:
    canvas = paint_band(Canvas(), band(key=""))
    assert canvas.painter.texts == []
    assert canvas.at(WIDTH - 4, BAND_TOP + 10).name() == "#ffffff"


# -- the undated strip -------------------------------------------------------------------------

CHIPS = [
    Chip(4, QRectF(84, AXIS_HEIGHT + 5, 120, 22)),
    Chip(-1, QRectF(210, AXIS_HEIGHT + 5, 70, 22)),
]


def test_no_undated_events_leave_the_strip_unpainted() -> None:
    canvas = Canvas()
    painter.paint_undated(canvas.ctx, [], 0)
    canvas.done()
    assert canvas.at(WIDTH - 4, AXIS_HEIGHT + 10) == UNPAINTED
    assert canvas.painter.texts == []


def test_the_undated_strip_has_a_caption_chips_and_a_count_of_the_rest() -> None:
    canvas = Canvas()
    painter.paint_undated(canvas.ctx, CHIPS, 3)
    canvas.done()
    assert canvas.painter.drawn() == ["Undated", "Background", "+2 more"]
    assert canvas.at(WIDTH - 4, AXIS_HEIGHT + 10).name() == "#e8e8e8"
    assert close(canvas.at(87, AXIS_HEIGHT + 16), FACT, 4), "the chip's colour bar"
    assert canvas.at(150, AXIS_HEIGHT + 8).name() == "#ffffff", "the chip itself"
    assert canvas.at(215, AXIS_HEIGHT + 16).name() == "#c0c0c0", "the more chip"


def test_an_undated_chip_shows_its_title_in_the_language_and_a_highlight_when_selected() -> None:
    canvas = Canvas(selected="undated", language="ko")
    painter.paint_undated(canvas.ctx, CHIPS[:1], 1)
    canvas.done()
    assert canvas.painter.drawn() == ["Undated", "배경"]
    assert close(canvas.at(150, AXIS_HEIGHT + 5), "#e00000", 40), "a highlighted border"


# -- the axis ----------------------------------------------------------------------------------

NOV_10 = 738834.0  # 2023-11-10


def test_the_axis_is_a_window_coloured_strip_with_grid_lines_down_the_bands() -> None:
    canvas = Canvas()
    painter.paint_background(canvas.ctx)
    view = Viewport(NOV_10, 20.0, WIDTH)
    painter.paint_axis(canvas.ctx, view)
    canvas.done()
    ticks = axis(view, "en")
    assert ticks.unit == "week"
    first, second = [tick.x for tick in ticks.minor if tick.x > 0][:2]
    between = (first + second) / 2
    assert {canvas.at(between, y).name() for y in (2, 20, 44)} == {"#d0d0d0"}
    assert canvas.at(between, HEIGHT - 5).name() == "#ffffff"
    assert canvas.at(first, HEIGHT - 5).name() != "#ffffff", "a grid line"


def test_a_month_that_began_off_screen_keeps_its_name_pinned_left() -> None:
    canvas = Canvas()
    view = Viewport(NOV_10, 20.0, WIDTH)
    painter.paint_axis(canvas.ctx, view)
    canvas.done()
    majors = [(text, rect.left()) for text, _, bold, rect in canvas.painter.texts if bold]
    december = view.x(738855.0)  # 2023-12-01
    assert majors == [("Nov 2023", 4.0), ("Dec 2023", december + 4)]


def test_a_tick_label_without_room_at_the_right_edge_is_left_out() -> None:
    start = 738836.0 - 3  # week ticks fall on day numbers divisible by seven: one is 3 days in
    width = 60 + 140 * 3 + 10  # the fourth tick is 10 px from the right edge
    canvas = Canvas()
    canvas.ctx.width = width
    view = Viewport(start, 20.0, width)
    ticks = axis(view, "en").minor
    assert [tick.x for tick in ticks] == [-220, -80, 60, 200, 340, 480]
    painter.paint_axis(canvas.ctx, view)
    canvas.done()
    minors = [text for text, _, bold, _ in canvas.painter.texts if not bold]
    assert minors == [tick.label for tick in ticks[:-1]]


# -- the whole view and a dragged event --------------------------------------------------------


def test_the_view_paints_the_bands_and_the_undated_strip_over_the_background() -> None:
    canvas = Canvas()
    frame = Frame(AXIS_HEIGHT + UNDATED_HEIGHT, 200, 4.0, False)
    painter.paint_view(
        canvas.ctx, [band(POINT)], frame, CHIPS[:1], 1, Viewport(NOV_10, 20.0, WIDTH), (0.0, 1.0)
    )
    canvas.done()
    assert canvas.painter.drawn() == ["Point event", "Undated", "Background"]
    assert canvas.at(WIDTH - 4, HEIGHT - 4).name() == "#ffffff"
    assert canvas.at(WIDTH - 4, AXIS_HEIGHT + 10).name() == "#e8e8e8"


def test_a_dragged_event_shows_a_ghost_with_the_date_it_would_get() -> None:
    canvas = Canvas()
    painter.paint_background(canvas.ctx)
    ghost = QRectF(100, 100, 80, 22)
    painter.paint_ghost(canvas.ctx, ghost, "Nov 20, 2023")
    canvas.done()
    [(text, colour, _, tag)] = canvas.painter.texts
    assert (text, colour) == ("Nov 20, 2023", "#fefefe")
    assert (tag.left(), tag.top(), tag.height()) == (100, 78, 20)
    assert canvas.at(103, 88).name() == "#e00000", "the tag is filled with the highlight"
    shade = canvas.at(140, 111)
    assert shade.name() != "#ffffff" and shade.red() > shade.green(), "a tinted ghost"
    assert canvas.at(200, 111).name() == "#ffffff", "nothing right of the ghost"


def test_a_clusters_count_is_written_short_enough_for_its_chip() -> None:
    from viewer.ui.timeline.painter import cluster_count

    assert [cluster_count(n) for n in (7, 99, 512, 1234, 9999, 12_345, 123_456)] == [
        "+7",
        "+99",
        "512",
        "1.2k",
        "10k",
        "12k",
        "123k",
    ]
