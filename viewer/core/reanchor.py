"""Carry a source's evidence over to a new version of its text: where each quote stands now,
which ones only the wording changed, and which ones now say something else."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Any

from viewer.core.anchoring import MAX_COUNTED, Anchor, MatchKind, SourceText, normalize
from viewer.core.meaning import MeaningChange, meaning_changes, passage_span
from viewer.core.model import Event, Evidence, Timeline
from viewer.core.validation import anchor_evidence

__all__ = [
    "ReanchorReport",
    "ReanchorStatus",
    "Reanchored",
    "apply_reanchor",
    "marked_diff",
    "reanchor",
]


class ReanchorStatus(enum.Enum):
    """How an evidence quote stands in the new text."""

    EXACT = "exact"
    NORMALIZED = "normalized"  # up to spacing and quote marks
    FUZZY = "fuzzy"  # the wording changed, not what it says
    CHANGED = "changed"  # found approximately, but it says something else now
    LOST = "lost"


@dataclass(frozen=True)
class Reanchored:
    """One evidence entry citing the source, and where its quote stands in the new text."""

    event_id: str
    event_index: int  # position in timeline.events, since ids may repeat
    evidence_index: int
    evidence: Evidence  # as it was
    status: ReanchorStatus
    anchor: Anchor  # how the quote was found in the new text: its score and occurrences
    start: int  # the passage it stands for in the new text, -1 when lost; for an approximate
    end: int  # match, widened to whole words (see meaning.passage_span)
    changes: tuple[MeaningChange, ...] = ()
    diff: str = ""  # for fuzzy and changed: "… 이사회는 [-해임-]{+복귀+}했다." (quote to new text)


@dataclass(frozen=True)
class ReanchorReport:
    """Every evidence entry citing `source_id`, anchored in the source's new `text`."""

    source_id: str
    text: SourceText
    entries: tuple[Reanchored, ...]


_STATUS = {
    MatchKind.EXACT: ReanchorStatus.EXACT,
    MatchKind.NORMALIZED: ReanchorStatus.NORMALIZED,
    MatchKind.FUZZY: ReanchorStatus.FUZZY,
    MatchKind.NOT_FOUND: ReanchorStatus.LOST,
}


def reanchor(timeline: Timeline, source_id: str, new_text: str) -> ReanchorReport:
    """Anchor every evidence quote citing `source_id` in `new_text`, the source's new version,
    saying for each how it stands there and, where it matches only approximately, what
    differs. Every quote is compared in full: a new text is set once, by the user."""
    text = SourceText(new_text)
    entries: list[Reanchored] = []
    for event_index, event in enumerate(timeline.events):
        for evidence_index, evidence in enumerate(event.evidence):
            if evidence.source != source_id:
                continue
            anchor = anchor_evidence(text, evidence)
            start, end = passage_span(anchor, evidence.quote, text)
            status, changes, diff = _STATUS[anchor.kind], (), ""
            if anchor.kind is MatchKind.FUZZY:
                start, end = _alike(text, evidence, start, end)
                changes = meaning_changes(evidence.quote, text.text[start:end])
                if changes:
                    status = ReanchorStatus.CHANGED
                diff = marked_diff(evidence.quote, text.text[start:end])
            entries.append(
                Reanchored(
                    event.id,
                    event_index,
                    evidence_index,
                    evidence,
                    status,
                    anchor,
                    start,
                    end,
                    changes=changes,
                    diff=diff,
                )
            )
    return ReanchorReport(source_id, text, tuple(entries))


def _alike(text: SourceText, evidence: Evidence, start: int, end: int) -> tuple[int, int]:
    """Of the passages worded as [start, end) is, the one the evidence's hints pick."""
    # an approximate match takes the first of them: it does not look at the hints
    alike = text.find(
        text.text[start:end],
        prefix=evidence.prefix,
        suffix=evidence.suffix,
        occurrence=evidence.occurrence,
    )
    return (alike.start, alike.end) if alike.disambiguated else (start, end)


def apply_reanchor(timeline: Timeline, report: ReanchorReport) -> Timeline:
    """The timeline with the report's evidence made to anchor exactly in the new text: a quote
    whose wording alone changed is rewritten to the new wording, and the prefix, suffix and
    occurrence hints of the quotes found are set so they pick their passage. Changed and lost
    quotes are left for the user, and so is a quote that occurs several times with nothing to
    say which is meant. Entries whose evidence was edited since the report are left alone."""
    events = list(timeline.events)
    for entry in report.entries:
        event = events[entry.event_index] if entry.event_index < len(events) else None
        if event is None or event.id != entry.event_id:
            continue
        evidence = event.evidence[entry.evidence_index : entry.evidence_index + 1]
        if evidence != (entry.evidence,):
            continue
        updated = _updated(report.text, entry)
        if updated != entry.evidence:
            events[entry.event_index] = _with_evidence(event, entry.evidence_index, updated)
    return replace(timeline, events=tuple(events))


def _updated(text: SourceText, entry: Reanchored) -> Evidence:
    evidence, start, end = entry.evidence, entry.start, entry.end
    if entry.status is ReanchorStatus.FUZZY:
        # quotes are verbatim: the new wording, with its line breaks and quote marks
        return _hinted(text, replace(evidence, quote=text.text[start:end]), start, end)
    found = entry.status in (ReanchorStatus.EXACT, ReanchorStatus.NORMALIZED)
    if found and not entry.anchor.ambiguous:
        return _hinted(text, evidence, start, end)
    return evidence


