"""Which events an export holds, in which order, and the line that describes the filter."""

from __future__ import annotations

import pytest

from tests.core.export.builders import sample
from viewer.core.export import ExportOptions, selected_events
from viewer.core.export.words import _WORDS
from viewer.core.model import Event, Timeline


def ids(events: tuple[Event, ...]) -> list[str]:
    return [event.id for event in events]


def test_dated_events_come_in_time_order_and_undated_ones_apart() -> None:
    selection = selected_events(sample(), ExportOptions())
    # 2023-11 starts on Nov 1, before the day and the interval of Nov 17 (kept in stored order)
    assert ids(selection.dated) == ["founded", "month-claim", "fired", "five-days"]
    assert ids(selection.undated) == ["background"]
    assert selection.description == ""


def test_events_of_the_same_day_keep_their_stored_order() -> None:
    timeline = Timeline(
        events=(Event("b", date="2023-11-17"), Event("a", date="2023-11-17"), Event("c", "2023"))
    )
    assert ids(selected_events(timeline, ExportOptions()).dated) == ["c", "b", "a"]


def test_an_open_start_sorts_by_its_end() -> None:
    timeline = Timeline(events=(Event("open", date="../2015"), Event("mid", date="2015-06")))
    assert ids(selected_events(timeline, ExportOptions()).dated) == ["mid", "open"]


def test_a_date_range_keeps_the_events_that_overlap_it_and_drops_undated_ones() -> None:
    timeline = Timeline(
        events=(
            Event("before", date="2023-10-31"),
            Event("straddles", date="2023-10-30/2023-11-02"),
            Event("inside", date="2023-11-17"),
            Event("year", date="2023"),
            Event("open-end", date="2020/.."),
            Event("open-start", date="../2023-10"),
            Event("after", date="2023-12-01"),
            Event("undated"),
            Event("invalid", date="2023-13"),
        )
    )
    selection = selected_events(timeline, ExportOptions(date_from="2023-11", date_to="2023-11"))
    assert ids(selection.dated) == ["open-end", "year", "straddles", "inside"]
    assert selection.undated == ()


def test_a_range_open_on_one_side_bounds_only_the_other() -> None:
    timeline = Timeline(events=(Event("old", date="2015"), Event("new", date="2023-11-17")))
    assert ids(selected_events(timeline, ExportOptions(date_from="2016")).dated) == ["new"]
    assert ids(selected_events(timeline, ExportOptions(date_to="2016")).dated) == ["old"]


def test_the_actor_filter_works_as_in_the_app() -> None:
    timeline = sample()
    either = selected_events(timeline, ExportOptions(actor_ids=("sam-altman", "board")))
    assert ids(either.events) == ["month-claim", "fired", "background"]
    both = selected_events(
        timeline, ExportOptions(actor_ids=("sam-altman", "board"), actor_mode="all")
    )
    assert ids(both.events) == ["fired"]


