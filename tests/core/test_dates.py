"""Tests for viewer.core.dates: the EDTF subset used for event dates."""

from __future__ import annotations

import datetime
import random

import pytest

from viewer.core.dates import (
    DateError,
    DatePoint,
    EdtfDate,
    Precision,
    edtf_from_interval,
    parse_edtf,
)

D = datetime.date
Y, M, DAY = Precision.YEAR, Precision.MONTH, Precision.DAY

# text, earliest, latest, precision, uncertain, approximate, english, korean
FORMS = [
    ("2023", D(2023, 1, 1), D(2023, 12, 31), Y, False, False, "2023", "2023년"),
    ("2023-11", D(2023, 11, 1), D(2023, 11, 30), M, False, False, "Nov 2023", "2023년 11월"),
    ("2023-11-17", D(2023, 11, 17), D(2023, 11, 17), DAY, False, False,
     "Nov 17, 2023", "2023년 11월 17일"),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29), M, False, False, "Feb 2024", "2024년 2월"),
    ("2023-02", D(2023, 2, 1), D(2023, 2, 28), M, False, False, "Feb 2023", "2023년 2월"),
    ("2000-02", D(2000, 2, 1), D(2000, 2, 29), M, False, False, "Feb 2000", "2000년 2월"),
    ("1900-02", D(1900, 2, 1), D(1900, 2, 28), M, False, False, "Feb 1900", "1900년 2월"),
    ("2024-02-29", D(2024, 2, 29), D(2024, 2, 29), DAY, False, False,
     "Feb 29, 2024", "2024년 2월 29일"),
    ("2024", D(2024, 1, 1), D(2024, 12, 31), Y, False, False, "2024", "2024년"),
    ("0001", D(1, 1, 1), D(1, 12, 31), Y, False, False, "1", "1년"),
    ("9999-12-31", D(9999, 12, 31), D(9999, 12, 31), DAY, False, False,
     "Dec 31, 9999", "9999년 12월 31일"),
    ("2023-01-05", D(2023, 1, 5), D(2023, 1, 5), DAY, False, False,
     "Jan 5, 2023", "2023년 1월 5일"),
    # qualifiers on a single date
    ("2015~", D(2015, 1, 1), D(2015, 12, 31), Y, False, True, "c. 2015", "2015년경"),
    ("2023-11~", D(2023, 11, 1), D(2023, 11, 30), M, False, True, "c. Nov 2023", "2023년 11월경"),
    ("2023-11-17~", D(2023, 11, 17), D(2023, 11, 17), DAY, False, True,
     "c. Nov 17, 2023", "2023년 11월 17일경"),
    ("2015?", D(2015, 1, 1), D(2015, 12, 31), Y, True, False, "2015?", "2015년(?)"),
    ("2023-11?", D(2023, 11, 1), D(2023, 11, 30), M, True, False, "Nov 2023?", "2023년 11월(?)"),
    ("2023-11-17?", D(2023, 11, 17), D(2023, 11, 17), DAY, True, False,
     "Nov 17, 2023?", "2023년 11월 17일(?)"),
    ("2015%", D(2015, 1, 1), D(2015, 12, 31), Y, True, True, "c. 2015?", "2015년경(?)"),
    ("2023-11%", D(2023, 11, 1), D(2023, 11, 30), M, True, True,
     "c. Nov 2023?", "2023년 11월경(?)"),
    ("2023-11-17%", D(2023, 11, 17), D(2023, 11, 17), DAY, True, True,
     "c. Nov 17, 2023?", "2023년 11월 17일경(?)"),
    # closed intervals
    ("2018/2019", D(2018, 1, 1), D(2019, 12, 31), Y, False, False, "2018–2019", "2018~2019년"),
    ("2023-11-17/2023-11-21", D(2023, 11, 17), D(2023, 11, 21), DAY, False, False,
     "Nov 17–21, 2023", "2023년 11월 17~21일"),
    ("2023-11-17/2023-12-02", D(2023, 11, 17), D(2023, 12, 2), DAY, False, False,
     "Nov 17 – Dec 2, 2023", "2023년 11월 17일~12월 2일"),
    ("2023-11-17/2024-01-05", D(2023, 11, 17), D(2024, 1, 5), DAY, False, False,
     "Nov 17, 2023 – Jan 5, 2024", "2023년 11월 17일~2024년 1월 5일"),
    ("2023-11/2023-12", D(2023, 11, 1), D(2023, 12, 31), M, False, False,
     "Nov–Dec 2023", "2023년 11~12월"),
    ("2023-11/2024-03", D(2023, 11, 1), D(2024, 3, 31), M, False, False,
     "Nov 2023 – Mar 2024", "2023년 11월~2024년 3월"),
    ("2023-11-17/2024-03", D(2023, 11, 17), D(2024, 3, 31), DAY, False, False,
     "Nov 17, 2023 – Mar 2024", "2023년 11월 17일~2024년 3월"),
    ("2015/2016-03", D(2015, 1, 1), D(2016, 3, 31), M, False, False,
     "2015 – Mar 2016", "2015년~2016년 3월"),
    ("2023-11/2023-12-02", D(2023, 11, 1), D(2023, 12, 2), DAY, False, False,
     "Nov 2023 – Dec 2, 2023", "2023년 11월~2023년 12월 2일"),
    ("2019/2019-03", D(2019, 1, 1), D(2019, 3, 31), M, False, False,
     "2019 – Mar 2019", "2019년~2019년 3월"),
    ("2023/2023", D(2023, 1, 1), D(2023, 12, 31), Y, False, False, "2023", "2023년"),
    ("2024-02/2024-02-29", D(2024, 2, 1), D(2024, 2, 29), DAY, False, False,
     "Feb 2024 – Feb 29, 2024", "2024년 2월~2024년 2월 29일"),
    # qualified intervals: no shared year or month, so each end keeps its own qualifier
    ("2015~/2017", D(2015, 1, 1), D(2017, 12, 31), Y, False, True,
     "c. 2015 – 2017", "2015년경~2017년"),
    ("2015/2017?", D(2015, 1, 1), D(2017, 12, 31), Y, True, False,
     "2015–2017?", "2015년~2017년(?)"),
    ("2015?/2017~", D(2015, 1, 1), D(2017, 12, 31), Y, True, True,
     "2015? – c. 2017", "2015년(?)~2017년경"),
    ("2023-11-17%/2023-11-21", D(2023, 11, 17), D(2023, 11, 21), DAY, True, True,
     "c. Nov 17, 2023? – Nov 21, 2023", "2023년 11월 17일경(?)~2023년 11월 21일"),
    ("2023-11~/2023-12~", D(2023, 11, 1), D(2023, 12, 31), M, False, True,
     "c. Nov 2023 – c. Dec 2023", "2023년 11월경~2023년 12월경"),
    # open ends
    ("2023/..", D(2023, 1, 1), None, Y, False, False, "2023 onward", "2023년 이후"),
    ("2023-11/..", D(2023, 11, 1), None, M, False, False, "Nov 2023 onward", "2023년 11월 이후"),
    ("2023-11-17/..", D(2023, 11, 17), None, DAY, False, False,
     "Nov 17, 2023 onward", "2023년 11월 17일 이후"),
    ("2015~/..", D(2015, 1, 1), None, Y, False, True, "c. 2015 onward", "2015년경 이후"),
    ("../2019", None, D(2019, 12, 31), Y, False, False, "until 2019", "2019년까지"),
    ("../2019-03", None, D(2019, 3, 31), M, False, False, "until Mar 2019", "2019년 3월까지"),
    ("../2019-03-05", None, D(2019, 3, 5), DAY, False, False,
     "until Mar 5, 2019", "2019년 3월 5일까지"),
    ("../2019?", None, D(2019, 12, 31), Y, True, False, "until 2019?", "2019년(?)까지"),
    ("../2024-02%", None, D(2024, 2, 29), M, True, True,
     "until c. Feb 2024?", "2024년 2월경(?)까지"),
]  # fmt: skip

