"""Filling translated templates with `arg`, and the key filters compare text by."""

from __future__ import annotations

import unicodedata

import pytest

from viewer.ui.common.text import SHOWN_LIMIT, arg, search_key, shown


def test_arg_fills_each_placeholder_with_the_value_of_its_number() -> None:
    assert arg("%1 of %2 events", 3, 10) == "3 of 10 events"
    assert arg("%2, then %1", "first", "second") == "second, then first"
    assert arg("%1 and %1 again", "x") == "x and x again"


def test_arg_fills_in_one_pass_so_a_value_holding_a_placeholder_is_shown_as_it_is() -> None:
    assert arg("Cannot open %1: %2", "a%2.yaml", "denied") == "Cannot open a%2.yaml: denied"
    assert arg("%1 / %2", "%2", "%1") == "%2 / %1"


def test_arg_leaves_placeholders_without_a_value_alone() -> None:
    assert arg("%1 then %3", "a", "b") == "a then %3"
    assert arg("%0 and %1", "a") == "%0 and a"
    assert arg("100% sure, %1") == "100% sure, %1"


def test_arg_numbers_placeholders_with_one_digit() -> None:
    values = [str(n) for n in range(1, 10)]
    assert arg("%9|%1", *values) == "9|1"
    assert arg("%10", "one") == "one0"


def test_arg_writes_any_value_as_text() -> None:
    assert arg("%1 %2 %3", None, 1.5, ["x"]) == "None 1.5 ['x']"


def test_a_template_without_placeholders_is_unchanged() -> None:
    assert arg("Nothing to fill", "unused") == "Nothing to fill"


def test_search_key_folds_case() -> None:
    assert search_key("Sam ALTMAN") == "sam altman"
    assert search_key("Straße") == "strasse"


def test_search_key_makes_decomposed_korean_equal_to_composed_syllables() -> None:
    typed = unicodedata.normalize("NFD", "올트먼")
    assert typed != "올트먼"
    assert search_key(typed) == "올트먼"
    assert search_key(typed) == search_key("올트먼")


@pytest.mark.parametrize("text", ["", "이사회", "board-2023"])
def test_search_key_keeps_text_that_is_already_folded(text: str) -> None:
    assert search_key(text) == text


def test_shown_makes_bidirectional_controls_visible() -> None:
    assert shown("evil\u202etxt.exe") == "evil[RLO]txt.exe"
    assert shown("\u2066a\u2069 \u200f") == "[LRI]a[PDI] [RLM]"
    assert shown("평범한 제목") == "평범한 제목"


def test_shown_cuts_a_huge_text_to_what_a_screen_can_use() -> None:
    assert shown("가" * 100_000) == "가" * SHOWN_LIMIT + "…"
    assert shown("abc", limit=2) == "ab…"
    assert len(shown("x" * SHOWN_LIMIT)) == SHOWN_LIMIT
