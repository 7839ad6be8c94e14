"""Date expressions of a source text resolved the way a reader would, sentence by sentence.

`suggest_events` gives every sentence that has a date expression, each expression with its
date (EDTF, or None and why) and the date of the sentence's event; `find_expressions` the
expressions alone. What is filled in from where: `viewer.core.date_fill`; which date is the
sentence's: `viewer.core.date_roles`. Event-relative words (이틀 뒤, a week later) and vague
ones (며칠 전) get no date, and a sentence they govern gets none either: its date is never
taken silently from another expression.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from viewer.core.date_calendar import Written, to_edtf
from viewer.core.date_fill import (
    Filled,
    Lender,
    Publication,
    carry,
    fill_from,
    from_publication,
    join_notes,
    publication,
    weekday_name,
    weekday_note,
)
from viewer.core.date_patterns import Kind, Spec
from viewer.core.date_roles import frames_sentence, governing, is_background, tense
from viewer.core.date_scan import Found, scan
from viewer.core.dates import Precision, parse_edtf
from viewer.core.sentences import split_sentences

__all__ = ["DateExpression", "SentenceSuggestion", "find_expressions", "suggest_events"]


@dataclass(frozen=True)
class DateExpression:
    """One date expression: where it is in the text and the date a reader gives it."""

    start: int
    end: int
    expression: str
    date: str | None  # EDTF, or None when no date can be given
    borrowed: bool  # whether part of the date is not written in the expression itself
    borrowed_from: str | None  # "publication date 2023-11-22", "the year of an earlier ..."
    note: str  # how a rule read the expression, or why it has no date
    relative_to_event: bool  # counted from another event (이틀 뒤, a week later)
    background: bool  # in a modifier or parentheses, not the date of the main event
    precision: Precision  # of the date, or of the unit counted in when there is none
    sentence: str

    def to_json_dict(self) -> dict[str, object]:
        """The fields the command line prints."""
        return {
            "start": self.start,
            "end": self.end,
            "expression": self.expression,
            "date": self.date,
            "borrowed": self.borrowed,
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class SentenceSuggestion:
    """A sentence with date expressions, and the date of the event it reports."""

    start: int
    end: int
    text: str
    expressions: tuple[DateExpression, ...]
    source: DateExpression  # the expression the sentence's date comes from
    reason: str  # why that expression was chosen, and why it has no date if so

    @property
    def date(self) -> str | None:
        """The sentence's date as EDTF, or None."""
        return self.source.date

    @property
    def borrowed(self) -> bool:
        """Whether the sentence's date is partly taken from outside its expression."""
        return self.source.borrowed

    @property
    def relative_to_event(self) -> bool:
        """Whether the sentence is dated only relative to another event."""
        return self.source.relative_to_event


class _Years:
    """Years written out before a point of the text, nearest first, for a weekday to confirm."""

    def __init__(self, text: str, lo: int) -> None:
        self._text, self._lo = text, lo
        self._prefix: list[tuple[int, str]] | None = None
        self._seen: list[tuple[int, str]] = []

    def _written(self, found: Found) -> tuple[int, str] | None:
        """The year a calendar expression writes out, with its text."""
        w = found.spec.written
        if found.spec.kind is not Kind.DATE or w is None or w.start.year is None or w.decade:
            return None
        year = w.end.year if w.end and w.end.year else w.start.year
        return year, self._text[found.start : found.end]

    def add(self, found: Found) -> None:
        """Remember the year found writes out, if any."""
        if (item := self._written(found)) is not None:
            self._seen.append(item)

    def before(self) -> list[tuple[int, str]]:
        """The years written before the expression now resolved, nearest first."""
        if self._prefix is None:  # only scanned when a weekday needs it: rare
            found = scan(self._text, 0, self._lo)
            self._prefix = [y for y in map(self._written, found) if y is not None]
        return [*reversed(self._seen), *reversed(self._prefix)]


_LOOK_BACK = 16  # earlier dates of a sentence that may lend a year or month


@dataclass
class _Sentence:
    """What resolving one expression may look at: its sentence and what came before."""

    text: str
    start: int
    publication: Publication
    years: _Years
    earlier: list[tuple[DateExpression, bool]]  # with whether each frames the sentence


def _read_note(w: Written) -> str:
    """How a part of a period was read: the EDTF shows which ends are approximate."""
    if w.part is None:
        return ""
    unit = "decade" if w.decade else "year" if w.start.month is None else "month"
    return f"read as {w.part.value} of the {unit}"


def _lender(ctx: _Sentence, needs_month: bool) -> Lender | None:
    """The nearest earlier date in the sentence that can lend a year (and month)."""
    # A reader looks back a few dates, not to the start of a sentence of thousands of them.
    for expr, frames in reversed(ctx.earlier[-_LOOK_BACK:]):
        if expr.date is None:
            continue
        date = parse_edtf(expr.date)
        point = date.end or date.start
        if point is None or (point.month is None and (needs_month or not frames)):
            continue
        units = "year and month" if needs_month else "year"
        source = f"the {units} of an earlier date in this sentence ({expr.expression})"
        return Lender(point.year, point.month, source, point.day)
    return None


