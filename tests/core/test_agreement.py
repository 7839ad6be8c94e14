"""What each source says about an event, where they differ, and how many support it."""

from __future__ import annotations

from pathlib import Path

from viewer.core.agreement import (
    MOST_SOURCES,
    accounts,
    corroboration,
    corroboration_level,
    dates_by_source,
    dates_differ,
    disagrees,
    disputed_events,
    redated,
    states_date,
)
from viewer.core.model import Event, Evidence, LocalText, Source, Timeline
from viewer.core.store import load_text
from viewer.core.writer import dump_timeline

FIRING = Event(
    "firing",
    date="2023-11-17/2023-11-18",
    evidence=(
        Evidence("fiction", "11월 18일", claims_date="2023-11-18"),
        Evidence("scenarios", "2023년 11월 17일", claims_date="2023-11-17"),
        Evidence("emails", "2023년 11월"),
    ),
)


def test_each_source_gives_its_own_date_or_the_events() -> None:
    found = accounts(FIRING)
    assert [(a.source, a.date, a.own_date) for a in found] == [
        ("fiction", "2023-11-18", True),
        ("scenarios", "2023-11-17", True),
        ("emails", "2023-11-17/2023-11-18", False),
    ]
    assert [a.index for a in found] == [0, 1, 2]
    assert dates_differ(FIRING) and disagrees(FIRING)


def test_dates_are_grouped_with_the_events_own_date_first() -> None:
    assert dates_by_source(FIRING) == [
        ("2023-11-17/2023-11-18", ["emails"]),
        ("2023-11-18", ["fiction"]),
        ("2023-11-17", ["scenarios"]),
    ]


def test_a_claimed_date_equal_to_the_events_is_no_disagreement() -> None:
    same = Event("e", date="2015", evidence=(Evidence("a", "q", claims_date="2015"),))
    assert not dates_differ(same)
    assert not disagrees(same)
    assert accounts(same)[0].own_date is False


def test_a_note_alone_is_a_disagreement_but_no_date_difference() -> None:
    letter = Event(
        "letter",
        date="2023-11-20",
        evidence=(
            Evidence("a", "q", claims_note=LocalText(plain="More than 700 of 770.")),
            Evidence("b", "q"),
        ),
    )
    assert disagrees(letter)
    assert not dates_differ(letter)
    assert accounts(letter)[0].note.get("en") == "More than 700 of 770."


def test_corroboration_counts_different_sources_once() -> None:
    cited = (Evidence("a", "x"), Evidence("a", "y"), Evidence("b", "z"), Evidence("", "w"))
    event = Event("e", evidence=cited)
    assert corroboration(event) == 2
    many = Event("m", evidence=tuple(Evidence(f"s{n}", "q") for n in range(8)))
    assert corroboration(many) == 8
    assert corroboration_level(many) == MOST_SOURCES
    assert corroboration(Event("none")) == 0


def test_disputed_events_keep_stored_order_and_follow_a_subset() -> None:
    plain = Event("plain", evidence=(Evidence("a", "q"),))
    note = Event("note", evidence=(Evidence("a", "q", claims_note=LocalText(plain="no")),))
    timeline = Timeline(events=(note, plain, FIRING))
    assert [e.id for e in disputed_events(timeline)] == ["note", "firing"]
    assert [e.id for e in disputed_events(timeline, {"firing", "plain"})] == ["firing"]


def test_claims_read_back_from_a_file_and_an_invalid_date_is_reported(tmp_path: Path) -> None:
    timeline = Timeline(sources=(Source("fiction", file="f.txt"),), events=(FIRING,))
    again = load_text(dump_timeline(timeline), tmp_path / "t.yaml")
    assert again.timeline is not None
    assert again.timeline.events[0].evidence == FIRING.evidence
    text = dump_timeline(timeline).replace('claims_date: "2023-11-18"', "claims_date: soon")
    broken = load_text(text, tmp_path / "t.yaml")
    messages = [p.message for p in broken.problems if p.severity.name == "ERROR"]
    assert any("claims_date" in message for message in messages)
    kept = broken.timeline.events[0].evidence[0] if broken.timeline else None
    assert kept is not None and dict(kept.extra).get("claims_date") == "soon"


def test_moving_an_event_keeps_the_date_its_quotes_state_as_their_claim() -> None:
    event = Event(
        "fired",
        date="2023-11-17",
        evidence=(
            Evidence("news", "2023년 11월 17일 금요일, 이사회는 올트먼을 해고했다."),
            Evidence("blog", "He was fired.", date_quote="On Friday, 17 November:"),
            Evidence("column", "The board acted."),  # states no date: nothing to depart from
            Evidence("fiction", "11월 18일 해고 발표", claims_date="2023-11-18"),
        ),
    )
    moved, departing = redated(event, "2023-11-18")
    assert moved.date == "2023-11-18"
    assert [e.claims_date for e in moved.evidence] == ["2023-11-17", "2023-11-17", None, None]
    assert [e.source for e in departing] == ["news", "blog"]
    back, departing = redated(moved, "2023-11-17")
    assert [e.claims_date for e in back.evidence] == [None, None, None, "2023-11-18"]
    assert [e.source for e in departing] == ["fiction"]  # it quotes the 18th
    same, departing = redated(event, "2023-11-17")
    assert same == event and departing == []


def test_an_undated_event_given_a_date_departs_from_nothing() -> None:
    event = Event("e", evidence=(Evidence("news", "2023년 11월 17일"),))
    moved, departing = redated(event, "2023-11-20")
    assert moved.evidence == event.evidence and departing == []
    assert states_date(Evidence("a", "no date here")) is False
    assert states_date(Evidence("a", "x", date_quote="   ")) is False


def test_a_note_of_blanks_says_nothing() -> None:
    blank = Event("e", evidence=(Evidence("a", "q", claims_note=LocalText(plain="  ")),))
    assert not disagrees(blank)
    spaced = Event("e", evidence=(Evidence("a", "q", claims_note=LocalText.of({"ko": " \n"})),))
    assert not disagrees(spaced)
