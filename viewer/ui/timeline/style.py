"""Colours and sizes of the timeline, in one place so view, legend and overview agree."""

from __future__ import annotations

from PySide6.QtGui import QColor

from viewer.core.agreement import MOST_SOURCES, corroboration_level
from viewer.core.model import Event, Timeline
from viewer.ui.common.agreement_text import corroboration_colour, corroboration_name
from viewer.ui.common.text import shown
from viewer.ui.common.vocabulary import EVENT_KINDS, kind_colour, kind_name

AXIS_HEIGHT = 46
UNDATED_HEIGHT = 32
BAND_HEADER_HEIGHT = 22
LANE_HEIGHT = 26
CLUSTER_HEIGHT = 26
GROUP_LANES = 3
BAR_HEIGHT = 16
MARKER_RADIUS = 5.5

SOURCE_PALETTE = tuple(
    QColor(name)
    for name in (
        "#2f6fdb",
        "#d9822b",
        "#2e9e6a",
        "#c2417a",
        "#8a63d2",
        "#1f9bb4",
        "#9c7a2b",
        "#5f7389",
    )
)
COLOUR_MODES = ("kind", "source", "corroboration")


def event_colour(event: Event, timeline: Timeline, mode: str) -> QColor:
    """The colour of an event under the chosen colour mode."""
    if mode == "source" and event.evidence:
        return source_colour(timeline, event.evidence[0].source)
    if mode == "corroboration":
        return corroboration_colour(corroboration_level(event))
    return kind_colour(event.kind)


def source_colour(timeline: Timeline, source_id: str) -> QColor:
    """The colour given to a source, by its position in the file."""
    ids = [source.id for source in timeline.sources]
    position = ids.index(source_id) if source_id in ids else len(ids)
    return SOURCE_PALETTE[position % len(SOURCE_PALETTE)]


def legend(timeline: Timeline, mode: str, lang: str) -> list[tuple[QColor, str]]:
    """The (colour, label) pairs that explain the current colouring."""
    if mode == "source":
        return [
            (source_colour(timeline, source.id), shown(source.title.get(lang) or source.id))
            for source in timeline.sources
        ]
    if mode == "corroboration":
        levels = range(MOST_SOURCES + 1)
        return [(corroboration_colour(level), corroboration_name(level)) for level in levels]
    return [(kind_colour(kind), kind_name(kind)) for kind in EVENT_KINDS]
