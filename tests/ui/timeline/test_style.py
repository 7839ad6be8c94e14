"""Timeline colours: by kind or by first source, the source palette, and the legend's entries."""

from __future__ import annotations

from viewer.core.model import Event, Evidence, LocalText, Source, Timeline
from viewer.ui.timeline.style import SOURCE_PALETTE, event_colour, legend, source_colour


def sources(count: int) -> tuple[Source, ...]:
    return tuple(
        Source(f"s{n}", LocalText.of({"en": f"Paper {n}", "ko": f"신문 {n}"})) for n in range(count)
    )


def cited(*source_ids: str, kind: str = "claim") -> Event:
    return Event("e", kind=kind, evidence=tuple(Evidence(s, "quote") for s in source_ids))


def test_by_kind_an_event_takes_its_kind_colour() -> None:
    timeline = Timeline(sources=sources(2))
    assert event_colour(cited("s1", kind="fact"), timeline, "kind").name() == "#2f6fdb"
    assert event_colour(cited("s1", kind="claim"), timeline, "kind").name() == "#d9822b"
    assert event_colour(cited(kind="rumour"), timeline, "kind").name() == "#616161"


def test_by_source_an_event_takes_the_colour_of_its_first_evidence_source() -> None:
    timeline = Timeline(sources=sources(3))
    assert event_colour(cited("s2", "s0"), timeline, "source") == SOURCE_PALETTE[2]
    assert event_colour(cited("s0", "s2"), timeline, "source") == SOURCE_PALETTE[0]


def test_by_source_an_event_without_evidence_keeps_its_kind_colour() -> None:
    timeline = Timeline(sources=sources(3))
    assert event_colour(cited(kind="opinion"), timeline, "source").name() == "#2e9e6a"


def test_sources_are_coloured_by_their_place_in_the_file_and_the_palette_repeats() -> None:
    timeline = Timeline(sources=sources(10))
    colours = [source_colour(timeline, f"s{n}") for n in range(10)]
    assert colours[:8] == list(SOURCE_PALETTE)
    assert len({colour.name() for colour in colours[:8]}) == 8, "eight distinct colours"
    assert colours[8] == SOURCE_PALETTE[0]
    assert colours[9] == SOURCE_PALETTE[1]


def test_an_unknown_source_takes_the_colour_after_the_last_source() -> None:
    timeline = Timeline(sources=sources(3))
    assert source_colour(timeline, "missing") == SOURCE_PALETTE[3]


def test_the_kind_legend_names_every_kind_with_its_colour() -> None:
    entries = legend(Timeline(sources=sources(2)), "kind", "en")
    assert [(colour.name(), text) for colour, text in entries] == [
        ("#2f6fdb", "Fact"),
        ("#d9822b", "Claim"),
        ("#2e9e6a", "Opinion"),
        ("#9b51e0", "Speculation"),
    ]


def test_the_source_legend_lists_sources_in_file_order_by_title_in_the_language() -> None:
    timeline = Timeline(sources=(*sources(2), Source("untitled")))
    entries = legend(timeline, "source", "ko")
    assert [text for _, text in entries] == ["신문 0", "신문 1", "untitled"]
    assert [colour for colour, _ in entries] == list(SOURCE_PALETTE[:3])
    assert [text for _, text in legend(timeline, "source", "en")][:2] == ["Paper 0", "Paper 1"]
