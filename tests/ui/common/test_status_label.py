"""The status line under a field: hidden while empty, coloured by level, plain text only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from viewer.ui.common.status_label import StatusLabel


@pytest.fixture
def label(qtbot) -> Iterator[StatusLabel]:
    parent = QWidget()  # kept alive here: the label dies with it
    qtbot.addWidget(parent)
    status = StatusLabel(parent, object_name="dateStatus")
    parent.show()
    yield status


def test_a_new_label_is_named_and_hidden(label: StatusLabel) -> None:
    assert label.objectName() == "dateStatus"
    assert label.isHidden()
    assert label.text() == "" and label.level == ""


def test_a_status_shows_the_text_in_the_colour_of_its_level(label: StatusLabel) -> None:
    label.set_status("Day 31 is out of range")
    assert label.isVisible()
    assert label.text() == "Day 31 is out of range"
    assert label.level == "error"
    assert label.styleSheet() == "color: #d32f2f;"


@pytest.mark.parametrize(
    ("level", "style"),
    [("error", "color: #d32f2f;"), ("warning", "color: #b86e00;"), ("ok", "color: #2e7d32;")],
)
def test_each_level_has_its_own_colour(label: StatusLabel, level: str, style: str) -> None:
    label.set_status("Something to say", level)
    assert label.level == level
    assert label.styleSheet() == style


@pytest.mark.parametrize("level", ["info", "unheard-of"])
def test_info_and_unknown_levels_use_the_palettes_colour(label: StatusLabel, level: str) -> None:
    label.set_status("Something to say", "warning")
    label.set_status("Something to say", level)
    assert label.styleSheet() == ""
    assert label.isVisible()


def test_an_empty_status_hides_the_label_and_clears_its_level(label: StatusLabel) -> None:
    label.set_status("Quote not found", "warning")
    label.set_status("")
    assert label.isHidden()
    assert label.level == ""
    assert label.text() == ""


def test_the_text_is_plain_never_markup(label: StatusLabel) -> None:
    label.set_status("<b>bold</b> &amp; <a href='x'>link</a>")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>bold</b> &amp; <a href='x'>link</a>"
    assert label.openExternalLinks() is False


def test_the_text_wraps_can_be_selected_and_is_smaller_than_a_labels(label: StatusLabel) -> None:
    assert label.wordWrap()
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    normal = QLabel().font().pointSizeF()
    assert label.font().pointSizeF() == pytest.approx(max(normal * 0.9, 7.0))
    assert label.font().pointSizeF() <= normal
