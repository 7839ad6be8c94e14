"""Checking again by what an edit touched finds what a whole check of the saved file finds, with
the same lines and columns, edit after edit."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from viewer.core import recheck
from viewer.core.anchoring import SourceText
from viewer.core.model import Actor, Event, Evidence, LocalText, Source, Timeline
from viewer.core.recheck import Rechecker
from viewer.core.store import LoadError, LoadResult, load_timeline, revalidate
from viewer.core.writer import dump_timeline

TROUBLED = (
    SAMPLE_TIMELINE
    + """
  - id: no-evidence
    date: "2023-11-18"
    title: Nothing supports this
    actors: [sam-altman, nobody]
    kind: claim

  - id: wrong-quote
    date: "2023-11-19"
    title:
      en: A quote not in the source
      ko: 없는 인용
    kind: fact
    evidence:
      - source: news
        quote: 이사회는 사과했다.
      - source: missing
        quote: 어디에도 없다.
        claims_date: "2023-11-19"

  - id: altman-fired
    date: "2023-13-45"
    title: Same id, wrong date
    kind: opinion
    colour: red
    evidence:
      - source: news
        quote: 직원 700명 이상이 해임 반대 서명에 참여했다.

conflicts:
  - kind: event
    id: altman-returns
    field: kind
    ours: fact
    theirs: claim
