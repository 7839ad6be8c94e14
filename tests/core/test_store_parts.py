"""A large file is read a part of its events at a time: the same timeline and the same problems,
at the same lines, as reading it whole, whatever the file holds; where the parts cannot be read
alone, the file is read whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from viewer.core import store, yaml_fast
from viewer.core.store import load_text

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "openai-crisis" / "timeline.yaml"

EXTRA_EVENTS = """
  # a comment between items
  - id: quoted
    date: "2023-11-18"
    title: "a title that goes on
  - on the next line, as a quoted scalar may"
    kind: fact

  - id: literal
    title: |
      a block scalar
      - with a dash
    kind: claim
  - id: broken
    date: 2023-13-45
    actors: [nobody]
    kind: rumour
  - just a string
  - id: last
    kind: fact
conflicts:
  - kind: event
    id: last
    field: kind
    ours: fact
    theirs: claim
"""


def read(text: str, path: Path, *, parts: bool, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(store, "READ_IN_PARTS_ABOVE", 0 if parts else 10**12)
    monkeypatch.setattr(yaml_fast, "EVENTS_PER_PART", 2)
    result = load_text(text, path)
    problems = [(p.severity, p.line, p.column, p.path, p.message) for p in result.problems]
    return result.timeline, problems, result.complete


@pytest.mark.parametrize(
    "text",
    [
        SAMPLE_TIMELINE,
        SAMPLE_TIMELINE + EXTRA_EVENTS,
        SAMPLE_TIMELINE + EXTRA_EVENTS.replace("  - just a string\n", ""),
        SAMPLE_TIMELINE.replace("  - id: altman-returns", "  - id: altman-returns\n    id: twice"),
        SAMPLE_TIMELINE + "\nevents: []\n",
        SAMPLE_TIMELINE.replace("events:\n", "events:  # the story\n"),
        SAMPLE_TIMELINE.replace("events:\n", "events:\n\n# first\n"),
        SAMPLE_TIMELINE.replace("  - id:", "- id:").replace("\n    ", "\n  "),
    ],
    ids=["sample", "hostile", "hostile-mappings", "repeated-key", "twice", "comment", "lead", "0"],
)
def test_reading_in_parts_gives_what_reading_whole_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    path = write_timeline(tmp_path, text)
    whole = read(text, path, parts=False, monkeypatch=monkeypatch)
    assert read(text, path, parts=True, monkeypatch=monkeypatch) == whole


def test_the_bundled_chronology_reads_the_same_in_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    whole = read(text, BUNDLED, parts=False, monkeypatch=monkeypatch)
    read_parts = store._read_parts
    taken = []
    monkeypatch.setattr(
        store, "_read_parts", lambda *args: taken.append(read_parts(*args)) or taken[-1]
    )
    assert read(text, BUNDLED, parts=True, monkeypatch=monkeypatch) == whole
    assert taken and taken[0] is not None, "the app's own files are read in parts"


@given(st.lists(st.sampled_from(EXTRA_EVENTS.splitlines(keepends=True)), max_size=12))
def test_any_events_read_the_same_in_parts(tmp_path_factory, lines) -> None:
    text = SAMPLE_TIMELINE + "".join(lines)
    path = write_timeline(tmp_path_factory.mktemp("t"), SAMPLE_TIMELINE)
    with pytest.MonkeyPatch.context() as patch:
        try:
            whole = read(text, path, parts=False, monkeypatch=patch)
        except store.LoadError as error:
            with pytest.raises(store.LoadError) as again:
                read(text, path, parts=True, monkeypatch=patch)
            assert again.value.problem == error.problem
            return
        assert read(text, path, parts=True, monkeypatch=patch) == whole