FORM_IDS = [row[0] for row in FORMS]


@pytest.mark.parametrize(
    "text, earliest, latest, precision, uncertain, approximate, en, ko", FORMS, ids=FORM_IDS
)
def test_parse_form(text, earliest, latest, precision, uncertain, approximate, en, ko):
    date = parse_edtf(text)
    assert date.earliest == earliest
    assert date.latest == latest
    assert date.precision is precision
    assert date.uncertain is uncertain
    assert date.approximate is approximate
    assert date.text == text
    assert date.render("en") == en
    assert date.render("ko") == ko


@pytest.mark.parametrize("text", FORM_IDS)
def test_text_round_trips(text):
    date = parse_edtf(text)
    assert parse_edtf(date.text) == date
    assert parse_edtf(f" \t{text}\n") == date


@pytest.mark.parametrize(
    "text, is_interval, open_start, open_end",
    [
        ("2023", False, False, False),
        ("2023-11-17~", False, False, False),
        ("2018/2019", True, False, False),
        ("2023/2023", True, False, False),
        ("2023/..", True, False, True),
        ("../2019", True, True, False),
    ],
)
def test_shape(text, is_interval, open_start, open_end):
    date = parse_edtf(text)
    assert date.is_interval is is_interval
    assert date.open_start is open_start
    assert date.open_end is open_end
    assert (date.start is None) is open_start
    assert (date.end is None) is open_end


