"""Whatever the model can hold is written so that it reads back identical, and the output is
stable: property-based tests over generated text, values under unknown keys and timelines."""

from __future__ import annotations

import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from viewer.core.model import Actor, Event, Evidence, LocalText, Source, Timeline
from viewer.core.records import EVENT_KEYS, TIMELINE_KEYS
from viewer.core.store import load_text
from viewer.core.writer import dump_timeline

PATH = Path("/nowhere/timeline.yaml")

# every code point a Python string can hold but lone surrogates: controls, C1, separators, BOM,
# private use, non-characters (no YAML reader accepts a lone surrogate; see the test below)
CHARACTERS = st.characters(codec=None, exclude_categories=("Cs",))
ANY_TEXT = st.text(CHARACTERS, max_size=40)
KEY = st.text(CHARACTERS, min_size=1, max_size=12)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False)
    | ANY_TEXT
    | st.dates()
    | st.datetimes(timezones=st.just(datetime.UTC) | st.none())
)
VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(KEY | st.integers(-5, 5), children, max_size=4)
    ),
    max_leaves=12,
)


def reloaded(timeline: Timeline) -> tuple[Timeline, str, str]:
    """The timeline as read back from its own dump, the dump, and the dump of what was read."""
    text = dump_timeline(timeline)
    result = load_text(text, PATH, texts={})
    return result.timeline, text, dump_timeline(result.timeline)


FILLED = ANY_TEXT.filter(str.strip)  # required fields must say something


@given(title=FILLED, name=FILLED, quote=FILLED, other=ANY_TEXT)
def test_any_text_in_any_field_reads_back_identical(
    title: str, name: str, quote: str, other: str
) -> None:
    timeline = Timeline(
        title=LocalText.of({"en": title, "ko": name}),
        sources=(Source("s", title=LocalText(plain=name), file="s.txt", author=other),),
        actors=(
            Actor("a", name=LocalText(plain=name), aliases=(title, other), not_mentions=(other,)),
        ),
        events=(
            Event(
                "e",
                title=LocalText(plain=title),
                summary=LocalText.of({"ko": other}),
                tags=(title,),
                evidence=(
                    Evidence("s", quote, prefix=other, date_quote=title),
                    Evidence(
                        "s",
                        quote,
                        claims_date="2023-11-18",
                        claims_note=LocalText.of({"en": title, "ko": other}),
                    ),
                    Evidence("s", quote, claims_note=LocalText(plain=other)),
                ),
                notes=LocalText(plain=other),
            ),
        ),
    )
    again, text, text_again = reloaded(timeline)
    assert again == timeline
    assert text_again == text


@given(value=VALUES, key=KEY.filter(lambda k: k not in TIMELINE_KEYS))
def test_a_value_under_an_unknown_top_level_key_survives_save_and_reload(
    value: object, key: str
) -> None:
    timeline = Timeline(extra=((key, value),))
    again, text, text_again = reloaded(timeline)
    assert again.extra == timeline.extra
    assert text_again == text


@given(value=VALUES, key=KEY.filter(lambda k: k not in EVENT_KEYS))
def test_a_value_under_an_unknown_event_key_survives_save_and_reload(
    value: object, key: str
) -> None:
    timeline = Timeline(events=(Event("e", title=LocalText(plain="t"), extra=((key, value),)),))
    again, text, text_again = reloaded(timeline)
    assert again.events[0].extra == timeline.events[0].extra
    assert text_again == text


EVENTS = st.builds(
    Event,
    id=st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True),
    date=st.none() | st.sampled_from(["2023-11-17", "2023-11", "2015~", "2018/2019", "../2015"]),
    title=st.builds(LocalText, plain=FILLED),
    tags=st.lists(ANY_TEXT, max_size=3).map(tuple),
    kind=st.sampled_from(["fact", "claim", "opinion", "speculation"]),
)


@given(events=st.lists(EVENTS, max_size=6, unique_by=lambda event: event.id))
def test_a_generated_timeline_reads_back_identical(events: list[Event]) -> None:
    timeline = Timeline(title=LocalText(plain="generated"), events=tuple(events))
    again, text, text_again = reloaded(timeline)
    assert again == timeline
    assert text_again == text


def test_a_lone_surrogate_is_written_as_the_replacement_character() -> None:
    timeline = Timeline(events=(Event("e", title=LocalText(plain="broken \ud800 paste")),))
    again, _text, text_again = reloaded(timeline)
    assert again.events[0].title.plain == "broken \ufffd paste"
    assert reloaded(again)[1] == text_again
