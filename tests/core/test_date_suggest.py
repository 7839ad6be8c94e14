"""Tests for viewer.core.date_suggest: EDTF dates suggested from selected source text."""

from __future__ import annotations

import pytest

from viewer.core.date_suggest import DateSuggestion, find_dates, suggest_date
from viewer.core.dates import parse_edtf

# text, default_year, expression (the last one found), edtf, year_from
FORMS = [
    # Korean
    ("2023년 11월 17일 해임했다.", None, "2023년 11월 17일", "2023-11-17", "text"),
    ("2023년 11월 출시", None, "2023년 11월", "2023-11", "text"),
    ("2023년 실적", None, "2023년", "2023", "text"),
    ("2023년 11월 17일 해임, 11월 20일 월요일 복귀", None, "11월 20일 월요일",
     "2023-11-20", "context"),
    ("11월 17일 해임됐다.", 2023, "11월 17일", "2023-11-17", "published"),
    ("11월 17일(금) 해임됐다.", 2023, "11월 17일(금)", "2023-11-17", "published"),
    ("2024년 9월 공개", None, "2024년 9월", "2024-09", "text"),
    ("2024년 9~10월 공개", None, "2024년 9~10월", "2024-09/2024-10", "text"),
    ("2018년-2019년 사이", None, "2018년-2019년", "2018/2019", "text"),
    ("2018~2019년 사이", None, "2018~2019년", "2018/2019", "text"),
    ("2018년~2019년 사이", None, "2018년~2019년", "2018/2019", "text"),
    ("2023년 11월 17일~21일 사이", None, "2023년 11월 17일~21일", "2023-11-17/2023-11-21", "text"),
    ("11월 17~21일 사이", 2023, "11월 17~21일", "2023-11-17/2023-11-21", "published"),
    ("2023년 11월 17일~2024년 1월 3일", None, "2023년 11월 17일~2024년 1월 3일",
     "2023-11-17/2024-01-03", "text"),
    ("2015년경 설립", None, "2015년경", "2015~", "text"),
    ("2015년 무렵 설립", None, "2015년 무렵", "2015~", "text"),
    ("2023년 11월경", None, "2023년 11월경", "2023-11~", "text"),
    ("2023.11.22 보도", None, "2023.11.22", "2023-11-22", "text"),
    ("2023. 11. 22. 보도", None, "2023. 11. 22.", "2023-11-22", "text"),
    ("2023-11-20 기사", None, "2023-11-20", "2023-11-20", "text"),
    # Decades become the interval of their ten years: EDTF's "202X" is outside parse_edtf.
    ("2020년대 들어", None, "2020년대", "2020/2029", "text"),
    # English
    ("on November 17, 2023", None, "November 17, 2023", "2023-11-17", "text"),
    ("on Nov 17, 2023", None, "Nov 17, 2023", "2023-11-17", "text"),
    ("on Nov. 17th, 2023", None, "Nov. 17th, 2023", "2023-11-17", "text"),
    ("on 17 November 2023", None, "17 November 2023", "2023-11-17", "text"),
    ("in November 2023", None, "November 2023", "2023-11", "text"),
    ("in Nov. 2023", None, "Nov. 2023", "2023-11", "text"),
    ("founded in 2015.", None, "2015", "2015", "text"),
    ("from 2018-2019", None, "2018-2019", "2018/2019", "text"),
    ("from 2018–2019", None, "2018–2019", "2018/2019", "text"),
    ("In 2023 he left. He returned on Monday, November 20.", None, "Monday, November 20",
     "2023-11-20", "context"),
    ("November 17–21, 2023", None, "November 17–21, 2023", "2023-11-17/2023-11-21", "text"),
    ("in early 2018", None, "early 2018", "2018", "text"),
    ("by mid-2018", None, "mid-2018", "2018", "text"),
    ("built c. 2015", None, "c. 2015", "2015~", "text"),
    ("built around 2015", None, "around 2015", "2015~", "text"),
    ("in the 1990s", None, "1990s", "1990/1999", "text"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "default", "expression", "edtf", "year_from"), FORMS)
def test_forms(text: str, default: int | None, expression: str, edtf: str, year_from: str):
    found = find_dates(text, default_year=default)
    assert found, text
    last = found[-1]
    assert (last.expression, last.edtf, last.year_from) == (expression, edtf, year_from)
    assert text[last.start : last.end] == expression
    assert parse_edtf(last.edtf).text == last.edtf


NOT_DATES = [
    "직원 700명 이상이 서명했다.",
    "$13B deal",
    "주가는 27% 올랐다.",
    "100조 원 규모",
    "GPT-4 and GPT-3.5 models",
    "2000명이 모였다.",
    "2015 %",
    "1850년에 세워졌다.",
    "2150년 계획",
    "12023년 계획",  # a longer number, not 2023년
    "in 1850",
    "1850년 11월 17일",  # the month and day are not given a year from elsewhere
    "2월 30일",
    "2023년 2월 30일",  # skipped whole, not shortened to 2023년
    "Feb 30, 2023",
    "13월 5일",
    "3~4년 걸린다.",
    "6개월 뒤",
    "2019-2018",
    # Relative years are not resolved, so what they govern is skipped rather than misdated.
    "작년 11월 17일",
    "지난해 3월",
    "올해 실적",
    "November 20 last year",
    "last November",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str):
    assert find_dates(text, default_year=2024) == []


def test_missing_year_without_context_or_default_is_skipped():
    assert find_dates("11월 20일 월요일") == []
    assert find_dates("on Monday, November 20") == []


