"""The story axis on screen: switched by its check box, the crowded days readable, and zoom,
hit tests, the overview and dragging still in days."""

from __future__ import annotations

import dataclasses
import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox

from tests.ui.conftest import shown
from viewer.ui.document import Document
from viewer.ui.timeline.overview import OverviewStrip
from viewer.ui.timeline.panel import TimelinePanel
from viewer.ui.timeline.view import TimelineView


def day(text: str) -> float:
    return float(datetime.date.fromisoformat(text).toordinal())


# ten quiet years, one event a year, and a crowded week
CROWDED = [(f"y{year}", f"{year}-03-01", ["alice"]) for year in range(2014, 2024)] + [
    (f"d{n}", f"2023-11-{17 + n % 5:02d}", ["bob"]) for n in range(20)
]


@pytest.fixture
def crowded(make_document) -> Document:
    return make_document(CROWDED)


@pytest.fixture
def panel(qtbot, crowded: Document) -> TimelinePanel:
    widget = shown(qtbot, TimelinePanel(crowded), 1200, 600)
    widget.fit_all()
    return widget


def view_of(panel: TimelinePanel) -> TimelineView:
    return panel.findChild(TimelineView, "timelineView")


def test_the_check_box_switches_the_story_axis_keeping_the_days_in_view(
    qtbot, panel: TimelinePanel
) -> None:
    view = view_of(panel)
    box = panel.findChild(QCheckBox, "storyAxisToggle")
    assert box.text() == "Story axis" and not box.isChecked()
    assert panel.suits_story_axis(), "twenty events in a week of ten years"
    before = panel.view_range()
    chosen: list[bool] = []
    panel.story_axis_chosen.connect(chosen.append)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert panel.story_axis() and view.story_axis and chosen == [True]
    assert panel.view_range() == pytest.approx(before, abs=1.0)
    panel.set_story_axis(False)  # not the user's choice: no signal
    assert not view.story_axis and chosen == [True]


def test_the_crowded_week_spreads_out_and_its_events_are_hit_where_drawn(
    qtbot, panel: TimelinePanel, crowded: Document
) -> None:
    view = view_of(panel)

    def gap() -> float:  # the pixels between the first and the last day of the week
        viewport = view.current_viewport()
        x = [viewport.x(view.scale.position(day(d))) for d in ("2023-11-17", "2023-11-22")]
        return x[1] - x[0]

    panel.fit_all()
    assert gap() < 10, "linear: the week is a few pixels"
    panel.set_story_axis(True)
    panel.fit_all()
    assert gap() > 300
    drawn = [f"d{n}" for n in range(20) if view.event_rect(f"d{n}") is not None]
    assert len(drawn) >= 5, "the week's events have room of their own"
    rect = view.event_rect(drawn[-1])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert crowded.selected_event_id == drawn[-1]
    assert panel.view_range() == pytest.approx(
        (view.day_bounds()[0], view.day_bounds()[1]), abs=1.0
    ), "fit all shows the whole story, in days"


def test_zooming_and_the_overview_still_work_in_days(qtbot, panel: TimelinePanel) -> None:
    panel.set_story_axis(True)
    panel.set_view_range(day("2023-11-10"), day("2023-11-30"))
    start, end = panel.view_range()
    assert start == pytest.approx(day("2023-11-10"), abs=0.5)
    assert end == pytest.approx(day("2023-11-30"), abs=0.5)
    overview = panel.findChild(OverviewStrip)
    frame = overview.frame_rect()
    assert frame.width() < overview.width() / 20, "the overview keeps calendar time"
    panel.zoom_in()
    zoomed = panel.view_range()
    assert zoomed[1] - zoomed[0] < end - start
    density = view_of(panel).density(day("2023-11-01"), day("2023-12-01"), 30)
    assert sum(density) == 20 and density[16:21] == [4, 4, 4, 4, 4]


def test_dragging_on_the_story_axis_moves_by_the_days_under_the_pointer(
    qtbot, panel: TimelinePanel
) -> None:
    panel.set_story_axis(True)
    panel.set_view_range(day("2023-11-14"), day("2023-11-26"))
    view = view_of(panel)
    rect = view.event_rect("d0")
    start = QPoint(int(rect.left() + 6), int(rect.center().y()))
    px = panel.px_per_day(day("2023-11-17"))
    end = start + QPoint(round(2 * px), 0)
    with qtbot.waitSignal(panel.event_moved) as signal:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), start + QPoint(10, 0))
        qtbot.mouseMove(view.viewport(), end)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert signal.args[0] == "d0" and signal.args[1] in (1, 2, 3)


def test_clicking_a_cluster_on_the_story_axis_zooms_into_its_days(qtbot, make_document) -> None:
    busy = [(f"b{n}", f"2023-11-{17 + n % 5:02d}", ["bob"]) for n in range(300)]
    panel = shown(qtbot, TimelinePanel(make_document(CROWDED + busy)), 1000, 500)
    panel.set_story_axis(True)
    panel.fit_all()
    view = view_of(panel)
    clusters = [c for placed in view.band_layouts() for c in placed.layout.clusters]
    assert clusters, "the week does not fit whole"
    cluster = max(clusters, key=lambda c: c.count)
    first, last = view.scale.day(cluster.day_lo), view.scale.day(cluster.day_hi)
    rect_x = (cluster.x0 + cluster.x1) / 2
    placed = next(p for p in view.band_layouts() if cluster in p.layout.clusters)
    from viewer.ui.timeline.geometry import cluster_rect

    rect = cluster_rect(cluster, placed.top, placed.lanes, view._frame().label_offset)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(rect_x), int(rect.center().y()))
    )
    start, end = panel.view_range()
    assert start <= first + 1 and end >= last - 1 and end - start < (last - first) * 3 + 2


def test_the_deepest_zoom_shows_about_a_day_wherever_it_is_on_the_story_axis(
    panel: TimelinePanel,
) -> None:
    panel.set_story_axis(True)
    for where in ("2016-03-01", "2023-11-18"):
        panel.set_view_range(day(where), day(where) + 1)
        start, end = panel.view_range()
        assert 0.9 < end - start < 1.1, (where, end - start)


def test_a_story_axis_switched_on_before_anything_crowds_stretches_once_it_does(
    qtbot, make_document
) -> None:
    document = make_document([("decade", "2000/2010", ["alice"])])
    panel = shown(qtbot, TimelinePanel(document), 1000, 500)
    panel.set_story_axis(True)
    assert view_of(panel).scale.linear, "one long event: nothing to stretch"
    crowded = make_document(CROWDED)
    events = (*document.timeline.events, *crowded.timeline.events)
    document.apply(dataclasses.replace(document.timeline, events=events), "Add events")
    assert not view_of(panel).scale.linear
