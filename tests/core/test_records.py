"""Reading records: each field's reader, what is kept when a value is bad, and what is required."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from tests.core.loading import only_problem
from viewer.core.model import Event, Evidence, LocalText
from viewer.core.records import (
    ACTOR_KEYS,
    Findings,
    Invalid,
    one_of,
    read_actor,
    read_date,
    read_event,
    read_fields,
    read_id,
    read_ids,
    read_occurrence,
    read_source,
    read_str,
    read_strs,
    read_text,
    read_timeline,
)
from viewer.core.store import load_timeline

# -- in a loaded file -------------------------------------------------------------------------


def test_unquoted_dates_and_years_are_accepted(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.replace('date: "2023-11-17"', "date: 2023-11-17").replace(
        'date: "2023-11-21"', "date: 2023"
    )
    result = load_timeline(write_timeline(tmp_path, text))
    assert result.problems == []
    assert [event.date for event in result.timeline.events] == ["2023-11-17", "2023"]


def test_a_non_mapping_event_is_dropped_and_marks_the_load_incomplete(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE + "\n  - just a string\n"
    result = load_timeline(write_timeline(tmp_path, text))
    problem = only_problem(result)
    assert problem.path == "events[2]"
    assert not result.complete
    assert len(result.timeline.events) == 2


def test_evidence_without_a_quote_is_reported_and_kept(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.replace(
        "        quote: 11월 21일 화요일, 올트먼이 CEO로 복귀했다.\n", ""
    )
    result = load_timeline(write_timeline(tmp_path, text))
    problem = only_problem(result)
    assert problem.path == "events[1].evidence[0].quote"
    assert "no quote" in problem.message
    assert result.timeline.events[1].evidence[0].source == "news"


# -- field readers ----------------------------------------------------------------------------


def test_a_text_is_a_string_or_a_map_of_strings() -> None:
    assert read_text("Board") == LocalText(plain="Board")
    assert read_text({"en": "Board", "ko": "이사회"}) == LocalText.of(
        {"en": "Board", "ko": "이사회"}
    )


@pytest.mark.parametrize("value", [3, ["Board"], {"en": 3}, {1: "Board"}, None])
def test_anything_else_is_not_a_text(value: object) -> None:
    with pytest.raises(Invalid, match="must be text or a map from language code to text"):
        read_text(value)


def test_a_string_may_be_written_as_a_number_but_not_as_true_or_false() -> None:
    assert read_str("Reuters") == "Reuters"
    assert read_str(42) == "42"
    assert read_str(1.5) == "1.5"
    for value in (True, None, ["a"]):
        with pytest.raises(Invalid, match="must be text"):
            read_str(value)


def test_an_id_is_stripped_and_must_be_non_empty_without_spaces() -> None:
    assert read_id("  sam-altman ") == "sam-altman"
    assert read_id(2023) == "2023"
    for value in ("", "   ", "sam altman", "a\tb"):
        with pytest.raises(Invalid, match="must be a non-empty id without spaces"):
            read_id(value)
    with pytest.raises(Invalid, match="must be text"):
        read_id(None)


def test_lists_of_ids_and_strings_must_be_lists_of_valid_items() -> None:
    assert read_ids(["sam-altman", " board "]) == ("sam-altman", "board")
    assert read_strs(["leadership", 2023]) == ("leadership", "2023")
    with pytest.raises(Invalid, match="must be a list"):
        read_ids("sam-altman")
    with pytest.raises(Invalid, match="must be a list"):
        read_strs("leadership")
    with pytest.raises(Invalid, match="without spaces"):
        read_ids(["sam altman"])


def test_a_date_is_kept_as_its_edtf_text_whatever_yaml_made_of_it() -> None:
    assert read_date("2023-11-17") == "2023-11-17"
    assert read_date(datetime.date(2023, 11, 17)) == "2023-11-17"
    assert read_date(2015) == "2015"
    assert read_date("2018/2019") == "2018/2019"


def test_an_impossible_date_says_what_is_wrong_with_it() -> None:
    with pytest.raises(Invalid, match="day 31 is out of range for 2023-11"):
        read_date("2023-11-31")


@pytest.mark.parametrize("value", [True, datetime.datetime(2023, 11, 17, 9, 30), 2023.5, ["2023"]])
def test_times_booleans_and_other_values_are_not_dates(value: object) -> None:
    with pytest.raises(Invalid, match="must be an EDTF date such as 2023-11-17"):
        read_date(value)


def test_an_occurrence_is_a_whole_number_from_1() -> None:
    assert read_occurrence(1) == 1
    assert read_occurrence(3) == 3
    for value in (0, -1, 1.0, True, "2"):
        with pytest.raises(Invalid, match="must be a whole number from 1"):
            read_occurrence(value)


def test_one_of_accepts_only_its_choices_and_lists_them() -> None:
    read = one_of(("fact", "claim"))
    assert read("claim") == "claim"
    with pytest.raises(Invalid) as refused:
        read("rumour")
    assert str(refused.value) == "must be one of: fact, claim"


# -- records ----------------------------------------------------------------------------------


def test_unknown_keys_and_invalid_values_are_kept_verbatim_as_extra() -> None:
    found = Findings()
    event = read_event(
        {"id": "a", "title": "T", "colour": "red", "kind": "rumour"}, ("events", 0), found
    )
    assert event == Event(
        "a", title=LocalText(plain="T"), extra=(("colour", "red"), ("kind", "rumour"))
    )
    assert found.items == [
        (
            ("events", 0, "kind"),
            "event kind must be one of: fact, claim, opinion, speculation",
            True,
        )
    ]
    assert not found.dropped


def test_a_missing_required_key_is_an_error_at_the_key_and_empty_values_count_as_missing() -> None:
    found = Findings()
    actor = read_actor({"id": "board", "name": None}, ("actors", 1), found)
    assert actor is not None and actor.id == "board" and not actor.name
    assert found.items == [(("actors", 1, "name"), "actor has no name", True)]


def test_a_record_without_an_id_gets_an_empty_one() -> None:
    found = Findings()
    source = read_source({"file": "sources/news.txt"}, ("sources", 0), found)
    assert source is not None and source.id == ""
    assert found.items == [(("sources", 0, "id"), "source has no id", True)]


def test_a_record_that_is_not_a_mapping_is_dropped() -> None:
    found = Findings()
    assert read_fields(["id", "a"], ACTOR_KEYS, "actor", ("actors", 2), found) is None
    assert found.items == [(("actors", 2), "each actor must be a mapping of keys to values", True)]
    assert found.dropped


def test_evidence_is_read_item_by_item_and_a_bad_item_does_not_lose_the_others() -> None:
    found = Findings()
    event = read_event(
        {
            "id": "a",
            "title": "T",
            "evidence": [{"source": "news", "quote": "q", "occurrence": 2}, "stray"],
        },
        ("events", 0),
        found,
    )
    assert event is not None
    assert event.evidence == (Evidence("news", "q", occurrence=2),)
    assert found.items == [
        (("events", 0, "evidence", 1), "each evidence must be a mapping of keys to values", True)
    ]


def test_evidence_that_is_not_a_list_is_an_error_and_kept_as_extra() -> None:
    found = Findings()
    event = read_event({"id": "a", "title": "T", "evidence": "news"}, ("events", 0), found)
    assert event is not None and event.evidence == ()
    assert event.extra == (("evidence", "news"),)
    assert found.items == [(("events", 0, "evidence"), "event evidence must be a list", True)]


def test_the_timeline_keeps_unknown_top_level_keys_and_bad_sections_as_extra() -> None:
    found = Findings()
    timeline = read_timeline(
        {
            "schema": 1,
            "title": 5,
            "sources": "news",
            "events": [{"id": "a", "title": "T"}],
            "editor": "kim",
        },
        found,
    )
    assert [event.id for event in timeline.events] == ["a"]
    assert timeline.sources == ()
    assert not timeline.title
    assert timeline.extra == (("editor", "kim"), ("title", 5), ("sources", "news"))
    assert found.items == [
        (("title",), "timeline title must be text or a map from language code to text", True),
        (("sources",), "sources must be a list", True),
    ]


def test_findings_record_errors_and_warnings_in_order() -> None:
    found = Findings()
    found.warning(("events", 0), "looks odd")
    found.error(("events", 1, "date"), "is wrong")
    assert found.items == [
        (("events", 0), "looks odd", False),
        (("events", 1, "date"), "is wrong", True),
    ]
