"""The pieces the importers share: ids, extra keys, titles, HTML, dates and times."""

from __future__ import annotations

import pytest

from viewer.core.dates import DateError, DatePoint
from viewer.core.importers.building import Extras, IdMaker, fill_title, first_line
from viewer.core.importers.date_parts import date_text, time_text
from viewer.core.importers.loose_dates import read_loose_date
from viewer.core.importers.markup import from_html
from viewer.core.model import is_valid_id


def test_ids_are_valid_and_unique() -> None:
    ids = IdMaker("event")
    made = [
        ids.make("a b\tc", "x"),
        ids.make(None, "이사회, 올트먼 해임"),
        ids.make(None, "이사회, 올트먼 해임"),
        ids.make("", "!!!"),
        ids.make(None, ""),
        ids.make(7, "x"),
    ]
    assert made == ["a-b-c", "이사회-올트먼-해임", "이사회-올트먼-해임-2", "event", "event-2", "7"]
    assert all(is_valid_id(made_id) for made_id in made)


def test_extras_never_shadow_a_field_or_each_other() -> None:
    extras = Extras()
    assert extras.put("date", "someday") == "date_original"
    assert extras.put("date", "again") == "date_original_2"
    assert extras.put("mood", "") is None  # blank says nothing
    assert extras.put("flag", False) == "flag"  # but False does
    assert extras.data() == (
        ("date_original", "someday"),
        ("date_original_2", "again"),
        ("flag", False),
    )


def test_a_missing_title_is_filled_from_a_stand_in() -> None:
    assert fill_title("  a \n title ", [("text", "x")]) == ("a title", None)
    assert fill_title("", [("text", ""), ("caption", "\n  Caption line\nmore")]) == (
        "Caption line",
        "its title is taken from its caption",
    )
    assert fill_title("", []) == ("(untitled)", "it is called '(untitled)'")
    long = "word " * 40
    assert first_line(long).endswith("…") and len(first_line(long)) <= 81


@pytest.mark.parametrize(
    ("markup", "text", "linked"),
    [
        ("<p>one</p><p>two &amp; three</p>", "one\n\ntwo & three", False),
        ("plain\n\nparagraphs", "plain\n\nparagraphs", False),
        ("A &lt;b&gt; &quot;q&quot;", 'A <b> "q"', False),
        ("see <a href='https://e.com'>this</a>", "see this", True),
        ("<img src='x.png'>caption", "caption", True),
        ("a<br>b", "a\nb", False),
        ("<script>alert(1)</script>ok", "ok", False),
        ("bad\x00control", "badcontrol", False),
    ],
)
def test_html_becomes_plain_text(markup: str, text: str, linked: bool) -> None:
    plain = from_html(markup)
    assert (plain.text, plain.linked) == (text, linked)


def test_html_nested_past_what_libxml2_parses_still_loses_its_tags() -> None:
    plain = from_html("<b>" * 100_000 + "deep" + "</b>" * 100_000)
    assert plain.text == "deep"


def test_dates_from_parts() -> None:
    assert date_text(DatePoint(2023), None) == "2023"
    assert date_text(DatePoint(2023, 11), DatePoint(2023, 11)) == "2023-11"
    assert date_text(DatePoint(2023, 11, 17), DatePoint(2024)) == "2023-11-17/2024"
    assert date_text(DatePoint(2023, approximate=True), None, open_end=True) == "2023~/.."
    with pytest.raises(DateError, match="ends before it starts"):
        date_text(DatePoint(2024), DatePoint(2023))


def test_times_of_day() -> None:
    assert time_text(9) == "09:00"
    assert time_text(14, 30, 5) == "14:30:05"
    assert time_text(14, 30, 0, 250) == "14:30:00.250"
    with pytest.raises(DateError, match="minute 60"):
        time_text(1, 60)


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("2023-11-17", "2023-11-17", None),
        ("2023/11/17", "2023-11-17", None),
        ("2023.11.17", "2023-11-17", None),
        ("2023. 11. 17.", "2023-11-17", None),
        ("17.11.2023", "2023-11-17", None),
        ("2023년 11월 17일", "2023-11-17", None),
        ("2023년 11월 17일 (금)", "2023-11-17", None),
        ("2023년 11월", "2023-11", None),
        ("2023년", "2023", None),
        ("Nov 17, 2023", "2023-11-17", None),
        ("November 17th 2023", "2023-11-17", None),
        ("17 Nov. 2023", "2023-11-17", None),
        ("Sept 2023", "2023-09", None),
        ("2023", "2023", None),
        (" 2015~ ", "2015~", None),
        ("2018/2019-03", "2018/2019-03", None),
        ("2023-11-17 14:30", "2023-11-17", "14:30"),
        ("2023-11-17T14:30:05+09:00", "2023-11-17", "14:30:05"),
    ],
)
def test_loose_dates(text: str, date: str, time: str | None) -> None:
    assert read_loose_date(text) == (date, time)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("11/17/2023", "is not a date this import reads"),
        ("Smarch 2023", "is not a date this import reads"),
        ("2023-02-30", "day 30 is out of range"),
        ("-500", "is not a date this import reads"),
        ("2023-11-17 25:00", "hour 25 is out of range"),
    ],
)
def test_dates_that_are_not_read(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        read_loose_date(text)
