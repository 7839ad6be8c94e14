"""The timeline's tooltips (data escaped) and the menu of undated events left out of the strip."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from viewer.core.layout import ClusterBox
from viewer.core.model import Event, LocalText, Timeline
from viewer.ui.timeline.popups import tooltip_html, undated_menu

TIMELINE = Timeline(
    events=(
        Event("plain", "2023-11-17", LocalText.of({"en": "Board fires Altman", "ko": "해고"})),
        Event("markup", "2023-11", LocalText.of("<b>x</b>")),
        Event("undated", None, LocalText.of("Tom & Jerry <i>")),
    )
)


def test_an_event_tooltip_shows_its_date_in_bold_and_its_title() -> None:
    assert tooltip_html(("event", 0), TIMELINE, "en") == "<b>Nov 17, 2023</b><br>Board fires Altman"


def test_an_event_tooltip_follows_the_language() -> None:
    assert tooltip_html(("event", 0), TIMELINE, "ko") == "<b>2023년 11월 17일</b><br>해고"


def test_an_event_tooltip_shows_markup_in_the_title_literally() -> None:
    text = tooltip_html(("event", 1), TIMELINE, "en")
    assert text == "<b>Nov 2023</b><br>&lt;b&gt;x&lt;/b&gt;"
    assert "<b>x" not in text


def test_an_undated_event_tooltip_says_undated_and_escapes_the_title() -> None:
    text = tooltip_html(("event", 2), TIMELINE, "en")
    assert text == "<b>Undated</b><br>Tom &amp; Jerry &lt;i&gt;"


def test_the_more_chip_tooltip_offers_the_other_undated_events() -> None:
    assert tooltip_html(("more", None), TIMELINE, "en") == "Show the other undated events"


def test_nothing_and_a_cluster_have_no_tooltip_here() -> None:
    assert tooltip_html(None, TIMELINE, "en") == ""
    cluster = ClusterBox(0.0, 40.0, 7, 100.0, 110.0)
    assert tooltip_html(("cluster", cluster), TIMELINE, "en") == ""


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_undated_menu_lists_the_events_by_title_with_ampersands_kept(parent) -> None:
    menu = undated_menu(parent, TIMELINE, [2, 0], "ko", lambda _index: None)
    assert [action.text() for action in menu.actions()] == ["Tom && Jerry <i>", "해고"]
    assert menu.parent() is parent


def test_choosing_an_undated_event_in_the_menu_selects_it_by_index(parent) -> None:
    chosen: list[int] = []
    menu = undated_menu(parent, TIMELINE, [2, 0, 1], "en", chosen.append)
    menu.actions()[1].trigger()
    menu.actions()[2].trigger()
    assert chosen == [0, 1]


def test_the_undated_menu_is_empty_with_no_events(parent) -> None:
    assert undated_menu(parent, TIMELINE, [], "en", lambda _index: None).actions() == []