def _date(w: Written, ctx: _Sentence) -> tuple[Filled, str | None]:
    """The date of a calendar expression, and where a missing unit came from."""
    needs_month = w.start.month is None and w.start.day is not None
    if w.start.year is not None and not needs_month:
        return Filled(to_edtf(w), join_notes(_read_note(w), weekday_note(w))), None
    lender = _lender(ctx, needs_month)
    if lender is not None:
        filled = carry(w, lender)
        return Filled(filled.date, join_notes(_read_note(w), filled.note)), lender.source
    pub = ctx.publication
    filled = from_publication(w, pub, tense(ctx.text))
    if filled.date is not None:
        units = "year and month" if needs_month else "year"
        return Filled(filled.date, join_notes(_read_note(w), filled.note)), (
            f"the {units} of publication date {pub.text}"
        )
    if w.weekday is not None and not needs_month:
        for year, expression in ctx.years.before():
            trial = fill_from(w, Lender(year, None, ""))
            if trial.date is not None and not trial.note:
                name = weekday_name(w.weekday)
                return trial, (
                    f"the year of an earlier date in the text ({expression}), "
                    f"which the weekday {name} confirms"
                )
    missing = "year and month" if needs_month else "year"
    return Filled(None, f"no {missing} written or in the sentence; {filled.note}"), None


def _relative(spec: Spec, day: datetime.date) -> Filled:
    """A relative expression counted from one publication day."""
    assert spec.at is not None
    w = spec.at(day)
    if w is None:
        return Filled(None, "no such day")
    return Filled(to_edtf(w), join_notes(_read_note(w), weekday_note(w)))


def _resolve(found: Found, text: str, ctx: _Sentence) -> DateExpression:
    """One expression resolved in its sentence."""
    spec = found.spec
    borrowed_from: str | None = None
    if spec.kind is Kind.DATE:
        assert spec.written is not None
        filled, borrowed_from = _date(spec.written, ctx)
    elif spec.kind is Kind.RELATIVE:
        filled = ctx.publication.resolve(lambda day: _relative(spec, day))
        if filled.date is not None:
            borrowed_from = f"publication date {ctx.publication.text}"
        filled = Filled(filled.date, join_notes(spec.note, filled.note))
    else:
        filled = Filled(None, spec.note)
    date = filled.date
    if date is None:
        borrowed_from = None
    lo, hi = found.start - ctx.start, found.end - ctx.start
    return DateExpression(
        start=found.start,
        end=found.end,
        expression=text[found.start : found.end],
        date=date,
        borrowed=borrowed_from is not None,
        borrowed_from=borrowed_from,
        note=filled.note,
        relative_to_event=spec.kind is Kind.EVENT,
        background=is_background(ctx.text, lo, hi),
        precision=parse_edtf(date).precision if date else spec.precision,
        sentence=ctx.text,
    )


def _sentences(text: str, lo: int, hi: int, found: list[Found]) -> list[tuple[int, int]]:
    """Sentence spans of text[lo:hi], joined where an expression runs across a break."""
    spans: list[list[int]] = []
    j = 0
    for a, b in split_sentences(text[lo:hi]):
        if spans:
            # "2023. 11. 22." and "c. 2015" hold a break the splitter cannot tell from an end,
            # and the dot that ends "2023. 11. 17. 올트먼을" is the date's own.
            edge = spans[-1][1]
            while j < len(found) and found[j].end < edge:
                j += 1
            inside = j < len(found) and found[j].start < edge
            if inside and (found[j].end > edge or text[edge - 1] == "."):
                spans[-1][1] = b + lo
                continue
        spans.append([a + lo, b + lo])
    return [(a, b) for a, b in spans]


def _frames(found: Found, ctx: _Sentence) -> bool:
    """Whether found is a plain year that sets the year of its whole sentence."""
    w = found.spec.written
    if w is None or w.start.month is not None or w.end or w.part or w.decade:
        return False
    return frames_sentence(ctx.text, found.start - ctx.start, found.end - ctx.start)


def suggest_events(
    text: str, published: str | None, *, start: int = 0, end: int | None = None
) -> list[SentenceSuggestion]:
    """Every sentence with a date expression, resolved against the publication date (EDTF).

    start and end limit the work to the sentences between them (they should fall between
    sentences, e.g. paragraph bounds); offsets are always relative to text.
    """
    hi = len(text) if end is None else end
    pub = publication(published)
    found = scan(text, start, hi)
    years = _Years(text, start)
    out: list[SentenceSuggestion] = []
    k = 0
    for a, b in _sentences(text, start, hi, found):
        ctx = _Sentence(text[a:b], a, pub, years, [])
        while k < len(found) and found[k].start < b:
            expr = _resolve(found[k], text, ctx)
            ctx.earlier.append((expr, _frames(found[k], ctx)))
            years.add(found[k])
            k += 1
        if ctx.earlier:
            expressions = tuple(e for e, _ in ctx.earlier)
            chosen, reason = governing(expressions)
            if chosen.date is None:
                reason = join_notes(reason, chosen.note)
            out.append(SentenceSuggestion(a, b, ctx.text, expressions, chosen, reason))
    return out


def find_expressions(text: str, published: str | None) -> list[DateExpression]:
    """Every date expression of text, in order, resolved as `suggest_events` does."""
    return [e for s in suggest_events(text, published) for e in s.expressions]
