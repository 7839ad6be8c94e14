"""The quick way of writing an event gives exactly the lines the general way gives."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.generate import build
from viewer.core import writer
from viewer.core.model import EMPTY_TEXT, Event, Evidence, LocalText
from viewer.core.store import load_timeline

ROOT = Path(__file__).resolve().parents[2]


def general(event: Event) -> list[str]:
    return writer._item(writer._event(event), writer.INDENT)


def test_every_event_of_the_bundled_and_a_generated_timeline_is_written_alike() -> None:
    events = (
        *load_timeline(ROOT / "data/openai-crisis/timeline.yaml").timeline.events,
        *build(200)[0].events,
    )
    quick = [writer._event_lines(event) for event in events]
    assert None not in quick
    assert quick == [general(event) for event in events]


def test_an_event_with_unknown_keys_is_left_to_the_general_way() -> None:
    assert writer._event_lines(Event("a", extra=(("colour", "red"),))) is None
    evidence = Evidence("s", "q", extra=(("page", 3),))
    assert writer._event_lines(Event("a", evidence=(evidence,))) is None


texts = st.text(max_size=8) | st.sampled_from(["yes", "1:30", "- x", "a: b", "'", "#", " "])
local = (
    st.none()
    | texts.map(LocalText)
    | st.lists(
        st.tuples(st.sampled_from(["en", "ko", "no", "1", "x" * 600]), texts), max_size=3
    ).map(lambda pairs: LocalText.of(dict(pairs)))
)
evidence = st.builds(
    Evidence,
    source=st.sampled_from(["", "s"]),
    quote=texts,
    prefix=st.none() | texts,
    suffix=st.none() | texts,
    occurrence=st.none() | st.integers(1, 5),
    date_quote=st.none() | texts,
)


@settings(max_examples=300, deadline=None)
@given(
    st.builds(
        Event,
        id=st.sampled_from(["", "e1", "yes"]),
        date=st.none() | st.sampled_from(["2023-11-17", "2015/2018", "x"]),
        title=local.map(lambda value: value or EMPTY_TEXT),
        summary=local.map(lambda value: value or EMPTY_TEXT),
        actors=st.lists(texts, max_size=3).map(tuple),
        tags=st.lists(texts, max_size=2).map(tuple),
        kind=st.sampled_from(["fact", "claim", "odd kind"]),
        evidence=st.lists(evidence, max_size=2).map(tuple),
        notes=local.map(lambda value: value or EMPTY_TEXT),
    )
)
def test_any_event_is_written_alike(event: Event) -> None:
    assert writer._event_lines(event) == general(event)
