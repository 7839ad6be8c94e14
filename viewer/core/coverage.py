"""How much of a source the timeline uses: its dated sentences, and which of them no event
cites yet (the ones worth reading next)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from viewer.core.anchoring import SourceText, nfc
from viewer.core.evidence_index import SourceSupport

__all__ = ["Coverage", "dismissal_key", "source_coverage"]

Span = tuple[int, int]


@dataclass(frozen=True)
class Coverage:
    """The dated sentences of one source, how many support an event, and those that support
    none and were not dismissed (the ones still worth reading)."""

    dated: tuple[Span, ...]
    unsupported: tuple[Span, ...]
    supported: int = 0

    @property
    def share(self) -> float | None:
        """The share of dated sentences that support an event; None for a source with none."""
        if not self.dated:
            return None
        return self.supported / len(self.dated)

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
    text: SourceText,
    support: SourceSupport,
    dated: list[Span] | tuple[Span, ...],
    dismissed: frozenset[Span] = frozenset(),
) -> Coverage:
    """Coverage of `text`, given its dated sentences (in order), what supports events in it
    and the sentences dismissed: a dated sentence counts as used when an evidence quote or
    date quote overlaps it."""
    union: list[list[int]] = []
    for start, end in sorted([(s.start, s.end) for s in support.segments] + support.date_spans):
        if union and start <= union[-1][1]:
            union[-1][1] = max(union[-1][1], end)
        else:
            union.append([start, end])
    starts = [start for start, _ in union]
    unsupported = []
    supported = 0
    for start, end in dated:
        i = bisect_left(starts, end) - 1  # the last used stretch that starts before the end
        if i >= 0 and union[i][1] > start:
            supported += 1
        elif (start, end) not in dismissed:
            unsupported.append((start, end))
    return Coverage(tuple(dated), tuple(unsupported), supported)


def dismissal_key(sentence: str) -> str:
    """How a dismissed sentence is written down and recognised: NFC, spaces collapsed, so a
    line break moved by a new version of the text does not bring it back."""
    return " ".join(nfc(sentence).split())
