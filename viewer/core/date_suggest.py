"""Suggest an event's EDTF date for a selection of source text (Korean, English).

The selection's date is the one a reader gives it (see `viewer.core.date_resolver`): that of
the governing expression inside the selection; else the date of the sentence it is in; else,
for a sentence that names no date, the date of the nearest earlier sentence of its paragraph,
marked as borrowed from there. Later sentences are never used: a reader dates what they
read by what came before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.date_resolver import DateExpression, SentenceSuggestion, suggest_events
from viewer.core.date_roles import governing

__all__ = ["DateSuggestion", "suggest_date"]

_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class DateSuggestion:
    """A suggested date and the expression it comes from; edtf is None when it has none."""

    edtf: str | None
    start: int
    end: int
    expression: str
    borrowed: bool
    borrowed_from: str | None
    relative_to_event: bool
    reason: str  # why this expression was chosen, and why it has no date if so


def _from(expr: DateExpression, reason: str) -> DateSuggestion:
    if expr.date is None and expr.note not in reason:
        reason = f"{reason}; {expr.note}"
    return DateSuggestion(
        expr.date,
        expr.start,
        expr.end,
        expr.expression,
        expr.borrowed,
        expr.borrowed_from,
        expr.relative_to_event,
        reason,
    )


def _paragraph(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The span of the paragraphs holding text[lo:hi]: blocks between blank lines, or lines
    when the text has no blank line."""
    if _BLANK_LINE.search(text) is None:
        start = text.rfind("\n", 0, lo) + 1
        end = text.find("\n", hi)
        return start, len(text) if end < 0 else end
    start = 0
    for m in _BLANK_LINE.finditer(text, 0, lo):
        start = m.end()
    after = _BLANK_LINE.search(text, hi)
    return start, len(text) if after is None else after.start()


def _touches(s: SentenceSuggestion, lo: int, hi: int) -> bool:
    if lo == hi:  # a caret: the sentence it stands in or at the end of
        return s.start <= lo <= s.end
    return s.start < hi and s.end > lo


def suggest_date(
    source_text: str,
    selection_start: int,
    selection_end: int,
    *,
    published: str | None = None,
) -> DateSuggestion | None:
    """The date for an event quoting source_text[selection_start:selection_end].

    published is the source's publication date as EDTF ("2023-11-22", "2023-11", "2023",
    an interval, or None): relative expressions are counted from it. Returns None when
    neither the selection, its sentence nor an earlier sentence of its paragraph has a date
    expression.
    """
    size = len(source_text)
    lo, hi = sorted((min(max(selection_start, 0), size), min(max(selection_end, 0), size)))
    start, end = _paragraph(source_text, lo, hi)
    sentences = suggest_events(source_text, published, start=start, end=end)
    for sentence in sentences:
        # An expression cut by the selection's edge still counts, and is returned whole. A
        # selection over several sentences is dated by the first one that has a date.
        inside = [e for e in sentence.expressions if e.start < hi and e.end > lo]
        if inside:
            chosen, reason = governing(inside)
            return _from(chosen, f"in the selection: {reason}")
    touched = next((s for s in sentences if _touches(s, lo, hi)), None)
    if touched is not None:
        return _from(touched.source, f"in the selected sentence: {touched.reason}")
    earlier = [s for s in sentences if s.end <= lo]
    if not earlier:
        return None
    previous = earlier[-1]
    if previous.date is None:
        return _from(previous.source, f"the selected sentence names no date; {previous.reason}")
    return DateSuggestion(
        previous.date,
        previous.source.start,
        previous.source.end,
        previous.source.expression,
        True,
        f"the date of an earlier sentence in this paragraph ({previous.source.expression})",
        previous.relative_to_event,
        "the selected sentence names no date",
    )
