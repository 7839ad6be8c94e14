"""Where one source supports events, after an edit of a few of them: their quotes are found
again and only the stretch of segments around them is cut again, instead of anchoring every
quote citing the source (a second and more for a 1 MB source cited 30,000 times)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection

from viewer.core.anchoring import Anchor, FuzzyBudget, MatchKind, SourceText
from viewer.core.evidence_index import SourceSupport, Spanned, Support, SupportSegment, segments_of
from viewer.core.model import Timeline
from viewer.core.validation import anchor_date_quote, anchor_evidence


def reindexed(
    support: SourceSupport, timeline: Timeline, event_ids: Collection[str], text: SourceText
) -> SourceSupport | None:
    """`support` after the events `event_ids` were edited, each keeping its id, as
    `index_source` would make it from `timeline`; None when an edited event did not cite the
    source before (its place among the others is unknown: the source is indexed whole)."""
    anchors, dates, ranks = dict(support.anchors), dict(support.date_anchors), dict(support.ranks)
    old_keys: dict[str, list[Support]] = {}
    for key in support.ranks:
        if key[0] in event_ids:
            old_keys.setdefault(key[0], []).append(key)
    window: list[tuple[int, int]] = []
    added: set[Support] = set()
    budget = FuzzyBudget()
    by_id = timeline.events_by_id
    for event_id in event_ids:
        event = by_id.get(event_id)
        entries = [
            (position, evidence)
            for position, evidence in enumerate(event.evidence if event is not None else ())
            if evidence.source == support.source_id
        ]
        keys = old_keys.get(event_id, [])
        if not keys:
            if entries:
                return None
            continue
        # an event's entries rank in [r, r + 1) for the whole number r it first had
        first = min(ranks[key] for key in keys)
        for key in keys:
            window += _extent(anchors.pop(key))
            dates.pop(key, None)
            del ranks[key]
        for number, (position, evidence) in enumerate(entries):
            key = (event_id, position)
            anchors[key] = anchor = anchor_evidence(text, evidence, budget)
            if evidence.date_quote:
                dates[key] = anchor_date_quote(text, evidence, budget)
            ranks[key] = first + number / (len(entries) + 1)
            window += _extent(anchor)
            added.add(key)
    segments = support.segments
    if window:
        segments = _cut_again(segments, anchors, ranks, added, window)
    return SourceSupport(support.source_id, anchors, segments, dates, ranks)


def _extent(anchor: Anchor) -> list[tuple[int, int]]:
    return [(anchor.start, anchor.end)] if anchor.found and anchor.start < anchor.end else []


def _cut_again(
    segments: tuple[SupportSegment, ...],
    anchors: dict[Support, Anchor],
    ranks: dict[Support, float],
    added: set[Support],
    window: list[tuple[int, int]],
) -> tuple[SupportSegment, ...]:
    """`segments` with those in the stretch of `window` cut again from the quotes there now:
    the stretch grows until every segment it touches lies inside it (a segment lies inside
    each of its quotes), so the segments outside stay as they were."""
    lo, hi = min(start for start, _ in window), max(end for _, end in window)
    starts = [segment.start for segment in segments]
    while True:
        first = max(bisect_right(starts, lo) - 1, 0)
        last = first
        keys = set(added)
        while last < len(segments) and segments[last].start < hi:
            if segments[last].end > lo:
                keys.update(segments[last].supports)
            last += 1
        spans = [_spanned(key, anchors[key], ranks[key]) for key in keys if key in anchors]
        spans = [span for span in spans if span is not None]
        wider = (min([lo, *(s[0] for s in spans)]), max([hi, *(s[1] for s in spans)]))
        if wider == (lo, hi):
            break
        lo, hi = wider
    # of the segments from `first` to `last`, only the first can end before the stretch
    before = segments[:first] + tuple(s for s in segments[first:last] if s.end <= lo)
    # a segment outside never says the same as one inside next to it: their quotes would reach
    # into the stretch, which grew to hold them
    return before + segments_of(spans) + segments[last:]


def _spanned(key: Support, anchor: Anchor, rank: float) -> Spanned | None:
    if not anchor.found or anchor.start >= anchor.end:
        return None
    return anchor.start, anchor.end, rank, key, anchor.kind is MatchKind.FUZZY
