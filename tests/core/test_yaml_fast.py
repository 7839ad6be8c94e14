"""The fast parse gives exactly the careful reader's tree, or leaves the file to it."""

from __future__ import annotations

import contextlib
import json
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.generate import build
from viewer.core import yaml_tree
from viewer.core.model import Timeline
from viewer.core.writer import dump_timeline
from viewer.core.yaml_fast import fast_parse

ROOT = Path(__file__).resolve().parents[2]
SUITE = json.loads((ROOT / "tests/data/yaml_test_suite/cases.json").read_text("utf-8"))
# Valid YAML 1.2 that PyYAML refuses or reads otherwise than the suite says; the fast parser
# reads each as the suite does.
PYYAML_DEPARTS = {
    "4ABK",
    "4MUZ/00",
    "4MUZ/01",
    "4MUZ/02",
    "58MP",
    "5MUD",
    "652Z",
    "K3WX",
    "L24T/01",
    "NHX8",
    "S3PD",
    "SM9W/01",
    "VJP3/01",
}


def same(left: Any, right: Any) -> bool:
    """Equal values of equal types (True is not 1, 1.0 is not 1, NaN equals NaN)."""
    if isinstance(left, float) and isinstance(right, float):
        return left == right or (math.isnan(left) and math.isnan(right))
    if type(left) is not type(right) and not (
        (isinstance(left, str) and isinstance(right, str))
        or (isinstance(left, dict) and isinstance(right, dict))
        or (isinstance(left, list) and isinstance(right, list))
    ):
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(same(left[key], right[key]) for key in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(map(same, left, right))
    return left == right


def careful(text: str) -> Any:
    tree, issues = yaml_tree.parse(text)
    assert issues == []
    return tree


@pytest.mark.parametrize("name", sorted(SUITE))
def test_a_suite_case_the_fast_parser_takes_is_read_as_the_suite_and_pyyaml_read_it(
    name: str,
) -> None:
    case = SUITE[name]
    tree = fast_parse(case["yaml"])
    if tree is None:
        return  # left to the careful reader, which the other tests cover
    assert not case["error"]
    if len(case.get("json", [])) == 1:
        assert same(tree, case["json"][0]) or tree == case["json"][0]
    if name in PYYAML_DEPARTS:
        with contextlib.suppress(yaml_tree.YamlSyntaxError):
            assert not same(tree, careful(case["yaml"]))
    else:
        assert same(tree, careful(case["yaml"]))


def test_the_fast_parser_takes_a_good_share_of_the_suite_and_none_of_its_errors() -> None:
    taken = [name for name, case in SUITE.items() if fast_parse(case["yaml"]) is not None]
    assert len(taken) >= 50
    assert not [name for name in taken if SUITE[name]["error"]]


AMBIGUOUS = [
    "yes", "No", "OFF", "on",
    "017", "-017", "0o17", "0b101", "0X1F", "-0x1F", "+.5", "-.5e3",
    "1_000", "0x_1F", "1:30", "-1:30:00.5",
    "1e3", "1.0e3", "6.8523015e+5",
    "2023-11-17", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
]  # fmt: skip
PLACES = [
    "key: {}\n",
    "key:   {}   # comment\n",
    "key:\n  {}\n",
    "list:\n- {}\n",
    "list:\n  -   {}\n",
    "flow: [a, {}]\n",
    "flow: [{}, a]\n",
    "flow: {{k: {}}}\n",
    "flow: {{k: a,   {}: b}}\n",
    "{}: value\n",
    "nested:\n  {}: value\n",
    "- {}: value\n",
    "key: {}\r\nnext: 1\r\n",
    "key: {}\rnext: 1\r",
]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("value", AMBIGUOUS)
def test_a_plain_scalar_yaml_1_1_and_1_2_read_differently_goes_to_the_careful_reader(
    value: str, place: str
) -> None:
    assert fast_parse(place.format(value)) is None


@pytest.mark.parametrize(
    "key", ["null", "Null", "~", "1.5", "-1", "1", "123456789012345678901234567890"]
)
def test_a_key_the_careful_reader_turns_into_text_goes_to_it(key: str) -> None:
    assert fast_parse(f"{key}: value\n") is None
    assert fast_parse(f"map: {{{key}: value}}\n") is None


@pytest.mark.parametrize(
    "text",
    [
        "a: !!str 1\n",
        "a: !custom x\n",
        "a: &anchor [1]\nb: *anchor\n",
        "? [complex]\n: key\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "base: {a: 1}\nchild:\n  <<: {b: 2}\n",
        "[a, b]: flow key\n",
        "a:\tb\n",
        "a: 'NUL \x00'\n",
        "a: 'C1 \x85 NEL'\n",
        "a: 'LS \u2028'\n",
        "a: BOM \ufeff inside\n",
        'a: "\\x41"\n',
        'a: "\\ud83d\\ude00"\n',
        "a: 1\na: 2\n",
        "a: [unclosed\n",
        f"a: {'9' * 5000}\n",
        "just a scalar\n",
        "- a list\n",
        "",
        "# only a comment\n",
    ],
)
def test_what_needs_a_node_level_check_or_a_message_goes_to_the_careful_reader(
    text: str,
) -> None:
    assert fast_parse(text) is None


def test_the_bundled_chronology_and_a_generated_file_are_fast_and_read_the_same() -> None:
    bundled = (ROOT / "data/openai-crisis/timeline.yaml").read_text("utf-8")
    generated = dump_timeline(build(300)[0])
    for text in (bundled, generated):
        tree = fast_parse(text)
        assert tree is not None
        assert same(tree, careful(text))


plain = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False)
    | st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
    | st.sampled_from([*AMBIGUOUS, "a: b", "- x", "#", " lead", "trail ", "'", '"', "?", "&"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)
            | st.sampled_from(AMBIGUOUS),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=6), plain, max_size=5), st.booleans(), st.booleans())
def test_whatever_a_yaml_writer_writes_reads_the_same_or_goes_to_the_careful_reader(
    data: dict[str, Any], flow: bool, unicode: bool
) -> None:
    texts = [
        yaml.safe_dump(data, default_flow_style=flow, allow_unicode=unicode, sort_keys=False),
        dump_timeline(Timeline(extra=tuple(data.items()))),
    ]
    for text in texts:
        tree = fast_parse(text)
        if tree is not None:
            assert same(tree, careful(text)), text