def test_invalid_and_missing_dates_count_as_undated() -> None:
    timeline = Timeline(
        events=(Event("bad", date="2023-13-45"), Event("kept", extra=(("date", [1]),)))
    )
    assert ids(selected_events(timeline, ExportOptions()).undated) == ["bad", "kept"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"lang": "fr"}, "export language must be 'en' or 'ko'"),
        ({"actor_mode": "some"}, "actor mode must be 'any' or 'all'"),
        ({"actor_ids": ["sam-altman"]}, "actor ids must be a tuple"),
        ({"date_from": "Nov 2023"}, "date_from: not a supported date"),
        ({"date_to": "2023-02-30"}, "date_to: day 30 is out of range"),
        ({"date_from": "2024", "date_to": "2023-12"}, "ends (2023-12) before it starts (2024)"),
    ],
)
def test_invalid_options_are_refused_with_a_clear_message(changes: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        ExportOptions(**changes)


@pytest.mark.parametrize(
    ("lang", "mode", "expected"),
    [
        ("en", "any", "Events with Sam Altman or OpenAI board, from 2023-11 to 2023-12"),
        ("en", "all", "Events with all of Sam Altman and OpenAI board, from 2023-11 to 2023-12"),
        ("ko", "any", "샘 올트먼 또는 오픈AI 이사회 관련 사건, 2023-11부터 2023-12까지"),
        ("ko", "all", "샘 올트먼, 오픈AI 이사회 모두 관련된 사건, 2023-11부터 2023-12까지"),
    ],
)
def test_the_description_names_the_actors_and_the_range(
    lang: str, mode: str, expected: str
) -> None:
    options = ExportOptions(
        lang=lang,
        actor_ids=("sam-altman", "board"),
        actor_mode=mode,
        date_from="2023-11",
        date_to="2023-12",
    )
    assert selected_events(sample(), options).description == expected


def test_the_description_of_partial_filters() -> None:
    timeline = sample()

    def described(**changes: object) -> str:
        return selected_events(timeline, ExportOptions(**changes)).description  # type: ignore[arg-type]

    assert (
        described(actor_ids=("nobody", "sam-altman", "nobody"))
        == "Events with nobody or Sam Altman"
    )
    assert described(actor_ids=("board",), actor_mode="all") == "Events with OpenAI board"
    assert described(date_from="2023-11-17") == "Events from 2023-11-17"
    assert described(date_to="2015") == "Events until 2015"
    assert described(lang="ko", date_from="2015", date_to="2016") == "2015부터 2016까지의 사건"
    assert described(actor_ids=("a", "b", "c")) == "Events with a, b or c"


def test_every_fixed_word_exists_in_both_languages() -> None:
    assert set(_WORDS["en"]) == set(_WORDS["ko"])
    assert all(text.strip() for table in _WORDS.values() for text in table.values())


def test_the_other_parts_of_the_filter_pick_events_and_are_described() -> None:
    timeline = sample()
    options = ExportOptions(kinds=("claim", "speculation"), source_ids=("blog",))
    selection = selected_events(timeline, options)
    assert ids(selection.events) == ["month-claim"]
    assert selection.description == "Events, kind Claim / Speculation, citing *x* [a](b)"
    tagged = ExportOptions(lang="ko", tags=("governance",), text=" 해임 ", with_evidence=True)
    assert selected_events(timeline, tagged).description == (
        "사건, 태그 governance, “해임” 포함, 근거 있음"
    )
    undated = ExportOptions(actor_ids=("sam-altman",), undated_only=True)
    assert selected_events(timeline, undated).description == (
        "Events with Sam Altman, undated only"
    )


def test_options_follow_the_apps_filter_and_keep_a_range_of_their_own() -> None:
    from viewer.core.query import ALL, EventFilter

    shown = EventFilter(
        frozenset({"b", "a"}), ALL, frozenset({"fact"}), frozenset({"t"}), frozenset({"s"}),
        "2023", "2024", "word", True, False,
    )  # fmt: skip
    options = ExportOptions.following(shown, "ko")
    assert options.event_filter == shown
    assert (options.lang, options.actor_ids, options.actor_mode) == ("ko", ("a", "b"), ALL)
    own = ExportOptions.following(shown, "en", date_from=None, date_to="2023-06")
    assert own.event_filter.date_from == "" and own.event_filter.date_to == "2023-06"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"actor_ids": ("nobody",)}, "no actor with the id 'nobody' in this timeline"),
        ({"source_ids": ("gone",)}, "no source with the id 'gone' in this timeline"),
        (
            {"kinds": ("rumour",)},
            "'rumour' is not a kind of event (fact, claim, opinion, speculation)",
        ),
        ({}, ""),
    ],
)
def test_names_the_timeline_lacks_are_told(changes: dict, message: str) -> None:
    from viewer.core.export import unknown_values

    assert unknown_values(sample(), ExportOptions(**changes)) == message