def _hinted(text: SourceText, evidence: Evidence, start: int, end: int) -> Evidence:
    """`evidence` with hints that pick [start, end): a prefix or suffix that no longer stands
    next to it is dropped, and an occurrence is set only where the context does not pick it."""
    prefix = evidence.prefix if text.hints_fit(start, end, evidence.prefix, None) else None
    suffix = evidence.suffix if text.hints_fit(start, end, None, evidence.suffix) else None
    by_context = text.find(evidence.quote, prefix=prefix, suffix=suffix)
    count = by_context.occurrences
    index = 1 if count == 1 else _occurrence(text, evidence.quote, start, count)
    occurrence = evidence.occurrence
    if occurrence != index:
        picked = by_context.start == start and not by_context.ambiguous
        occurrence = None if picked else index
    return replace(evidence, prefix=prefix, suffix=suffix, occurrence=occurrence)


def _occurrence(text: SourceText, quote: str, start: int, count: int) -> int | None:
    """The occurrence hint (1-based, in order of the text) that picks the match at `start`;
    None when it is past the occurrences counted."""
    lo, hi = 1, min(count, MAX_COUNTED)
    while lo <= hi:  # occurrences stand in the order of their starts
        mid = (lo + hi) // 2
        found = text.find(quote, occurrence=mid).start
        if found == start:
            return mid
        lo, hi = (mid + 1, hi) if found < start else (lo, mid - 1)
    return None


def _with_evidence(event: Event, index: int, evidence: Evidence) -> Event:
    entries = list(event.evidence)
    entries[index] = evidence
    return replace(event, evidence=tuple(entries))


_CONTEXT_WORDS = 2  # whole words kept on each side of a difference
_DIGITS_AT_END = re.compile(r"\d[\d.,]*$")
_DIGITS_AT_START = re.compile(r"[\d.,]*\d")


def marked_diff(quote: str, passage: str) -> str:
    """What differs between `quote` and `passage`, compared as normalized text: removed pieces
    as [-…-], added ones as {+…+}, and of the rest only the words next to a difference."""
    a, b = normalize(quote), normalize(passage)
    ops = [list(op) for op in SequenceMatcher(None, a, b, False).get_opcodes()]
    for k in range(1, len(ops)):  # a number is shown whole: [-700-]{+770+}, not 7[-0-]{+7+}0
        before, after = ops[k - 1], ops[k]
        if before[0] == "equal" and (m := _DIGITS_AT_END.search(a, before[1], before[2])):
            _shift(before, after, m.start() - m.end(), at_end=True)
        elif after[0] == "equal" and (m := _DIGITS_AT_START.match(a, after[1], after[2])):
            _shift(after, before, m.end() - m.start(), at_end=False)
    merged: list[list[Any]] = []
    for op in ops:
        if op[0] == "equal" and op[1] == op[2]:
            continue
        if op[0] != "equal" and merged and merged[-1][0] != "equal":
            merged[-1][0], merged[-1][2], merged[-1][4] = "replace", op[2], op[4]
        elif op[0] != "equal" and _inside_a_word(merged, a):
            # a letter or two in common inside a replaced word ("fired", "praised") is no
            # match: the word is shown replaced whole
            merged.pop()
            merged[-1][0], merged[-1][2], merged[-1][4] = "replace", op[2], op[4]
        else:
            merged.append(op)
    return _render(a, b, merged)


def _shift(equal: list[Any], change: list[Any], by: int, *, at_end: bool) -> None:
    """Move the border between an equal op and the change next to it by `by` characters."""
    starts, ends = (1, 3), (2, 4)  # where an op's stretches of the quote and passage start, end
    for i in ends if at_end else starts:
        equal[i] += by
    for i in starts if at_end else ends:
        change[i] += by


def _inside_a_word(ops: list[list[Any]], a: str) -> bool:
    """Whether the last of `ops` is a short stretch in common, within a word, after a change."""
    if len(ops) < 2 or ops[-1][0] != "equal" or ops[-2][0] == "equal":
        return False
    _, i1, i2, _, _ = ops[-1]
    return i2 - i1 < 3 and " " not in a[i1:i2]


def _render(a: str, b: str, ops: list[list[Any]]) -> str:
    out = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "equal":
            out.append(f"[-{a[i1:i2]}-]" if i2 > i1 else "")
            out.append(f"{{+{b[j1:j2]}+}}" if j2 > j1 else "")
            continue
        words = a[i1:i2].split(" ")
        keep = _CONTEXT_WORDS + 1  # the part of a word next to the change, and whole words
        first, last = k == 0, k == len(ops) - 1
        if first and not last and len(words) > keep:
            out.append("… " + " ".join(words[-keep:]))
        elif last and not first and len(words) > keep:
            out.append(" ".join(words[:keep]) + " …")
        elif not first and not last and len(words) > 2 * keep:
            out.append(" ".join(words[:keep]) + " … " + " ".join(words[-keep:]))
        else:
            out.append(a[i1:i2])
    return "".join(out)
