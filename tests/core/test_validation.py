"""Checks across records: source files stay in the folder and are UTF-8, ids are unique,
references resolve and quotes anchor in their sources."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_SOURCE, SAMPLE_TIMELINE, write_timeline
from tests.core.loading import line_of, only_problem
from viewer.core.anchoring import FuzzyBudget, MatchKind, SourceText
from viewer.core.model import Actor, Event, Evidence, Source, Timeline
from viewer.core.problems import Severity
from viewer.core.records import Findings, Invalid
from viewer.core.store import load_timeline
from viewer.core.validation import (
    anchor_evidence,
    check_timeline,
    load_source_texts,
    read_source_file,
    resolve_source_file,
)

# -- in a loaded file -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file_value", "sources", "message"),
    [
        ("sources/missing.txt", {}, "does not exist"),
        ("sources/latin1.txt", {"latin1.txt": "caf\xe9".encode("latin-1")}, "not UTF-8"),
        ("../outside.txt", {}, "outside the timeline's folder"),
        ("/etc/hostname", {}, "absolute path"),
        ("sources", {}, "is a folder"),
    ],
)
def test_unusable_source_files_are_errors_on_the_file_key(
    tmp_path: Path, file_value: str, sources: dict, message: str
) -> None:
    text = SAMPLE_TIMELINE.replace("file: sources/news.txt", f"file: {file_value}")
    result = load_timeline(write_timeline(tmp_path, text, sources))
    errors = result.errors
    assert errors[0].path == "sources[0].file"
    assert errors[0].line == line_of(text, f"file: {file_value}")
    assert message in errors[0].message
    assert "news" not in result.texts
    assert len(result.timeline.events) == 2


def test_a_symlink_leading_outside_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(SAMPLE_SOURCE, encoding="utf-8")
    folder = tmp_path / "timeline"
    folder.mkdir()
    path = write_timeline(folder, sources={})
    (folder / "sources" / "news.txt").symlink_to(outside)
    problem = load_timeline(path).errors[0]
    assert "outside the timeline's folder" in problem.message


def test_an_unknown_source_reference_is_reported_at_its_source_key(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.replace(
        "      - source: news\n        quote: 11월",
        "      - source: elsewhere\n        quote: 11월",
    )
    problem = only_problem(load_timeline(write_timeline(tmp_path, text)))
    assert problem.path == "events[1].evidence[0].source"
    assert problem.line == line_of(text, "source: elsewhere")
    assert problem.column == text.splitlines()[problem.line - 1].index("elsewhere") + 1


def test_an_ambiguous_quote_warns_until_context_picks_one(tmp_path: Path) -> None:
    source = SAMPLE_SOURCE + "11월 21일 화요일, 올트먼이 CEO로 복귀했다.\n"
    result = load_timeline(write_timeline(tmp_path, sources={"news.txt": source}))
    problem = only_problem(result, Severity.WARNING)
    assert "occurs 2 times" in problem.message
    assert problem.path == "events[1].evidence[0].quote"
    text = SAMPLE_TIMELINE + "        occurrence: 2\n"
    assert load_timeline(write_timeline(tmp_path, text, {"news.txt": source})).problems == []


def test_a_quote_repeated_past_the_count_says_or_more(tmp_path: Path) -> None:
    source = SAMPLE_SOURCE + "11월 21일 화요일, 올트먼이 CEO로 복귀했다.\n" * 1200
    result = load_timeline(write_timeline(tmp_path, sources={"news.txt": source}))
    problem = only_problem(result, Severity.WARNING)
    assert "occurs 1000 or more times" in problem.message


def test_a_claimed_date_that_is_the_events_own_is_a_warning(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE + '        claims_date: "2023-11-21"\n'
    problem = only_problem(load_timeline(write_timeline(tmp_path, text)), Severity.WARNING)
    assert problem.path == "events[1].evidence[0].claims_date"
    assert problem.line == line_of(text, "claims_date")
    assert "the event's own date" in problem.message
    other = SAMPLE_TIMELINE + '        claims_date: "2023-11-18"\n'
    assert load_timeline(write_timeline(tmp_path, other)).problems == []


def test_an_event_without_evidence_is_a_warning(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.split("    evidence:\n      - source: news\n        quote: 11월")[0]
    problem = only_problem(load_timeline(write_timeline(tmp_path, text)), Severity.WARNING)
    assert problem.path == "events[1]"
    assert "no evidence" in problem.message


# -- source files -----------------------------------------------------------------------------


def test_a_relative_source_file_resolves_inside_the_folder(tmp_path: Path) -> None:
    assert (
        resolve_source_file(tmp_path, "sources/news.txt")
        == tmp_path.resolve() / "sources" / "news.txt"
    )
    assert resolve_source_file(tmp_path, "./a/./b.txt") == tmp_path.resolve() / "a" / "b.txt"


@pytest.mark.parametrize(
    ("file", "message"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("/etc/hostname", "'/etc/hostname' is an absolute path"),
        ("C:\\news.txt", "is an absolute path; give a path relative to the timeline file"),
        ("../news.txt", "'../news.txt' leads outside the timeline's folder"),
        ("..\\news.txt", "leads outside the timeline's folder"),
        ("sources/../../news.txt", "leads outside the timeline's folder"),
    ],
)
def test_a_source_file_that_could_escape_the_folder_is_refused(
    tmp_path: Path, file: str, message: str
) -> None:
    with pytest.raises(Invalid, match=re.escape(message)):
        resolve_source_file(tmp_path, file)


def test_a_symlinked_folder_leading_outside_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "timeline"
    folder.mkdir()
    (folder / "sources").symlink_to(outside)
    with pytest.raises(Invalid, match="leads outside the timeline's folder"):
        resolve_source_file(folder, "sources/news.txt")


def test_a_source_file_is_read_as_utf8_without_its_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes("\ufeff".encode() + SAMPLE_SOURCE.encode("utf-8"))
    assert read_source_file(path) == SAMPLE_SOURCE


def test_a_source_file_that_is_not_utf8_names_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"first line\nsecond line\ncaf\xe9\n")
    with pytest.raises(Invalid) as refused:
        read_source_file(path)
    assert str(refused.value) == "'latin1.txt' is not UTF-8 text (bad byte on its line 3)"


def test_a_missing_source_file_or_a_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(Invalid, match=r"'gone\.txt' does not exist"):
        read_source_file(tmp_path / "gone.txt")
    with pytest.raises(Invalid, match="is a folder, not a text file"):
        read_source_file(tmp_path)


def test_sources_sharing_a_file_read_it_once(sample_path: Path) -> None:
    timeline = Timeline(
        sources=(
            Source("news", file="sources/news.txt"),
            Source("same", file="./sources/news.txt"),
            Source("news", file="sources/other.txt"),
            Source("fileless"),
        )
    )
    found = Findings()
    texts = load_source_texts(timeline, sample_path.parent, found)
    assert list(texts) == ["news", "same"]
    assert texts["news"] is texts["same"]
    assert texts["news"].text == SAMPLE_SOURCE
    assert found.items == []


def test_an_unreadable_source_file_is_an_error_on_its_file_key(tmp_path: Path) -> None:
    timeline = Timeline(sources=(Source("a", file="a.txt"), Source("b", file="../b.txt")))
    found = Findings()
    assert load_source_texts(timeline, tmp_path, found) == {}
    assert found.items == [
        (("sources", 0, "file"), "source file 'a.txt' does not exist", True),
        (
            ("sources", 1, "file"),
            "source file '../b.txt' leads outside the timeline's folder",
            True,
        ),
    ]


# -- checks across records --------------------------------------------------------------------

TEXT = SourceText("The board fired Sam Altman on Friday. Employees signed a letter.\n")


def problems_of(timeline: Timeline, texts: dict[str, SourceText] | None = None) -> list:
    found = Findings()
    check_timeline(timeline, {"news": TEXT} if texts is None else texts, found)
    return found.items


def test_a_repeated_id_is_an_error_that_points_at_the_first_use() -> None:
    timeline = Timeline(
        actors=(Actor("a"), Actor("b"), Actor("a")),
        events=(Event("e", evidence=(Evidence(),)), Event("e", evidence=(Evidence(),))),
    )
    assert problems_of(timeline) == [
        (("actors", 2, "id"), "id 'a' is used twice (first at actors[0])", True),
        (("events", 1, "id"), "id 'e' is used twice (first at events[0])", True),
    ]


def test_records_without_an_id_are_not_reported_as_repeats() -> None:
    timeline = Timeline(sources=(Source(""), Source("")))
    assert problems_of(timeline) == []


def test_unknown_actors_and_sources_are_errors_where_they_are_named() -> None:
    timeline = Timeline(
        sources=(Source("news"),),
        events=(
            Event(
                "e",
                actors=("nobody",),
                evidence=(Evidence("gone", "q"), Evidence("", "q")),
            ),
        ),
    )
    assert problems_of(timeline) == [
        (("events", 0, "actors", 0), "unknown actor 'nobody'", True),
        (("events", 0, "evidence", 0, "source"), "unknown source 'gone'", True),
    ]


def test_a_quote_that_matches_only_approximately_is_a_warning_with_its_similarity() -> None:
    evidence = Evidence("news", "The board fired Sam Altmann on Friday.")
    assert anchor_evidence(TEXT, evidence).kind is MatchKind.FUZZY
    timeline = Timeline(sources=(Source("news"),), events=(Event("e", evidence=(evidence,)),))
    [(path, message, is_error)] = problems_of(timeline)
    assert path == ("events", 0, "evidence", 0, "quote") and not is_error
    assert message == (
        "quote matches source 'news' only approximately (99% similar); "
        "check the passage and update the quote"
    )


@pytest.mark.parametrize(
    ("quote", "change"),
    [
        ("The board fired Sam Altman on Monday.", '"Monday" became "Friday"'),
        ("The board fired Sam Altman on Friday. Employees never signed", '"never signed" became'),
        ("The board hired Sam Altman on Friday.", None),  # one letter: read as a slip
    ],
)
def test_a_quote_that_differs_in_meaning_is_an_error_naming_the_change(
    quote: str, change: str | None
) -> None:
    evidence = Evidence("news", quote)
    anchor = anchor_evidence(TEXT, evidence)
    timeline = Timeline(sources=(Source("news"),), events=(Event("e", evidence=(evidence,)),))
    [(path, message, is_error)] = problems_of(timeline)
    assert anchor.kind is MatchKind.FUZZY and anchor.score >= 0.9, "it scores like a typo"
    assert path == ("events", 0, "evidence", 0, "quote")
    if change is None:
        assert not is_error and "only approximately" in message
    else:
        assert is_error
        assert message.startswith(f"quote differs in meaning from source 'news': {change}")
        assert message.endswith("; check the passage and update the quote")


def test_a_changed_date_in_a_loaded_file_is_an_error_on_its_quote(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.replace("quote: 11월 21일 화요일", "quote: 11월 22일 화요일")
    problem = only_problem(load_timeline(write_timeline(tmp_path, text)))
    assert problem.path == "events[1].evidence[0].quote"
    assert problem.message == (
        "quote differs in meaning from source 'news': "
        '"11월 22일 화요일" became "11월 21일 화요일"; check the passage and update the quote'
    )


def test_a_quote_not_in_its_source_is_an_error_naming_the_closest_similarity() -> None:
    evidence = Evidence("news", "Completely unrelated words here about cooking pasta")
    timeline = Timeline(sources=(Source("news"),), events=(Event("e", evidence=(evidence,)),))
    [(path, message, is_error)] = problems_of(timeline)
    assert path == ("events", 0, "evidence", 0, "quote") and is_error
    assert message.startswith("quote not found in source 'news' (the closest passage is ")
    assert message.endswith("% similar)")


def test_a_quote_is_not_checked_when_its_source_text_could_not_be_read() -> None:
    evidence = Evidence("news", "Completely unrelated words here about cooking pasta")
    timeline = Timeline(sources=(Source("news"),), events=(Event("e", evidence=(evidence,)),))
    assert problems_of(timeline, texts={}) == []


def test_anchor_evidence_uses_the_occurrence_and_context_it_was_given() -> None:
    text = SourceText("Altman returns. Then again: Altman returns.\n")
    first = anchor_evidence(text, Evidence("news", "Altman returns."))
    second = anchor_evidence(text, Evidence("news", "Altman returns.", occurrence=2))
    after = anchor_evidence(text, Evidence("news", "Altman returns.", prefix="again: "))
    assert first.ambiguous and first.occurrences == 2
    assert second.start > first.start
    assert after.start == second.start and not after.ambiguous


def test_quotes_past_the_budget_are_errors_that_say_they_were_not_compared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from viewer.core import validation

    monkeypatch.setattr(validation, "FuzzyBudget", lambda: FuzzyBudget(units=1))
    events = "".join(
        f"  - id: e{n}\n    title: t\n    evidence:\n      - source: news\n"
        f"        quote: 없는 문장 {n}\n"
        for n in range(3)
    )
    text = SAMPLE_TIMELINE.split("events:")[0] + "events:\n" + events
    result = load_timeline(write_timeline(tmp_path, text))
    messages = [p.message for p in result.errors if "quote" in p.path]
    assert len(messages) == 3
    assert all("too many such quotes" in message for message in messages)


@pytest.mark.parametrize("kind", ["fifo", "device", "loop", "nul", "newline"])
def test_a_source_that_is_not_a_plain_readable_file_is_a_problem_not_a_hang(
    tmp_path: Path, kind: str
) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    name = {"nul": "a\\u0000b.txt", "newline": "a\\nb.txt"}.get(kind, "odd.txt")
    if kind == "fifo":
        os.mkfifo(sources / "odd.txt")
    elif kind == "device":
        (sources / "odd.txt").symlink_to("/dev/zero")
    elif kind == "loop":
        (sources / "odd.txt").symlink_to("other.txt")
        (sources / "other.txt").symlink_to("odd.txt")
    text = SAMPLE_TIMELINE.replace("file: sources/news.txt", f'file: "sources/{name}"')
    path = tmp_path / "timeline.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_timeline(path)
    [problem] = [p for p in result.errors if p.path == "sources[0].file"]
    assert "\n" not in problem.format() and "\x00" not in problem.format()
    expected = {
        "fifo": "not a regular file",
        "device": "leads outside",  # the device is elsewhere; inside, it is "not regular"
        "loop": "cannot be",
        "nul": "NUL",
        "newline": "does not exist",
    }[kind]
    assert expected in problem.message


def test_sources_past_the_total_limit_are_not_read_and_say_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from viewer.core import validation

    monkeypatch.setattr(validation, "MAX_TOTAL_SOURCE_CHARACTERS", len(SAMPLE_SOURCE) + 10)
    second = "  - id: more\n    title: 둘째\n    file: sources/more.txt\n"
    text = SAMPLE_TIMELINE.replace("\nactors:", second + "\nactors:", 1)
    path = write_timeline(tmp_path, text, {"news.txt": SAMPLE_SOURCE, "more.txt": SAMPLE_SOURCE})
    result = load_timeline(path)
    assert set(result.texts) == {"news"}
    [problem] = [p for p in result.errors if p.path == "sources[1].file"]
    assert "was not read" in problem.message and "together" in problem.message


def test_sources_refused_for_the_total_limit_are_freed_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import tracemalloc

    from viewer.core import validation

    # a refusal must not keep the refused text alive until the cycle collector runs
    big = "가" * 1_000_000
    monkeypatch.setattr(validation, "MAX_TOTAL_SOURCE_CHARACTERS", len(big) + 10)
    more = "".join(f"  - id: s{i}\n    file: sources/s{i}.txt\n" for i in range(20))
    text = SAMPLE_TIMELINE.replace("\nactors:", more + "\nactors:", 1)
    files = {"news.txt": big} | {f"s{i}.txt": big for i in range(20)}
    path = write_timeline(tmp_path, text, files)
    gc.disable()
    tracemalloc.start()
    try:
        result = load_timeline(path)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        gc.enable()
    assert len([p for p in result.errors if "was not read" in p.message]) == 20
    assert held < 12_000_000, "only the one source that fits is held (2 MB as text)"
