"""Drawing the timeline from laid-out boxes; draws only what the layout found visible."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPalette,
    QPen,
)

from viewer.core.agreement import disagrees
from viewer.core.axis import axis
from viewer.core.layout import BACKGROUND_SHARE, ClusterBox, EventBox
from viewer.core.model import Timeline
from viewer.core.story_axis import LINEAR, TimeScale
from viewer.core.viewport import Viewport
from viewer.ui.common.agreement_text import dispute_colour
from viewer.ui.common.text import shown
from viewer.ui.common.vocabulary import kind_name, undated
from viewer.ui.timeline.geometry import (
    UNDATED_LABEL_WIDTH,
    Chip,
    Frame,
    PlacedBand,
    box_rect,
    cluster_rect,
)
from viewer.ui.timeline.periods import paint_periods
from viewer.ui.timeline.style import (
    AXIS_HEIGHT,
    BAR_HEIGHT,
    MARKER_RADIUS,
    UNDATED_HEIGHT,
    event_colour,
)

FADE = 48.0  # px over which an open end fades out
DISPUTE_RADIUS = 3.5  # the dot on an event whose sources disagree


@dataclass
class PaintContext:
    """What every paint function needs."""

    painter: QPainter
    palette: QPalette
    font: QFont
    width: int
    height: int
    timeline: Timeline
    language: str
    selected_id: str
    colour_mode: str
    label_offset: float
    grouping: str
    scale: TimeScale = LINEAR  # days to the positions the viewport is in


def paint_background(ctx: PaintContext) -> None:
    """Fill the canvas."""
    ctx.painter.fillRect(
        QRectF(0, 0, ctx.width, ctx.height), ctx.palette.color(QPalette.ColorRole.Base)
    )


def paint_view(
    ctx: PaintContext,
    layout: list[PlacedBand],
    frame: Frame,
    chips: list[Chip],
    undated: int,
    viewport: Viewport,
    bounds: tuple[float, float],
) -> None:
    """The canvas, the periods behind the events, every laid-out band and the undated strip
    (the axis goes on top later)."""
    paint_background(ctx)
    if ctx.timeline.periods:
        area = QRectF(0, frame.bands_top, ctx.width, max(ctx.height - frame.bands_top, 0))
        ctx.painter.setFont(ctx.font)
        paint_periods(
            ctx.painter, ctx.timeline, viewport, bounds, area, ctx.palette, ctx.language, ctx.scale
        )
    for placed in layout:
        paint_band(ctx, placed, frame.band_height)
    paint_undated(ctx, chips, undated)


def paint_band(ctx: PaintContext, placed: PlacedBand, height: int) -> None:
    """One swimlane: header, events and clusters."""
    qp = ctx.painter
    if ctx.grouping != "none":
        rect = QRectF(0, placed.top, ctx.width, height)
        qp.fillRect(
            QRectF(0, placed.top, ctx.width, ctx.label_offset - 2),
            ctx.palette.color(QPalette.ColorRole.AlternateBase),
        )
        qp.setPen(QPen(ctx.palette.color(QPalette.ColorRole.Mid), 1))
        qp.drawLine(QPointF(0, rect.bottom() - 0.5), QPointF(ctx.width, rect.bottom() - 0.5))
        qp.setPen(ctx.palette.color(QPalette.ColorRole.Text))
        header = QFont(ctx.font)
        header.setBold(True)
        qp.setFont(header)
        title = QFontMetricsF(header).elidedText(
            _band_title(ctx, placed.key), Qt.TextElideMode.ElideRight, ctx.width - 16
        )
        qp.drawText(
            QRectF(8, placed.top, ctx.width - 16, ctx.label_offset - 2),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            title,
        )
    qp.setFont(ctx.font)
    metrics = QFontMetricsF(ctx.font)
    selected = ctx.selected_id
    for box in placed.layout.boxes:
        _paint_box(ctx, box, placed.top, metrics, selected)
    for cluster in placed.layout.clusters:
        _paint_cluster(ctx, cluster, placed, metrics)


def _band_title(ctx: PaintContext, key: str) -> str:
    timeline = ctx.timeline
    lang = ctx.language
    if not key:
        labels = {
            "actor": QCoreApplication.translate("TimelineView", "No actor"),
            "source": QCoreApplication.translate("TimelineView", "No evidence"),
            "tag": QCoreApplication.translate("TimelineView", "No tag"),
        }
        return labels.get(ctx.grouping, "")
    if ctx.grouping == "actor" and key in timeline.actors_by_id:
        return shown(timeline.actors_by_id[key].name.get(lang) or key)
    if ctx.grouping == "source" and key in timeline.sources_by_id:
        return shown(timeline.sources_by_id[key].title.get(lang) or key)
    if ctx.grouping == "kind":
        return kind_name(key)
    return key


def _paint_box(
    ctx: PaintContext, box: EventBox, band_top: float, metrics: QFontMetricsF, selected: str
) -> None:
    qp = ctx.painter
    event = ctx.timeline.events[box.index]
    colour = event_colour(event, ctx.timeline, ctx.colour_mode)
    rect = box_rect(box, band_top, ctx.label_offset)
    middle = rect.center().y()
    is_selected = event.id == selected
    if is_selected:
        highlight = QColor(ctx.palette.color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(60)
        qp.setPen(QPen(ctx.palette.color(QPalette.ColorRole.Highlight), 1.5))
        qp.setBrush(highlight)
        qp.drawRoundedRect(rect.adjusted(-3, -1, 3, 1), 5, 5)
    # long and open spans are background at this zoom (the layout gave them the rows left)
    wide = box.x1 - box.x0 > ctx.width * BACKGROUND_SHARE
    faint = box.vague or box.open_start or box.open_end or wide
    fill = QColor(colour)
    fill.setAlpha(90 if faint else 225)
    outline = QPen(
        colour.darker(130), 1.4, Qt.PenStyle.DashLine if box.vague else Qt.PenStyle.SolidLine
    )
    if box.is_point:
        qp.setPen(outline)
        qp.setBrush(fill)
        qp.drawEllipse(QPointF(box.x0, middle), MARKER_RADIUS, MARKER_RADIUS)
    else:
        bar = QRectF(box.x0, middle - BAR_HEIGHT / 2, box.x1 - box.x0, BAR_HEIGHT)
        brush: QBrush | QColor = fill
        if box.open_start or box.open_end:
            gradient = QLinearGradient(bar.left(), 0, bar.right(), 0)
            clear = QColor(fill)
            clear.setAlpha(0)
            edge = min(FADE / max(bar.width(), 1.0), 0.5)
            gradient.setColorAt(0, clear if box.open_start else fill)
            gradient.setColorAt(edge, fill)
            gradient.setColorAt(1 - edge, fill)
            gradient.setColorAt(1, clear if box.open_end else fill)
            brush = QBrush(gradient)
            outline = QPen(Qt.PenStyle.NoPen)
        qp.setPen(outline)
        qp.setBrush(brush)
        qp.drawRoundedRect(bar, 4, 4)
    if disagrees(event):
        if box.is_point:
            mark = QPointF(box.x0 + MARKER_RADIUS * 0.8, middle - MARKER_RADIUS * 0.8)
        else:
            mark = QPointF(max(box.x0, 0.0) + DISPUTE_RADIUS + 2, middle - BAR_HEIGHT / 2)
        paint_dispute_mark(ctx, mark)
    inside = not box.is_point and box.x0 <= box.label_x < box.x1
    text_colour = (
        QColor("#ffffff") if inside and not faint else ctx.palette.color(QPalette.ColorRole.Text)
    )
    if box.label_width < 1:  # a marker in a crowd: its title is in its tooltip
        return
    title = shown(event.title.get(ctx.language))
    label = metrics.elidedText(title, Qt.TextElideMode.ElideRight, box.label_width)
    qp.setPen(text_colour)
    if is_selected:
        bold = QFont(ctx.font)
        bold.setBold(True)
        qp.setFont(bold)
        label = QFontMetricsF(bold).elidedText(title, Qt.TextElideMode.ElideRight, box.label_width)
    qp.drawText(
        QRectF(box.label_x, rect.top(), box.label_width + 2, rect.height()),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        label,
    )
    qp.setFont(ctx.font)


def paint_dispute_mark(ctx: PaintContext, centre: QPointF) -> None:
    """The dot that says an event's sources disagree, ringed so it reads on any fill."""
    qp = ctx.painter
    qp.setPen(QPen(ctx.palette.color(QPalette.ColorRole.Base), 1.2))
    qp.setBrush(dispute_colour())
    qp.drawEllipse(centre, DISPUTE_RADIUS, DISPUTE_RADIUS)


