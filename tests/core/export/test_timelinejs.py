"""TimelineJS 3 data, read back through json, against the fields its documentation lists
(timeline.knightlab.com/docs/json-format.html)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from tests.core.export.builders import (
    BUNDLED_EVENTS,
    MARKUP_TITLE,
    SCRIPT_QUOTE,
    SCRIPT_TITLE,
    bundled,
    sample,
)
from viewer.core.export import ExportOptions, to_timelinejs
from viewer.core.export.timelinejs import TITLE_ID
from viewer.core.export.words import word
from viewer.core.model import Event, Evidence, LocalText, Timeline

TOP_FIELDS = {"events", "title", "eras", "scale"}
SLIDE_FIELDS = {"start_date", "end_date", "text", "media", "group", "display_date", "background",
                "autolink", "unique_id"}  # fmt: skip
DATE_FIELDS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}
TEXT_FIELDS = {"headline", "text"}
HTML_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


class Fragment(HTMLParser):
    """The tags and the text of an HTML fragment."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text = ""
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text += data


def exported(timeline: Timeline, options: ExportOptions) -> dict[str, Any]:
    """The data as a page would load it: through JSON text."""
    return json.loads(json.dumps(to_timelinejs(timeline, options), ensure_ascii=False, indent=2))


def check_documented(data: dict[str, Any]) -> None:
    """Every field is one the documentation lists, with the type it gives."""
    assert set(data) <= TOP_FIELDS and isinstance(data["events"], list)
    for slide in [data["title"], *data["events"]]:
        assert set(slide) <= SLIDE_FIELDS
        assert set(slide["text"]) <= TEXT_FIELDS
        assert all(isinstance(value, str) for value in slide["text"].values())
        assert isinstance(slide.get("autolink", False), bool)
        for key in ("group", "display_date", "unique_id"):
            assert isinstance(slide.get(key, ""), str)
    for slide in data["events"]:
        for key in ("start_date", "end_date"):
            date = slide.get(key)
            if date is None:
                assert key == "end_date"
                continue
            assert set(date) <= DATE_FIELDS and "year" in date
            # numbers or strings of digits, as the documentation allows
            assert all(
                isinstance(v, int) or str(v).isdigit()
                for k, v in date.items()
                if k != "display_date"
            )
    assert "start_date" not in data["title"]


