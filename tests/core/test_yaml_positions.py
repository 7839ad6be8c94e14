"""A large file's problems are placed by rapidyaml where the careful reader would place them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.generate import build
from viewer.core import yaml_positions, yaml_tree
from viewer.core.store import load_text
from viewer.core.writer import dump_timeline

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = (ROOT / "data/openai-crisis/timeline.yaml").read_text("utf-8")


def every_path(tree: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    yield path
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from every_path(value, (*path, key))
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            yield from every_path(value, (*path, index))


FLOW_AND_QUOTES = """\
schema: 1
title: {en: "Quoted \\"title\\"", ko: '작은 따옴표'}
events:
  - {id: a, date: "2023-11-17", title: Flow event, actors: [x, "y", 'z']}
  - id: b
    title: |
      A block
      of text
    notes: "a quoted
      line that folds"
    evidence:
    - source: s
      quote: 한국어 인용문
"""


@pytest.mark.parametrize(
    "text", [BUNDLED, dump_timeline(build(50)[0]), FLOW_AND_QUOTES], ids=["bundled", "50", "flow"]
)
def test_every_value_is_placed_where_the_careful_reader_places_it(text: str) -> None:
    tree, _ = yaml_tree.parse(text)
    paths = [*every_path(tree), ("events", 0, "missing"), ("events", 99), ("nothing", 1)]
    expected = [yaml_tree.locate(tree, path) for path in paths]
    found = yaml_positions._locate_with_rapidyaml(text, paths)
    assert found is not None
    wrong = [
        (path, want, got)
        for path, want, got in zip(paths, expected, found, strict=True)
        if want != got
    ]
    assert wrong == []


def test_a_large_file_with_a_problem_names_its_line_and_column(monkeypatch) -> None:
    monkeypatch.setattr(yaml_positions, "CAREFUL_LIMIT", 0)  # use rapidyaml whatever the size
    text = dump_timeline(build(40)[0]).replace("kind: claim", "kind: rumour", 1)
    line = text.splitlines().index("    kind: rumour") + 1
    problems = load_text(text, Path("big.yaml"), texts={}).problems
    assert [(p.line, p.column) for p in problems if p.path.endswith(".kind")] == [(line, 11)]


def test_yaml_that_only_the_fast_parser_reads_still_loads_with_its_problems_placed() -> None:
    # valid YAML 1.2 that PyYAML refuses (a flow mapping value right after the colon)
    text = 'schema: 1\ntitle: {"en":Flow}\nevents:\n  - id: a\n    title: x\n    kind: rumour\n'
    result = load_text(text, Path("t.yaml"), texts={})
    assert result.timeline.title.get("en") == "Flow"
    assert [(p.line, p.column) for p in result.problems if p.path == "events[0].kind"] == [(6, 11)]
