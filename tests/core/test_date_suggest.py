"""Tests for viewer.core.date_suggest: the EDTF date suggested for a selection of source text."""

from __future__ import annotations

from viewer.core.date_suggest import DateSuggestion, suggest_date

SOURCE = (
    "오픈AI 이사회는 2023년 11월 17일 샘 올트먼을 해임했다. 이유는 밝히지 않았다.\n"
    "\n"
    "직원 700명 이상이 서명했다. 11월 20일 월요일 마이크로소프트가 그를 영입했다. "
    "그는 이틀 뒤 돌아왔다. 모두 기뻐했다.\n"
    "\n"
    "이 문단에는 날짜가 없다.\n"
)
PUBLISHED = "2023-11-22"


def select(source: str, part: str) -> tuple[int, int]:
    """Offsets of part, which must occur exactly once in source."""
    assert source.count(part) == 1, part
    start = source.index(part)
    return start, start + len(part)


def suggest(part: str, published: str | None = PUBLISHED) -> DateSuggestion | None:
    return suggest_date(SOURCE, *select(SOURCE, part), published=published)


def test_an_expression_in_the_selection_gives_the_date():
    hit = suggest("11월 20일 월요일 마이크로소프트가")
    assert hit is not None
    assert (hit.edtf, hit.expression, hit.borrowed) == ("2023-11-20", "11월 20일 월요일", True)
    assert hit.borrowed_from == "the year of publication date 2023-11-22"
    assert SOURCE[hit.start : hit.end] == hit.expression


def test_a_year_in_an_earlier_sentence_is_not_borrowed():
    # 2019 is written in the sentence before, but a reader dates 11월 20일 by the article.
    text = "2019년 11월 입사했다. 11월 20일 복귀했다."
    hit = suggest_date(text, *select(text, "복귀"), published=PUBLISHED)
    assert hit is not None
    assert (hit.edtf, hit.borrowed_from) == (
        "2023-11-20",
        "the year of publication date 2023-11-22",
    )
    blind = suggest_date(text, *select(text, "복귀"))
    assert blind is not None and (blind.edtf, blind.expression) == (None, "11월 20일")


def test_a_selection_cutting_an_expression_gets_it_whole():
    text = "2023년 11월 17일 해임됐고 11월 21일 복귀했다."
    hit = suggest_date(text, *select(text, "21일 복귀"), published=PUBLISHED)
    assert hit is not None
    assert (hit.expression, hit.edtf) == ("11월 21일", "2023-11-21")
    assert hit.borrowed_from == "the year of an earlier date in this sentence (2023년 11월 17일)"


def test_the_sentence_around_the_selection():
    hit = suggest("마이크로소프트가 그를")
    assert hit is not None and hit.edtf == "2023-11-20"
    assert hit.reason.startswith("in the selected sentence")


def test_the_governing_date_of_a_selected_sentence():
    text = "2015년 설립된 오픈AI의 이사회는 11월 17일 올트먼을 해임했다."
    hit = suggest_date(text, 0, len(text), published=PUBLISHED)
    assert hit is not None and (hit.edtf, hit.expression) == ("2023-11-17", "11월 17일")
    assert "background" in hit.reason


def test_a_selection_over_sentences_is_dated_by_the_first_with_a_date():
    hit = suggest_date(SOURCE, -5, 10_000, published=PUBLISHED)
    assert hit is not None and hit.edtf == "2023-11-17"


def test_an_undated_sentence_borrows_from_the_previous_one_and_says_so():
    hit = suggest("이유는 밝히지")
    assert hit is not None
    assert (hit.edtf, hit.expression, hit.borrowed) == ("2023-11-17", "2023년 11월 17일", True)
    assert (
        hit.borrowed_from == "the date of an earlier sentence in this paragraph (2023년 11월 17일)"
    )
    assert SOURCE[hit.start : hit.end] == hit.expression


def test_a_later_sentence_never_dates_an_earlier_one():
    assert suggest("직원 700명") is None


def test_an_event_relative_sentence_gets_no_date_and_neither_does_what_follows_it():
    hit = suggest("돌아왔다")
    assert hit is not None
    assert (hit.edtf, hit.expression, hit.relative_to_event) == (None, "이틀 뒤", True)
    assert "another event" in hit.reason
    after = suggest("모두 기뻐했다")
    assert after is not None and after.edtf is None and after.relative_to_event


def test_no_date_in_paragraph_gives_none():
    assert suggest("날짜가 없다") is None
    assert suggest_date("그는 곧 돌아왔다.", 0, 3, published=PUBLISHED) is None


def test_lines_are_paragraphs_without_blank_lines():
    text = "2019년 입사했다.\n그는 떠났다."
    assert suggest_date(text, *select(text, "떠났다")) is None
    hit = suggest_date(text, *select(text, "입사"))
    assert hit is not None and hit.edtf == "2019"


def test_relative_dates_need_the_publication_date():
    text = "이사회는 어제 올트먼을 해임했다."
    hit = suggest_date(text, *select(text, "올트먼을"), published=PUBLISHED)
    assert hit is not None and (hit.edtf, hit.borrowed_from) == (
        "2023-11-21",
        "publication date 2023-11-22",
    )
    blind = suggest_date(text, *select(text, "올트먼을"))
    assert blind is not None and blind.edtf is None and blind.expression == "어제"
    assert "no publication date" in blind.reason


def test_caret_and_reversed_or_out_of_range_selection():
    start, end = select(SOURCE, "이유는")
    assert suggest_date(SOURCE, start, start) == suggest_date(SOURCE, end, start)
    hit = suggest_date(SOURCE, start, start)
    assert hit is not None and hit.edtf == "2023-11-17"
    inside = SOURCE.index("11월 17일") + 3
    caret = suggest_date(SOURCE, inside, inside)
    assert caret is not None and caret.expression == "2023년 11월 17일"


def test_dots_inside_a_date_do_not_end_the_sentence():
    text = "He joined in 2019. Between Nov. 17 and Nov. 21, 2023 the board met daily."
    hit = suggest_date(text, *select(text, "the board"), published=PUBLISHED)
    assert hit is not None
    assert (hit.expression, hit.edtf) == ("Nov. 17 and Nov. 21, 2023", "2023-11-17/2023-11-21")


def test_english_sentence_dated_by_the_publication_not_an_earlier_sentence():
    text = "In 2022, the board met twice. It met again on Monday, November 20, at noon."
    hit = suggest_date(text, *select(text, "met again"), published=PUBLISHED)
    assert hit == DateSuggestion(
        "2023-11-20",
        text.index("Monday"),
        text.index(", at"),
        "Monday, November 20",
        True,
        "the year of publication date 2023-11-22",
        False,
        "in the selected sentence: the only date expression in the sentence",
    )
