"""Safe YAML parsing: plain data only, each value's line and column, doubtful YAML reported."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from tests.core.loading import only_problem
from viewer.core.problems import Severity
from viewer.core.store import load_timeline
from viewer.core.yaml_tree import (
    LocatedList,
    LocatedMap,
    TreeIssue,
    Verbatim,
    YamlRefused,
    YamlSyntaxError,
    locate,
    parse,
)

# -- in a loaded file -------------------------------------------------------------------------


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


# -- parsing ----------------------------------------------------------------------------------

DOCUMENT = """\
schema: 1
title:
  en: Sample
events:
  - id: a
    date: 2023-11-17
    count: 3
    flag: yes
  - id: b
    actors: [x, y]
"""


def test_maps_and_lists_know_where_they_and_each_of_their_values_stand() -> None:
    tree, issues = parse(DOCUMENT)
    assert issues == []
    assert isinstance(tree, LocatedMap) and tree.position == (1, 1)
    assert tree.positions == {"schema": (1, 9), "title": (3, 3), "events": (5, 3)}
    events = tree["events"]
    assert isinstance(events, LocatedList)
    assert events.position == (5, 3)
    assert events.positions == [(5, 5), (9, 5)]
    assert events[0].positions["date"] == (6, 11)
    assert events[1]["actors"].positions == [(10, 14), (10, 17)]


def test_scalars_become_plain_python_values() -> None:
    tree, _ = parse(DOCUMENT)
    assert tree["schema"] == 1
    assert tree["title"] == {"en": "Sample"}
    assert tree["events"][0] == {
        "id": "a",
        "date": datetime.date(2023, 11, 17),
        "count": 3,
        "flag": True,
    }
    assert tree["events"][1]["actors"] == ["x", "y"]


def test_a_value_that_only_looks_like_a_date_stays_text() -> None:
    tree, issues = parse("date: 2023-13-45\n")
    assert tree == {"date": "2023-13-45"} and issues == []


def test_a_repeated_key_keeps_the_last_value_and_is_reported_where_it_repeats() -> None:
    tree, issues = parse("id: a\ntitle: first\ntitle: second\n")
    assert tree["title"] == "second"
    assert tree.positions["title"] == (3, 8)
    assert issues == [TreeIssue((3, 1), "key 'title' repeats; the last value is used")]


@pytest.mark.parametrize(
    ("text", "value", "tag"),
    [
        ("a: !custom x\n", {"a": "x"}, "!custom"),
        ("a: !!binary aGk=\n", {"a": "aGk="}, "tag:yaml.org,2002:binary"),
        ("- !!set {a: null}\n", [{"a": None}], "tag:yaml.org,2002:set"),
    ],
)
def test_other_tags_are_read_as_plain_data_and_reported(text: str, value: object, tag: str) -> None:
    tree, [issue] = parse(text)
    assert tree == value
    assert issue.message == f"tag {tag} is not allowed; only plain data is read"


def test_an_alias_is_the_same_value() -> None:
    tree, issues = parse("a: &shared {id: x}\nb: *shared\n")
    assert tree["b"] is tree["a"]
    assert issues == []


def test_an_alias_inside_the_value_it_names_is_refused_where_it_starts() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse("id: x\nloop: &self [*self]\n")
    assert caught.value.position == (2, 7)
    assert "contains it" in caught.value.message


def test_a_key_that_is_not_text_or_a_number_is_read_as_its_text() -> None:
    tree, _ = parse("? [1, 2]\n: pair\n2023: year\n")
    assert tree == {"[1, 2]": "pair", 2023: "year"}


@pytest.mark.parametrize("text", ["", "# only a comment\n"])
def test_an_empty_document_is_none(text: str) -> None:
    assert parse(text) == (None, [])


def test_a_document_may_be_a_lone_scalar() -> None:
    assert parse("just text\n") == ("just text", [])


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("a: [1\n", "did not find expected ',' or ']'", (2, 1)),
        ("a: b: c\n", "mapping values are not allowed in this context", (1, 5)),
        ('a: "x', "found unexpected end of stream", (1, 6)),
    ],
)
def test_a_syntax_error_carries_the_parsers_message_and_position(
    text: str, message: str, position: tuple[int, int]
) -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse(text)
    assert caught.value.message == message
    assert caught.value.position == position


# -- locating ---------------------------------------------------------------------------------


def test_locate_finds_the_value_at_the_end_of_a_path() -> None:
    tree, _ = parse(DOCUMENT)
    assert locate(tree, ("events", 1, "actors", 1)) == (10, 17)
    assert locate(tree, ("title", "en")) == (3, 7)
    assert locate(tree, ()) == (1, 1)


def test_locate_stops_at_the_deepest_value_that_exists() -> None:
    tree, _ = parse(DOCUMENT)
    assert locate(tree, ("events", 5, "id")) == (5, 3)
    assert locate(tree, ("events", 0, "summary")) == (5, 5)
    assert locate(tree, ("events", 0, "date", "year")) == (6, 11)
    assert locate(tree, ("events", "first")) == (5, 3)


def test_locate_in_something_that_is_not_a_tree_is_none() -> None:
    assert locate(None, ("events",)) is None
    assert locate("text", ()) is None


def test_the_yaml_1_1_value_and_merge_indicators_are_plain_text() -> None:
    tree, issues = parse("a: =\n<<: x\n")
    assert tree == {"a": "=", "<<": "x"} and issues == []


def test_json_that_escapes_a_character_beyond_the_bmp_as_a_surrogate_pair_is_read() -> None:
    tree, issues = parse('{"title": "smile \\ud83d\\ude00", "plain": "\\\\ud83d"}')
    assert tree == {"title": "smile \U0001f600", "plain": "\\ud83d"} and issues == []


def test_a_lone_surrogate_escape_is_still_a_syntax_error() -> None:
    with pytest.raises(YamlSyntaxError):
        parse('{"title": "half \\ud83d"}')


def test_aliases_that_repeat_a_long_text_too_often_are_refused() -> None:
    text = "big: &s " + "y" * 100_000 + "\nrefs: [" + ", ".join(["*s"] * 200) + "]\n"
    with pytest.raises(YamlRefused) as caught:
        parse(text)
    assert "repeat text" in caught.value.message


def test_integer_keys_whose_hashes_would_collide_are_kept_as_written() -> None:
    modulus = 2**61 - 1
    text = "".join(f"{n * modulus}: {n}\n" for n in range(1, 3001))
    tree, _ = parse(text)
    keys = list(tree)
    assert len(keys) == 3000 and all(isinstance(key, Verbatim) for key in keys)
    assert keys[0] == str(modulus) and tree[str(2 * modulus)] == 2
    assert parse("5: small\n")[0] == {5: "small"}, "ordinary integer keys stay integers"


def test_a_large_file_without_aliases_is_never_refused_for_its_size() -> None:
    text = "events:\n" + "".join(f"  - {{id: e{n}, tags: [a, b]}}\n" for n in range(60_000))
    tree, issues = parse(text)
    assert len(tree["events"]) == 60_000 and issues == []  # 300,000 values, no alias


def test_aliases_that_add_too_many_values_are_refused() -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 6)]
    with pytest.raises(YamlRefused) as caught:
        parse("\n".join(levels) + "\n")
    assert "aliases add more than" in caught.value.message
