"""Tests for viewer.core.date_resolver: date expressions resolved the way a reader would."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.date_sentences import ROWS, Row
from viewer.core.date_resolver import DateExpression, find_expressions, suggest_events
from viewer.core.dates import parse_edtf

WED = "2023-11-22"  # a Wednesday


def only(text: str, published: str | None = WED) -> DateExpression:
    """The one expression of text."""
    found = find_expressions(text, published)
    assert len(found) == 1, [e.expression for e in found]
    return found[0]


@pytest.mark.parametrize("row", ROWS, ids=[f"{i:03d}" for i in range(len(ROWS))])
def test_news_sentences(row: Row):
    sentences = suggest_events(row.text, row.published)
    assert len(sentences) <= 1, [s.text for s in sentences]
    date = sentences[0].date if sentences else None
    assert date == row.date, sentences[0].reason if sentences else "no date expression"
    assert (sentences[0].relative_to_event if sentences else False) == row.event
    if date is not None:
        assert parse_edtf(date).text == date


def test_table_covers_what_it_should():
    assert len(ROWS) >= 80
    assert sum(r.date is None for r in ROWS) >= 20
    assert sum(r.event for r in ROWS) >= 10
    assert any(r.text.isascii() for r in ROWS) and any(not r.text.isascii() for r in ROWS)


# text, publication date, expression, EDTF, borrowed
FORMS = [
    ("지난 17일 해임했다.", WED, "지난 17일", "2023-11-17", True),
    ("지난 22일 열렸다.", WED, "지난 22일", "2023-10-22", True),  # strictly before publication
    ("오는 28일 연다.", WED, "오는 28일", "2023-11-28", True),
    ("오는 15일 연다.", WED, "오는 15일", "2023-12-15", True),
    ("어제 밝혔다.", WED, "어제", "2023-11-21", True),
    ("오늘 밝혔다.", WED, "오늘", "2023-11-22", True),
    ("그제 밝혔다.", WED, "그제", "2023-11-20", True),
    ("내일 연다.", WED, "내일", "2023-11-23", True),
    ("지난 주말 만났다.", WED, "지난 주말", "2023-11-18/2023-11-19", True),
    ("지난 주말 만났다.", "2023-11-19", "지난 주말", "2023-11-11/2023-11-12", True),  # a Sunday
    ("이번 주말 만난다.", WED, "이번 주말", "2023-11-25/2023-11-26", True),
    ("지난주 만났다.", WED, "지난주", "2023-11-13/2023-11-19", True),
    ("다음 주 월요일 만난다.", WED, "다음 주 월요일", "2023-11-27", True),
    ("지난 금요일 만났다.", WED, "지난 금요일", "2023-11-17", True),
    ("작년 9월 확대했다.", WED, "작년 9월", "2022-09", True),
    ("지난해 11월 공개했다.", WED, "지난해 11월", "2022-11", True),
    ("재작년 설립됐다.", WED, "재작년", "2021", True),
    ("다음 달 출시한다.", WED, "다음 달", "2023-12", True),
    ("지난달 말 발표했다.", WED, "지난달 말", "2023-10-21~/2023-10-31", True),
    ("내년 1분기 출시", WED, "내년 1분기", "2024-01/2024-03", True),
    ("올해 초 기준", WED, "올해 초", "2023-01/2023-03~", True),
    ("올 하반기 출시", WED, "올 하반기", "2023-07/2023-12", True),
    ("2024년 상반기 출시", WED, "2024년 상반기", "2024-01/2024-06", False),
    ("2022년 말 공개", WED, "2022년 말", "2022-10~/2022-12", False),
    ("2018년 중반 설립", WED, "2018년 중반", "2018-05~/2018-08~", False),
    ("11월 초 발표", WED, "11월 초", "2023-11-01/2023-11-10~", True),
    ("11월 중순 발표", WED, "11월 중순", "2023-11-11/2023-11-20", True),
    ("11월 하순 발표", WED, "11월 하순", "2023-11-21/2023-11-30", True),
    ("2020년대 들어", WED, "2020년대", "2020/2029", False),
    ("1990년대 후반 시작", WED, "1990년대 후반", "1995/1999", False),
    ("2015년경 설립", WED, "2015년경", "2015~", False),
    ("2015년 무렵 설립", WED, "2015년 무렵", "2015~", False),
    ("11월 17~21일 사이", WED, "11월 17~21일", "2023-11-17/2023-11-21", True),
    ("11월 17일부터 21일까지 대치", WED, "11월 17일부터 21일", "2023-11-17/2023-11-21", True),
    ("2023년 12월 30일~1월 5일 휴가", WED, "2023년 12월 30일~1월 5일",
     "2023-12-30/2024-01-05", False),
    ("11월 17일~2024년 1월 3일 점검", WED, "11월 17일~2024년 1월 3일",
     "2023-11-17/2024-01-03", False),
    ("2023. 11. 22. 보도", None, "2023. 11. 22.", "2023-11-22", False),
    ("It happened last Friday.", WED, "last Friday", "2023-11-17", True),
    ("It happened yesterday.", WED, "yesterday", "2023-11-21", True),
    ("It happened last year.", WED, "last year", "2022", True),
    ("It happened in early 2018.", WED, "early 2018", "2018-01/2018-03~", False),
    ("It happened in mid-November.", WED, "mid-November", "2023-11-11~/2023-11-20~", True),
    ("It happened in the 1990s.", WED, "1990s", "1990/1999", False),
    ("It happened in the late 1990s.", WED, "late 1990s", "1997~/1999", False),
    ("It happened last November.", WED, "last November", "2022-11", True),
    ("It happened on November 20 last year.", WED, "November 20 last year", "2022-11-20", True),
    ("It opens next week.", WED, "next week", "2023-11-27/2023-12-03", True),
    ("It happened two weeks ago.", WED, "two weeks ago", "2023-11-06/2023-11-12", True),
    ("It happened five years ago.", WED, "five years ago", "2018", True),
    ("It opens in Q3 2024.", WED, "Q3 2024", "2024-07/2024-09", False),
    ("It opens in the second half of 2024.", WED, "the second half of 2024",
     "2024-07/2024-12", False),
    ("It closed at the end of 2022.", WED, "the end of 2022", "2022-10~/2022-12", False),
    ("on Friday, November 17, 2023", WED, "Friday, November 17, 2023", "2023-11-17", False),
    ("on Nov. 17th, 2023", WED, "Nov. 17th, 2023", "2023-11-17", False),
    ("on 17 November 2023", WED, "17 November 2023", "2023-11-17", False),
    ("in Nov. 2023", WED, "Nov. 2023", "2023-11", False),
    ("November 17–21, 2023", WED, "November 17–21, 2023", "2023-11-17/2023-11-21", False),
    ("built c. 2015", WED, "c. 2015", "2015~", False),
    ("built around 2015", WED, "around 2015", "2015~", False),
    ("from 2018–2019", WED, "2018–2019", "2018/2019", False),
    ("between 2018 and 2019", WED, "2018 and 2019", "2018/2019", False),
    ("from Nov. 17 to Nov. 21", WED, "Nov. 17 to Nov. 21", "2023-11-17/2023-11-21", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expression", "date", "borrowed"), FORMS)
def test_forms(text: str, published: str | None, expression: str, date: str, borrowed: bool):
    found = only(text, published)
    assert (found.expression, found.date, found.borrowed) == (expression, date, borrowed)
    assert text[found.start : found.end] == expression
    assert (found.borrowed_from is not None) == borrowed


NO_EXPRESSION = [
    "직원 700명 이상이 서명했다.",
    "$13B deal",
    "주가는 27% 올랐다.",
    "100조 원 규모",
    "2,500억 달러 규모",
    "GPT-4 and GPT-3.5 models",
    "2000명이 모였다.",
    "2015 %",
    "1850년에 세워졌다.",
    "2150년 계획",
    "12023년 계획",
    "in 1850",
    "1850년 11월 17일",  # the month and day are not given a year from elsewhere
    "3~4년 걸린다.",
    "10년간 연구했다.",
    "오늘날 인공지능은",
    "OpenAI invested in 2000 startups.",
    "비번:2050",
    "11페이지인 내부 조례",
    "매일 아침 6시",
    "하루 1일 1회 복용",
    "GPT-4일까",
    "3박 4일 일정",
    "매월 1일 지급",
    "이번 주주총회에서",
    "지난 해결책",
    "목표를 초과 달성했다",
    "지난 3일간 협상",
    "the first half of the game",
    "every Friday",
    "Black Friday sales",
]


@pytest.mark.parametrize("text", NO_EXPRESSION)
def test_not_date_expressions(text: str):
    assert find_expressions(text, WED) == []


@pytest.mark.parametrize(
    "text", ["2월 30일", "2023년 2월 30일", "Feb 30, 2023", "13월 5일", "2019-2018"]
)
def test_impossible_dates_get_none_or_nothing(text: str):
    assert all(e.date is None for e in find_expressions(text, WED))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("하루 뒤 복귀했다.", "DAY"),
        ("이틀 후 복귀했다.", "DAY"),
        ("1주일 만에 해임됐다.", "DAY"),
        ("사흘 만에 돌아왔다.", "DAY"),
        ("6개월 뒤 떠났다.", "MONTH"),
        ("이듬해 설립했다.", "YEAR"),
        ("그해 7월 투자했다.", "MONTH"),
        ("He returned a day later.", "DAY"),
        ("He returned a week after the vote.", "DAY"),
        ("He left the following year.", "YEAR"),
        ("They met that July.", "MONTH"),
    ],
)
def test_event_relative_words_have_no_date_and_say_so(text: str, unit: str):
    found = only(text)
    assert found.date is None and found.relative_to_event and not found.borrowed
    assert found.precision.name == unit
    assert "another event" in found.note
    sentence = suggest_events(text, WED)[0]
    assert sentence.date is None and sentence.relative_to_event
    assert "another event" in sentence.reason


def test_vague_words_have_no_date_and_are_not_event_relative():
    for text in ("며칠 전 만났다.", "얼마 전 글을 썼다.", "금요일에 송고했다.", "a few days ago"):
        found = only(text)
        assert found.date is None and not found.relative_to_event and found.note


def test_borrowed_from_says_where():
    assert only("지난 17일 해임했다.").borrowed_from == "publication date 2023-11-22"
    assert only("11월 17일 해임했다.").borrowed_from == "the year of publication date 2023-11-22"
    assert only("17일 해임했다.").borrowed_from == (
        "the year and month of publication date 2023-11-22"
    )
    second = find_expressions("2023년 11월 17일 해임된 그는 11월 21일 복귀했다.", "2024-03-01")[1]
    assert (second.date, second.borrowed_from) == (
        "2023-11-21",
        "the year of an earlier date in this sentence (2023년 11월 17일)",
    )
    day = find_expressions("11월 17일 해임된 그는 21일 복귀했다.", WED)[1]
    assert (day.date, day.borrowed_from) == (
        "2023-11-21",
        "the year and month of an earlier date in this sentence (11월 17일)",
    )
    assert only("2023년 11월 17일 해임").borrowed_from is None


def test_publication_date_of_each_precision():
    assert only("11월 17일 해임", "2023").date == "2023-11-17"
    assert only("17일 해임", "2023-11").date == "2023-11-17"
    assert only("지난달 발표", "2023-11").date == "2023-10"
    # Every day the source may be from must give the same date.
    assert only("11월 17일 해임", "2023-11-18/2023-11-30").date == "2023-11-17"
    loose = only("어제 해임", "2023-11-18/2023-11-30")
    assert loose.date is None and "2023-11-17" in loose.note and "2023-11-29" in loose.note
    assert "not exact enough" in only("어제 해임", "2023").note
    assert only("어제 해임", None).note == "the source has no publication date"
    assert only("어제 해임", "2025-05/..").note == "publication date 2025-05/.. is open-ended"
    assert "not EDTF" in only("어제 해임", "22 Nov").note
    missing = only("11월 17일 해임", None)
    assert missing.date is None and not missing.borrowed
    assert missing.note.startswith("no year written or in the sentence")


def test_a_year_is_never_carried_across_sentences():
    text = "2019년 11월 입사했다. 11월 20일 복귀했다."
    assert [e.date for e in find_expressions(text, WED)] == ["2019-11", "2023-11-20"]
    assert find_expressions(text, None)[1].date is None


def test_a_year_alone_lends_its_year_only_when_it_frames_the_sentence():
    assert find_expressions("2015년 설립된 오픈AI는 11월 17일 해임했다.", WED)[1].date == (
        "2023-11-17"
    )
    assert find_expressions("He joined in 2019 and was fired on Nov. 17.", WED)[1].date == (
        "2023-11-17"
    )
    assert find_expressions("2019년에는 3월 합류했다.", WED)[1].date == "2019-03"
    assert find_expressions("In 2019, he joined in March.", WED)[1].date == "2019-03"
    assert find_expressions("2020년대에는 3월 합류했다.", WED)[1].date == "2023-03"


def test_a_carried_date_moves_on_when_it_would_come_long_before_its_lender():
    year = find_expressions("2022년 12월 30일 시작된 협상은 1월 5일 끝났다.", "2023-03-01")[1]
    assert (year.date, year.note) == ("2023-01-05", "the next year, as it comes after")
    day = find_expressions("2023년 11월 30일 구성됐고 2일 첫 회의를 열었다.", WED)[1]
    assert day.date == "2023-12-02"
    back = find_expressions("2023년 12월 1일 발표된 보고서는 11월 30일 작성됐다.", WED)[1]
    assert back.date == "2023-11-30"


def test_the_tense_keeps_a_publication_year_on_the_right_side():
    past = only("그는 12월 29일 복귀했다.", "2024-01-05")
    assert past.date == "2023-12-29" and "past" in past.note
    assert only("그는 12월 29일 복귀할 예정이다.", "2024-01-05").date == "2024-12-29"
    assert only("3월 출시할 예정이다.", WED).date == "2024-03"
    assert only("3월 출시했다.", WED).date == "2023-03"
    assert only("It launched on December 29.", "2024-01-05").date == "2023-12-29"
    assert only("It will launch in March.", WED).date == "2024-03"


def test_a_written_weekday_checks_the_borrowed_year():
    moved = only("11월 17일 금요일 해임", "2024-01-05")
    assert moved.date == "2023-11-17"
    wrong = only("2023년 11월 18일 금요일 해임")
    assert wrong.date == "2023-11-18" and "does not fit" in wrong.note
    day = only("17일(금) 해임", "2023-12-02")  # the 17th of December was a Sunday
    assert day.date == "2023-11-17" and "moves the month" in day.note


def test_without_a_publication_date_a_weekday_confirms_an_earlier_year_in_the_text():
    text = "2023년 11월 17일 금요일, 해고됐다.\n11월 20일 월요일, 합류했다.\n11월 22일 목요일."
    found = find_expressions(text, "2025-05/..")
    assert [e.date for e in found] == ["2023-11-17", "2023-11-20", None]  # 22 Nov was a Wed
    assert found[1].borrowed_from == (
        "the year of an earlier date in the text (2023년 11월 17일 금요일), "
        "which the weekday Monday confirms"
    )
    assert find_expressions("11월 20일 월요일, 합류했다.", None)[0].date is None


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("DevDay(11월 6일)의 열기", True),
        ("2010년의 영화처럼", True),
        ("2015년 설립된 오픈AI는", True),
        ("2019년 입사한 직원들은", True),
        ("2023년 3월 일론 머스크가 설립한 xAI는", True),
        ("Altman, who was fired on Friday, returned", True),
        ("캐런 하오가 2025년 5월에 출간한 책입니다.", False),
        ("2023년 11월 17일, 야심찬 미래를 발표한 DevDay", False),
        ("2019년에 OpenAI는 영리법인을 만들었다.", False),
        ("오픈AI는 11월 17일 올트먼을 해임했다.", False),
        ("올트먼이 복귀했다고 오픈AI가 22일 밝혔다.", True),
        ("오픈AI는 22일 밝혔다.", False),
    ],
)
def test_background_dates(text: str, background: bool):
    assert find_expressions(text, WED)[0].background is background


def test_the_sentence_date_is_the_most_specific_then_the_last():
    day_over_month = suggest_events("2023년 11월 올트먼은 17일 해임됐다.", WED)[0]
    assert day_over_month.date == "2023-11-17"
    assert "most specific" in day_over_month.reason
    last = suggest_events("11월 17일 해임, 11월 21일 복귀", WED)[0]
    assert last.date == "2023-11-21" and "nearest the main verb" in last.reason
    # A day that cannot be dated still governs: the year is not put in its place.
    blind = suggest_events("2015년 설립된 오픈AI의 이사회는 지난 17일 해임했다.", None)[0]
    assert blind.date is None and blind.source.expression == "지난 17일"
    assert "no publication date" in blind.reason


def test_sentences_and_offsets_refer_to_the_whole_text():
    text = "첫 문단입니다.\n\n오픈AI는 2023. 11. 17. 올트먼을 해임했다. 이틀 뒤 복귀했다."
    sentences = suggest_events(text, WED)
    assert [s.text for s in sentences] == [
        "오픈AI는 2023. 11. 17. 올트먼을 해임했다.",
        "이틀 뒤 복귀했다.",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text
        for e in s.expressions:
            assert text[e.start : e.end] == e.expression and e.sentence == s.text
    assert [s.date for s in sentences] == ["2023-11-17", None]


def test_json_fields_for_the_command_line():
    found = find_expressions("이사회는 지난 17일 해임했다. 2000명이 서명했다.", WED)
    assert [e.to_json_dict() for e in found] == [
        {
            "start": 5,
            "end": 11,
            "expression": "지난 17일",
            "date": "2023-11-17",
            "borrowed": True,
            "sentence": "이사회는 지난 17일 해임했다.",
        }
    ]
    assert json.loads(json.dumps(found[0].to_json_dict()))["date"] == "2023-11-17"
    event = only("이틀 뒤 복귀").to_json_dict()
    assert event["date"] is None and event["borrowed"] is False


def test_parts_of_periods_say_how_they_were_read():
    assert only("2022년 말 공개").note == "read as the late part of the year"
    assert only("11월 초 발표").note == "read as the early part of the month"
    assert only("2020년대 초 시작").note == "read as the early part of the decade"


_PIECES = [
    "2023년", "11월", "17일", "~", "21일", "지난", "오는", "작년", "올해", "내년", "초", "말",
    "1분기", "상반기", "이틀", "뒤", "만에", "그날", "금요일", "(금)", "부터", "까지", "에는",
    "설립된", "해임했다", "밝혔다고", ".", ", ", " ", "\n", "2000명", "Nov.", "17", "2023",
    "last", "Friday", "in", "early", "the", "1990s", "a week later", "from", "to", "who",
    "(", ")", "의", "2023. 11. 22.", "Q3", "ago", "three days",
]  # fmt: skip
_PUBLISHED = [None, "2023-11-22", "2023-11", "2023", "2023-11-18/2023-11-30", "2025-05/..", "x"]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.sampled_from(_PUBLISHED),
)
def test_any_text_gives_consistent_expressions(text: str, published: str | None):
    for sentence in suggest_events(text, published):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.source in sentence.expressions
        for e in sentence.expressions:
            assert sentence.start <= e.start < e.end <= sentence.end
            assert text[e.start : e.end] == e.expression and e.sentence == sentence.text
            assert e.date is None or parse_edtf(e.date).text == e.date
            assert e.borrowed == (e.borrowed_from is not None)
            assert e.date is not None or e.note
            assert not (e.relative_to_event and e.date)
