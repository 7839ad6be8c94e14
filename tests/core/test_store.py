"""Loading: every kind of problem is reported with its line, column and path; valid parts load."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_SOURCE, SAMPLE_TIMELINE, write_timeline
from viewer.core.problems import Severity
from viewer.core.store import LoadError, format_path, load_timeline


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line of `text` containing `needle`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in text")


def only_problem(result, severity=Severity.ERROR):
    problems = [p for p in result.problems if p.severity is severity]
    assert len(problems) == 1, [p.format() for p in result.problems]
    return problems[0]


def test_a_valid_file_loads_with_no_problems(sample_path: Path) -> None:
    result = load_timeline(sample_path)
    assert result.problems == []
    assert result.complete
    assert [event.id for event in result.timeline.events] == ["altman-fired", "altman-returns"]
    assert result.timeline.actors_by_id["sam-altman"].name.get("ko") == "샘 올트먼"
    assert result.timeline.events[0].edtf.render("en") == "Nov 17, 2023"
    assert result.texts["news"].text == SAMPLE_SOURCE


def test_a_syntax_error_is_one_problem_with_the_parsers_position(tmp_path: Path) -> None:
    path = write_timeline(tmp_path, "schema: 1\nevents:\n  - id: a\n    title: [unclosed\n")
    with pytest.raises(LoadError) as caught:
        load_timeline(path)
    problem = caught.value.problem
    assert caught.value.not_yaml
    assert problem.line == 5 and problem.column == 1
    assert "YAML syntax error" in problem.message


def test_a_file_that_is_not_a_mapping_cannot_be_loaded(tmp_path: Path) -> None:
    path = write_timeline(tmp_path, "- just\n- a list\n")
    with pytest.raises(LoadError) as caught:
        load_timeline(path)
    assert not caught.value.not_yaml
    assert "mapping" in caught.value.problem.message


def test_a_newer_schema_is_refused_rather_than_misread(tmp_path: Path) -> None:
    path = write_timeline(tmp_path, "schema: 2\nevents: []\n")
    with pytest.raises(LoadError) as caught:
        load_timeline(path)
    assert caught.value.problem.line == 1
    assert "schema 2" in caught.value.problem.message


def test_a_missing_file_cannot_be_loaded(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as caught:
        load_timeline(tmp_path / "nowhere.yaml")
    assert "cannot read" in caught.value.problem.message


@pytest.mark.parametrize(
    ("old", "new", "line_needle", "path", "message"),
    [
        (
            "  - id: altman-returns",
            '  - date: "2023-11-21"',
            "Altman returns as CEO",
            "events[1].id",
            "event has no id",
        ),
        (
            "  - id: altman-returns",
            "  - id: altman-fired",
            "- id: altman-fired\n",
            "events[1].id",
            "used twice",
        ),
        (
            "actors: [sam-altman]",
            "actors: [sam-altman, nobody]",
            "[sam-altman, nobody]",
            "events[1].actors[1]",
            "unknown actor 'nobody'",
        ),
        ('date: "2023-11-21"', 'date: "2023-11-31"', "2023-11-31", "events[1].date", "2023-11-31"),
        (
            "kind: fact\n    evidence:\n      - source: news\n        quote: 11월",
            "kind: rumour\n    evidence:\n      - source: news\n        quote: 11월",
            "rumour",
            "events[1].kind",
            "must be one of",
        ),
        (
            "actors: [sam-altman]\n",
            "actors: sam-altman\n",
            "actors: sam-altman",
            "events[1].actors",
            "must be a list",
        ),
        (
            "        quote: 11월 21일 화요일, 올트먼이 CEO로 복귀했다.",
            "        quote: 마이크로소프트가 새 데이터센터를 열었다.",
            "새 데이터센터",
            "events[1].evidence[0].quote",
            "quote not found in source 'news'",
        ),
    ],
)
def test_each_problem_names_its_line_column_and_path(
    tmp_path: Path, old: str, new: str, line_needle: str, path: str, message: str
) -> None:
    assert old in SAMPLE_TIMELINE
    text = SAMPLE_TIMELINE.replace(old, new, 1)
    if line_needle.endswith("\n"):  # the second occurrence is the one at fault
        first = text.index(line_needle)
        expected_line = text[: text.index(line_needle, first + 1)].count("\n") + 1
    else:
        expected_line = line_of(text, line_needle)
    result = load_timeline(write_timeline(tmp_path, text))
    problem = only_problem(result)
    assert problem.path == path
    assert message in problem.message
    assert problem.file == str(tmp_path / "timeline.yaml")
    assert problem.line is not None and problem.column is not None
    # a missing key is reported at its record; everything else at the offending value
    assert problem.line == expected_line or (
        path.endswith(".id") and abs(problem.line - expected_line) <= 3
    )
    assert len(result.timeline.events) == 2, "the valid parts still load"


def test_an_unknown_source_reference_is_reported_at_its_source_key(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.replace(
        "      - source: news\n        quote: 11월",
        "      - source: elsewhere\n        quote: 11월",
    )
    problem = only_problem(load_timeline(write_timeline(tmp_path, text)))
    assert problem.path == "events[1].evidence[0].source"
    assert problem.line == line_of(text, "source: elsewhere")
    assert problem.column == text.splitlines()[problem.line - 1].index("elsewhere") + 1


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


def test_unquoted_dates_and_years_are_accepted(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.replace('date: "2023-11-17"', "date: 2023-11-17").replace(
        'date: "2023-11-21"', "date: 2023"
    )
    result = load_timeline(write_timeline(tmp_path, text))
    assert result.problems == []
    assert [event.date for event in result.timeline.events] == ["2023-11-17", "2023"]


def test_object_tags_are_not_constructed(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.replace(
        "title:\n  en: Sample crisis",
        "danger: !!python/object/apply:os.system [echo]\ntitle:\n  en: Sample crisis",
    )
    result = load_timeline(write_timeline(tmp_path, text))
    problem = only_problem(result, Severity.WARNING)
    assert "not allowed" in problem.message
    assert problem.line == 2
    assert not result.complete


def test_decomposed_korean_in_a_source_still_anchors_exactly(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", SAMPLE_SOURCE)
    assert decomposed != SAMPLE_SOURCE
    result = load_timeline(write_timeline(tmp_path, sources={"news.txt": decomposed}))
    assert result.problems == []
    assert result.texts["news"].text == SAMPLE_SOURCE


def test_an_ambiguous_quote_warns_until_context_picks_one(tmp_path: Path) -> None:
    source = SAMPLE_SOURCE + "11월 21일 화요일, 올트먼이 CEO로 복귀했다.\n"
    result = load_timeline(write_timeline(tmp_path, sources={"news.txt": source}))
    problem = only_problem(result, Severity.WARNING)
    assert "occurs 2 times" in problem.message
    assert problem.path == "events[1].evidence[0].quote"
    text = SAMPLE_TIMELINE + "        occurrence: 2\n"
    assert load_timeline(write_timeline(tmp_path, text, {"news.txt": source})).problems == []


def test_an_event_without_evidence_is_a_warning(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.split("    evidence:\n      - source: news\n        quote: 11월")[0]
    problem = only_problem(load_timeline(write_timeline(tmp_path, text)), Severity.WARNING)
    assert problem.path == "events[1]"
    assert "no evidence" in problem.message


def test_a_non_mapping_event_is_dropped_and_marks_the_load_incomplete(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE + "\n  - just a string\n"
    result = load_timeline(write_timeline(tmp_path, text))
    problem = only_problem(result)
    assert problem.path == "events[2]"
    assert not result.complete
    assert len(result.timeline.events) == 2


def test_paths_format_like_attribute_access() -> None:
    assert format_path(("events", 12, "evidence", 0, "quote")) == "events[12].evidence[0].quote"
    assert format_path(("schema",)) == "schema"


def test_evidence_without_a_quote_is_reported_and_kept(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.replace(
        "        quote: 11월 21일 화요일, 올트먼이 CEO로 복귀했다.\n", ""
    )
    result = load_timeline(write_timeline(tmp_path, text))
    problem = only_problem(result)
    assert problem.path == "events[1].evidence[0].quote"
    assert "no quote" in problem.message
    assert result.timeline.events[1].evidence[0].source == "news"
