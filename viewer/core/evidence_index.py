"""Where one source supports events: anchored quotes, the stretches they cover, actor mentions."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Generator
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeVar

from viewer.core.anchoring import Anchor, FuzzyBudget, MatchKind, SourceText
from viewer.core.model import Event, Timeline
from viewer.core.validation import anchor_date_quote, anchor_evidence

__all__ = [
    "SourceSupport",
    "Support",
    "SupportSegment",
    "evidence_sources",
    "index_source",
    "indexing_source",
]

Support = tuple[str, int]  # (event id, position of the entry in that event's evidence)
ResultT = TypeVar("ResultT")
STEP = 2000  # events looked through, or boundaries cut, between the pauses of indexing_source
# a quote's stretch: start, end, its entry's place in timeline order, the entry, only fuzzily
Spanned = tuple[int, int, float, Support, bool]


@dataclass(frozen=True, slots=True)
class SupportSegment:
    """A stretch of source text and the evidence entries whose quotes cover all of it."""

    start: int
    end: int
    supports: tuple[Support, ...]  # in timeline order: the first event in the file comes first
    approximate: bool = False  # every covering quote is anchored only fuzzily

    @property
    def event_ids(self) -> tuple[str, ...]:
        """The supported events, each once, in timeline order."""
        return tuple(dict.fromkeys(event_id for event_id, _ in self.supports))


class SourceSupport:
    """Every evidence quote of a timeline anchored in one source, and the segments they cover."""

    def __init__(
        self,
        source_id: str,
        anchors: dict[Support, Anchor],
        segments: tuple[SupportSegment, ...],
        date_anchors: dict[Support, Anchor] | None = None,
        ranks: dict[Support, float] | None = None,
    ) -> None:
        """Keep the anchors by (event id, evidence position), the sorted, disjoint segments,
        the anchors of the entries' date quotes, and each entry's place in timeline order."""
        self.source_id = source_id
        self.anchors = anchors
        self.segments = segments
        self.date_anchors = date_anchors or {}
        self.ranks = ranks or {}
        self._starts = [segment.start for segment in segments]

    @property
    def date_spans(self) -> list[tuple[int, int]]:
        """Where the date quotes that were found stand."""
        return [(a.start, a.end) for a in self.date_anchors.values() if a.found]

    def anchor(self, event_id: str, position: int) -> Anchor | None:
        """Where that evidence entry's quote stands, or None if it does not cite this source."""
        return self.anchors.get((event_id, position))

    def segment_at(self, offset: int) -> SupportSegment | None:
        """The segment containing the character at `offset`, if any."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.segments[i].end:
            return self.segments[i]
        return None

    def pick(self, offset: int, current: Support | None = None) -> Support | None:
        """The entry a click at `offset` selects: the first one there, or the one after `current`.

        Clicking again where several events share a sentence cycles through them, so each can
        be reached by clicking; a single click always lands on the first in timeline order.
        """
        segment = self.segment_at(offset)
        if segment is None:
            return None
        supports = segment.supports
        if current in supports:
            return supports[(supports.index(current) + 1) % len(supports)]
        return supports[0]


def index_source(timeline: Timeline, source_id: str, text: SourceText) -> SourceSupport:
    """Anchor every evidence entry citing `source_id` in `text` and split what they cover."""
    return _finished(indexing_source(timeline, source_id, text))


def indexing_source(
    timeline: Timeline, source_id: str, text: SourceText
) -> Generator[None, None, SourceSupport]:
    """`index_source` a little at a time: it pauses (yields) after each STEP events looked
    through and each STEP boundaries cut, and returns the support (a 1 MB source cited 33,000
    times takes 0.4 s, which a caller spreads over the moments the app is idle)."""
    anchors: dict[Support, Anchor] = {}
    date_anchors: dict[Support, Anchor] = {}
    spans: list[Spanned] = []
    ranks: dict[Support, float] = {}
    budget = FuzzyBudget()  # a source cited by thousands of unmatched quotes still opens
    for number, event in enumerate(timeline.events, 1):
        if number % STEP == 0:
            yield
        for position, evidence in enumerate(event.evidence):
            if evidence.source != source_id:
                continue
            key = (event.id, position)
            if key in anchors:  # a repeated event id: the first event wins, as in events_by_id
                continue
            anchor = anchor_evidence(text, evidence, budget)
            anchors[key] = anchor
            if evidence.date_quote:
                date_anchors[key] = anchor_date_quote(text, evidence, budget)
            ranks[key] = rank = len(ranks)
            if anchor.found and anchor.start < anchor.end:
                spans.append((anchor.start, anchor.end, rank, key, anchor.kind is MatchKind.FUZZY))
    segments = yield from _cutting(spans)
    return SourceSupport(source_id, anchors, segments, date_anchors, ranks)


def segments_of(spans: list[Spanned]) -> tuple[SupportSegment, ...]:
    """Cut overlapping spans at every boundary into disjoint segments with their supports."""
    return _finished(_cutting(spans))


def _finished(steps: Generator[None, None, ResultT]) -> ResultT:
    """What a computation made of steps returns, its steps all taken at once."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def _cutting(spans: list[Spanned]) -> Generator[None, None, tuple[SupportSegment, ...]]:
    bounds = sorted({point for start, end, *_ in spans for point in (start, end)})
    by_start = sorted(spans)
    yield
    active: list[Spanned] = []
    segments: list[SupportSegment] = []
    k = 0
    for number, (lo, hi) in enumerate(pairwise(bounds), 1):
        if number % STEP == 0:
            yield
        while k < len(by_start) and by_start[k][0] <= lo:
            active.append(by_start[k])
            k += 1
        active = [span for span in active if span[1] > lo]
        if not active:
            continue
        covering = sorted(active, key=lambda span: span[2])
        supports = tuple(span[3] for span in covering)
        approximate = all(span[4] for span in covering)
        last = segments[-1] if segments else None
        if last and last.end == lo and (last.supports, last.approximate) == (supports, approximate):
            segments[-1] = SupportSegment(last.start, hi, supports, approximate)
        else:
            segments.append(SupportSegment(lo, hi, supports, approximate))
    return tuple(segments)


def evidence_sources(event: Event) -> tuple[str, ...]:
    """The ids of the sources an event cites, each once, in the order of its evidence."""
    return tuple(dict.fromkeys(evidence.source for evidence in event.evidence if evidence.source))
