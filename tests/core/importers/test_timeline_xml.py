"""Timeline's `.timeline` XML: events, containers, milestones, fuzzy ends, categories, eras."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.importers.samples import TIMELINE_XML, line_of, write
from viewer.core.importers import import_file
from viewer.core.model import Event, LocalText


@pytest.fixture
def report(tmp_path: Path):
    return import_file(write(tmp_path, "story.timeline", TIMELINE_XML))


def by_title(report, title: str) -> Event:
    return next(event for event in report.timeline.events if event.title == LocalText.of(title))


def test_an_event_maps_every_element(report) -> None:
    event = by_title(report, "이사회, 올트먼 해임")
    assert event.date == "2023-11-17"
    assert event.summary == LocalText.of("오픈AI 이사회는 올트먼을 해고했다.\n\n둘째 문단.")
    assert event.tags == ("Board", "닷새")  # its category, then its container
    extra = dict(event.extra)
    assert extra["time"] == "14:30"
    assert "end_time" not in extra  # it ends when it starts
    assert extra["locked"] is True
    assert extra["url"] == "https://example.com/fired"
    assert extra["alert"] == "2023-11-18 09:00:00;follow up"
    assert extra["progress"] == 40
    assert extra["default_color"] == "#c8c8c8"
    assert extra["mood"] == "tense"  # an element Timeline does not write, kept as it is


def test_a_container_is_a_tag_of_its_own_and_of_its_subevents(report) -> None:
    container = report.timeline.events[0]
    assert container.title == LocalText.of("닷새")
    assert container.date == "2023-11-17/2023-11-21"
    assert container.tags == ("닷새",)
    assert dict(container.extra)["container"] is True


def test_fuzzy_ends_are_approximate(report) -> None:
    both = by_title(report, "Fuzzy both")
    assert both.date == "2023-11-19~/2023-11-21~"
    assert dict(both.extra)["end_time"] == "18:15:30"
    assert both.tags == ("지배구조", "Board")
    # the space Timeline writes before a leading bracket goes; fuzzy_start marks the start
    starts_fuzzy = by_title(report, "[sic] brackets")
    assert starts_fuzzy.date == "2023-11-01~/.."  # and it ends today: an open end
    assert dict(starts_fuzzy.extra)["ends_today"] is True


def test_a_milestone_is_one_day(report) -> None:
    milestone = by_title(report, "Milestone")
    assert milestone.date == "2023-11-22"
    assert dict(milestone.extra)["milestone"] is True


def test_what_cannot_be_read_is_warned_at_its_line_and_kept(report) -> None:
    bce = by_title(report, "BCE")
    assert bce.date is None
    extra = dict(bce.extra)
    assert extra["start"] == "-500-03-01 00:00:00" and extra["end"] == "-500-03-01 00:00:00"
    assert extra["fuzzy"] == "Maybe"
    warnings = {p.line: p.message for p in report.warnings}
    assert "year -500 is out of range" in warnings[line_of(TIMELINE_XML, "<start>-500")]
    assert "'Maybe', not True or False" in warnings[line_of(TIMELINE_XML, "Maybe")]
    untitled = by_title(report, "Text-less: the description stands in")
    assert untitled.date == "2023-11-20"
    assert "has no text" in warnings[line_of(TIMELINE_XML, "<text></text>") - 3]
    assert [p.line for p in report.warnings] == sorted(p.line for p in report.warnings)


def test_an_era_is_a_period_with_its_colour(report) -> None:
    (era,) = report.timeline.periods
    assert era.title == LocalText.of("해임 사태")
    assert era.date == "2023-11-17/2023-11-22"
    assert era.colour == "#eedbf0" and "color" not in dict(era.extra)


def test_categories_keep_their_colours_and_the_rest_is_kept(report) -> None:
    extra = dict(report.timeline.extra)
    assert extra["tag_colours"] == {"지배구조": "#eb52ff", "Board": "#2d82d2"}
    assert extra["tag_details"] == {
        "지배구조": {"done_color": "#ff9999", "font_color": "#000000"},
        "Board": {"parent": "지배구조"},
    }
    assert extra["version"] == "2.5.0 (67ed963f67ff 2021-10-05)"
    assert extra["view"]["hidden_categories"] == {"name": "Board"}
    assert extra["now"] == "2024-01-01 12:00:00"


def test_every_event_and_era_is_counted(report) -> None:
    assert report.records == TIMELINE_XML.count("<event>") + TIMELINE_XML.count("<era>")
    assert report.imported == len(report.timeline.events)
    assert report.records == report.imported + len(report.timeline.periods)


@pytest.mark.parametrize("calendar", ["numtime", "bosparaniantime", "coptictime", "pharaonictime"])
def test_other_calendars_are_unsupported_each_event_warned(tmp_path: Path, calendar: str) -> None:
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<timeline>
  <version>2.5.0</version>
  <timetype>{calendar}</timetype>
  <categories/>
  <events>
    <event><start>10</start><end>30</end><text>One</text></event>
    <event><start>40</start><end>40</end><text>Two</text></event>
  </events>
</timeline>
"""
    report = import_file(write(tmp_path, "n.timeline", text))
    assert [event.date for event in report.timeline.events] == [None, None]
    assert dict(report.timeline.events[0].extra)["start"] == "10"
    assert dict(report.timeline.events[1].extra)["end"] == "40"
    assert [p.line for p in report.warnings] == [7, 8]
    assert all(calendar in p.message for p in report.warnings)
    assert dict(report.timeline.extra)["timetype"] == calendar


def test_an_unknown_category_and_container_are_warned(tmp_path: Path) -> None:
    text = """<timeline><version>1.0.0</version><categories/><events>
<event><start>2012-07-04 00:00:00</start><end>2012-07-04 00:00:00</end><text>(9)Lost</text>
<category>Nowhere</category></event>
</events></timeline>"""
    report = import_file(write(tmp_path, "u.timeline", text))
    (event,) = report.timeline.events
    assert event.tags == ("Nowhere",)
    assert dict(event.extra)["container_id"] == "9"
    assert len(report.warnings) == 2 and all(p.line == 2 for p in report.warnings)


def test_an_old_file_reads_too(tmp_path: Path) -> None:
    """Timeline 1.0's own example file (examples/example.timeline in its repository)."""
    text = """<?xml version="1.0" encoding="utf-8"?>
<timeline>
  <version>1.0.0</version>
  <categories>
    <category>
      <name>Test</name>
      <color>255,0,0</color>
      <font_color>0,0,0</font_color>
    </category>
  </categories>
  <events>
    <event>
      <start>2012-07-04 13:20:00</start>
      <end>2012-07-04 13:20:00</end>
      <text>Test</text>
      <fuzzy>False</fuzzy>
      <locked>False</locked>
      <ends_today>False</ends_today>
      <category>Test</category>
    </event>
  </events>
</timeline>
"""
    report = import_file(write(tmp_path, "example.timeline", text))
    (event,) = report.timeline.events
    assert (event.date, event.tags, dict(event.extra)) == (
        "2012-07-04",
        ("Test",),
        {"time": "13:20"},
    )
    assert dict(report.timeline.extra)["tag_colours"] == {"Test": "#ff0000"}
    assert report.warnings == []
