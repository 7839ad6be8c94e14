"""The main window as a whole: opening files, shared selection, language, layout that persists."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QDockWidget, QLabel, QTableView, QTreeView

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from tests.ui.conftest import timeline_view, trigger
from tests.ui.prompts import ScriptedPrompts
from viewer.resources import bundled_timeline
from viewer.ui.agreement.panel import ROOM_WANTED
from viewer.ui.common.evidence_row import EvidenceRow
from viewer.ui.common.prompts import Level
from viewer.ui.settings import Settings
from viewer.ui.shell.main_window import MainWindow
from viewer.ui.timeline.legend import LegendBar


def label(window: MainWindow, name: str) -> str:
    return window.findChild(QLabel, name).text()


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_with_no_file_the_bundled_chronology_opens(open_window) -> None:
    window = open_window(None)
    assert window.document.path == bundled_timeline()
    assert len(window.document.timeline.events) > 0


def test_a_file_given_on_the_command_line_opens(open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    assert [e.id for e in window.document.timeline.events] == ["altman-fired", "altman-returns"]
    assert "timeline.yaml" in window.windowTitle()


def test_selecting_on_the_timeline_updates_details_and_source(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    view = timeline_view(window)
    rect = view.event_rect("altman-returns")
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.left() + 3), int(rect.center().y())),
    )
    assert label(window, "detailsTitle") == "Altman returns as CEO"
    assert label(window, "detailsDate") == "Nov 21, 2023"
    assert label(window, "sourceTitle") == "예시 기사"
    assert window.document.selected_event_id == "altman-returns"


def test_a_file_that_cannot_be_read_keeps_what_was_open(
    open_window, sample_path: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(sample_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: 1\nevents: [\n", encoding="utf-8")
    assert window.open_path(broken) is False
    [(title, text, level)] = prompts.told
    assert title == "Cannot Open Timeline" and level is Level.ERROR
    assert "broken.yaml" in text and "YAML syntax error" in text
    assert window.document.path == sample_path
    assert len(window.document.timeline.events) == 2


def test_a_file_with_problems_opens_and_double_clicking_a_problem_selects_the_event(
    qtbot, open_window, tmp_path: Path
) -> None:
    text = SAMPLE_TIMELINE.replace("actors: [sam-altman]", "actors: [sam-altman, nobody]")
    window = open_window(write_timeline(tmp_path, text))
    assert len(window.document.timeline.events) == 2
    assert window.findChild(QDockWidget, "problemsDock").windowTitle() == "Problems (1)"
    table = window.findChild(QTableView, "problemsTable")
    rect = table.visualRect(table.model().index(0, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document.selected_event_id == "altman-returns"
    assert timeline_view(window).event_rect("altman-returns") is not None


def test_switching_language_translates_menus_and_data(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    window.document.select_event("altman-fired")
    assert menu_titles(window)[0] == "&File"
    korean = next(a for a in window.findChildren(QAction) if a.text() == "한국어")
    korean.trigger()
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "파일(&F)")
    assert window.findChild(QDockWidget, "actorsDock").windowTitle() != "Actors"
    assert label(window, "detailsTitle") == "이사회, 올트먼 해고"
    assert label(window, "detailsDate") == "2023년 11월 17일"
    assert Settings().language == "ko"
    actor_header = window.findChild(QTreeView, "actorTree").header()
    assert actor_header.sectionSize(2) >= actor_header.sectionSizeHint(2)


def test_layout_zoom_and_last_file_persist_between_runs(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    window.findChild(QDockWidget, "problemsDock").hide()
    view = timeline_view(window)
    view.set_view_range(738_841.0, 738_843.0)
    window.close()
    again = open_window(None)
    assert again.document.path == sample_path.resolve()
    assert not again.findChild(QDockWidget, "problemsDock").isVisible()
    start, end = timeline_view(again).view_range()
    assert (start, end) == pytest.approx((738_841.0, 738_843.0), abs=0.01)
    assert str(sample_path.resolve()) in Settings().recent_files


def test_fit_all_and_zoom_shortcuts(qtbot, open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    view = timeline_view(window)
    view.set_view_range(738_841.0, 738_842.0)
    trigger(window, "fit-all")
    start, end = view.view_range()
    assert end - start == pytest.approx(9.0)
    window.document.select_event("altman-fired")
    trigger(window, "zoom-to-selection")
    start, end = view.view_range()
    assert start < 738_841.0 and end > 738_842.0 and end - start < 9.0


def test_the_window_fits_a_small_screen_whatever_the_colouring(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    colours = window.findChild(QComboBox, "colourCombo")
    for mode in ("Kind", "Source", "Corroboration"):
        colours.setCurrentText(mode)
        assert window.minimumSizeHint().width() <= 1024
        assert window.minimumSizeHint().height() <= 600


def test_the_disagreements_panel_takes_the_room_its_cards_need_when_raised(
    qtbot, open_window
) -> None:
    window = open_window(None)
    window.resize(1280, 800)
    problems = window.findChild(QDockWidget, "problemsDock")
    dock = window.findChild(QDockWidget, "disagreementsDock")
    assert not problems.isVisible() and not dock.isVisible()  # until asked for
    problems.show()
    qtbot.waitUntil(lambda: problems.isVisible())
    assert problems.height() < ROOM_WANTED
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.widget().isVisible())
    qtbot.waitUntil(lambda: dock.height() >= ROOM_WANTED)
    rows = dock.widget().list_view.model().rowCount()
    assert rows == 12  # the disputed events of the bundled chronology
    assert dock.windowTitle() == "Disagreements"


def test_the_first_view_gives_the_timeline_half_the_window_and_keeps_problems_away(
    qtbot, open_window
) -> None:
    window = open_window(None)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.reset_layout()
    panel = window.centralWidget()
    qtbot.waitUntil(lambda: panel.width() * panel.height() >= 0.5 * 1280 * 800)
    for name in ("problemsDock", "disagreementsDock", "eventsDock", "historyDock"):
        assert not window.findChild(QDockWidget, name).isVisible(), name
    assert window.findChild(QCheckBox, "storyAxisToggle").isChecked(), "a crowded story"


def test_the_problems_panel_comes_forward_when_the_file_has_problems(
    qtbot, open_window, tmp_path: Path
) -> None:
    text = SAMPLE_TIMELINE.replace("actors: [sam-altman]", "actors: [sam-altman, nobody]")
    window = open_window(write_timeline(tmp_path, text))
    qtbot.waitUntil(lambda: window.findChild(QDockWidget, "problemsDock").isVisible())


def test_the_story_axis_is_chosen_by_the_spread_of_events_and_the_users_choice_is_kept(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    box = window.findChild(QCheckBox, "storyAxisToggle")
    assert not box.isChecked(), "two events four days apart: nothing to stretch"
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    window.close()
    again = open_window(sample_path)
    assert again.findChild(QCheckBox, "storyAxisToggle").isChecked()
    assert Settings().story_axis(sample_path.resolve()) is True


def test_ctrl_e_brings_the_selected_event_into_view_or_says_why_it_cannot(
    qtbot, open_window
) -> None:
    window = open_window(None)
    doc = window.document
    view = timeline_view(window)
    view.fit_all()
    doc.select_event("altman-reinstated")
    trigger(window, "zoom-to-selection")
    assert view.event_rect("altman-reinstated") is not None
    start, end = view.view_range()
    assert end - start < 30, "zoomed in on the day"
    undated = next(e.id for e in doc.timeline.events if e.date is None)
    doc.select_event(undated)
    trigger(window, "zoom-to-selection")
    assert "no date" in window.statusBar().currentMessage()
    doc.select_event("altman-reinstated")
    doc.set_filter(dataclasses.replace(doc.event_filter, kinds=frozenset({"opinion"})))
    trigger(window, "zoom-to-selection")
    assert "hidden by the filter" in window.statusBar().currentMessage()


def test_the_bundled_chronology_shows_corroboration_and_disagreement_at_a_glance(
    qtbot, open_window
) -> None:
    window = open_window(None)
    doc = window.document
    doc.select_event("altman-fired")
    assert label(window, "detailsSupport") == "Supported by 5 sources"
    assert label(window, "detailsDispute").startswith("The sources give different dates: ")
    doc.select_event("employee-letter")
    assert label(window, "detailsDispute") == "The sources differ: see each below"
    claims = [
        row.claim()
        for row in window.findChildren(EvidenceRow, "detailsEvidenceRow")
        if row.isVisibleTo(window) and row.claim()
    ]
    assert any("770" in claim for claim in claims)
    window.findChild(QComboBox, "colourCombo").setCurrentText("Corroboration")
    legend = [text for _, text in window.findChild(LegendBar).entries()]
    assert legend[1] == "1 source" and legend[-1] == "5 or more sources"
