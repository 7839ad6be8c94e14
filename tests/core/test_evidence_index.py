"""Tests for indexing where a source supports events, and for finding actor mentions."""

from __future__ import annotations

from viewer.core.anchoring import MatchKind, SourceText
from viewer.core.evidence_index import evidence_sources, index_source
from viewer.core.mentions import mention_spans
from viewer.core.model import Event, Evidence, Timeline

TEXT = (
    "The board met on Friday. It fired Sam Altman. Staff protested loudly. "
    "Altman returned on Tuesday."
)


def event(event_id: str, *quotes: str, source: str = "news") -> Event:
    return Event(id=event_id, evidence=tuple(Evidence(source=source, quote=q) for q in quotes))


def test_every_quote_in_the_source_is_anchored_by_event_and_position() -> None:
    timeline = Timeline(
        events=(
            event("fired", "It fired Sam Altman."),
            Event(
                id="back",
                evidence=(
                    Evidence(source="other", quote="elsewhere"),
                    Evidence(source="news", quote="Altman returned on Tuesday."),
                ),
            ),
        )
    )
    support = index_source(timeline, "news", SourceText(TEXT))
    anchor = support.anchor("back", 1)
    assert anchor is not None and TEXT[anchor.start : anchor.end] == "Altman returned on Tuesday."
    assert support.anchor("back", 0) is None  # cites another source
    assert support.anchor("fired", 0).kind is MatchKind.EXACT


def test_segments_cover_the_quotes_and_nothing_else() -> None:
    timeline = Timeline(events=(event("fired", "It fired Sam Altman."),))
    support = index_source(timeline, "news", SourceText(TEXT))
    start = TEXT.index("It fired")
    assert [(s.start, s.end) for s in support.segments] == [(start, start + 20)]
    assert support.segment_at(start).event_ids == ("fired",)
    assert support.segment_at(start + 19) is not None
    assert support.segment_at(start + 20) is None  # the end is exclusive
    assert support.segment_at(0) is None


def test_overlapping_quotes_split_into_segments_listing_events_in_timeline_order() -> None:
    timeline = Timeline(
        events=(
            event("protest", "Staff protested loudly."),
            event("fired", "It fired Sam Altman. Staff protested"),
        )
    )
    support = index_source(timeline, "news", SourceText(TEXT))
    fired, shared, tail = support.segments
    assert TEXT[fired.start : fired.end] == "It fired Sam Altman. "
    assert fired.event_ids == ("fired",)
    assert TEXT[shared.start : shared.end] == "Staff protested"
    assert shared.event_ids == ("protest", "fired")
    assert TEXT[tail.start : tail.end] == " loudly."
    assert tail.event_ids == ("protest",)


def test_a_click_picks_the_first_event_then_cycles_through_the_others() -> None:
    timeline = Timeline(
        events=(
            event("a", "It fired Sam Altman."),
            event("b", "It fired Sam Altman."),
        )
    )
    support = index_source(timeline, "news", SourceText(TEXT))
    at = TEXT.index("fired")
    assert support.pick(at) == ("a", 0)
    assert support.pick(at, ("unrelated", 0)) == ("a", 0)
    assert support.pick(at, ("a", 0)) == ("b", 0)
    assert support.pick(at, ("b", 0)) == ("a", 0)
    assert support.pick(0, ("a", 0)) is None


def test_unanchored_quotes_have_an_anchor_but_no_segment_and_fuzzy_ones_are_marked() -> None:
    timeline = Timeline(
        events=(
            event("missing", "Nothing like this appears anywhere at all."),
            event("fuzzy", "Staff protested loud1y."),
        )
    )
    support = index_source(timeline, "news", SourceText(TEXT))
    assert not support.anchor("missing", 0).found
    assert support.anchor("fuzzy", 0).kind is MatchKind.FUZZY
    assert [s.event_ids for s in support.segments] == [("fuzzy",)]
    assert support.segments[0].approximate


def test_evidence_sources_lists_each_source_once_in_order() -> None:
    e = Event(
        id="x",
        evidence=(
            Evidence(source="b", quote="1"),
            Evidence(source="a", quote="2"),
            Evidence(source="b", quote="3"),
        ),
    )
    assert evidence_sources(e) == ("b", "a")


def test_mentions_match_every_spelling_ignoring_case_and_line_breaks() -> None:
    text = "Sam\nAltman spoke. ALTMAN left. 샘 올트먼이 돌아왔다. 올트먼은 웃었다."
    spans = mention_spans(text, ("Sam Altman", "Altman", "샘 올트먼", "올트먼"))
    assert [text[a:b] for a, b in spans] == ["Sam\nAltman", "ALTMAN", "샘 올트먼", "올트먼"]


def test_latin_mentions_do_not_match_inside_longer_words() -> None:
    text = "Al said: Also Alan and Al."
    assert [text[a:b] for a, b in mention_spans(text, ["Al"])] == ["Al", "Al"]


def test_no_spellings_find_nothing() -> None:
    assert mention_spans("anything", ["", "  "]) == []


def test_indexing_a_step_at_a_time_gives_the_same_support(monkeypatch) -> None:
    from viewer.core import evidence_index
    from viewer.core.evidence_index import indexing_source

    timeline = Timeline(
        events=(
            event("protest", "Staff protested loudly."),
            event("fired", "It fired Sam Altman. Staff protested", "The board met"),
        )
    )
    text = SourceText(TEXT)
    whole = index_source(timeline, "news", text)
    monkeypatch.setattr(evidence_index, "STEP", 1)
    steps = indexing_source(timeline, "news", text)
    taken = 0
    while True:
        try:
            next(steps)
            taken += 1
        except StopIteration as done:
            support = done.value
            break
    assert taken > len(timeline.events), "it pauses after each event and each boundary"
    assert support.segments == whole.segments and support.anchors == whole.anchors
