"""The .timeline export: Timeline's own structure, days, fuzzy and open ends, kinds as
categories, periods as eras; it imports back through the Timeline importer."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from xml.etree import ElementTree

from viewer.core.export import ExportOptions
from viewer.core.export.timeline_xml import to_timeline_xml
from viewer.core.importers import import_file
from viewer.core.model import Event, Evidence, LocalText, Period, Source, Timeline

TIMELINE = Timeline(
    sources=(Source("news", LocalText.of("기사"), "sources/news.txt"),),
    events=(
        Event("fired", "2023-11-17", LocalText.of({"en": "Board fires Altman", "ko": "해임"}),
              summary=LocalText.of("The board acts."), kind="fact",
              evidence=(Evidence("news", "이사회는 올트먼을 해임했다."),)),
        Event("month", "2023-11~", LocalText.of("A month of talks"), kind="claim"),
        Event("open", "2024-09/..", LocalText.of("Lawsuits go on"), kind="opinion"),
        Event("undated", None, LocalText.of("No date")),
    ),
    periods=(Period("crisis", LocalText.of("The crisis"), "2023-11-17/2023-11-21", "#e45756"),),
)  # fmt: skip


def events_of(text: str) -> dict[str, ElementTree.Element]:
    root = ElementTree.fromstring(text)
    return {event.findtext("text"): event for event in root.iter("event")}


def test_the_file_has_timelines_structure_in_its_order() -> None:
    root = ElementTree.fromstring(to_timeline_xml(TIMELINE, ExportOptions()))
    assert [child.tag for child in root] == [
        "version", "timetype", "eras", "categories", "events", "view",
    ]  # fmt: skip
    assert root.findtext("timetype") == "gregoriantime"
    names = [c.findtext("name") for c in root.findall("categories/category")]
    assert names == ["Fact", "Claim", "Opinion"]
    era = root.find("eras/era")
    assert (era.findtext("name"), era.findtext("start"), era.findtext("end")) == (
        "The crisis", "2023-11-17 00:00:00", "2023-11-21 00:00:00",
    )  # fmt: skip
    assert era.findtext("color") == "228,87,86"


def test_events_keep_their_days_fuzziness_open_ends_and_evidence() -> None:
    events = events_of(to_timeline_xml(TIMELINE, ExportOptions()))
    assert set(events) == {"Board fires Altman", "A month of talks", "Lawsuits go on"}
    fired = events["Board fires Altman"]
    assert (fired.findtext("start"), fired.findtext("end")) == (
        "2023-11-17 00:00:00", "2023-11-17 00:00:00",
    )  # fmt: skip
    assert fired.findtext("category") == "Fact"
    assert (
        fired.findtext("description") == "The board acts.\n\n“이사회는 올트먼을 해임했다.” — 기사"
    )
    month = events["A month of talks"]
    assert (month.findtext("start"), month.findtext("end")) == (
        "2023-11-01 00:00:00", "2023-11-30 00:00:00",
    )  # fmt: skip
    assert month.findtext("fuzzy") == "True"
    assert events["Lawsuits go on"].findtext("ends_today") == "True"


def test_the_language_and_the_filter_choose_what_is_written() -> None:
    korean = events_of(to_timeline_xml(TIMELINE, ExportOptions(lang="ko")))
    assert "해임" in korean
    only = events_of(to_timeline_xml(TIMELINE, ExportOptions(kinds=("claim",))))
    assert list(only) == ["A month of talks"]


def test_an_export_imports_back_with_its_days_and_periods(tmp_path: Path) -> None:
    path = tmp_path / "t.timeline"
    path.write_text(to_timeline_xml(TIMELINE, ExportOptions()), encoding="utf-8")
    back = import_file(path).timeline
    dates = {event.title.get("en"): event.date for event in back.events}
    assert dates["Board fires Altman"] == "2023-11-17"
    assert dates["A month of talks"] == "2023-11-01~/2023-11-30~"
    assert dates["Lawsuits go on"] == "2024-09-01/.."
    assert [(p.title, p.date, p.colour) for p in back.periods] == [
        (LocalText.of("The crisis"), "2023-11-17/2023-11-21", "#e45756")
    ]


def test_a_period_open_at_its_start_begins_with_the_first_event() -> None:
    early = dataclasses.replace(
        TIMELINE, periods=(Period("before", LocalText.of("Before"), "../2023-11-20"),)
    )
    era = ElementTree.fromstring(to_timeline_xml(early, ExportOptions())).find("eras/era")
    assert era.findtext("start") == "2023-11-01 00:00:00"
    assert era.findtext("color") == "138,143,152"