def by_id(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {slide["unique_id"]: slide for slide in data["events"]}


def test_the_data_has_only_documented_fields_and_a_title_slide() -> None:
    data = exported(sample(), ExportOptions())
    check_documented(data)
    assert data["title"]["unique_id"] == TITLE_ID
    assert Fragment(data["title"]["text"]["headline"]).text == "Sample *crisis*"
    assert "1 undated event(s) left out" in Fragment(data["title"]["text"]["text"]).text


def test_dates_keep_their_precision() -> None:
    slides = by_id(exported(sample(), ExportOptions()))
    assert [slide["unique_id"] for slide in slides.values()] == [
        "founded",
        "month-claim",
        "fired",
        "five-days",
    ]
    assert slides["founded"]["start_date"] == {"year": 2015}
    assert slides["month-claim"]["start_date"] == {"year": 2023, "month": 11}
    assert slides["fired"]["start_date"] == {"year": 2023, "month": 11, "day": 17}
    assert slides["five-days"]["end_date"] == {"year": 2023, "month": 11, "day": 21}
    assert all("end_date" not in slides[key] for key in ("founded", "month-claim", "fired"))
    assert [slide["display_date"] for slide in slides.values()] == [
        "2015",
        "Nov 2023",
        "Nov 17, 2023",
        "Nov 17–21, 2023",
    ]


def test_open_mixed_and_qualified_dates() -> None:
    timeline = Timeline(
        events=(
            Event("until", date="../2015"),
            Event("onward", date="2024-09/.."),
            Event("mixed", date="2023-11-17/2024-03"),
            Event("about", date="2015~"),
            Event("maybe", date="2023-11-17?"),
        )
    )
    slides = by_id(exported(timeline, ExportOptions(lang="ko")))
    assert slides["until"]["start_date"] == {"year": 2015} and "end_date" not in slides["until"]
    assert slides["until"]["display_date"] == "2015년까지"
    assert (
        slides["onward"]["start_date"] == {"year": 2024, "month": 9}
        and "end_date" not in slides["onward"]
    )
    assert slides["onward"]["display_date"] == "2024년 9월 이후"
    assert slides["mixed"]["end_date"] == {"year": 2024, "month": 3}
    assert slides["about"]["display_date"] == "2015년경"
    assert slides["maybe"]["display_date"] == "2023년 11월 17일(?)"
    assert "EDTF: 2015~" in Fragment(slides["about"]["text"]["text"]).text


def test_headlines_and_texts_are_escaped_html() -> None:
    slides = by_id(exported(sample(), ExportOptions()))
    for slide, title in ((slides["fired"], SCRIPT_TITLE), (slides["month-claim"], MARKUP_TITLE)):
        headline = Fragment(slide["text"]["headline"])
        assert (headline.tags, headline.text) == ([], title)
    text = Fragment(slides["month-claim"]["text"]["text"])
    assert "script" not in text.tags and "a" not in text.tags  # the blog's URL is javascript:
    assert SCRIPT_QUOTE in text.text
    assert "Staff sign a letter." in text.text and "Disagreement:" in text.text
    assert text.tags.count("blockquote") == 2  # the quote and its date quote
    fired = slides["fired"]["text"]["text"]
    assert '<a href="https://news.example/a?x=1&amp;y=2">' in fired


def test_every_quote_is_in_its_slide() -> None:
    timeline = sample()
    slides = by_id(exported(timeline, ExportOptions()))
    for event in timeline.events:
        if event.id in slides:
            text = Fragment(slides[event.id]["text"]["text"]).text
            assert all(evidence.quote in text for evidence in event.evidence)


def test_groups_are_the_kinds_in_words() -> None:
    data = exported(sample(), ExportOptions(lang="ko"))
    assert [slide["group"] for slide in data["events"]] == ["의견", "주장", "사실", "추측"]
    odd = exported(Timeline(events=(Event("e", date="2023", kind="<b>&x"),)), ExportOptions())
    # TimelineJS decodes entities once when it strips markup from a group, then shows it as HTML
    assert odd["events"][0]["group"] == "&amp;lt;b&amp;gt;&amp;amp;x"


def test_unique_ids_are_unique_valid_html_ids_and_stable() -> None:
    odd_ids = ("fired", "fired", "fired", "해임", "1st", "a b.c", "", TITLE_ID)
    # one date for all, so that the slides keep the stored order
    timeline = Timeline(events=tuple(Event(event_id, date="2023") for event_id in odd_ids))
    data = exported(timeline, ExportOptions())
    ids = [slide["unique_id"] for slide in data["events"]]
    assert len(set([TITLE_ID, *ids])) == len(odd_ids) + 1
    assert all(HTML_ID.fullmatch(unique) for unique in ids)
    prefixes = [
        "fired",
        "fired-",
        "fired-",
        "event-",
        "event-1st-",
        "a-b-c-",
        "event-",
        "timeline-title-",
    ]
    assert ids[0] == "fired"
    assert all(unique.startswith(prefix) for unique, prefix in zip(ids, prefixes, strict=True))
    assert ids[2] == ids[1] + "-2"  # the same odd id again
    assert ids[3] != ids[6]  # two ids with no safe character differ by their hash
    assert exported(timeline, ExportOptions()) == data


def test_undated_events_are_left_out_and_counted() -> None:
    timeline = Timeline(
        title=LocalText.of("T"),
        events=(
            Event("a", title=LocalText.of("a")),
            Event("b", date="bad"),
            Event("c", date="2023"),
        ),
    )
    data = exported(timeline, ExportOptions(lang="ko"))
    assert [slide["unique_id"] for slide in data["events"]] == ["c"]
    assert "날짜 미상 사건 2건 제외" in Fragment(data["title"]["text"]["text"]).text
    empty = exported(Timeline(), ExportOptions())
    assert empty["events"] == [] and empty["title"]["text"] == {"headline": "Timeline", "text": ""}


def test_odd_evidence_does_not_break_a_slide() -> None:
    timeline = Timeline(
        events=(Event("e", date="2023", evidence=(Evidence("", ""), Evidence("nope", "q"))),)
    )
    [slide] = exported(timeline, ExportOptions())["events"]
    text = Fragment(slide["text"]["text"]).text
    assert "? (unknown source)" in text and "nope (unknown source)" in text
    assert Fragment(slide["text"]["headline"]).text == "(untitled)"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_bundled_chronology_gives_a_slide_per_dated_event_in_order(lang: str) -> None:
    timeline = bundled()
    data = exported(timeline, ExportOptions(lang=lang))
    check_documented(data)
    dated = [event for event in timeline.events if event.edtf]
    left_out = BUNDLED_EVENTS - len(dated)
    assert len(data["events"]) == len(dated) and left_out > 0
    assert word("left_out", lang).format(count=left_out) in data["title"]["text"]["text"]
    events = {event.id: event for event in timeline.events}
    keys = [events[slide["unique_id"]].edtf.sort_key for slide in data["events"]]  # type: ignore[union-attr]
    assert keys == sorted(keys)
    ids = [slide["unique_id"] for slide in data["events"]]
    assert len(set(ids)) == len(ids) and all(HTML_ID.fullmatch(unique) for unique in ids)


def test_periods_become_eras_an_open_end_ending_at_the_last_event() -> None:
    import dataclasses

    from viewer.core.model import Period

    crisis = LocalText.of({"en": "Crisis & after", "ko": "사태"})
    periods = (
        Period("crisis", crisis, "2023-11-17/2023-11-21", "#e45756"),
        Period("later", LocalText.of("Later"), "2023-11-20/.."),
        Period("undated", LocalText.of("No date")),
    )  # fmt: skip
    timeline = dataclasses.replace(sample(), periods=periods)
    data = to_timelinejs(timeline, ExportOptions())
    assert data["eras"][0] == {
        "start_date": {"year": 2023, "month": 11, "day": 17},
        "end_date": {"year": 2023, "month": 11, "day": 21},
        "text": {"headline": "Crisis &amp; after"},
    }
    assert data["eras"][1]["start_date"] == {"year": 2023, "month": 11, "day": 20}
    # the last event exported is "2023-11" (month-claim) or ends on Nov 21 (five-days)
    assert data["eras"][1]["end_date"] in (
        {"year": 2023, "month": 11},
        {"year": 2023, "month": 11, "day": 21},
    )
    assert len(data["eras"]) == 2, "a period with no date is no era"
    assert "eras" not in to_timelinejs(sample(), ExportOptions())
