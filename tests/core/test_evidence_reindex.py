"""After an edit of a few events, a source's support is what indexing it whole gives: the same
anchors, date anchors and segments, in the same timeline order."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from viewer.core.anchoring import SourceText
from viewer.core.evidence_index import SourceSupport, index_source
from viewer.core.evidence_reindex import reindexed
from viewer.core.model import Event, Evidence, Timeline

SENTENCES = [
    "2023년 11월 17일 오픈AI 이사회는 샘 올트먼을 해고했다.",
    "그렉 브록먼 의장은 이사회에서 물러났다.",
    "직원 700명 이상이 해임 반대 서명에 참여했다.",
    "11월 21일 올트먼이 CEO로 복귀했다.",
    "새 이사회가 꾸려졌다.",
]
TEXT = SourceText(" ".join(SENTENCES) + "\n")
# quotes that overlap, repeat, nest and miss
QUOTES = [
    SENTENCES[0],
    SENTENCES[1],
    SENTENCES[0] + " " + SENTENCES[1],
    "이사회는 샘 올트먼을 해고했다.",
    SENTENCES[2],
    "올트먼이 CEO로 복귀했다.",
    SENTENCES[3] + " " + SENTENCES[4],
    "어디에도 없는 문장이다.",
    "이사회",
]


def event(number: int, quotes: list[int], other: bool = False) -> Event:
    evidence = [
        Evidence("news", QUOTES[q], date_quote=QUOTES[q] if q == 3 else None) for q in quotes
    ]
    if other:
        evidence.insert(0, Evidence("other", "다른 출처"))
    return Event(f"e{number}", "2023", evidence=tuple(evidence))


def same(support: SourceSupport, whole: SourceSupport) -> None:
    assert support.anchors == whole.anchors
    assert support.date_anchors == whole.date_anchors
    assert support.segments == whole.segments
    ordered = sorted(support.ranks, key=support.ranks.__getitem__)
    assert ordered == sorted(whole.ranks, key=whole.ranks.__getitem__)


quote_lists = st.lists(st.integers(0, len(QUOTES) - 1), min_size=1, max_size=3)


@given(
    st.lists(st.tuples(quote_lists, st.booleans()), min_size=1, max_size=6),
    st.lists(st.tuples(st.integers(0, 5), quote_lists, st.booleans()), min_size=1, max_size=5),
)
def test_an_edited_source_support_is_the_support_indexed_whole(start, edits) -> None:
    timeline = Timeline(events=tuple(event(n, q, o) for n, (q, o) in enumerate(start)))
    support = index_source(timeline, "news", TEXT)
    for at, quotes, other in edits:
        events = list(timeline.events)
        at %= len(events)
        events[at] = dataclasses.replace(events[at], evidence=event(at, quotes, other).evidence)
        timeline = dataclasses.replace(timeline, events=tuple(events))
        again = reindexed(support, timeline, {events[at].id}, TEXT)
        assert again is not None, "every event cites the source throughout"
        same(again, index_source(timeline, "news", TEXT))
        support = again


def test_an_event_that_comes_to_cite_the_source_has_it_indexed_whole() -> None:
    timeline = Timeline(events=(event(0, [0]), Event("e1", "2023")))
    support = index_source(timeline, "news", TEXT)
    cited = dataclasses.replace(timeline.events[1], evidence=(Evidence("news", QUOTES[1]),))
    edited = dataclasses.replace(timeline, events=(timeline.events[0], cited))
    assert reindexed(support, edited, {"e1"}, TEXT) is None
    deleted = dataclasses.replace(timeline, events=(timeline.events[1],))
    same(reindexed(support, deleted, {"e0"}, TEXT), index_source(deleted, "news", TEXT))
