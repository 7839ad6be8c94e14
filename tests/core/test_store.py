"""Loading: every kind of problem is reported with its line, column and path; valid parts load."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_SOURCE, SAMPLE_TIMELINE, write_timeline
from tests.core.loading import line_of, only_problem
from viewer.core.store import LoadError, format_path, load_text, load_timeline
from viewer.core.writer import dump_timeline


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


def test_decomposed_korean_in_a_source_still_anchors_exactly(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", SAMPLE_SOURCE)
    assert decomposed != SAMPLE_SOURCE
    result = load_timeline(write_timeline(tmp_path, sources={"news.txt": decomposed}))
    assert result.problems == []
    assert result.texts["news"].text == SAMPLE_SOURCE


def test_paths_format_like_attribute_access() -> None:
    assert format_path(("events", 12, "evidence", 0, "quote")) == "events[12].evidence[0].quote"
    assert format_path(("schema",)) == "schema"


# -- hostile files ----------------------------------------------------------------------------


def load_or_error(path: Path) -> str:
    """The formatted problems of a file, or its one fatal problem."""
    try:
        result = load_timeline(path)
    except LoadError as exc:
        return exc.problem.format()
    return "\n".join(problem.format() for problem in result.problems)


@pytest.mark.parametrize(
    "value",
    ["!!bool maybe", "!!int ''", "!!float ''", "!!timestamp nope", "!!int 12x"],
)
def test_an_explicit_tag_with_an_awkward_value_is_read_as_text_and_reported(
    tmp_path: Path, value: str
) -> None:
    text = SAMPLE_TIMELINE.replace("title:\n  en: Sample crisis", f"odd: {value}\ntitle:\n  en: x")
    result = load_timeline(write_timeline(tmp_path, text))
    assert any("is read as text" in problem.message for problem in result.problems)
    assert isinstance(dict(result.timeline.extra)["odd"], str)


@pytest.mark.parametrize("field", ["schema", "title", "date", "occurrence", "id", "unknown"])
def test_an_integer_of_thousands_of_digits_in_any_field_is_reported_not_raised(
    tmp_path: Path, field: str
) -> None:
    digits = "7" * 20_000
    text = {
        "schema": SAMPLE_TIMELINE.replace("schema: 1", f"schema: {digits}"),
        "title": SAMPLE_TIMELINE.replace("en: Board fires Altman", f"en: {digits}"),
        "date": SAMPLE_TIMELINE.replace('date: "2023-11-17"', f"date: {digits}"),
        "occurrence": SAMPLE_TIMELINE.replace(
            "      - source: news\n        quote: 2023",
            f"      - source: news\n        occurrence: {digits}\n        quote: 2023",
        ),
        "id": SAMPLE_TIMELINE.replace("id: altman-fired", f"id: {digits}"),
        "unknown": SAMPLE_TIMELINE + f"big: {digits}\n",
    }[field]
    report = load_or_error(write_timeline(tmp_path, text))
    assert len(report) < 5000, "a message quotes at most the start of such a number"


@pytest.mark.parametrize(
    "where",
    [
        "schema: *bomb",
        "*bomb : key\nschema: 1",
        "schema: 1\nextra: *bomb",
        "schema: 1\ntitle: *bomb",
    ],
)
def test_an_alias_bomb_anywhere_is_refused_quickly(tmp_path: Path, where: str) -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    text = "\n".join(levels).replace("a9: &a9", "a9: &bomb") + "\n" + where + "\n"
    path = tmp_path / "timeline.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_timeline(path)
    assert "aliases add more than" in caught.value.problem.message


def test_deep_nesting_is_refused_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text("schema: 1\nextra: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_timeline(path)
    assert "nest" in caught.value.problem.message


@pytest.mark.parametrize("schema", ["true", "1.0", '"1"', "yes"])
def test_a_schema_that_is_not_the_number_1_is_refused(tmp_path: Path, schema: str) -> None:
    path = write_timeline(tmp_path, SAMPLE_TIMELINE.replace("schema: 1", f"schema: {schema}"))
    with pytest.raises(LoadError) as caught:
        load_timeline(path)
    assert "is not a version this program reads" in caught.value.problem.message


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("file: sources/news.txt", "file: ''", "source file is empty"),
        (
            "quote: 11월 21일 화요일, 올트먼이 CEO로 복귀했다.",
            "quote: ''",
            "evidence quote is empty",
        ),
        ("en: Altman returns as CEO\n      ko: 올트먼 CEO 복귀", "en: ''", "event title is empty"),
        ("en: Sam Altman\n      ko: 샘 올트먼", "en: '  '", "actor name is empty"),
    ],
)
def test_an_empty_required_value_is_an_error_and_kept_as_written(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in SAMPLE_TIMELINE
    path = write_timeline(tmp_path, SAMPLE_TIMELINE.replace(old, new))
    result = load_timeline(path)
    assert any(p.is_error and message in p.message for p in result.problems), result.problems
    again = load_text(dump_timeline(result.timeline), path, result.texts).timeline
    assert again == result.timeline


def test_a_timeline_that_is_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "timeline.yaml"
    os.mkfifo(fifo)
    with pytest.raises(LoadError) as caught:
        load_timeline(fifo)
    assert "not a regular file" in caught.value.problem.message


def test_a_timeline_past_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from viewer.core import store

    monkeypatch.setattr(store, "MAX_TIMELINE_BYTES", 2**20)
    path = write_timeline(tmp_path, SAMPLE_TIMELINE + "# " + "x" * 2**20 + "\n")
    with pytest.raises(LoadError) as caught:
        load_timeline(path)
    assert caught.value.not_yaml, "check exits with 2: the file could not be read"
    line = caught.value.problem.format()
    assert line.startswith(f"{path}:1:1: error: ") and "larger than 1 MB" in line


def test_a_nul_byte_in_the_file_name_is_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as caught:
        load_timeline(str(tmp_path / "a\x00b.yaml"))
    assert caught.value.not_yaml
    assert "\x00" not in caught.value.problem.format()
