"""Periods in the file: read, checked with file positions, written back in the same form."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from viewer.core.model import LocalText, Period
from viewer.core.store import load_timeline
from viewer.core.writer import dump_timeline

PERIODS = """
periods:
  - id: crisis
    title:
      en: The November 2023 crisis
      ko: 2023년 11월 사태
    date: 2023-11-17/2023-11-22
    colour: "#E45756"
    notes: Five days from the firing to the return.
  - id: founding
    title: Founding years
    date: "2015/2018"
    colour: "#abc"
"""


def loaded(tmp_path: Path, text: str):
    return load_timeline(write_timeline(tmp_path, SAMPLE_TIMELINE + text))


def test_periods_are_read_with_their_titles_dates_and_colours(tmp_path: Path) -> None:
    result = loaded(tmp_path, PERIODS)
    assert not [p for p in result.problems if p.is_error]
    crisis, founding = result.timeline.periods
    assert crisis == Period(
        "crisis",
        LocalText.of({"en": "The November 2023 crisis", "ko": "2023년 11월 사태"}),
        "2023-11-17/2023-11-22",
        "#e45756",
        LocalText.of("Five days from the firing to the return."),
    )
    assert founding.colour == "#aabbcc", "#rgb is widened"
    assert crisis.edtf is not None and crisis.edtf.latest.isoformat() == "2023-11-22"


def test_periods_are_written_between_actors_and_events_and_read_back_alike(
    tmp_path: Path,
) -> None:
    timeline = loaded(tmp_path, PERIODS).timeline
    text = dump_timeline(timeline)
    assert text.index("\nactors:") < text.index("\nperiods:") < text.index("\nevents:")
    again = tmp_path / "again"
    again.mkdir()
    assert load_timeline(write_timeline(again, text)).timeline == timeline
    assert dump_timeline(load_timeline(write_timeline(again, text)).timeline) == text


def test_a_wrong_period_is_reported_where_it_is_and_kept(tmp_path: Path) -> None:
    wrong = """
periods:
  - id: crisis
    title: Crisis
    date: 2023-13
    colour: red
  - id: crisis
    title: Again
  - title: No id
    date: "2020"
"""
    result = loaded(tmp_path, wrong)
    errors = [(p.line, p.column, p.message) for p in result.problems if p.is_error]
    text_lines = (SAMPLE_TIMELINE + wrong).splitlines()
    date_line = text_lines.index("    date: 2023-13") + 1
    assert (date_line, 11, "period date month 13 is out of range in '2023-13'") in errors
    assert (date_line + 1, 13, "period colour must be a colour written #rrggbb, such as "
            "#4c78a8") in errors  # fmt: skip
    messages = [message for *_, message in errors]
    assert "id 'crisis' is used twice (first at periods[0])" in messages
    assert "period has no date" in messages and "period has no id" in messages
    text = dump_timeline(result.timeline)
    assert 'date: "2023-13"' in text and "colour: red" in text, "what was wrong is kept"
