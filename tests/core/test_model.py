"""The model's values: ids, texts in several languages, records and the timeline's indexes."""

from __future__ import annotations

import dataclasses

import pytest

from viewer.core.dates import parse_edtf
from viewer.core.model import (
    EMPTY_TEXT,
    Actor,
    Event,
    LocalText,
    Source,
    Timeline,
    is_valid_id,
)

BILINGUAL = LocalText.of({"ko": "이사회", "en": "Board"})


def test_an_id_is_non_empty_without_whitespace() -> None:
    assert is_valid_id("sam-altman") and is_valid_id("올트먼")
    assert not is_valid_id("") and not is_valid_id("sam altman") and not is_valid_id("a\tb")


@pytest.mark.parametrize("text", ["a\nb", " lead", "trail ", "no\u00a0break", "ideo\u3000space"])
def test_any_whitespace_anywhere_makes_an_id_invalid(text: str) -> None:
    assert not is_valid_id(text)


def test_a_text_is_built_from_a_plain_string_or_a_language_map() -> None:
    assert LocalText.of("OpenAI") == LocalText(plain="OpenAI")
    assert LocalText.of({"ko": "이사회", "en": "Board"}).by_lang == (
        ("ko", "이사회"),
        ("en", "Board"),
    )


def test_a_code_given_twice_reads_as_a_mapping_of_them_would() -> None:
    text = LocalText(by_lang=(("en", "first"), ("ko", "한"), ("en", "last")))
    assert text.get("en") == text.exact("en") == "last"
    assert text.get("fr") == "last", "English before any other"
    assert text.to_data() == {"en": "last", "ko": "한"}
    assert LocalText(by_lang=(("ko", "하나"), ("ko", "둘"))).get("fr") == "둘"
    assert repr(LocalText.of({"en": "A"})) == "LocalText(by_lang=(('en', 'A'),))"
    assert not LocalText(by_lang=(("en", ""),)) and LocalText(by_lang=(("en", "x"),))


def test_the_language_codes_of_texts_read_from_a_file_are_one_string_each() -> None:
    # as a parser gives them: a new string for each key it reads
    first, second = (LocalText.of({"".join(["e", "n"]): title}) for title in ("A", "B"))
    assert first.by_lang[0][0] is second.by_lang[0][0]


def test_get_gives_the_language_asked_for_else_english_else_any_else_empty() -> None:
    assert BILINGUAL.get("ko") == "이사회"
    assert BILINGUAL.get("en") == "Board"
    assert BILINGUAL.get("ja") == "Board"
    assert LocalText.of({"ko": "이사회", "ja": "理事会"}).get("fr") == "이사회"
    assert EMPTY_TEXT.get("en") == ""


def test_a_plain_text_is_the_text_in_every_language() -> None:
    plain = LocalText.of("OpenAI")
    assert plain.get("ko") == plain.get("en") == "OpenAI"
    assert plain.exact("ko") == plain.exact("ja") == "OpenAI"


def test_exact_gives_only_what_was_written_for_that_language() -> None:
    assert BILINGUAL.exact("ko") == "이사회"
    assert BILINGUAL.exact("ja") is None
    assert LocalText.of({"ko": "이사회"}).exact("en") is None
    assert EMPTY_TEXT.exact("en") is None


def test_to_data_gives_back_the_form_the_file_used() -> None:
    assert LocalText.of("OpenAI").to_data() == "OpenAI"
    assert BILINGUAL.to_data() == {"ko": "이사회", "en": "Board"}
    assert EMPTY_TEXT.to_data() == {}


def test_a_text_is_true_only_when_some_language_has_text() -> None:
    assert BILINGUAL
    assert LocalText.of({"en": "", "ko": "이사회"})
    assert not EMPTY_TEXT
    assert not LocalText(plain="")
    assert not LocalText.of({"en": "", "ko": ""})


def test_an_actors_spellings_are_its_names_then_aliases_once_each() -> None:
    actor = Actor(
        "altman",
        LocalText.of({"en": "Sam Altman", "ko": "샘 올트먼"}),
        aliases=("올트먼", "Sam Altman", ""),
    )
    assert actor.spellings == ("Sam Altman", "샘 올트먼", "올트먼")
    assert Actor("openai", LocalText.of("OpenAI"), ("오픈AI",)).spellings == ("OpenAI", "오픈AI")
    assert Actor("nameless").spellings == ()


def test_an_events_date_is_parsed_and_a_bad_or_missing_date_is_none() -> None:
    assert Event("a", date="2023-11-17").edtf == parse_edtf("2023-11-17")
    assert Event("b", date="2023-11-31").edtf is None
    assert Event("c", date="").edtf is None
    assert Event("d").edtf is None


def test_a_sources_publication_date_is_parsed_and_a_bad_one_is_none() -> None:
    assert Source("news", published="2023-11").published_date == parse_edtf("2023-11")
    assert Source("news", published="last week").published_date is None
    assert Source("news").published_date is None


def test_records_are_immutable_and_the_defaults_are_empty() -> None:
    event = Event("a")
    assert (event.kind, event.actors, event.evidence, event.title) == ("fact", (), (), EMPTY_TEXT)
    assert Actor("x").kind == "person"
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.id = "b"  # type: ignore[misc]


def test_the_indexes_find_records_by_id_and_the_first_wins_where_ids_repeat() -> None:
    first, second = Event("a", title=LocalText.of("first")), Event("a", title=LocalText.of("2nd"))
    timeline = Timeline(
        sources=(Source("s", file="one.txt"), Source("s", file="two.txt")),
        actors=(Actor("x", LocalText.of("X")), Actor("x", LocalText.of("Y"))),
        events=(first, Event("b"), second),
    )
    assert list(timeline.events_by_id) == ["a", "b"]
    assert timeline.events_by_id["a"] is first
    assert timeline.positions_by_id == {"a": 0, "b": 1}
    unique = Timeline(events=(Event("x"), Event("y")))
    assert unique.positions_by_id == {"x": 0, "y": 1}
    assert timeline.actors_by_id["x"].name.get("en") == "X"
    assert timeline.sources_by_id["s"].file == "one.txt"


def test_forgotten_lookups_are_made_again_when_asked_for() -> None:
    timeline = Timeline(actors=(Actor("x"),), events=(Event("a"), Event("b")))
    made_on_use = {"events_by_id", "positions_by_id", "actors_by_id", "sources_by_id"}
    lookup = timeline.events_by_id
    for name in made_on_use:
        getattr(timeline, name)
    timeline.forget_lookups()
    assert not made_on_use & vars(timeline).keys()
    assert timeline.events_by_id == lookup and timeline.events_by_id is not lookup
    assert list(timeline.actors_by_id) == ["x"]
    assert timeline.positions_by_id == {"a": 0, "b": 1}
