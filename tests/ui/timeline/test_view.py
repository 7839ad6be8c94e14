"""The timeline view driven as a user would: click, keys, wheel, drag, clusters, filters."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.timeline.conftest import EVENTS
from viewer.core.query import EventFilter
from viewer.ui.timeline.view import TimelineView


def click(qtbot, view: TimelineView, event_id: str) -> None:
    rect = view.event_rect(event_id)
    assert rect is not None, f"{event_id} is not on screen"
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.left() + 3), int(rect.center().y())),
    )


def test_clicking_an_event_selects_it(qtbot, make_view) -> None:
    view, document = make_view(EVENTS)
    click(qtbot, view, "split")
    assert document.selected_event_id == "split"


def test_clicking_an_undated_chip_selects_the_background_event(qtbot, make_view) -> None:
    view, document = make_view(EVENTS)
    click(qtbot, view, "background")
    assert document.selected_event_id == "background"


def test_a_narrow_view_shortens_the_undated_chip_instead_of_hiding_it(qtbot, make_view) -> None:
    long_ids = ["background-events-that-no-source-dates-at-all", "another-undated-background"]
    view, _ = make_view([*EVENTS[:4], *((event_id, None, ["bob"]) for event_id in long_ids)])
    view.resize(360, 400)
    qtbot.waitUntil(lambda: view.viewport().width() <= 360)
    rect = view.event_rect(long_ids[0])
    assert rect is not None, "the first undated event still has a chip"
    assert rect.right() < view.viewport().width()
    assert view.event_rect(long_ids[1]) is None, "the rest are counted in '+N more'"


def test_arrow_keys_step_through_events_in_time_and_home_end_jump(qtbot, make_view) -> None:
    view, document = make_view(EVENTS)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert document.selected_event_id == "founding"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert document.selected_event_id == "split"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert document.selected_event_id == "returned"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert document.selected_event_id == "fired"
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert document.selected_event_id == "returned"


def test_enter_activates_the_selected_event(qtbot, make_view) -> None:
    view, document = make_view(EVENTS)
    document.select_event("fired")
    with qtbot.waitSignal(view.activated) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == ["fired"]


def wheel(view: TimelineView, x: float, dy: int, modifiers=Qt.KeyboardModifier.NoModifier):
    position = QPointF(x, 200)
    event = QWheelEvent(
        position,
        view.viewport().mapToGlobal(position),
        QPoint(0, 0),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_ctrl_wheel_zooms_in_keeping_the_day_under_the_pointer(qtbot, make_view) -> None:
    view, _ = make_view(EVENTS)
    before = view.current_viewport()
    anchor = before.day(700)
    wheel(view, 700, 240, Qt.KeyboardModifier.ControlModifier)
    after = view.current_viewport()
    assert after.px_per_day == pytest.approx(before.px_per_day * 1.25**2)
    assert after.day(700) == pytest.approx(anchor, abs=0.01)


def test_plus_and_minus_keys_zoom(qtbot, make_view) -> None:
    view, _ = make_view(EVENTS)
    view.zoom(4.0)
    start = view.current_viewport().px_per_day
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.current_viewport().px_per_day == pytest.approx(start * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.current_viewport().px_per_day == pytest.approx(start / 1.25)


def test_zoom_reaches_one_day_filling_the_view_and_fit_all_shows_everything(
    qtbot, make_view
) -> None:
    view, _ = make_view(EVENTS)
    view.zoom(1e9)
    start, end = view.view_range()
    assert end - start == pytest.approx(1.0)
    view.fit_all()
    start, end = view.view_range()
    assert start <= datetime.date(2015, 12, 1).toordinal()
    assert end >= datetime.date(2023, 11, 22).toordinal()


def test_dragging_pans_the_view(qtbot, make_view) -> None:
    view, _ = make_view(EVENTS)
    view.zoom(8.0)
    before = view.current_viewport().start
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(600, 300))
    qtbot.mouseMove(viewport, QPoint(500, 300))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(500, 300))
    after = view.current_viewport()
    assert after.start == pytest.approx(before + 100 / after.px_per_day)


def test_shift_wheel_pans_and_the_scroll_bar_follows(qtbot, make_view) -> None:
    view, _ = make_view(EVENTS)
    view.zoom(8.0)
    bar = view.horizontalScrollBar()
    value = bar.value()
    wheel(view, 500, -120, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == value + 120


def test_a_crowded_moment_shows_a_cluster_that_zooms_in_when_clicked(qtbot, make_view) -> None:
    crowd = [(f"e{i}", "2023-11-17", ["alice"]) for i in range(40)]
    view, _ = make_view([*crowd, ("early", "2015", ["bob"])])
    clusters = [c for band in view.band_layouts() for c in band.layout.clusters]
    assert (
        clusters
        and sum(c.count for c in clusters) + sum(len(b.layout.boxes) for b in view.band_layouts())
        == 41
    )
    width_before = view.view_range()[1] - view.view_range()[0]
    band = view.band_layouts()[0]
    from viewer.ui.timeline.painter import cluster_rect

    rect = cluster_rect(clusters[0], band.top, band.lanes, 4.0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    start, end = view.view_range()
    assert end - start < width_before / 10


def test_an_event_selected_in_a_crowded_swimlane_is_drawn_outside_the_cluster(
    qtbot, make_view
) -> None:
    crowd = [(f"e{i}", "2023-11-17", ["alice", "bob"]) for i in range(20)]
    view, document = make_view([*crowd, ("early", "2015", ["bob"])])
    view.set_grouping("actor")
    hidden = [f"e{i}" for i in range(20) if view.event_rect(f"e{i}") is None]
    assert hidden, "twenty events on one day cannot all fit in a band"
    document.select_event(hidden[-1])
    rects = [view.event_rect(f"e{i}") for i in range(20)]
    assert view.event_rect(hidden[-1]) is not None
    shown = [rect for rect in rects if rect is not None]
    assert not any(a.intersects(b) for i, a in enumerate(shown) for b in shown[i + 1 :])
    counted = sum(len(b.layout.boxes) + b.layout.hidden for b in view.band_layouts())
    assert counted == 2 * 20 + 1, "every event is drawn or counted once in each of its bands"


def test_events_never_overlap_on_screen(qtbot, make_view) -> None:
    crowd = [(f"e{i}", f"2023-11-{10 + i % 15:02d}", ["alice"]) for i in range(60)]
    view, _ = make_view(crowd)
    view.set_view_range(
        datetime.date(2023, 11, 1).toordinal(), datetime.date(2023, 12, 1).toordinal()
    )
    rects = [view.event_rect(f"e{i}") for i in range(60)]
    shown = [r for r in rects if r is not None]
    assert shown
    assert not any(a.intersects(b) for i, a in enumerate(shown) for b in shown[i + 1 :])


def test_the_actor_filter_hides_other_events(qtbot, make_view) -> None:
    view, document = make_view(EVENTS)
    assert view.event_rect("fired") is not None
    document.set_filter(EventFilter(frozenset({"alice"})))
    assert view.event_rect("fired") is None
    assert view.event_rect("returned") is not None
    document.set_filter(EventFilter(frozenset({"alice", "bob"}), "all"))
    assert [view.event_rect(e) is not None for e in ("split", "returned")] == [True, False]


def test_grouping_by_actor_gives_one_band_per_actor(qtbot, make_view) -> None:
    view, document = make_view(EVENTS)
    view.set_grouping("actor")
    assert [band.key for band in view.band_layouts()] == ["alice", "bob"]
    alice = view.band_layouts()[0]
    assert {document.timeline.events[b.index].id for b in alice.layout.boxes} == {
        "founding",
        "split",
        "returned",
    }


def test_selecting_an_event_off_screen_scrolls_it_into_view(qtbot, make_view) -> None:
    view, document = make_view(EVENTS)
    view.set_view_range(
        datetime.date(2015, 11, 1).toordinal(), datetime.date(2016, 2, 1).toordinal()
    )
    assert view.event_rect("fired") is None
    document.select_event("fired")
    assert view.event_rect("fired") is not None


def test_painting_draws_the_selected_event(qtbot, make_view) -> None:
    view, document = make_view(EVENTS)
    document.select_event("split")
    rect = view.event_rect("split")
    image = view.viewport().grab().toImage()
    highlight = view.palette().color(view.palette().ColorRole.Highlight)
    y = int(rect.center().y())
    colours = {image.pixelColor(x, y).name() for x in range(int(rect.left()), int(rect.right()))}
    assert colours - {view.palette().color(view.palette().ColorRole.Base).name()}
    assert any(
        abs(image.pixelColor(int(rect.left()) - 2, y2).hue() - highlight.hue()) < 20
        for y2 in range(int(rect.top()), int(rect.bottom()))
    )


def test_hovering_an_event_shows_its_date_and_title_as_plain_text(qtbot, make_view) -> None:
    view, _document = make_view(EVENTS)
    rect = view.event_rect("fired")
    point = QPoint(int(rect.left() + 3), int(rect.center().y()))
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "<b>Nov 17, 2023</b><br>Title fired"
    QToolTip.hideText()


def test_a_pinch_zooms_at_the_fingers(qtbot, make_view) -> None:
    view, _ = make_view(EVENTS)
    before = view.current_viewport()
    anchor = before.day(300)
    gesture = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        QPointF(300, 200),
        QPointF(300, 200),
        view.viewport().mapToGlobal(QPointF(300, 200)),
        0.5,
        QPointF(0, 0),
    )
    QApplication.sendEvent(view.viewport(), gesture)
    after = view.current_viewport()
    assert after.px_per_day == pytest.approx(before.px_per_day * 1.5)
    assert after.day(300) == pytest.approx(anchor, abs=0.01)


def test_the_deepest_zoom_over_ten_thousand_years_keeps_its_scroll_bar(qtbot, make_view) -> None:
    view, _document = make_view(
        [("first", "0001-01-01", ["alice"]), ("last", "9999-12-31", ["bob"])]
    )
    view.set_view_range(738_000.0, 738_001.0)  # a day, out of 3.6 million
    bar = view.horizontalScrollBar()
    assert 0 < bar.value() < bar.maximum()
    bar.setValue(bar.maximum() // 2)
    start, end = view.view_range()
    assert 0.5 < end - start < 2 and 1_000_000 < start < 2_600_000
