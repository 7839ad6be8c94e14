"""The timeline panel: grouping and colour controls, legend, zoom steps, signals passed on."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from tests.conftest import write_timeline
from tests.ui.conftest import shown
from tests.ui.timeline.conftest import EVENTS, SOURCE, TITLES, timeline_yaml
from viewer.core.model import LocalText
from viewer.core.store import load_timeline
from viewer.resources import resources_dir
from viewer.ui.document import Document
from viewer.ui.timeline.legend import LegendBar
from viewer.ui.timeline.panel import TimelinePanel
from viewer.ui.timeline.view import TimelineView

FIRED = datetime.date(2023, 11, 17).toordinal()


@pytest.fixture
def panel(qtbot, tmp_path: Path) -> TimelinePanel:
    sources = "\n".join(
        f"  - id: s{n}\n    file: sources/s{n}.txt\n    title: {title!r}"
        for n, title in enumerate(TITLES)
    )
    text = f"schema: 1\nsources:\n{sources}\nactors: []\nevents: []\n"
    path = write_timeline(tmp_path, text, {f"s{n}.txt": "본문이다." for n in range(len(TITLES))})
    document = Document()
    document.load(load_timeline(path))
    return shown(qtbot, TimelinePanel(document), 1400, 500)


def test_colouring_by_source_keeps_the_panel_narrow_enough_for_small_screens(
    panel: TimelinePanel,
) -> None:
    panel.set_colour_mode("source")
    assert len(panel.findChild(LegendBar).entries()) == len(TITLES)
    assert panel.minimumSizeHint().width() < 520


def test_the_legend_moves_under_the_controls_when_the_panel_is_narrow(
    qtbot, panel: TimelinePanel
) -> None:
    panel.set_colour_mode("source")
    legend = panel.findChild(LegendBar)
    controls = panel.findChild(QComboBox, "colourCombo")

    def under_the_controls() -> bool:
        return legend.mapTo(panel, QPoint(0, 0)).y() >= controls.geometry().bottom()

    panel.resize(legend.sizeHint().width() + 600, 500)
    qtbot.waitUntil(lambda: not under_the_controls())
    panel.resize(560, 500)
    qtbot.waitUntil(under_the_controls)
    row = legend.parentWidget()  # shared with the story axis switch
    assert row.width() > 500, "on its own row the legend has the panel's width"
    assert legend.width() > 400
    assert all(text for text in legend.shown_labels())


# -- a panel of a small timeline -----------------------------------------------------------------

BILINGUAL_SOURCE = timeline_yaml(EVENTS).replace(
    "    file: sources/news.txt", "    file: sources/news.txt\n    title: {en: The News, ko: 뉴스}"
)


@pytest.fixture
def doc(tmp_path: Path) -> Document:
    """Four dated events and one undated one, citing one source titled in two languages."""
    path = write_timeline(tmp_path, BILINGUAL_SOURCE, {"news.txt": SOURCE})
    document = Document()
    document.load(load_timeline(path))
    return document


@pytest.fixture
def small(qtbot, doc: Document) -> TimelinePanel:
    widget = shown(qtbot, TimelinePanel(doc), 1200, 600)
    widget.fit_all()
    return widget


def view_of(panel: TimelinePanel) -> TimelineView:
    view = panel.findChild(TimelineView, "timelineView")
    assert view is not None
    return view


def combo(panel: TimelinePanel, name: str) -> QComboBox:
    widget = panel.findChild(QComboBox, name)
    assert widget is not None
    return widget


def items(widget: QComboBox) -> list[str]:
    return [widget.itemText(i) for i in range(widget.count())]


def legend_labels(panel: TimelinePanel) -> list[str]:
    return [text for _, text in panel.findChild(LegendBar).entries()]


def test_the_controls_offer_every_grouping_and_colouring(small: TimelinePanel) -> None:
    labels = [label.text() for label in small.findChildren(QLabel)]
    assert labels == ["Group by:", "Colour by:"]
    assert items(combo(small, "groupingCombo")) == ["Nothing", "Actor", "Source", "Tag", "Kind"]
    assert items(combo(small, "colourCombo")) == ["Kind", "Source", "Corroboration"]
    assert (small.grouping(), small.colour_mode()) == ("none", "kind")
    assert legend_labels(small) == ["Fact", "Claim", "Opinion", "Speculation"]


def test_choosing_a_grouping_in_its_combo_splits_the_view_into_swimlanes(
    qtbot, small: TimelinePanel
) -> None:
    grouping = combo(small, "groupingCombo")
    grouping.setFocus()
    qtbot.keyClick(grouping, Qt.Key.Key_Down)
    assert grouping.currentText() == "Actor"
    assert small.grouping() == "actor"
    assert [band.key for band in view_of(small).band_layouts()] == ["alice", "bob"]


def test_setting_the_grouping_picks_it_in_the_combo_and_ignores_unknown_ones(
    small: TimelinePanel,
) -> None:
    small.set_grouping("source")
    assert combo(small, "groupingCombo").currentText() == "Source"
    assert view_of(small).grouping == "source"
    small.set_grouping("weather")
    assert small.grouping() == "source"


def test_choosing_to_colour_by_source_lists_the_sources_in_the_legend(
    qtbot, small: TimelinePanel
) -> None:
    colour = combo(small, "colourCombo")
    colour.setFocus()
    qtbot.keyClick(colour, Qt.Key.Key_Down)
    assert small.colour_mode() == "source"
    assert view_of(small).colour_mode == "source"
    assert legend_labels(small) == ["The News"]
    small.set_colour_mode("kind")
    assert legend_labels(small) == ["Fact", "Claim", "Opinion", "Speculation"]
    small.set_colour_mode("rainbow")
    assert small.colour_mode() == "kind"


def test_colouring_by_corroboration_shows_the_scale_from_no_source_to_five(
    small: TimelinePanel,
) -> None:
    small.set_colour_mode("corroboration")
    assert view_of(small).colour_mode == "corroboration"
    assert legend_labels(small) == [
        "No source",
        "1 source",
        "2 sources",
        "3 sources",
        "4 sources",
        "5 or more sources",
    ]


def test_the_source_legend_follows_the_data_language(small: TimelinePanel, doc) -> None:
    small.set_colour_mode("source")
    doc.set_language("ko")
    assert legend_labels(small) == ["뉴스"]


def test_retitling_a_source_updates_the_source_legend(small: TimelinePanel, doc) -> None:
    small.set_colour_mode("source")
    [source] = doc.timeline.sources
    retitled = dataclasses.replace(source, title=LocalText.of("Morning Post"))
    doc.apply(dataclasses.replace(doc.timeline, sources=(retitled,)), "Retitle source")
    assert legend_labels(small) == ["Morning Post"]
    doc.undo_stack.undo()
    assert legend_labels(small) == ["The News"]


def test_opening_another_timeline_updates_the_legend(
    small: TimelinePanel, doc, tmp_path: Path
) -> None:
    small.set_colour_mode("source")
    other = write_timeline(tmp_path / "other")
    doc.load(load_timeline(other))
    assert legend_labels(small) == ["예시 기사"]


def test_the_controls_and_legend_follow_the_ui_language_and_keep_their_choices(
    small: TimelinePanel,
) -> None:
    small.set_grouping("actor")
    korean = QTranslator()
    assert korean.load("timeline_viewer_ko", str(resources_dir() / "translations"))
    QCoreApplication.installTranslator(korean)
    try:
        QApplication.processEvents()
        labels = [label.text() for label in small.findChildren(QLabel)]
        assert labels == ["그룹 기준:", "색상 기준:"]
        assert combo(small, "groupingCombo").currentText() == "관련자"
        assert small.grouping() == "actor"
        assert legend_labels(small)[:2] == ["사실", "주장"]
    finally:
        QCoreApplication.removeTranslator(korean)
    QApplication.processEvents()
    assert combo(small, "groupingCombo").currentText() == "Actor"


# -- zoom and range ----------------------------------------------------------------------------


def test_zooming_in_and_out_steps_by_a_quarter(small: TimelinePanel) -> None:
    small.set_view_range(FIRED - 100, FIRED + 100)
    start = small.px_per_day()
    small.zoom_in()
    assert small.px_per_day() == pytest.approx(start * 1.25)
    small.zoom_out()
    small.zoom_out()
    assert small.px_per_day() == pytest.approx(start / 1.25)


def test_the_view_range_and_fit_all_drive_the_view(small: TimelinePanel) -> None:
    small.set_view_range(FIRED - 10, FIRED + 10)
    assert small.view_range() == pytest.approx((FIRED - 10, FIRED + 10))
    assert view_of(small).view_range() == small.view_range()
    small.fit_all()
    assert small.view_range() == pytest.approx(view_of(small).time_bounds())


def test_zoom_to_selection_fits_the_selected_event(small: TimelinePanel, doc) -> None:
    doc.select_event("fired")
    small.zoom_to_selection()
    assert small.view_range() == pytest.approx((FIRED - 2, FIRED + 3))


# -- signals passed on from the view -------------------------------------------------------------


def test_enter_on_the_selected_event_is_passed_on_as_activated(
    qtbot, small: TimelinePanel, doc
) -> None:
    doc.select_event("fired")
    view = view_of(small)
    view.setFocus()
    with qtbot.waitSignal(small.activated) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == ["fired"]


def test_dragging_an_event_by_three_days_is_passed_on_as_event_moved(
    qtbot, small: TimelinePanel
) -> None:
    view = view_of(small)
    small.set_view_range(FIRED - 10, FIRED + 10)
    px = small.px_per_day()
    rect = view.event_rect("fired")
    start = QPoint(int(rect.left() + 6), int(rect.center().y()))
    end = start + QPoint(round(3 * px), 0)
    with qtbot.waitSignal(small.event_moved) as signal:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), start + QPoint(10, 0))
        qtbot.mouseMove(view.viewport(), end)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert signal.args == ["fired", 3]
    assert small.view_range() == pytest.approx((FIRED - 10, FIRED + 10)), "no pan"


def test_a_context_menu_on_an_event_is_passed_on_with_its_day(
    qtbot, small: TimelinePanel, doc
) -> None:
    view = view_of(small)
    small.set_view_range(FIRED - 10, FIRED + 10)
    rect = view.event_rect("fired")
    point = QPoint(int(rect.left() + 6), int(rect.center().y()))
    global_point = view.viewport().mapToGlobal(point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, global_point)
    with qtbot.waitSignal(small.context_requested) as signal:
        QApplication.sendEvent(view.viewport(), event)
    event_id, day, where = signal.args
    assert event_id == "fired"
    assert day == pytest.approx(view.current_viewport().day(QPointF(point).x()))
    assert int(day) == FIRED
    assert where == global_point
    assert doc.selected_event_id == "fired"