def test_single_date_end_is_start():
    date = parse_edtf("2023-11~")
    assert date.end is date.start
    assert date.start == DatePoint(2023, 11, None, approximate=True)


def test_interval_ends_keep_own_qualifiers():
    date = parse_edtf("2015?/2017~")
    assert date.start == DatePoint(2015, None, None, uncertain=True)
    assert date.end == DatePoint(2017, None, None, approximate=True)
    assert date.start.text() == "2015?"
    assert date.end.text() == "2017~"


@pytest.mark.parametrize(
    "point, precision, earliest, latest, text",
    [
        (DatePoint(2024), Y, D(2024, 1, 1), D(2024, 12, 31), "2024"),
        (DatePoint(2024, 2), M, D(2024, 2, 1), D(2024, 2, 29), "2024-02"),
        (DatePoint(2024, 2, 3, uncertain=True), DAY, D(2024, 2, 3), D(2024, 2, 3), "2024-02-03?"),
        (DatePoint(987, 12, approximate=True), M, D(987, 12, 1), D(987, 12, 31), "0987-12~"),
        (DatePoint(2024, None, None, True, True), Y, D(2024, 1, 1), D(2024, 12, 31), "2024%"),
    ],
)
def test_date_point(point, precision, earliest, latest, text):
    assert point.precision is precision
    assert point.earliest == earliest
    assert point.latest == latest
    assert point.text() == text


@pytest.mark.parametrize(
    "value, text, precision",
    [
        (2015, "2015", Y),
        (1, "0001", Y),
        (9999, "9999", Y),
        (D(2023, 11, 17), "2023-11-17", DAY),
        (D(2024, 2, 29), "2024-02-29", DAY),
        (D(1, 1, 1), "0001-01-01", DAY),
    ],
)
def test_yaml_scalars(value, text, precision):
    date = parse_edtf(value)
    assert date.text == text
    assert date.precision is precision
    assert not date.is_interval
    assert date == parse_edtf(text)


