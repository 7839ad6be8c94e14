"""TimelineJS 3 JSON: every documented field mapped, precision kept, the rest kept or warned."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from tests.core.importers.samples import ERA_LINE, EVENT_LINE, timelinejs_json, write
from viewer.core.dates import parse_edtf
from viewer.core.importers import import_file
from viewer.core.model import Event, LocalText


@pytest.fixture
def report(tmp_path: Path):
    return import_file(write(tmp_path, "story.json", timelinejs_json()))


def by_title(report, title: str) -> Event:
    return next(event for event in report.timeline.events if event.title == LocalText.of(title))


def test_a_slide_maps_every_field(report) -> None:
    event = report.timeline.events[0]
    assert event.id == "altman-fired"
    assert event.title == LocalText.of("이사회, 올트먼 해임 & 발표")
    assert event.summary == LocalText.of(
        '오픈AI 이사회는 "솔직하지 않았다"고 밝혔다.\n\n둘째 문단, 성명 참고.'
    )
    assert event.date == "2023-11-17"
    assert event.tags == ("지배구조",)
    extra = dict(event.extra)
    assert extra["time"] == "14:30"
    assert extra["display_date"] == "11월 17일 오후"
    assert extra["media_url"] == "https://example.com/a.jpg"
    assert extra["media_caption"] == "사진 <b>설명</b>"
    assert extra["media_credit"] == "AP"
    assert extra["media_thumbnail"] == "https://example.com/t.jpg"
    assert extra["background"] == {"color": "#123456"}
    assert extra["autolink"] is False
    # the text links to something its plain text loses, so its HTML is kept as well
    assert "href='https://example.com/board'" in extra["text_html"]
    # an unknown key is kept as it is; one the event has itself under another name
    assert extra["mood"] == "tense"
    assert extra["tags_original"] == ["unknown", "key"]


def test_dates_keep_their_precision(report) -> None:
    assert by_title(report, "Month only").date == "2023-11"
    interval = by_title(report, "Years, an interval")
    assert interval.date == "2015/2018"
    assert dict(interval.extra)["start_display_date"] == "around 2015"
    # an end on the same day makes no interval, but its time is kept
    same_day = by_title(report, "Same day, an end time")
    assert same_day.date == "2023-11-21"
    assert dict(same_day.extra)["end_time"] == "09:00"


def test_ids_are_made_valid_and_unique_and_the_given_one_is_kept(report) -> None:
    month = by_title(report, "Month only")
    assert month.id == "has-space"
    assert dict(month.extra)["unique_id"] == "has space"
    second = by_title(report, "Years, an interval")
    assert second.id == "altman-fired-2"
    ids = [event.id for event in report.timeline.events]
    assert len(set(ids)) == len(ids)
    messages = [p.message for p in report.warnings if "unique_id" in p.message]
    assert "'has space' holds spaces" in messages[0]
    assert "'altman-fired' is the id of an earlier record" in messages[1]
    # a slide without unique_id takes one from its title
    assert by_title(report, "Far future").id == "far-future"


def test_years_the_timeline_cannot_hold_are_warned_each_and_kept(report) -> None:
    bce = by_title(report, "BCE")
    assert bce.date is None
    assert dict(bce.extra)["start_date"] == {"year": -500}
    assert dict(bce.extra)["end_date"] == {"year": -400}
    future = by_title(report, "Far future")
    assert future.date is None and dict(future.extra)["start_date"] == {"year": 12000}
    messages = [(p.line, p.message) for p in report.warnings if "out of range" in p.message]
    assert [line for line, _ in messages] == [EVENT_LINE + 3, EVENT_LINE + 3, EVENT_LINE + 4]
    assert "year -500" in messages[0][1] and "year -400" in messages[1][1]


def test_a_missing_headline_is_taken_from_the_text_with_a_warning(report) -> None:
    event = by_title(report, "No headline: the text stands in")
    assert event.date == "2024"
    (warning,) = [p for p in report.warnings if "no headline" in p.message]
    assert warning.line == EVENT_LINE + 5


def test_an_era_is_a_period(report) -> None:
    (era,) = report.timeline.periods
    assert era.title == LocalText.of("초기 시대")
    assert era.date == "2015/2019-03"
    assert all(event.title != era.title for event in report.timeline.events)
    assert "1 era: each became a period" in report.notes


def test_the_title_slide_is_the_title_and_its_rest_is_kept(report) -> None:
    timeline = report.timeline
    assert timeline.title == LocalText.of("OpenAI 사태")
    extra = dict(timeline.extra)
    assert extra["title_slide"] == {
        "text": "첫 문단\n\n둘째 문단",
        "media_url": "https://example.com/title.jpg",
    }
    assert extra["scale"] == "human"
    assert extra["creator"] == "someone"
    # a key the timeline file has itself is kept under another name
    assert extra["sources_original"] == "a top-level key the timeline has too"
    assert timeline.sources == ()


def test_nothing_is_dropped_silently(report) -> None:
    slides = json.loads(timelinejs_json())
    records = len(slides["events"]) + len(slides["eras"]) + 1  # and the title slide
    assert report.records == records
    assert report.imported == len(report.timeline.events)
    assert report.imported + len(report.timeline.periods) == records - 1 - report.skipped
    (left_out,) = [p for p in report.warnings if "left out" in p.message]
    assert report.skipped == 1
    assert left_out.line == EVENT_LINE + 6
    assert "'not a slide'" in left_out.message


def test_the_order_of_the_slides_is_kept(report) -> None:
    titles = [event.title.get("en") for event in report.timeline.events]
    assert titles[:3] == ["이사회, 올트먼 해임 & 발표", "Month only", "Years, an interval"]


def test_times_are_noted_once(report) -> None:
    assert [note for note in report.notes if "time of day" in note] == [
        "2 events with a time of day: it is kept as the key 'time' (and 'end_time'), as a "
        "timeline's dates are days"
    ]


def test_an_era_warning_names_its_line(tmp_path: Path) -> None:
    data = timelinejs_json().replace('{"year": 2019, "month": 3}', '{"year": 2019, "month": 13}')
    report = import_file(write(tmp_path, "story.json", data))
    (warning,) = [p for p in report.warnings if "month 13" in p.message]
    assert warning.line == ERA_LINE
    assert report.timeline.events[-1].date is None


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ({"year": 2023}, "2023"),
        ({"year": "2023", "month": "02"}, "2023-02"),
        ({"year": 2023.0, "month": 2, "day": 28}, "2023-02-28"),
        ({"year": " 2,023 ", "month": "", "day": ""}, "2023"),
    ],
)
def test_numbers_or_text_as_timelinejs_reads_them(tmp_path: Path, date, expected) -> None:
    data = json.dumps({"events": [{"start_date": date, "text": {"headline": "x"}}]})
    report = import_file(write(tmp_path, "t.json", data))
    assert report.timeline.events[0].date == expected
    assert report.warnings == []


@pytest.mark.parametrize(
    ("date", "problem"),
    [
        ({"year": "MMXXIII"}, "is not a whole number"),
        ({"month": 3}, "it has no year"),
        ({"year": 2023, "day": 3}, "a day needs a month"),
        ({"year": 2023, "month": 2, "day": 30}, "day 30 is out of range"),
        ({"year": 2023, "month": 2, "hour": 24}, "hour 24 is out of range"),
        ({"year": 2023, "minute": 5}, "minutes or seconds without an hour"),
        ("2023", "is not a date object"),
    ],
)
def test_a_date_it_cannot_read_is_warned_and_kept(tmp_path: Path, date, problem) -> None:
    data = json.dumps({"events": [{"start_date": date, "text": {"headline": "x"}}]})
    report = import_file(write(tmp_path, "t.json", data))
    event = report.timeline.events[0]
    assert event.date is None
    assert dict(event.extra)["start_date"] == date
    (warning,) = report.warnings
    assert problem in warning.message and warning.line == 1


def test_an_interval_that_ends_before_it_starts_is_undated(tmp_path: Path) -> None:
    slide = {"start_date": {"year": 2020}, "end_date": {"year": 2019}, "text": {"headline": "x"}}
    report = import_file(write(tmp_path, "t.json", json.dumps({"events": [slide]})))
    event = report.timeline.events[0]
    assert event.date is None
    assert dict(event.extra)["end_date"] == {"year": 2019}
    assert "ends before it starts" in report.warnings[0].message


def test_repeated_keys_are_warned(tmp_path: Path) -> None:
    data = '{"events": [\n{"text": {"headline": "a"}, "text": {"headline": "b"}}]}'
    report = import_file(write(tmp_path, "t.json", data))
    assert report.timeline.events[0].title == LocalText.of("b")
    (warning,) = report.warnings
    assert warning.line == 2 and "repeats the keys text" in warning.message


def test_a_slide_with_no_text_at_all_is_called_untitled(tmp_path: Path) -> None:
    data = json.dumps({"events": [{"start_date": {"year": 2001}, "media": {"url": "u"}}]})
    report = import_file(write(tmp_path, "t.json", data))
    assert report.timeline.events[0].title == LocalText.of("(untitled)")
    assert "it is called '(untitled)'" in report.warnings[0].message


def _date_object(point) -> dict[str, int]:
    parts = {"year": point.year, "month": point.month, "day": point.day}
    return {key: value for key, value in parts.items() if value is not None}


def _as_timelinejs(events: list[Event], eras: list[Event]) -> str:
    """What an exporter that follows the documented format writes: HTML-escaped text,
    date objects with the parts the date has, an end_date for an interval."""

    def slide(event: Event) -> dict:
        date = parse_edtf(event.date)
        result = {
            "start_date": _date_object(date.start),
            "text": {
                "headline": html.escape(event.title.get("en")),
                "text": "".join(
                    f"<p>{html.escape(part)}</p>" for part in event.summary.get("en").split("\n\n")
                ),
            },
            "unique_id": event.id,
        }
        if date.is_interval:
            result["end_date"] = _date_object(date.end)
        return result

    return json.dumps(
        {"events": [slide(e) for e in events], "eras": [slide(e) for e in eras]},
        ensure_ascii=False,
    )


def test_an_export_to_timelinejs_imports_back_the_same(tmp_path: Path) -> None:
    events = [
        Event(
            id="b",
            date="2023-11-17",
            title=LocalText.of("A & B <together>"),
            summary=LocalText.of("첫 문단\n\n둘째 & 셋째"),
        ),
        Event(id="a", date="2015", title=LocalText.of("Year only")),
        Event(id="c", date="2023-11", title=LocalText.of("올트먼 복귀")),
        Event(id="d", date="2018/2019-03", title=LocalText.of("Mixed interval")),
        Event(id="e", date="2023-11-17/2023-11-21", title=LocalText.of("Days")),
    ]
    eras = [Event(id="era-1", date="2015/2019", title=LocalText.of("Early years"), tags=("era",))]
    report = import_file(write(tmp_path, "export.json", _as_timelinejs(events, eras)))
    back = report.timeline.events
    assert [(e.id, e.date, e.title) for e in back] == [(e.id, e.date, e.title) for e in events]
    assert back[0].summary == events[0].summary
    assert [(p.id, p.date, p.title) for p in report.timeline.periods] == [
        ("era-1", "2015/2019", LocalText.of("Early years"))
    ]
    assert report.warnings == []
