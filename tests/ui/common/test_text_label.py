"""Tests for the wrapping plain-text label: line breaking, eliding, its size and scaled fonts."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from tests.ui.conftest import shown
from viewer.ui.common.text_label import TextLabel, scaled_font, wrap_lines

LONG_WORD = "x" * 150
KOREAN = "가나다라마바사아자차카타파하" * 5  # no spaces at all
SENTENCE = "The board no longer has confidence in his ability to continue leading OpenAI."


@pytest.fixture
def font(qapp) -> QFont:
    """The application's default font."""
    return QApplication.font()


def widths(font: QFont, lines: list[str]) -> list[float]:
    metrics = QFontMetricsF(font)
    return [metrics.horizontalAdvance(line) for line in lines]


def test_wrap_lines_of_no_text_is_no_lines(font: QFont) -> None:
    assert wrap_lines("", font, 100, 0) == []


def test_wrap_lines_breaks_inside_a_word_too_long_for_the_width(font: QFont) -> None:
    lines = wrap_lines(LONG_WORD, font, 100, 0)
    assert len(lines) > 1
    assert max(widths(font, lines)) <= 100
    assert "".join(lines) == LONG_WORD


def test_wrap_lines_breaks_korean_without_spaces(font: QFont) -> None:
    lines = wrap_lines(KOREAN, font, 120, 0)
    assert len(lines) > 1
    assert max(widths(font, lines)) <= 120
    assert "".join(lines) == KOREAN


def test_wrap_lines_breaks_between_words_when_they_fit(font: QFont) -> None:
    width = QFontMetricsF(font).horizontalAdvance("alpha beta ")
    lines = wrap_lines("alpha beta gamma delta", font, width, 0)
    assert lines[0] == "alpha beta "
    assert [word for line in lines for word in line.split()] == ["alpha", "beta", "gamma", "delta"]


def test_wrap_lines_keeps_the_line_breaks_of_the_text(font: QFont) -> None:
    assert wrap_lines("first\nsecond\r\nthird", font, 500, 0) == ["first", "second", "third"]


def test_wrap_lines_never_splits_an_emoji(font: QFont) -> None:
    text = "🎉가나다" * 30
    lines = wrap_lines(text, font, 80, 0)
    assert len(lines) > 1
    assert "".join(lines) == text
    assert not any("\ufffd" in line for line in lines)


def test_wrap_lines_stops_after_max_lines_eliding_the_last(font: QFont) -> None:
    lines = wrap_lines(SENTENCE, font, 100, 2)
    assert len(lines) == 2
    assert SENTENCE.startswith(lines[0])
    assert lines[1].endswith("…")
    assert SENTENCE[len(lines[0]) :].startswith(lines[1][:-1])
    assert max(widths(font, lines)) <= 100


def test_the_elided_line_joins_the_remaining_lines_with_spaces(font: QFont) -> None:
    assert wrap_lines("a\nb\nc\nd", font, 500, 2) == ["a", "b c d"]


def test_a_text_within_max_lines_is_not_elided(font: QFont) -> None:
    quote = "직원 700명 이상이 서명했다."
    assert wrap_lines(quote, font, 500, 3) == [quote]


def test_scaled_font_scales_a_point_size_and_sets_the_weight() -> None:
    base = QFont("Sans Serif")
    base.setPointSizeF(10)
    base.setBold(True)
    larger = scaled_font(base, 1.4)
    assert larger.pointSizeF() == pytest.approx(14)
    assert not larger.bold()
    assert scaled_font(base, 0.85, bold=True).bold()
    assert base.pointSizeF() == 10  # the base font is left alone


def test_scaled_font_scales_a_pixel_size_and_never_below_one_pixel() -> None:
    base = QFont("Sans Serif")
    base.setPixelSize(20)
    assert scaled_font(base, 0.85).pixelSize() == 17
    assert scaled_font(base, 0.01).pixelSize() == 1
    assert base.pixelSize() == 20


def test_a_label_shows_markup_literally(qtbot) -> None:
    label = TextLabel()
    qtbot.addWidget(label)
    label.setText("<b>x</b><img src=x>")
    assert label.shown_lines(500) == ["<b>x</b><img src=x>"]


def test_shown_lines_follow_a_new_text_and_a_new_font(qtbot) -> None:
    label = TextLabel()
    qtbot.addWidget(label)
    label.setText("올트먼")
    assert label.shown_lines(300) == ["올트먼"]
    label.setText(SENTENCE)
    narrow = label.shown_lines(300)
    assert "".join(narrow) == SENTENCE
    label.setFont(scaled_font(label.font(), 3))
    assert len(label.shown_lines(300)) > len(narrow)


def test_height_for_width_fits_every_shown_line(qtbot) -> None:
    label = TextLabel()
    qtbot.addWidget(label)
    label.setText(LONG_WORD)
    spacing = QFontMetricsF(label.font()).lineSpacing()
    for width in (60, 120, 2000):
        assert label.heightForWidth(width) == math.ceil(len(label.shown_lines(width)) * spacing)
    assert label.heightForWidth(60) > label.heightForWidth(120) > label.heightForWidth(2000)
    assert label.hasHeightForWidth()


def test_max_lines_caps_the_height(qtbot) -> None:
    label = TextLabel(max_lines=3)
    qtbot.addWidget(label)
    label.setText(LONG_WORD)
    assert len(label.shown_lines(40)) == 3
    assert label.heightForWidth(40) == label.heightForWidth(60)


def test_a_long_word_never_widens_the_layout_it_is_in(qtbot) -> None:
    window = QWidget()
    label = TextLabel(window)
    label.setText(f"See https://example.com/{'a/' * 60}end")
    QVBoxLayout(window).addWidget(label)
    shown(qtbot, window, 200, 300)
    assert window.minimumSizeHint().width() < 200
    assert label.width() <= 200
    assert max(widths(label.font(), label.shown_lines())) <= label.contentsRect().width()
    assert label.height() >= label.heightForWidth(label.width())