def _paint_cluster(
    ctx: PaintContext, cluster: ClusterBox, placed: PlacedBand, metrics: QFontMetricsF
) -> None:
    qp = ctx.painter
    rect = cluster_rect(cluster, placed.top, placed.lanes, ctx.label_offset)
    qp.setPen(QPen(ctx.palette.color(QPalette.ColorRole.Mid), 1))
    qp.setBrush(ctx.palette.color(QPalette.ColorRole.Button))
    qp.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    qp.setPen(ctx.palette.color(QPalette.ColorRole.ButtonText))
    text = metrics.elidedText(
        cluster_count(cluster.count), Qt.TextElideMode.ElideRight, rect.width() - 4
    )
    qp.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def cluster_count(count: int) -> str:
    """A cluster's count short enough for its chip: +42, 512, 1.2k, 12k."""
    if count < 100:
        return f"+{count}"
    if count < 1000:
        return str(count)
    if count < 9_950:  # 9,950 and more would round to 10.0k
        return f"{count / 1000:.1f}k"
    return f"{round(count / 1000)}k"


def paint_undated(ctx: PaintContext, chips: list[Chip], total: int) -> None:
    """The strip of undated background events under the axis."""
    if not total:
        return
    qp = ctx.painter
    strip = QRectF(0, AXIS_HEIGHT, ctx.width, UNDATED_HEIGHT)
    qp.fillRect(strip, ctx.palette.color(QPalette.ColorRole.AlternateBase))
    qp.setPen(QPen(ctx.palette.color(QPalette.ColorRole.Mid), 1))
    qp.drawLine(QPointF(0, strip.bottom() - 0.5), QPointF(ctx.width, strip.bottom() - 0.5))
    metrics = QFontMetricsF(ctx.font)
    qp.setPen(ctx.palette.color(QPalette.ColorRole.PlaceholderText))
    caption = metrics.elidedText(
        undated(),
        Qt.TextElideMode.ElideRight,
        UNDATED_LABEL_WIDTH - 12,
    )
    qp.drawText(
        QRectF(8, strip.top(), UNDATED_LABEL_WIDTH - 12, strip.height()),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        caption,
    )
    timeline = ctx.timeline
    for chip in chips:
        rect = chip.rect
        if chip.index < 0:
            qp.setPen(QPen(ctx.palette.color(QPalette.ColorRole.Mid), 1))
            qp.setBrush(ctx.palette.color(QPalette.ColorRole.Button))
            qp.drawRoundedRect(rect, 4, 4)
            qp.setPen(ctx.palette.color(QPalette.ColorRole.ButtonText))
            more = total - sum(1 for c in chips if c.index >= 0)
            qp.drawText(
                rect,
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("TimelineView", "+%n more", "", more),
            )
            continue
        event = timeline.events[chip.index]
        colour = event_colour(event, timeline, ctx.colour_mode)
        selected = event.id == ctx.selected_id
        border = ctx.palette.color(QPalette.ColorRole.Highlight) if selected else colour
        qp.setPen(QPen(border, 2 if selected else 1))
        qp.setBrush(ctx.palette.color(QPalette.ColorRole.Base))
        qp.drawRoundedRect(rect, 4, 4)
        qp.fillRect(QRectF(rect.left() + 1, rect.top() + 1, 5, rect.height() - 2), colour)
        if disagrees(event):
            paint_dispute_mark(ctx, QPointF(rect.right() - 1, rect.top() + 1))
        qp.setPen(ctx.palette.color(QPalette.ColorRole.Text))
        label = metrics.elidedText(
            shown(event.title.get(ctx.language)), Qt.TextElideMode.ElideRight, rect.width() - 16
        )
        qp.drawText(
            rect.adjusted(11, 0, -4, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            label,
        )


def paint_axis(ctx: PaintContext, viewport: Viewport) -> None:
    """The time axis on top, with grid lines down through the bands."""
    qp = ctx.painter
    ticks = axis(viewport, ctx.language, ctx.scale)
    grid = QColor(ctx.palette.color(QPalette.ColorRole.Mid))
    grid.setAlpha(60)
    qp.setPen(QPen(grid, 1))
    for tick in ticks.minor:
        qp.drawLine(QPointF(tick.x, AXIS_HEIGHT), QPointF(tick.x, ctx.height))
    qp.fillRect(QRectF(0, 0, ctx.width, AXIS_HEIGHT), ctx.palette.color(QPalette.ColorRole.Window))
    qp.setPen(QPen(ctx.palette.color(QPalette.ColorRole.Mid), 1))
    qp.drawLine(QPointF(0, AXIS_HEIGHT - 0.5), QPointF(ctx.width, AXIS_HEIGHT - 0.5))
    metrics = QFontMetricsF(ctx.font)
    text = ctx.palette.color(QPalette.ColorRole.WindowText)
    minors = list(ticks.minor)
    for position, tick in enumerate(minors):
        qp.setPen(QPen(ctx.palette.color(QPalette.ColorRole.Mid), 1))
        qp.drawLine(QPointF(tick.x, AXIS_HEIGHT - 8), QPointF(tick.x, AXIS_HEIGHT))
        room = (minors[position + 1].x if position + 1 < len(minors) else ctx.width) - tick.x - 6
        if metrics.horizontalAdvance(tick.label) > room:
            continue  # a tick label is a date: half of one would mislead, so leave it out
        qp.setPen(text)
        qp.drawText(
            QRectF(tick.x + 3, 22, room, AXIS_HEIGHT - 24),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            tick.label,
        )
    _paint_breaks(ctx, ticks.breaks)
    bold = QFont(ctx.font)
    bold.setBold(True)
    qp.setFont(bold)
    bold_metrics = QFontMetricsF(bold)
    majors = list(ticks.major)
    for position, tick in enumerate(majors):
        next_x = majors[position + 1].x if position + 1 < len(majors) else ctx.width + 1000
        x = max(tick.x, 0.0) + 4  # a period that began off screen keeps its name pinned left
        room = next_x - x - 8
        if room < min(bold_metrics.horizontalAdvance(tick.label), 48.0):
            continue  # "2…" names nothing: leave it to the next label
        qp.setPen(QPen(ctx.palette.color(QPalette.ColorRole.Mid), 1))
        qp.drawLine(QPointF(tick.x, 0), QPointF(tick.x, AXIS_HEIGHT))
        qp.setPen(text)
        label = bold_metrics.elidedText(tick.label, Qt.TextElideMode.ElideRight, room)
        qp.drawText(
            QRectF(x, 2, room, 20),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            label,
        )
    qp.setFont(ctx.font)


def _paint_breaks(ctx: PaintContext, breaks: tuple[float, ...]) -> None:
    """Where a story axis changes its unit, two slanted strokes across the axis line: time is
    compressed on one side."""
    qp = ctx.painter
    qp.setPen(QPen(ctx.palette.color(QPalette.ColorRole.WindowText), 1.2))
    y = AXIS_HEIGHT - 4
    for x in breaks:
        qp.fillRect(QRectF(x - 5, y - 5, 10, 9), ctx.palette.color(QPalette.ColorRole.Window))
        for offset in (-2.5, 2.5):
            qp.drawLine(QPointF(x + offset - 2, y + 4), QPointF(x + offset + 2, y - 4))


def paint_ghost(ctx: PaintContext, rect: QRectF, label: str) -> None:
    """Where a dragged event would land, with the date it would get."""
    qp = ctx.painter
    highlight = ctx.palette.color(QPalette.ColorRole.Highlight)
    qp.setPen(QPen(highlight, 1.5, Qt.PenStyle.DashLine))
    shade = QColor(highlight)
    shade.setAlpha(40)
    qp.setBrush(shade)
    qp.drawRoundedRect(rect, 5, 5)
    metrics = QFontMetricsF(ctx.font)
    width = metrics.horizontalAdvance(label) + 12
    tag = QRectF(rect.left(), rect.top() - 22, width, 20)
    qp.setBrush(highlight)
    qp.setPen(Qt.PenStyle.NoPen)
    qp.drawRoundedRect(tag, 4, 4)
    qp.setPen(ctx.palette.color(QPalette.ColorRole.HighlightedText))
    qp.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)
