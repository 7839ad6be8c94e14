"""The main window as a whole: opening files, shared selection, language, layout that persists."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMessageBox, QTableView, QTreeView

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from viewer.resources import bundled_timeline
from viewer.ui.settings import Settings
from viewer.ui.shell.main_window import MainWindow


def label(window: MainWindow, name: str) -> str:
    return window.findChild(QLabel, name).text()


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_with_no_file_the_bundled_chronology_opens(open_window) -> None:
    window = open_window(None)
    assert window._document.path == bundled_timeline()
    assert len(window._document.timeline.events) > 0


def test_a_file_given_on_the_command_line_opens(open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    assert [e.id for e in window._document.timeline.events] == ["altman-fired", "altman-returns"]
    assert "timeline.yaml" in window.windowTitle()


def test_selecting_on_the_timeline_updates_details_and_source(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    view = window.timeline_view()
    rect = view.event_rect("altman-returns")
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.left() + 3), int(rect.center().y())),
    )
    assert label(window, "detailsTitle") == "Altman returns as CEO"
    assert label(window, "detailsDate") == "Nov 21, 2023"
    assert label(window, "sourceTitle") == "예시 기사"
    assert window._document.selected_event_id == "altman-returns"


def test_a_file_that_cannot_be_read_keeps_what_was_open(
    open_window, sample_path: Path, tmp_path: Path, monkeypatch
) -> None:
    window = open_window(sample_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: 1\nevents: [\n", encoding="utf-8")
    assert window.open_path(broken) is False
    assert shown and "broken.yaml" in shown[0] and "YAML syntax error" in shown[0]
    assert window._document.path == sample_path
    assert len(window._document.timeline.events) == 2


def test_a_file_with_problems_opens_and_double_clicking_a_problem_selects_the_event(
    qtbot, open_window, tmp_path: Path
) -> None:
    text = SAMPLE_TIMELINE.replace("actors: [sam-altman]", "actors: [sam-altman, nobody]")
    window = open_window(write_timeline(tmp_path, text))
    assert len(window._document.timeline.events) == 2
    assert window.findChild(QDockWidget, "problemsDock").windowTitle() == "Problems (1)"
    table = window.findChild(QTableView, "problemsTable")
    rect = table.visualRect(table.model().index(0, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window._document.selected_event_id == "altman-returns"
    assert window.timeline_view().event_rect("altman-returns") is not None


def test_switching_language_translates_menus_and_data(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    window._document.select_event("altman-fired")
    assert menu_titles(window)[0] == "&File"
    korean = next(a for a in window.findChildren(type(window._open)) if a.text() == "한국어")
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
    view = window.timeline_view()
    view.set_view_range(738_841.0, 738_843.0)
    window.close()
    again = open_window(None)
    assert again._document.path == sample_path.resolve()
    assert not again.findChild(QDockWidget, "problemsDock").isVisible()
    start, end = again.timeline_view().view_range()
    assert (start, end) == pytest.approx((738_841.0, 738_843.0), abs=0.01)
    assert str(sample_path.resolve()) in Settings().recent_files


def test_fit_all_and_zoom_shortcuts(qtbot, open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    view = window.timeline_view()
    view.set_view_range(738_841.0, 738_842.0)
    window._fit.trigger()
    start, end = view.view_range()
    assert end - start == pytest.approx(9.0)
    window._document.select_event("altman-fired")
    window._zoom_selection.trigger()
    start, end = view.view_range()
    assert start < 738_841.0 and end > 738_842.0 and end - start < 9.0


def test_the_window_fits_a_small_screen_whatever_the_colouring(
    qtbot, open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    for mode in ("kind", "source"):
        window._timeline.set_colour_mode(mode)
        assert window.minimumSizeHint().width() <= 1024
        assert window.minimumSizeHint().height() <= 600
