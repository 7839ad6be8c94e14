"""The TimelineJS spreadsheet template as CSV: columns by name in any order, rows as slides."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.importers.samples import TIMELINEJS_CSV, TIMELINEJS_CSV_ROW_LINES, write
from viewer.core.importers import import_file
from viewer.core.importers.timelinejs_csv import COLUMNS, looks_like_timelinejs
from viewer.core.model import Event, LocalText

LINES = TIMELINEJS_CSV_ROW_LINES


@pytest.fixture
def report(tmp_path: Path):
    return import_file(write(tmp_path, "sheet.csv", TIMELINEJS_CSV))


def by_title(report, title: str) -> Event:
    return next(event for event in report.timeline.events if event.title == LocalText.of(title))


def test_it_is_told_from_other_tables(report) -> None:
    assert report.format == "timelinejs-csv"
    assert looks_like_timelinejs(list(COLUMNS))
    assert not looks_like_timelinejs(["Year", "Headline", "Notes"])


def test_a_row_maps_every_column(report) -> None:
    event = by_title(report, "이사회의 해임 발표")
    assert event.date == "2023-11-17"
    assert event.summary == LocalText.of("첫 문단\n\n둘째 문단")
    assert event.tags == ("지배구조",)
    extra = dict(event.extra)
    assert extra["time"] == "14:30"  # 2:30 PM
    assert extra["display_date"] == "금요일 오후"
    assert extra["media_url"] == "https://example.com/v"
    assert extra["media_credit"] == "AP"
    assert extra["media_caption"] == "<b>영상</b>"
    assert extra["background"] == {"url": "https://example.com/bg.jpg"}
    assert extra["메모"] == "확인 필요"  # an unknown column, under its name


def test_dates_keep_their_precision(report) -> None:
    assert by_title(report, "Month only").date == "2023-11"
    assert by_title(report, "Span of years").date == "2015/2018"
    assert report.timeline.periods[0].date == "2015/2019-03"


def test_the_title_row_is_the_title_and_an_era_row_a_period(report) -> None:
    assert report.timeline.title == LocalText.of("OpenAI 사태")
    assert dict(report.timeline.extra)["title_slide"] == {
        "text": "제목 슬라이드",
        "background": {"color": "#000000"},
    }
    (era,) = report.timeline.periods
    assert era.title == LocalText.of("초기 시대") and all(
        e.title != era.title for e in report.timeline.events
    )


def test_warnings_name_the_rows_line(report) -> None:
    warnings = {p.line: p.message for p in report.warnings}
    assert "year -500 is out of range" in warnings[LINES["bce"]]
    assert "hour 25 is out of range" in warnings[LINES["time"]]
    assert "column_20" in warnings[LINES["span"]]
    # a multi-line cell in row 3 puts the next row two lines on
    assert LINES["month"] == LINES["fired"] + 2
    assert not any(p.line == LINES["month"] for p in report.warnings)


def test_nothing_is_dropped_silently(report) -> None:
    bce = by_title(report, "BCE")
    assert bce.date is None and dict(bce.extra)["start_date"] == {"year": "-500"}
    bad_time = by_title(report, "Bad time")
    assert bad_time.date == "2023-11-17"
    assert dict(bad_time.extra)["time"] == "25:99"  # the cell as written, under its column
    assert dict(by_title(report, "Span of years").extra)["column_20"] == "spare cell"
    odd = by_title(report, "Odd type")
    assert dict(odd.extra)["Type"] == "slide"
    # eight rows with something in them (the blank one says nothing): the title row, six
    # events and an era, which is a period
    assert report.records == 8
    assert report.imported + len(report.timeline.periods) == 7
    assert report.imported == len(report.timeline.events)
    assert report.skipped == 0


@pytest.mark.parametrize(
    ("cell", "time"),
    [
        ("14:30", "14:30"),
        ("2:30 pm", "14:30"),
        ("12:05 AM", "00:05"),
        ("12:05 p.m.", "12:05"),
        ("1430", "14:30"),
        ("14.30", "14:30"),
        ("14:30:15", "14:30:15"),
        ("14:30:15.25", "14:30:15.250"),
        ("9", "09:00"),
    ],
)
def test_times_are_read_as_timelinejs_reads_them(tmp_path: Path, cell: str, time: str) -> None:
    data = f"Year,Month,Day,Time,Headline,Text\n2023,11,17,{cell},x,\n"
    report = import_file(write(tmp_path, "t.csv", data), format="timelinejs-csv")
    assert dict(report.timeline.events[0].extra)["time"] == time
    assert report.warnings == []


def test_a_time_without_a_date_is_kept_and_warned(tmp_path: Path) -> None:
    data = "Year,Month,Day,Time,Headline,Text\n,,,10:00,x,\n"
    report = import_file(write(tmp_path, "t.csv", data), format="timelinejs-csv")
    event = report.timeline.events[0]
    assert event.date is None and dict(event.extra)["Time"] == "10:00"
    assert "a time without a date" in report.warnings[0].message


def test_a_second_title_row_is_an_event(tmp_path: Path) -> None:
    data = "Year,Headline,Text,Type\n,One,,title\n2001,Two,,Title\n"
    report = import_file(write(tmp_path, "t.csv", data), format="timelinejs-csv")
    assert report.timeline.title == LocalText.of("One")
    assert [e.title for e in report.timeline.events] == [LocalText.of("Two")]
    assert "a second title slide" in report.warnings[0].message


def test_other_csv_is_refused_as_the_template(tmp_path: Path) -> None:
    from viewer.core.importers import ImportFailed

    with pytest.raises(ImportFailed, match="not the TimelineJS template"):
        import_file(write(tmp_path, "t.csv", "날짜,제목\n2023,x\n"), format="timelinejs-csv")


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolons_and_tabs_are_delimiters_too(tmp_path: Path, delimiter: str) -> None:
    header = delimiter.join(["Year", "Month", "Headline", "Text", "Group"])
    row = delimiter.join(["2023", "11", "a, b", "c, d", "g"])
    report = import_file(write(tmp_path, "t.csv", f"{header}\n{row}\n"))
    (event,) = report.timeline.events
    assert (event.title, event.date, event.tags) == (LocalText.of("a, b"), "2023-11", ("g",))
