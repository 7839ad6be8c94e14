"""Tests for telling a typo from a change of meaning between a quote and its passage."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.core.anchoring import MatchKind, SourceText
from viewer.core.meaning import (
    MeaningChange,
    describe_changes,
    meaning_changes,
    meaning_changes_at,
    passage_span,
)


def changes(quote: str, found: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.quote_part, c.source_part) for c in meaning_changes(quote, found)]


# -- changes of meaning ------------------------------------------------------------------------

CHANGED = [
    # numbers
    ("지지율은 27%로 나타났다.", "지지율은 49%로 나타났다.", ("number", "27%", "49%")),
    ("직원 700명 이상이 서명했다.", "직원 770명 이상이 서명했다.", ("number", "700명", "770명")),
    ("직원 세 명이 서명했다.", "직원 네 명이 서명했다.", ("number", "세 명", "네 명")),
    ("수십 명이 모였다.", "수백 명이 모였다.", ("number", "수십 명", "수백 명")),
    ("단 두달만에 모였다.", "단 세달만에 모였다.", ("number", "두달", "세달")),
    ("회사는 3천만 원을 냈다.", "회사는 3억 원을 냈다.", ("number", "3천만 원", "3억 원")),
    ("주가는 3.5% 떨어졌다.", "주가는 3.6% 떨어졌다.", ("number", "3.5%", "3.6%")),
    ("직원들이 서명했다.", "직원 700명이 서명했다.", ("number", "", "700명")),
    ("Shares fell 5 percent on Monday.", "Shares fell on Monday.", ("number", "5 percent", "")),
    ("It paid $3.5 billion.", "It paid $5.3 billion.", ("number", "$3.5 billion", "$5.3 billion")),
    (
        "Three people were hurt.",
        "Four people were hurt.",
        ("number", "Three people", "Four people"),
    ),
    # dates
    (
        "2023년 11월 17일 금요일, 이사회는 그를 해고했다.",
        "2023년 11월 18일 금요일, 이사회는 그를 해고했다.",
        ("date", "2023년 11월 17일 금요일", "2023년 11월 18일 금요일"),
    ),
    (
        "이사회는 11월 17일 그를 해고했다.",
        "이사회는 11월 18일 그를 해고했다.",
        ("date", "11월 17일", "11월 18일"),
    ),
    ("He resigned on Monday.", "He resigned on Tuesday.", ("date", "Monday", "Tuesday")),
    (
        "The vote was on November 17, 2023.",
        "The vote was on November 18, 2023.",
        ("date", "November 17, 2023", "November 18, 2023"),
    ),
    ("이사회는 어제 그를 해고했다.", "이사회는 오늘 그를 해고했다.", ("date", "어제", "오늘")),
    ("He left in March.", "He left in May.", ("date", "March", "May")),
    # negations
    (
        "이사회는 그 결정을 공식적으로 했다.",
        "이사회는 그 결정을 공식적으로 하지 않았다.",
        ("negation", "했다", "하지 않았다"),
    ),
    ("그는 그 자리에 있었다.", "그는 그 자리에 없었다.", ("negation", "있었다", "없었다")),
    ("그것은 사실이다.", "그것은 사실이 아니다.", ("negation", "사실이다", "사실이 아니다")),
    ("그는 회의에 갔다.", "그는 회의에 안 갔다.", ("negation", "갔다", "안 갔다")),
    ("그는 발표를 했다.", "그는 발표를 못했다.", ("negation", "했다", "못했다")),
    ("회의를 공개했다.", "회의를 비공개했다.", ("negation", "공개했다", "비공개했다")),
    ("그는 유죄 판결을 받았다.", "그는 무죄 판결을 받았다.", ("negation", "유죄", "무죄")),
    ("The board did say so.", "The board did not say so.", ("negation", "say", "not say")),
    ("He did go.", "He did not.", ("negation", "go", "not")),
    ("He didn't go.", "He did go.", ("negation", "didn't", "did")),
    ("The board never met him.", "The board met him.", ("negation", "never met", "met")),
    ("It was likely.", "It was unlikely.", ("negation", "likely", "unlikely")),
    ("He came with a lawyer.", "He came without a lawyer.", ("negation", "with", "without")),
    ("Neither side agreed.", "Both sides agreed.", ("negation", "Neither side", "Both sides")),
    # a content word replaced by an unrelated one
    (
        "오픈AI 이사회는 17일 샘 올트먼 최고경영자를 해임했다.",
        "오픈AI 이사회는 17일 샘 올트먼 최고경영자를 복귀했다.",
        ("word", "해임했다", "복귀했다"),
    ),
    ("대통령은 서울에서 만났다.", "대통령은 부산에서 만났다.", ("word", "서울에서", "부산에서")),
    ("매출이 늘었다.", "매출이 줄었다.", ("word", "늘었다", "줄었다")),
    ("그는 사임했다.", "그는 사망했다.", ("word", "사임했다", "사망했다")),
    ("올트먼만 남았다.", "올트먼도 남았다.", ("word", "올트먼만", "올트먼도")),  # only / also
    ("이사회는 해임 했다.", "이사회는 복귀했다.", ("word", "해임 했다", "복귀했다")),
    ("Sales increased sharply.", "Sales decreased sharply.", ("word", "increased", "decreased")),
    ("He met reporters.", "He met journalists.", ("word", "reporters", "journalists")),
    ("The team won the final.", "The team lost the final.", ("word", "won", "lost")),
    ("Kim said so.", "Jim said so.", ("word", "Kim", "Jim")),  # a short name is not a slip
    ("그는 일을 벌였다.", "그는 아예 벌였다.", ("word", "일을", "아예")),  # four letters of six
]


@pytest.mark.parametrize(("quote", "found", "expected"), CHANGED)
def test_a_change_of_meaning_is_found(quote: str, found: str, expected: tuple) -> None:
    assert changes(quote, found) == [expected]


# -- differences that say the same ------------------------------------------------------------

SAME = [
    ("샘 올트먼을 해고했다.", "샘 올트만을 해고했다."),  # one letter of a name
    ("샘 올트먼을 해고했다.", "쌤 알트만을 해고했다."),
    ("최고 경영자를 해임했다.", "최고경영자를 해임했다."),  # 띄어쓰기
    ("최고경영자를 해임 했다.", "최고경영자를 해임했다."),
    ("이사회는 올트먼을 해고했다.", "이사회가 올트먼를 해고했다."),  # particles
    ("그는 떠났다.", "그가 떠났다."),
    ("그는 해고했다고 밝혔다.", "그는 해고했다며 밝혔다."),  # an ending
    ("그는 해고됬다.", "그는 해고됐다."),  # a common misspelling
    ("이사회는 그를 해고했다.", "이사회는 그를 해고하였다."),  # short and long forms
    ("이사회는 그를 해고했다.", "이사회는 그를 해고했었다."),
    ('그는 "돌아가겠다"고 말했다.', "그는 “돌아가겠다”고 말했다."),  # quote marks
    ("그는 'A안'을 택했다.", "그는 ‘A안’을 택했다."),
    ("해고했다. 그리고 떠났다.", "해고했다, 그리고 떠났다!"),  # punctuation
    ("그는\n떠났다.", "그는   떠났다."),
    ("The board fired Sam Altmann on Friday.", "The board fired Sam Altman on Friday."),
    ("They did not receive it.", "They did not recieve it."),
    ("The board says so.", "The board said so."),
    ("The Board agreed.", "the board agreed."),
    ("A board agreed.", "The board agreed."),
    ("He didn't go.", "He did not go."),
    ("He cannot go.", "He can not go."),
    ("Shares fell 1,000 points.", "Shares fell 1000 points."),
    ("Shares fell 27 percent.", "Shares fell 27%."),
    ("The vote on Nov. 17 passed.", "The vote on Nov 17 passed."),
    (
        "The board said that it had lost confidence.",
        "The board said publicly that it had lost confidence.",
    ),
    ("이사회는 해임했다.", "오픈AI 이사회는 해임했다."),  # a word the quote leaves out
    ("그는 한국에 갔다.", "그는 한국에 갔다."),  # 한 is no number without a counter
]


@pytest.mark.parametrize(("quote", "found"), SAME)
def test_a_difference_that_says_the_same_is_no_change(quote: str, found: str) -> None:
    assert changes(quote, found) == []


def test_several_changes_come_in_the_order_of_the_quote() -> None:
    quote = "이사회는 17일 올트먼을 해임했다. 지지율은 27%였다."
    found = "이사회는 18일 올트먼을 복귀했다. 지지율은 49%였다."
    assert changes(quote, found) == [
        ("date", "17일", "18일"),
        ("word", "해임했다", "복귀했다"),
        ("number", "27%", "49%"),
    ]


# -- messages ----------------------------------------------------------------------------------


def test_a_change_describes_itself_in_one_line() -> None:
    assert MeaningChange("number", "27%", "49%").describe() == '"27%" became "49%"'
    assert MeaningChange("number", "700명", "").describe() == '"700명" is not in the source'
    assert MeaningChange("date", "", "Friday").describe() == 'the source adds "Friday"'
    long = MeaningChange("word", "가" * 60, "나").describe()
    assert long == '"' + "가" * 39 + '…" became "나"'


def test_changes_are_described_up_to_a_limit() -> None:
    three = tuple(MeaningChange("number", str(n), str(n + 1)) for n in range(3))
    assert describe_changes(three) == '"0" became "1", "1" became "2", "2" became "3"'
    assert describe_changes(three, limit=1) == '"0" became "1" and 2 more'


# -- anchors -----------------------------------------------------------------------------------

SOURCE = "앞 문장이다. 이사회는 그 결정을 공식적으로 발표하지 않았다. 뒤 문장이다."


def test_a_negation_the_closest_window_leaves_out_is_still_compared() -> None:
    # the best-scoring window is "…공식적으로 발표": 하지 않았다 would lower its score
    text = SourceText(SOURCE)
    quote = "이사회는 그 결정을 공식적으로 발표했다."
    anchor = text.find(quote)
    assert anchor.kind is MatchKind.FUZZY
    assert text.text[anchor.start : anchor.end].endswith("발표")
    start, end = passage_span(anchor, quote, text)
    assert text.text[start:end] == "이사회는 그 결정을 공식적으로 발표하지 않았다."
    assert [c.describe() for c in meaning_changes_at(anchor, quote, text)] == [
        '"발표했다" became "발표하지 않았다"'
    ]


def test_a_passage_is_widened_to_whole_words_but_not_past_a_far_sentence_end() -> None:
    text = SourceText("이사회는 결정을 발표하지 않았다고 여러 매체가 오늘 한꺼번에 보도했다.")
    quote = "이사회는 결정을 발표했다."
    anchor = text.find(quote)
    start, end = passage_span(anchor, quote, text)
    assert anchor.kind is MatchKind.FUZZY
    assert text.text[start:end] == "이사회는 결정을 발표하지"


def test_exact_and_normalized_anchors_have_no_changes_and_keep_their_span() -> None:
    text = SourceText(SOURCE)
    for quote in ("이사회는 그 결정을", "이사회는 그  결정을"):
        anchor = text.find(quote)
        assert anchor.kind in (MatchKind.EXACT, MatchKind.NORMALIZED)
        assert meaning_changes_at(anchor, quote, text) == ()
        assert passage_span(anchor, quote, text) == (anchor.start, anchor.end)


def test_a_typo_anchored_fuzzily_has_no_changes() -> None:
    text = SourceText("2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다.\n")
    quote = "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트만을 해고했다."
    anchor = text.find(quote)
    assert anchor.kind is MatchKind.FUZZY
    assert meaning_changes_at(anchor, quote, text) == ()


# -- robustness --------------------------------------------------------------------------------

_PIECES = ["27%", "해임", "복귀", "했다", "않았다", "안", "not", "n't", "11월", "17일", "세 명"]


@given(st.text(max_size=300), st.text(max_size=300))
def test_any_two_texts_compare_without_error(quote: str, found: str) -> None:
    result = meaning_changes(quote, found)
    assert isinstance(result, tuple)
    assert all(c.kind in ("number", "date", "negation", "word") for c in result)
    assert meaning_changes(quote, quote) == ()


@given(st.lists(st.sampled_from([*_PIECES, " ", ".", ",", "\n"]), max_size=60), st.data())
def test_edited_sentences_compare_without_error(pieces: list[str], data: st.DataObject) -> None:
    edited = data.draw(st.permutations(pieces))
    for change in meaning_changes("".join(pieces), "".join(edited)):
        assert change.describe()


def test_a_long_quote_is_compared_in_well_under_a_millisecond_or_so() -> None:
    quote = "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼 최고경영자를 해임했다. " * 4
    found = quote.replace("17일", "18일").replace("해임했다", "해임하지 않았다")
    start = time.perf_counter()
    for n in range(50):
        meaning_changes.cache_clear()
        assert meaning_changes(quote + str(n), found + str(n))
    assert (time.perf_counter() - start) / 50 < 0.02