def test_two_dates_in_order():
    text = "2023년 11월 17일 해임된 그는 2023년 11월 22일 복귀했다."
    found = find_dates(text)
    assert [d.edtf for d in found] == ["2023-11-17", "2023-11-22"]
    assert found[0].end <= found[1].start
    hit = suggest_date(text, 0, len(text))
    assert hit == found[0]


def test_context_year_is_the_nearest_earlier_one():
    text = "2019년 입사. 2023년 11월 17일 해임. 11월 20일 월요일 복귀."
    assert find_dates(text)[-1].edtf == "2023-11-20"
    # A year written only after the expression is not used: the default is.
    later = find_dates("11월 20일 복귀. 2023년 결산.", default_year=2022)
    assert (later[0].edtf, later[0].year_from) == ("2022-11-20", "published")
    # The later end of a range is nearer to what follows.
    assert find_dates("2018~2019년 추진. 3월 완료.")[-1].edtf == "2019-03"


def test_decade_does_not_lend_a_year():
    found = find_dates("2020년대 들어 3월에", default_year=2024)
    assert [(d.edtf, d.year_from) for d in found] == [
        ("2020/2029", "text"),
        ("2024-03", "published"),
    ]


SOURCE = (
    "오픈AI 이사회는 2023년 11월 17일 샘 올트먼을 해임했다. 이유는 밝히지 않았다.\n"
    "\n"
    "직원 700명 이상이 서명했다. 11월 20일 월요일 마이크로소프트가 그를 영입했다. "
    "그는 곧 돌아왔다.\n"
    "\n"
    "이 문단에는 날짜가 없다.\n"
)


def select(source: str, part: str) -> tuple[int, int]:
    """Offsets of part, which must occur exactly once in source."""
    assert source.count(part) == 1, part
    start = source.index(part)
    return start, start + len(part)


def test_suggest_from_selection_with_context_year():
    hit = suggest_date(SOURCE, *select(SOURCE, "11월 20일 월요일 마이크로소프트가"))
    assert hit is not None
    assert (hit.edtf, hit.expression, hit.year_from) == (
        "2023-11-20",
        "11월 20일 월요일",
        "context",
    )
    assert SOURCE[hit.start : hit.end] == hit.expression


def test_suggest_from_sentence_around_selection():
    hit = suggest_date(SOURCE, *select(SOURCE, "마이크로소프트가 그를"))
    assert hit is not None and hit.edtf == "2023-11-20"


def test_suggest_falls_back_to_paragraph():
    # "이유는 밝히지 않았다." has no date; the previous sentence of its paragraph does.
    hit = suggest_date(SOURCE, *select(SOURCE, "이유는 밝히지"))
    assert hit is not None
    assert (hit.edtf, hit.expression) == ("2023-11-17", "2023년 11월 17일")
    assert SOURCE[hit.start : hit.end] == hit.expression
    # In the second paragraph the date is in a later sentence, still the paragraph's first date.
    hit = suggest_date(SOURCE, *select(SOURCE, "직원 700명"))
    assert hit is not None and hit.edtf == "2023-11-20"


def test_no_date_in_paragraph_gives_none():
    assert suggest_date(SOURCE, *select(SOURCE, "날짜가 없다")) is None
    assert suggest_date("그는 곧 돌아왔다.", 0, 3, published_year=2023) is None


def test_lines_are_paragraphs_without_blank_lines():
    text = "2019년 입사했다.\n그는 떠났다."
    assert suggest_date(text, *select(text, "떠났다")) is None
    assert suggest_date(text, *select(text, "입사")) is not None


def test_selection_wins_over_earlier_date_in_sentence():
    text = "2023년 11월 17일 해임됐고 11월 21일 복귀했다."
    hit = suggest_date(text, *select(text, "21일 복귀"))
    assert hit is not None
    # The selection cuts the expression; the whole expression is returned.
    assert (hit.expression, hit.edtf) == ("11월 21일", "2023-11-21")


def test_published_year_when_source_has_none():
    text = "이사회는 11월 17일 올트먼을 해임했다."
    hit = suggest_date(text, *select(text, "올트먼을"), published_year=2023)
    assert hit is not None
    assert (hit.edtf, hit.year_from) == ("2023-11-17", "published")
    assert suggest_date(text, *select(text, "올트먼을")) is None


def test_year_before_selection_anywhere_in_source_is_used():
    hit = suggest_date(SOURCE, *select(SOURCE, "11월 20일"), published_year=2030)
    assert hit is not None and (hit.edtf, hit.year_from) == ("2023-11-20", "context")


def test_caret_and_reversed_or_out_of_range_selection():
    start, end = select(SOURCE, "이유는")
    assert suggest_date(SOURCE, start, start) == suggest_date(SOURCE, end, start)
    hit = suggest_date(SOURCE, start, start)
    assert hit is not None and hit.edtf == "2023-11-17"
    assert suggest_date(SOURCE, -5, 10_000) == find_dates(SOURCE)[0]


def test_dots_inside_a_date_do_not_end_the_sentence():
    text = "He joined in 2019. Between Nov. 17 and Nov. 21, 2023 the board met daily."
    hit = suggest_date(text, *select(text, "the board"))
    assert hit is not None
    assert (hit.expression, hit.edtf, hit.year_from) == ("Nov. 17", "2019-11-17", "context")


def test_english_sentence_with_context_year():
    text = "In 2023, the board met twice. It met again on Monday, November 20, at noon."
    hit = suggest_date(text, *select(text, "met again"))
    assert hit == DateSuggestion(
        "2023-11-20", text.index("Monday"), text.index(", at"), "Monday, November 20", "context"
    )
