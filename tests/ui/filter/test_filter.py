"""The Filter panel and the filter bar, driven as a user would: each part alone and combined,
the bar saying what is hidden with a one-click Clear, a Shift+drag on the overview strip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QPushButton, QWidget

from tests.ui.conftest import shown
from viewer.core.query import EventFilter
from viewer.ui.document import Document
from viewer.ui.filter.bar import FilterBar
from viewer.ui.filter.panel import FilterPanel
from viewer.ui.timeline.overview import OverviewStrip
from viewer.ui.timeline.panel import TimelinePanel


@pytest.fixture
def panel(qtbot, document: Document) -> FilterPanel:
    return shown(qtbot, FilterPanel(document), 360, 900)


def shown_ids(document: Document) -> set[str] | None:
    found = document.visible_event_ids()
    return None if found is None else set(found)


def tick(choices: QListWidget, label_start: str) -> None:
    for row in range(choices.count()):
        item = choices.item(row)
        if item.text().startswith(label_start):
            item.setCheckState(
                Qt.CheckState.Unchecked
                if item.checkState() == Qt.CheckState.Checked
                else Qt.CheckState.Checked
            )
            return
    raise AssertionError(f"no {label_start!r} in {choices.objectName()}")


def test_kinds_alone(qtbot, panel: FilterPanel, document: Document) -> None:
    panel.findChild(QCheckBox, "filterKind-fact").click()
    assert shown_ids(document) == {"fired", "returns"}
    panel.findChild(QCheckBox, "filterKind-opinion").click()
    assert shown_ids(document) == {"fired", "returns", "undated"}


def test_tags_and_sources_are_listed_with_their_counts(
    panel: FilterPanel, document: Document
) -> None:
    tags = panel.findChild(QListWidget, "filterTags")
    assert [tags.item(r).text() for r in range(tags.count())] == ["board (1)", "crisis (2)"]
    tick(tags, "crisis")
    assert shown_ids(document) == {"fired", "month"}
    sources = panel.findChild(QListWidget, "filterSources")
    assert [sources.item(r).text() for r in range(sources.count())] == ["기사 (2)", "Blog (1)"]
    tick(sources, "Blog")
    assert shown_ids(document) == set(), "tags and sources combine with and"
    tick(tags, "crisis")
    assert shown_ids(document) == {"returns"}


def test_dates_text_evidence_and_undated(qtbot, panel: FilterPanel, document: Document) -> None:
    start = panel.findChild(QLineEdit, "filterFrom")
    qtbot.keyClicks(start, "2023-11-18")
    assert shown_ids(document) == {"returns", "month"}
    start.clear()
    qtbot.keyClicks(start, "2023-13")
    status = panel.findChild(QLabel, "filterStatus")
    assert status.text().startswith("Not a date")
    assert document.event_filter.date_from == "", "a wrong date filters nothing"
    start.clear()
    text = panel.findChild(QLineEdit, "filterText")
    qtbot.keyClicks(text, "ALTMAN")
    qtbot.waitUntil(lambda: document.event_filter.text == "ALTMAN")
    assert shown_ids(document) == {"fired", "returns"}
    panel.findChild(QCheckBox, "filterWithEvidence").click()
    assert shown_ids(document) == {"fired", "returns"}
    text.clear()
    qtbot.waitUntil(lambda: document.event_filter.text == "")
    panel.findChild(QCheckBox, "filterWithEvidence").click()
    panel.findChild(QCheckBox, "filterUndated").click()
    assert shown_ids(document) == {"undated"}


def test_the_panel_follows_a_filter_set_elsewhere(panel: FilterPanel, document: Document) -> None:
    document.set_filter(
        EventFilter(kinds=frozenset({"claim"}), tags=frozenset({"crisis"}), date_to="2024")
    )
    assert panel.findChild(QCheckBox, "filterKind-claim").isChecked()
    assert panel.findChild(QLineEdit, "filterTo").text() == "2024"
    tags = panel.findChild(QListWidget, "filterTags")
    assert tags.item(1).checkState() == Qt.CheckState.Checked
    panel.findChild(QPushButton, "clearFilter").click()
    assert document.visible_event_ids() is None
    assert not panel.findChild(QCheckBox, "filterKind-claim").isChecked()
    assert panel.findChild(QLineEdit, "filterTo").text() == ""


def test_the_bar_says_what_is_filtered_and_clears_it(qtbot, document: Document) -> None:
    holder = QWidget()
    bar = FilterBar(document, holder)
    shown(qtbot, holder, 1400, 40)
    bar.setGeometry(0, 0, 1400, 40)
    assert not bar.isVisible()
    document.set_filter(
        EventFilter(
            frozenset({"sam-altman", "openai-board"}), "all", frozenset({"fact"}),
            source_ids=frozenset({"blog"}), date_from="2023", text="back", with_evidence=True,
        )
    )  # fmt: skip
    assert bar.isVisible()
    description = bar.findChild(QLabel, "filterDescription").toolTip()
    assert description == (
        "All of: OpenAI board, Sam Altman · Kind: Fact · Sources: Blog · From 2023 · "
        "Text: “back” · with evidence"
    )
    assert bar.findChild(QLabel, "filterCount").text() == "0 of 5 events"
    document.set_filter(EventFilter(kinds=frozenset({"fact"})))
    assert bar.findChild(QLabel, "filterCount").text() == "2 of 5 events"
    bar.findChild(QPushButton, "clearFilterBar").click()
    assert document.visible_event_ids() is None and not bar.isVisible()


def test_shift_drag_on_the_overview_filters_by_the_days_spanned(qtbot, document: Document) -> None:
    timeline = shown(qtbot, TimelinePanel(document), 1000, 500)
    timeline.fit_all()
    strip = timeline.findChild(OverviewStrip, "overviewStrip")
    width = strip.width()
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, shift, QPoint(width // 2, 20))
    qtbot.mouseMove(strip, QPoint(width - 2, 20))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, shift, QPoint(width - 2, 20))
    chosen = document.event_filter
    assert chosen.date_from and chosen.date_to
    assert chosen.date_from > "2015-12-11" and chosen.date_to >= "2023-11-21"
    assert shown_ids(document) == {"fired", "returns", "month"}
    view = timeline.view_range()
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, shift, QPoint(10, 20))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, shift, QPoint(10, 20))
    assert document.event_filter == chosen, "a Shift+click is no range"
    assert timeline.view_range() == view


def test_the_actors_panels_clear_leaves_the_rest_of_the_filter(qtbot, document: Document) -> None:
    from viewer.ui.actors.panel import ActorPanel

    actors = shown(qtbot, ActorPanel(document), 300, 500)
    document.set_filter(EventFilter(frozenset({"sam-altman"}), kinds=frozenset({"fact"})))
    actors.clear_checks()
    assert document.event_filter == EventFilter(kinds=frozenset({"fact"}))
