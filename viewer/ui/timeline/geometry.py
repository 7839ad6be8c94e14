"""Where the timeline's bands and undated chips sit on screen, and what a point hits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from viewer.core.bands import Bands
from viewer.core.layout import BandLayout, ClusterBox, EventBox, layout_band
from viewer.core.spans import Span
from viewer.core.viewport import Viewport
from viewer.ui.timeline.style import (
    AXIS_HEIGHT,
    BAND_HEADER_HEIGHT,
    CLUSTER_HEIGHT,
    GROUP_LANES,
    LANE_HEIGHT,
    UNDATED_HEIGHT,
)

Hit = tuple[str, object]  # ("event", index) | ("cluster", ClusterBox) | ("more", None)
MAX_CHIP = 220.0
MIN_CHIP = 90.0  # narrower than this, a chip would show too little of its title
CHIP_GAP = 6.0  # between two chips
CHIP_PADDING = 20.0  # a chip's width beyond its text
UNDATED_LABEL_WIDTH = 84  # the "Undated" caption at the left of the undated strip


class LabelWidths:
    """How wide event titles are in the view's font, measured once per event until cleared."""

    def __init__(self, font: QFont) -> None:
        self._metrics = QFontMetricsF(font)
        self._widths: dict[int, float] = {}

    def width(self, index: int, title: str) -> float:
        """The width of the title of the event at `index`."""
        width = self._widths.get(index)
        if width is None:
            width = self._widths[index] = self._metrics.horizontalAdvance(title) + 2
        return width

    def more(self, count: int) -> float:
        """The width of the "+N more" chip's text."""
        text = QCoreApplication.translate("TimelineView", "+%n more", "", count)
        return self._metrics.horizontalAdvance(text)

    def clear(self) -> None:
        """Measure again (the titles, their language or the events changed)."""
        self._widths.clear()


@dataclass(frozen=True)
class PlacedBand:
    """A band's layout and where it sits vertically (in viewport pixels)."""

    key: str
    top: float
    lanes: int
    layout: BandLayout


@dataclass(frozen=True)
class Chip:
    """An undated event (or the "more" chip when `index` is -1) in the undated strip."""

    index: int
    rect: QRectF


@dataclass(frozen=True)
class Frame:
    """The vertical arrangement of the view for one set of bands and one grouping."""

    bands_top: int  # where the first band starts, under the axis and the undated strip
    band_height: int
    label_offset: float  # from a band's top to its first row
    grouped: bool

    @classmethod
    def of(cls, bands: Bands | None, grouped: bool, viewport_height: int) -> Frame:
        """The frame for `bands` in a viewport of the given height."""
        top = AXIS_HEIGHT + (UNDATED_HEIGHT if bands and bands.undated else 0)
        if grouped:
            height = BAND_HEADER_HEIGHT + GROUP_LANES * LANE_HEIGHT + CLUSTER_HEIGHT
        else:
            height = max(viewport_height - top, LANE_HEIGHT + CLUSTER_HEIGHT)
        return cls(top, height, BAND_HEADER_HEIGHT if grouped else 4.0, grouped)

    def content_height(self, bands: Bands | None) -> int:
        """How tall all bands are together (what the vertical scroll bar scrolls)."""
        count = len(bands.bands) if bands else 0
        return self.band_height * count if self.grouped else 0

    def lanes(self) -> int:
        """Rows per band."""
        if self.grouped:
            return GROUP_LANES
        return max(1, (self.band_height - CLUSTER_HEIGHT - 4) // LANE_HEIGHT)


def place_bands(
    bands: Bands | None,
    frame: Frame,
    view: Viewport,
    scroll: int,
    bottom: int,
    label_width: Callable[[int], float],
    keep: Span | None = None,
) -> list[PlacedBand]:
    """Lay out only the bands that show between the axis and `bottom`; `keep` is the selected
    event, which is never hidden in a cluster."""
    placed: list[PlacedBand] = []
    top = frame.bands_top - scroll
    for band in bands.bands if bands else ():
        if top + frame.band_height > frame.bands_top and top < bottom:
            layout = layout_band(band.index, view, frame.lanes(), label_width, keep)
            placed.append(PlacedBand(band.key, top, frame.lanes(), layout))
        top += frame.band_height
    return placed


def box_rect(box: EventBox, band_top: float, label_offset: float) -> QRectF:
    """The clickable rectangle of an event box."""
    top = band_top + label_offset + box.lane * LANE_HEIGHT
    return QRectF(box.left, top + 2, box.right - box.left, LANE_HEIGHT - 4)


def cluster_rect(cluster: ClusterBox, band_top: float, lanes: int, label_offset: float) -> QRectF:
    """The clickable rectangle of a cluster marker."""
    top = band_top + label_offset + lanes * LANE_HEIGHT
    return QRectF(cluster.x0 + 3, top + 3, cluster.x1 - cluster.x0 - 6, CLUSTER_HEIGHT - 6)


def place_chips(
    undated: tuple[int, ...],
    right: float,
    label_width: Callable[[int], float],
    more_width: Callable[[int], float],
    selected: int | None = None,
) -> list[Chip]:
    """Chips for the undated events left to right, then a "+N more" chip for the rest; the last
    chip that fits is shortened rather than left out. The `selected` event, chosen elsewhere
    (the table, a source) from under "+N more", comes first."""
    chips = _chips(undated, right, label_width, more_width)
    if selected in undated and all(chip.index != selected for chip in chips):
        undated = (selected, *(index for index in undated if index != selected))
        chips = _chips(undated, right, label_width, more_width)
    return chips


def _chips(
    undated: tuple[int, ...],
    right: float,
    label_width: Callable[[int], float],
    more_width: Callable[[int], float],
) -> list[Chip]:
    chips: list[Chip] = []
    x = float(UNDATED_LABEL_WIDTH)
    top, height = AXIS_HEIGHT + 5, UNDATED_HEIGHT - 10
    for position, index in enumerate(undated):
        width = min(label_width(index) + CHIP_PADDING, MAX_CHIP)
        rest = len(undated) - position - 1
        # room kept for the gap and the "+N more" chip after this one
        reserve = CHIP_GAP + more_width(rest) + CHIP_PADDING if rest else 0
        if x + width + reserve > right:
            room = right - reserve - x
            if room >= MIN_CHIP:  # the chip fits shortened, its title elided
                chips.append(Chip(index, QRectF(x, top, room, height)))
                if rest:
                    more = QRectF(x + room + CHIP_GAP, top, more_width(rest) + CHIP_PADDING, height)
                    chips.append(Chip(-1, more))
            else:
                chips.append(Chip(-1, QRectF(x, top, more_width(rest + 1) + CHIP_PADDING, height)))
            break
        chips.append(Chip(index, QRectF(x, top, width, height)))
        x += width + CHIP_GAP
    return chips


def hit_test(
    point: QPointF, placed: list[PlacedBand], chips: list[Chip], frame: Frame
) -> Hit | None:
    """What is drawn at `point`: an event, a cluster, the "more" chip, or nothing."""
    for chip in chips:
        if chip.rect.contains(point):
            return ("more", None) if chip.index < 0 else ("event", chip.index)
    if point.y() < frame.bands_top:
        return None
    for band in placed:
        for box in band.layout.boxes:
            if box_rect(box, band.top, frame.label_offset).contains(point):
                return "event", box.index
        for cluster in band.layout.clusters:
            rect = cluster_rect(cluster, band.top, band.lanes, frame.label_offset)
            if rect.contains(point):
                return "cluster", cluster
    return None
