"""The timeline's periods: light bands of colour behind the events, each named in a strip at
the bottom of the view (pinned to the left edge while its start is off screen)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette

from viewer.core.model import Period, Timeline
from viewer.core.spans import date_days
from viewer.core.story_axis import LINEAR, TimeScale
from viewer.core.viewport import Viewport
from viewer.ui.common.text import shown
from viewer.ui.common.vocabulary import PERIOD_COLOUR

PERIOD_LABEL_HEIGHT = 18  # the strip at the bottom that names the periods
_FILL_ALPHA = 26  # the band behind the events: a tint, never hiding them
_LABEL_ALPHA = 70


def period_colour(period: Period) -> QColor:
    """The period's colour, or the default grey when it has none (or an unreadable one)."""
    colour = QColor(period.colour or PERIOD_COLOUR)
    return colour if colour.isValid() else QColor(PERIOD_COLOUR)


def period_span(period: Period, bounds: tuple[float, float]) -> tuple[float, float] | None:
    """The days a period covers, open ends reaching the timeline's bounds; None undated."""
    return None if period.edtf is None else date_days(period.edtf, bounds)


def period_on(periods: Sequence[Period], day: float, bounds: tuple[float, float]) -> Period | None:
    """The period `day` falls in (the last drawn, where they overlap), or None."""
    for period in reversed(periods):
        span = period_span(period, bounds)
        if span is not None and span[0] <= day < span[1]:
            return period
    return None


def paint_periods(
    qp: QPainter,
    timeline: Timeline,
    viewport: Viewport,
    bounds: tuple[float, float],
    area: QRectF,
    palette: QPalette,
    language: str,
    scale: TimeScale = LINEAR,
) -> None:
    """Every period that shows in `viewport`, as a band across `area` (the events' part of
    the canvas), later periods over earlier ones."""
    metrics = QFontMetricsF(qp.font())
    text_colour = palette.color(QPalette.ColorRole.Text)
    for period in timeline.periods:
        span = period_span(period, bounds)
        if span is None:
            continue
        left = max(viewport.x(scale.position(span[0])), area.left())
        right = min(viewport.x(scale.position(span[1])), area.right())
        if right <= left:
            continue
        colour = period_colour(period)
        fill = QColor(colour)
        fill.setAlpha(_FILL_ALPHA)
        qp.fillRect(QRectF(left, area.top(), right - left, area.height()), fill)
        strip = QRectF(left, area.bottom() - PERIOD_LABEL_HEIGHT, right - left, PERIOD_LABEL_HEIGHT)
        label = QColor(colour)
        label.setAlpha(_LABEL_ALPHA)
        qp.fillRect(strip, label)
        title = shown(period.title.get(language) or period.id, 200)
        room = strip.width() - 8
        if room < metrics.horizontalAdvance("M") * 2:
            continue  # too narrow to name: the tint alone shows it
        qp.setPen(text_colour)
        qp.drawText(
            strip.adjusted(4, 0, -4, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, room),
        )
