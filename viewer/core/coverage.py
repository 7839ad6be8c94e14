"""How much of a source the timeline uses: its dated sentences, and which of them no event
cites yet (the ones worth reading next)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from viewer.core.anchoring import SourceText
from viewer.core.evidence_index import SourceSupport

__all__ = ["Coverage", "dated_sentences", "source_coverage"]

Span = tuple[int, int]


@dataclass(frozen=True)
class Coverage:
    """The dated sentences of one source and those among them that support no event."""

    dated: tuple[Span, ...]
    unsupported: tuple[Span, ...]

    @property
    def share(self) -> float | None:
        """The share of dated sentences that support an event; None for a source with none."""
        if not self.dated:
            return None
        return 1 - len(self.unsupported) / len(self.dated)

    def next_unsupported(self, offset: int, *, backwards: bool = False) -> Span | None:
        """The first unsupported dated sentence starting after `offset` (before it, with
        `backwards`), wrapping around the text; None when there is none."""
        spans = self.unsupported
        if not spans:
            return None
        starts = [start for start, _ in spans]
        if backwards:
            i = bisect_left(starts, offset) - 1
            return spans[i]  # -1 wraps to the last
        i = bisect_left(starts, offset + 1)
        return spans[i % len(spans)]


def source_coverage(
    text: SourceText, support: SourceSupport, dated: list[Span] | tuple[Span, ...]
) -> Coverage:
    """Coverage of `text`, given its dated sentences (in order) and what supports events in it:
    a dated sentence counts as used when an evidence quote or date quote overlaps it."""
    union: list[list[int]] = []
    for start, end in sorted([(s.start, s.end) for s in support.segments] + support.date_spans):
        if union and start <= union[-1][1]:
            union[-1][1] = max(union[-1][1], end)
        else:
            union.append([start, end])
    starts = [start for start, _ in union]
    unsupported = []
    for start, end in dated:
        i = bisect_left(starts, end) - 1  # the last used stretch that starts before the end
        if i < 0 or union[i][1] <= start:
            unsupported.append((start, end))
    return Coverage(tuple(dated), tuple(unsupported))


def dated_sentences(text: SourceText, published: str | None = None) -> list[Span]:
    """The sentences of `text` that hold a date expression, in order."""
    from viewer.core.date_suggest import find_dates  # its patterns compile on first use

    spans = text.sentence_spans()
    starts = [start for start, _ in spans]
    dated: dict[Span, None] = {}
    for found in find_dates(text.text):
        i = bisect_left(starts, found.start + 1) - 1
        if i >= 0 and found.start < spans[i][1]:
            dated[spans[i]] = None
    return list(dated)