@pytest.mark.parametrize(
    "bad, fragment",
    [
        ("", "empty date"),
        ("   ", "empty date"),
        ("2023-13", "month 13 is out of range in '2023-13'"),
        ("2023-00", "month 0 is out of range"),
        ("2023-21", "seasons 21-24 are not supported"),
        ("2023-24", "seasons"),
        ("2023-02-30", "day 30 is out of range for 2023-02"),
        ("2023-02-29", "day 29 is out of range for 2023-02"),
        ("2100-02-29", "day 29 is out of range"),
        ("2023-11-31", "day 31 is out of range"),
        ("2023-11-00", "day 0 is out of range"),
        ("0000", "year 0000 is out of range (0001-9999)"),
        ("23-11-17", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2023-1-5", "expected YYYY"),
        ("20230", "expected YYYY"),
        ("Y170000", "expected YYYY"),
        ("+2023", "expected YYYY"),
        ("-2023", "expected YYYY"),
        ("abc", "not a supported date"),
        ("..", "not a supported date"),
        ("２０２３", "not a supported date"),
        ("٢٠٢٣", "not a supported date"),
        ("2023년 11월 17일", "not a supported date"),
        ("2023-11-17 ~", "not a supported date"),
        ("2023-?11", "qualifier (?, ~ or %) may only follow a whole date: '2023-?11'"),
        ("?2023", "qualifier"),
        ("2023~?", "qualifier"),
        ("2023-11-17T10:00", "times are not supported"),
        ("2023-11-17 10:00", "times are not supported"),
        ("2023/", "write '..' for an open end"),
        ("/2023", "interval end is empty"),
        ("/", "interval end is empty"),
        ("../..", "cannot be open at both ends"),
        ("2023/2024/2025", "exactly one '/'"),
        ("2023 / 2024", "not a supported date"),
        ("2020/2019", "interval ends before it starts: '2020/2019'"),
        ("2023-12/2023-11", "interval ends before it starts"),
        ("2023-11-18/2023-11-17", "interval ends before it starts"),
        ("2024/2023-12-31", "interval ends before it starts"),
        ("2023-13/2024", "month 13 is out of range in '2023-13/2024'"),
        ("2023/2024-02-30", "day 30 is out of range"),
    ],
)
def test_bad_text(bad, fragment):
    with pytest.raises(DateError) as info:
        parse_edtf(bad)
    message = str(info.value)
    assert f"'{bad.strip()}'" in message
    assert fragment in message


@pytest.mark.parametrize(
    "bad",
    [True, False, 2015.0, datetime.datetime(2023, 11, 17, 10, 0), 0, 10000, -5, None, [2023]],
)
def test_bad_value(bad):
    with pytest.raises(DateError) as info:
        parse_edtf(bad)
    assert str(bad) in str(info.value)


def test_date_error_is_value_error():
    with pytest.raises(ValueError):
        parse_edtf("2023-13")


@pytest.mark.parametrize(
    "make",
    [
        lambda: DatePoint(2023, 13),
        lambda: DatePoint(0),
        lambda: DatePoint(2023, None, 5),
        lambda: DatePoint(2023, 2, 29),
        lambda: EdtfDate(None, None, True),
        lambda: EdtfDate(None, None, False),
        lambda: EdtfDate(DatePoint(2020), DatePoint(2019), True),
        lambda: EdtfDate(DatePoint(2020), DatePoint(2021), False),
    ],
)
def test_constructors_validate(make):
    with pytest.raises(DateError):
        make()


def test_equal_single_ends_become_identical():
    date = EdtfDate(DatePoint(2023), DatePoint(2023), False)
    assert date.end is date.start


@pytest.mark.parametrize("lang", ["fr", "", "EN", "de-DE"])
def test_render_falls_back_to_english(lang):
    date = parse_edtf("2023-11-17/2023-11-21")
    assert date.render(lang) == "Nov 17–21, 2023"


@pytest.mark.parametrize("lang", ["ko", "KO", "ko-KR", "ko_KR"])
def test_render_korean_locale_names(lang):
    assert parse_edtf("2023-11~").render(lang) == "2023년 11월경"


@pytest.mark.parametrize(
    "month, abbr",
    list(
        enumerate(
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
            start=1,
        )
    ),
)
def test_english_month_abbreviations(month, abbr):
    assert parse_edtf(f"2023-{month:02d}").render("en") == f"{abbr} 2023"
    assert parse_edtf(f"2023-{month:02d}").render("ko") == f"2023년 {month}월"


@pytest.mark.parametrize(
    "text, days, expected",
    [
        ("2023-11-17", 0, "2023-11-17"),
        ("2023-11-17", 14, "2023-12-01"),
        ("2023-11-17", -17, "2023-10-31"),
        ("2023-11-17~", 1, "2023-11-18~"),
        ("2024-02-28", 1, "2024-02-29"),
        ("2023-12-31?", 1, "2024-01-01?"),
        ("2023-11", 29, "2023-11"),
        ("2023-11", 30, "2023-12"),
        ("2023-11", -1, "2023-10"),
        ("2023-11%", 45, "2023-12%"),
        ("2023", 364, "2023"),
        ("2023", 365, "2024"),
        ("2024", 365, "2024"),
        ("2023", -1, "2022"),
        ("2015~", 400, "2016~"),
        ("2023-11-17/2023-11-21", 3, "2023-11-20/2023-11-24"),
        ("2018/2019", 365, "2019/2020"),
        ("2023-11-17/2024-03", 30, "2023-12-17/2024-03"),
        ("2023-11-17/2024-03", 31, "2023-12-18/2024-04"),
        ("2015~/2017?", -1, "2014~/2016?"),
        ("2023-11-17/..", 10, "2023-11-27/.."),
        ("2023/..", -365, "2022/.."),
        ("../2019-03", 31, "../2019-04"),
        ("../2019", 1, "../2019"),
        # a coarse end that would land before a finer start moves on with it
        ("2023-11-17/2023-11", 14, "2023-12-01/2023-12"),
        ("2023-12/2023", 31, "2024-01/2024"),
        ("2023-11-17/2023-11", -17, "2023-10-31/2023-10"),
    ],
)
def test_shifted(text, days, expected):
    date = parse_edtf(text)
    moved = date.shifted(days)
    assert moved.text == expected
    assert moved.is_interval is date.is_interval
    assert moved.precision is date.precision
    assert date.text == text


def test_shifted_single_keeps_identity():
    moved = parse_edtf("2023-11~").shifted(40)
    assert moved.end is moved.start


@pytest.mark.parametrize(
    "text, days", [("9999-12-31", 1), ("0001-01-01", -1), ("9999", 365), ("0001-01/..", -1)]
)
def test_shifted_out_of_range(text, days):
    with pytest.raises(DateError) as info:
        parse_edtf(text).shifted(days)
    assert f"'{text}'" in str(info.value)


@pytest.mark.parametrize(
    "start, end, precision, text, is_interval",
    [
        (D(2023, 11, 17), D(2023, 11, 21), DAY, "2023-11-17/2023-11-21", True),
        (D(2023, 11, 17), D(2023, 11, 17), DAY, "2023-11-17", False),
        (D(2023, 11, 17), D(2023, 11, 21), M, "2023-11", False),
        (D(2023, 11, 17), D(2024, 1, 2), M, "2023-11/2024-01", True),
        (D(2023, 11, 17), D(2024, 1, 2), Y, "2023/2024", True),
        (D(2023, 1, 1), D(2023, 12, 31), Y, "2023", False),
        (D(2024, 2, 29), D(2024, 3, 1), 2, "2024-02/2024-03", True),
    ],
)
def test_edtf_from_interval(start, end, precision, text, is_interval):
    date = edtf_from_interval(start, end, precision)
    assert date.text == text
    assert date.is_interval is is_interval
    assert date.precision is Precision(precision)
    assert not date.uncertain and not date.approximate
    if not is_interval:
        assert date.end is date.start


def test_edtf_from_interval_rejects_reversed_days():
    with pytest.raises(DateError):
        edtf_from_interval(D(2023, 11, 21), D(2023, 11, 17), DAY)


@pytest.mark.parametrize(
    "text, key",
    [
        ("2023-11-17", D(2023, 11, 17)),
        ("2023-11", D(2023, 11, 1)),
        ("2023~", D(2023, 1, 1)),
        ("2018/2019", D(2018, 1, 1)),
        ("2020/..", D(2020, 1, 1)),
        ("../2019", D(2019, 12, 31)),
        ("../2019-03", D(2019, 3, 31)),
    ],
)
def test_sort_key(text, key):
    assert parse_edtf(text).sort_key == key


def test_sort_key_orders_events():
    expected = ["2015~", "2018/2019", "2019", "2019-03", "2019-03-05", "../2019", "2020/.."]
    shuffled = expected[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != expected
    dates = sorted((parse_edtf(t) for t in shuffled), key=lambda d: d.sort_key)
    assert [d.text for d in dates] == expected


def test_dates_are_frozen_and_hashable():
    date = parse_edtf("2023-11-17/2023-11-21")
    with pytest.raises(AttributeError):
        date.start = None  # type: ignore[misc]
    assert len({date, parse_edtf("2023-11-17/2023-11-21"), parse_edtf(2023)}) == 2
