"""Periods behind the events: a tint over the days they cover, named in the bottom strip."""

from __future__ import annotations

import dataclasses
import datetime

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from tests.ui.timeline.test_painter import HEIGHT, NOV_10, TIMELINE, WIDTH, Canvas
from viewer.core.model import LocalText, Period
from viewer.core.viewport import Viewport
from viewer.ui.timeline.periods import PERIOD_LABEL_HEIGHT, paint_periods, period_colour

VIEW = Viewport(NOV_10, 20.0, WIDTH)  # 30 days from 2023-11-10, 20 px a day
AREA = QRectF(0, 80, WIDTH, HEIGHT - 80)
CRISIS = Period(
    "crisis",
    LocalText.of({"en": "The crisis", "ko": "사태"}),
    "2023-11-17/2023-11-21",
    "#e45756",
)


def painted(*periods: Period, language: str = "en") -> Canvas:
    canvas = Canvas(language=language)
    timeline = dataclasses.replace(TIMELINE, periods=periods)
    bounds = (NOV_10 - 400, NOV_10 + 400)
    paint_periods(
        canvas.painter, timeline, VIEW, bounds, AREA, canvas.ctx.palette, canvas.ctx.language
    )
    return canvas.done()


def test_a_period_tints_its_days_and_is_named_at_the_bottom() -> None:
    canvas = painted(CRISIS)
    inside = canvas.at(7.5 * 20, 150)  # Nov 17 is day 7 of the view
    outside = canvas.at(3 * 20, 150)
    assert inside != outside and inside.red() > inside.blue()
    assert canvas.at(11.5 * 20, 150) != outside, "the last day (Nov 21) is inside"
    assert canvas.at(12.5 * 20, 150) == outside, "the day after is not"
    texts = [text for text, *_ in canvas.painter.texts]
    assert texts == ["The crisis"]
    assert canvas.painter.texts[0][3].bottom() == AREA.bottom()


def test_the_name_follows_the_language_and_an_open_end_reaches_the_edge() -> None:
    open_ended = dataclasses.replace(CRISIS, date="2023-11-25/..")
    canvas = painted(open_ended, language="ko")
    assert [text for text, *_ in canvas.painter.texts] == ["사태"]
    assert canvas.at(WIDTH - 2, 150) != canvas.at(2, 150)


def test_periods_off_screen_undated_or_too_narrow_draw_no_name() -> None:
    far = dataclasses.replace(CRISIS, id="far", title=LocalText.of("far"), date="2019")
    undated = dataclasses.replace(CRISIS, id="nodate", date=None)
    narrow_view = Viewport(NOV_10 - 3000, 0.1, WIDTH)  # a day is a tenth of a pixel
    canvas = Canvas()
    timeline = dataclasses.replace(TIMELINE, periods=(far, undated, CRISIS))
    paint_periods(canvas.painter, timeline, narrow_view, (0.0, 1e7), AREA, canvas.ctx.palette, "en")
    canvas.done()
    assert [text for text, *_ in canvas.painter.texts] == ["far"], "a 5-day period at 0.1 px a day"


def test_a_period_without_a_colour_is_grey() -> None:
    assert period_colour(dataclasses.replace(CRISIS, colour=None)) == QColor("#8a8f98")
    assert PERIOD_LABEL_HEIGHT > 0


def test_the_strip_names_the_period_under_the_pointer_in_a_tooltip(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QPointF

    from tests.conftest import SAMPLE_TIMELINE, write_timeline
    from tests.ui.conftest import shown
    from viewer.core.store import load_timeline
    from viewer.ui.document import Document
    from viewer.ui.timeline.canvas import TimelineCanvas
    from viewer.ui.timeline.popups import period_tooltip

    text = SAMPLE_TIMELINE.replace(
        "events:",
        "periods:\n  - id: crisis\n    title: {en: The crisis, ko: 사태}\n"
        "    date: 2023-11-17/2023-11-21\n    notes: Five days.\n\nevents:",
        1,
    )
    doc = Document()
    doc.load(load_timeline(write_timeline(tmp_path, text)))
    canvas = shown(qtbot, TimelineCanvas(doc), 800, 400)
    view = canvas.current_viewport()
    x = view.x(datetime.date(2023, 11, 19).toordinal() + 0.5)
    bottom = canvas.viewport().height() - 4
    period = canvas.period_at(QPointF(x, bottom))
    assert period is not None and period.id == "crisis"
    assert canvas.period_at(QPointF(x, bottom - 60)) is None, "only the strip names it"
    assert (
        canvas.period_at(QPointF(view.x(datetime.date(2023, 11, 23).toordinal()), bottom)) is None
    )
    assert period_tooltip(period, "ko") == "<b>사태</b><br>2023년 11월 17~21일<br>Five days."