"""
)


def key(problems) -> list[tuple]:
    return [(p.severity, p.line, p.column, p.path, p.message) for p in problems]


@pytest.fixture
def loaded(tmp_path: Path) -> LoadResult:
    result = load_timeline(write_timeline(tmp_path, TROUBLED))
    assert len(result.problems) >= 8, "the fixture has problems of every kind"
    return result


def started(result: LoadResult, *, prepare: bool = True) -> Rechecker:
    checker = Rechecker(result.path)
    checker.start(result.timeline, result.texts, result.problems)
    while prepare and checker.step():
        pass
    return checker


def same(checker: Rechecker, timeline: Timeline, texts: dict[str, SourceText], path: Path):
    expected = key(revalidate(timeline, texts, path))
    assert key(checker.check(timeline, texts)) == expected
    assert checker.file_bytes(timeline) == dump_timeline(timeline).encode(), "the saved file"
    return expected


def replaced(timeline: Timeline, index: int, **fields) -> Timeline:
    events = list(timeline.events)
    events[index] = dataclasses.replace(events[index], **fields)
    return dataclasses.replace(timeline, events=tuple(events))


NEW = Event(
    "new",
    date="2023-11-20",
    title=LocalText.of({"en": "New\nwith two lines", "ko": "새 사건"}),
    actors=("ghost",),
    evidence=(Evidence("news", "올트먼이 CEO로 복귀했다."),),
)


def test_edits_one_after_another_find_what_a_whole_check_finds(loaded: LoadResult) -> None:
    checker = started(loaded)
    texts, path = loaded.texts, loaded.path
    timeline = loaded.timeline
    assert same(checker, timeline, texts, path)
    steps = [
        lambda t: replaced(t, 0, date="not a date"),
        lambda t: replaced(t, 1, actors=("sam-altman", "ghost")),
        lambda t: dataclasses.replace(t, events=(NEW, *t.events)),  # every line moves
        lambda t: dataclasses.replace(t, actors=(*t.actors, Actor("ghost", LocalText("G")))),
        lambda t: dataclasses.replace(t, events=t.events[2:]),
        lambda t: replaced(t, 0, evidence=()),
        lambda t: dataclasses.replace(t, events=(*t.events, t.events[0])),  # a repeated id
        lambda t: dataclasses.replace(t, extra=()),  # the conflict resolved
        lambda t: dataclasses.replace(t, title=LocalText.of({"en": "A\nB", "ko": "가"})),
        lambda t: dataclasses.replace(t, actors=t.actors[:1]),
    ]
    versions = [timeline]
    for step in steps:
        timeline = step(timeline)
        versions.append(timeline)
        same(checker, timeline, texts, path)
    for version in reversed(versions):  # undo, step by step, back to the file as loaded
        same(checker, version, texts, path)


def test_a_source_whose_text_changed_is_checked_again_for_its_events(loaded: LoadResult) -> None:
    checker = started(loaded)
    same(checker, loaded.timeline, loaded.texts, loaded.path)
    texts = {"news": SourceText("이사회는 사과했다.\n")}  # the text is another now
    found = same(checker, loaded.timeline, texts, loaded.path)
    assert any(p[3] == "events[0].evidence[0].quote" for p in found)
    news = dataclasses.replace(loaded.timeline.sources[0], title=LocalText("Renamed"))
    renamed = dataclasses.replace(loaded.timeline, sources=(news, Source("missing")))
    same(checker, renamed, texts, loaded.path)


def test_the_texts_learnt_a_step_at_a_time_are_packed_and_saved_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recheck, "PREPARE_STEP", 3)
    (tmp_path / "news.txt").write_text(
        "".join(f"Event {n} happened. " for n in range(8)), encoding="utf-8"
    )
    events = [
        Event(
            f"e{n}",
            date=f"2023-11-{n + 10}",
            title=LocalText.of({"en": f"Event {n}"}),
            evidence=(Evidence("news", f"Event {n} happened."),),
        )
        for n in range(8)
    ]
    events[4] = dataclasses.replace(events[4], notes=LocalText.of("one\n\ntwo"))  # a blank line
    timeline = Timeline(
        title=LocalText.of("Packed"),
        sources=(Source("news", title=LocalText.of("News"), file="news.txt"),),
        events=tuple(events),
    )
    path = tmp_path / "timeline.yaml"
    path.write_text(dump_timeline(timeline), encoding="utf-8")
    result = load_timeline(path)
    assert result.problems == []
    checker = started(result)
    packs = {id(entry.data) for entry in checker._entries}
    assert len(packs) == 3, "one pack for each step of three"
    same(checker, result.timeline, result.texts, path)
    edited = replaced(result.timeline, 4, kind="claim")  # in the middle of the second pack
    same(checker, edited, result.texts, path)
    assert type(checker._entries[4].data) is bytes and checker._entries[5].part == 2


def test_the_first_check_learns_whatever_preparing_had_not(loaded: LoadResult) -> None:
    checker = started(loaded, prepare=False)
    assert checker.file_bytes(loaded.timeline) is None, "not learnt yet"
    assert checker.step(), "a step at a time"
    same(checker, replaced(loaded.timeline, 1, kind="claim"), loaded.texts, loaded.path)
    assert not checker.step()


def test_only_the_events_an_edit_made_are_written_again(
    loaded: LoadResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    checker = started(loaded)
    checker.check(loaded.timeline, loaded.texts)
    written = []
    real = recheck.event_lines
    monkeypatch.setattr(
        recheck, "event_lines", lambda event: written.append(event.id) or real(event)
    )
    edited = replaced(loaded.timeline, 2, kind="fact")
    checker.check(edited, loaded.texts)
    assert written == ["no-evidence"]
    written.clear()
    checker.check(loaded.timeline, loaded.texts)  # undo
    checker.check(edited, loaded.texts)  # redo
    assert written == [], "what undo and redo bring back was found before"


def test_what_edits_replaced_is_kept_for_a_bounded_number_of_events(
    loaded: LoadResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recheck, "SPARE_KEPT", 2)
    checker = started(loaded)
    timeline = loaded.timeline
    for kind in ("claim", "opinion", "speculation", "fact"):
        timeline = replaced(timeline, 1, kind=kind)
        same(checker, timeline, loaded.texts, loaded.path)
    assert len(checker._spare) == 2
    same(checker, loaded.timeline, loaded.texts, loaded.path)  # back to the start, checked again


@given(
    st.lists(
        st.tuples(
            st.integers(0, 5),
            st.sampled_from(["date", "kind", "actors", "evidence", "drop", "copy"]),
        ),
        max_size=6,
    )
)
def test_any_run_of_edits_finds_what_a_whole_check_finds(tmp_path_factory, edits) -> None:
    path = write_timeline(tmp_path_factory.mktemp("t"), TROUBLED)
    loaded = load_timeline(path)
    checker = started(loaded)
    timeline = loaded.timeline
    values = {
        "date": "2023-11",
        "kind": "speculation",
        "actors": ("openai-board", "stranger"),
        "evidence": (Evidence("news", "해고했다"),),
    }
    for index, what in edits:
        index %= len(timeline.events)
        if what == "drop" and len(timeline.events) > 1:
            timeline = dataclasses.replace(
                timeline, events=timeline.events[:index] + timeline.events[index + 1 :]
            )
        elif what == "copy":
            timeline = dataclasses.replace(
                timeline, events=(timeline.events[index], *timeline.events)
            )
        elif what in values:
            timeline = replaced(timeline, index, **{what: values[what]})
        same(checker, timeline, loaded.texts, loaded.path)


def test_an_event_brought_back_after_its_actor_went_is_checked_against_the_actors_now(
    loaded: LoadResult,
) -> None:
    checker = started(loaded)
    first = loaded.timeline
    without = dataclasses.replace(first, events=first.events[1:])
    same(checker, without, loaded.texts, loaded.path)
    no_board = dataclasses.replace(without, actors=without.actors[:1])
    same(checker, no_board, loaded.texts, loaded.path)
    back = dataclasses.replace(no_board, events=first.events)  # the very event objects
    found = same(checker, back, loaded.texts, loaded.path)
    assert any("unknown actor 'openai-board'" in problem[4] for problem in found)


def test_an_id_that_is_no_id_is_not_counted_as_repeated(loaded: LoadResult) -> None:
    checker = started(loaded)
    events = list(loaded.timeline.events)
    events[1] = dataclasses.replace(events[1], id="not an id")
    events[2] = dataclasses.replace(events[2], id="not an id")
    same(checker, dataclasses.replace(loaded.timeline, events=tuple(events)), *rest(loaded))


def test_a_value_nested_too_deep_is_the_problem_a_whole_check_makes_and_then_goes(
    loaded: LoadResult,
) -> None:
    checker = started(loaded)
    deep: object = "x"
    for _ in range(250):
        deep = [deep]
    events = list(loaded.timeline.events)
    events[1] = dataclasses.replace(events[1], extra=(("nested", deep),))
    broken = dataclasses.replace(loaded.timeline, events=tuple(events), actors=())
    with pytest.raises(LoadError) as whole:
        revalidate(broken, *rest(loaded))
    with pytest.raises(LoadError) as again:
        checker.check(broken, loaded.texts)
    assert again.value.problem == whole.value.problem
    events[1] = loaded.timeline.events[1]
    fixed = dataclasses.replace(broken, events=tuple(events))
    found = same(checker, fixed, *rest(loaded))
    assert any("unknown actor" in problem[4] for problem in found), "nothing left stale"


def test_a_file_that_lost_a_record_on_reading_is_checked_whole(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.replace("events:\n", "events:\n  - just a string\n", 1)
    last = text.rindex("kind: fact")  # the second event: the file's third item
    text = text[:last] + "kind: bogus" + text[last + len("kind: fact") :]
    result = load_timeline(write_timeline(tmp_path, text))
    assert not result.complete
    checker = Rechecker(result.path)
    checker.start(result.timeline, result.texts, result.problems, result.complete)
    same(checker, result.timeline, result.texts, result.path)


def rest(loaded: LoadResult) -> tuple[dict[str, SourceText], Path]:
    return loaded.texts, loaded.path
