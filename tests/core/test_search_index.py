"""The search index: folded text per event, kept across edits for the events they left alone."""

from __future__ import annotations

import dataclasses

from viewer.core.model import Actor, Event, Evidence, LocalText, Timeline
from viewer.core.search_index import SearchIndex, fold

TIMELINE = Timeline(
    actors=(Actor("altman", LocalText.of({"en": "Sam Altman"}), ("올트먼",)),),
    events=(
        Event("a", title=LocalText.of({"en": "Board\nfires  him", "ko": "이사회, 전격해임"})),
        Event("b", actors=("altman",), evidence=(Evidence("s", "그는 복귀했다"),)),
        Event("c", tags=("Crisis",), notes=LocalText.of("Ｆｕｌｌ width")),
    ),
)


def test_folding_composes_lowers_and_squeezes_whitespace() -> None:
    decomposed = "\u1112\u1161\u11ab"  # 한 as three jamo
    assert fold(f"  {decomposed}\tAB\n\nc ") == "한 ab c"


def test_a_query_is_found_in_any_field_folded_the_same_way() -> None:
    index = SearchIndex()
    assert index.matching(TIMELINE, "board fires") == ["a"]
    assert index.matching(TIMELINE, "해임") == ["a"]
    assert index.matching(TIMELINE, "SAM") == ["b"]
    assert index.matching(TIMELINE, "올트먼") == ["b"]
    assert index.matching(TIMELINE, "복귀") == ["b"]
    assert index.matching(TIMELINE, "crisis") == ["c"]
    assert index.matching(TIMELINE, "") == ["a", "b", "c"]


def test_a_query_does_not_match_across_two_fields() -> None:
    assert SearchIndex().matching(TIMELINE, "him 이사회") == []


def test_an_edit_refolds_only_the_events_it_changed() -> None:
    index = SearchIndex()
    index.matching(TIMELINE, "x")
    kept = dict(index._folded)
    edited = dataclasses.replace(TIMELINE.events[2], tags=("calm",))
    after = dataclasses.replace(TIMELINE, events=(*TIMELINE.events[:2], edited))
    assert index.matching(after, "crisis") == []
    assert index.matching(after, "calm") == ["c"]
    assert index._folded["a"] is kept["a"] and index._folded["c"] is not kept["c"]


def test_renaming_an_actor_is_found_in_its_events() -> None:
    index = SearchIndex()
    assert index.matching(TIMELINE, "Altman") == ["b"]
    renamed = dataclasses.replace(TIMELINE, actors=(Actor("altman", LocalText.of("S. A.")),))
    assert index.matching(renamed, "Altman") == []
    assert index.matching(renamed, "s. a.") == ["b"]


def test_a_repeated_id_is_searched_as_its_first_event() -> None:
    twice = Timeline(
        events=(Event("x", title=LocalText.of("one")), Event("x", title=LocalText.of("two")))
    )
    assert SearchIndex().matching(twice, "one") == ["x"]
    assert SearchIndex().matching(twice, "two") == []
