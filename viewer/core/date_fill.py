"""Fill in what a date expression leaves out, the way a reader does, and say where from.

* Relative forms (어제, 지난 17일, 작년 9월, last Friday) count from the publication date. It
  may be a day, a month, a year or an interval: a form gets a date only when every day the
  publication could fall on gives the same one ("11월 17일" in a source published
  "2023-11-18/2023-11-30" is 2023-11-17; "어제" there gets no date), and says why not.
* A month-day without a year ("11월 17일") takes the year of the nearest earlier date in the
  same sentence that has a month: "2023년 11월 17일 해임된 그는 11월 21일 복귀했다" is
  2023-11-21 whenever it was published, because the writer left out a year just written. A
  year alone does not lend its year ("2015년 설립된 오픈AI의 이사회는 11월 17일 ..." reports
  a day of the publication year), unless it frames the sentence ("2023년에는 3월 ...", "In
  2023, ... in March"). A bare day ("21일") takes year and month from an earlier date with a
  month in the sentence ("11월 17일 해임된 그는 21일 복귀했다"). Otherwise the publication's
  year (and month) is used. Dates in other sentences never lend a year: a reader resolves
  "11월 20일" against the date of the article, not against a year three paragraphs up.
* A year taken from an earlier date of the sentence moves on by one when the date would
  otherwise fall more than half a year before it ("2022년 12월 30일 시작된 협상은 1월 5일
  끝났다" ends in 2023; a bare day more than 15 days before moves on a month). A year taken
  from the publication moves back by one when the sentence is in the past tense and the date
  would come after publication ("12월 29일 복귀했다" published 2024-01-05 is 2023-12-29), and
  on by one when it speaks of the future and the date would come before it.
* A weekday written with a date checks it: when the borrowed year (or month) does not fit
  the weekday, the neighbouring one that does is taken. When nothing else gives a year (no
  usable publication date), an earlier year in the text that the weekday confirms is used
  ("2023년 11월 17일 금요일 ... 11월 20일 월요일": 2023-11-20 was a Monday).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, replace

from viewer.core.date_calendar import Fields, Written, shift_month, to_edtf
from viewer.core.dates import DateError, parse_edtf

__all__ = [
    "Filled",
    "Lender",
    "Publication",
    "carry",
    "fill_from",
    "from_publication",
    "join_notes",
    "publication",
    "weekday_name",
    "weekday_note",
]

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday_name(weekday: int) -> str:
    """The English name of a weekday, 0 for Monday."""
    return _WEEKDAY_NAMES[weekday]


@dataclass(frozen=True)
class Filled:
    """A date with what was filled in, or no date and why."""

    date: str | None
    note: str = ""


@dataclass(frozen=True)
class Publication:
    """The days a source may have been published on, or why relative dates cannot be counted."""

    text: str | None
    days: tuple[datetime.date, datetime.date] | None
    problem: str

    def resolve(self, compute: Callable[[datetime.date], Filled]) -> Filled:
        """The value compute gives for every possible publication day, or why there is none."""
        if self.days is None:
            return Filled(None, self.problem)
        first, last = (compute(day) for day in self.days)
        if first.date == last.date:
            return first
        return Filled(
            None,
            f"publication date {self.text} is not exact enough: it gives {first.date} "
            f"for its first day and {last.date} for its last",
        )


def publication(published: str | None) -> Publication:
    """The publication date of a source, given as EDTF text."""
    if not published:
        return Publication(None, None, "the source has no publication date")
    try:
        date = parse_edtf(published)
    except DateError:
        return Publication(published, None, f"publication date '{published}' is not EDTF")
    if date.earliest is None or date.latest is None:
        return Publication(date.text, None, f"publication date {date.text} is open-ended")
    return Publication(date.text, (date.earliest, date.latest), "")


@dataclass(frozen=True)
class Lender:
    """A year (and month) to fill in, and where it comes from."""

    year: int
    month: int | None
    source: str  # for borrowed_from: "the year of an earlier date in this sentence (...)"
    day: int | None = None


def _fits(fields: Fields, weekday: int) -> bool:
    assert fields.year and fields.month and fields.day
    try:
        return datetime.date(fields.year, fields.month, fields.day).weekday() == weekday
    except ValueError:
        return False


def weekday_note(w: Written) -> str:
    """A note when a complete date's written weekday does not fit it."""
    s = w.start
    if w.weekday is None or not (s.year and s.month and s.day) or _fits(s, w.weekday):
        return ""
    return f"the weekday written ({weekday_name(w.weekday)}) does not fit this date"


def _step(year: int, month: int | None, by_month: bool, n: int) -> tuple[int, int | None]:
    """The year (or, for a day without a month, the month) n steps on."""
    if by_month:
        assert month is not None
        return shift_month(year, month, n)
    return year + n, month


def join_notes(*notes: str) -> str:
    """The non-empty notes, joined."""
    return "; ".join(n for n in notes if n)


def fill_from(w: Written, lender: Lender) -> Filled:
    """w with its missing year (and month) taken from lender, checked by a written weekday."""
    by_month = w.start.month is None and w.start.day is not None
    month = lender.month if by_month else w.start.month
    if month is None and w.start.day is not None:
        return Filled(None, "a day without a month needs a month to be read in")
    candidates = [(lender.year, month)]
    if w.weekday is not None and w.start.day is not None:
        candidates += [_step(lender.year, month, by_month, n) for n in (-1, 1)]
    for year, month in candidates:
        start = Fields(year, month, w.start.day)
        date = to_edtf(replace(w, start=start))
        if date is None:
            return Filled(None, "not a real date")
        if w.weekday is None or _fits(start, w.weekday):
            if (year, month) == candidates[0]:
                return Filled(date)
            unit = "month" if by_month else "year"
            return Filled(date, f"the weekday ({weekday_name(w.weekday)}) moves the {unit}")
    return Filled(None, f"no nearby {('year', 'month')[by_month]} fits the weekday written")


def carry(w: Written, lender: Lender) -> Filled:
    """w completed by an earlier date of its sentence, moved on a year (a month, for a bare
    day) when it would otherwise fall long before that date: a writer leaves out the year
    just written, or one just crossed ("2022년 12월 30일 시작된 협상은 1월 5일 끝났다")."""
    by_month = w.start.month is None and w.start.day is not None
    if by_month:
        back = (lender.day or 0) - (w.start.day or 0) > 15
    else:
        back = lender.month is not None and lender.month - (w.start.month or 0) > 6
    if not back:
        return fill_from(w, lender)
    year, month = _step(lender.year, lender.month, by_month, 1)
    moved = fill_from(w, Lender(year, month, lender.source))
    unit = "month" if by_month else "year"
    return Filled(moved.date, join_notes(f"the next {unit}, as it comes after", moved.note))


def from_publication(w: Written, pub: Publication, tense: int) -> Filled:
    """w completed by the publication's year (and month). A sentence in the past tense is
    not about a date after publication, nor one in the future tense about a date before it:
    "12월 29일 복귀했다" published on 2024-01-05 is 2023-12-29."""
    by_month = w.start.month is None and w.start.day is not None

    def at(day: datetime.date) -> Filled:
        filled = fill_from(w, Lender(day.year, day.month, ""))
        if not tense or filled.date is None or pub.days is None:
            return filled
        date, (first, last) = parse_edtf(filled.date), pub.days
        assert date.earliest and date.latest
        if (tense < 0 and date.earliest > last) or (tense > 0 and date.latest < first):
            moved = fill_from(w, Lender(*_step(day.year, day.month, by_month, tense), ""))
            which = ("previous", "past") if tense < 0 else ("next", "future")
            unit = "month" if by_month else "year"
            note = f"the {which[0]} {unit}: the sentence speaks of the {which[1]}"
            return Filled(moved.date, join_notes(note, moved.note))
        return filled

    return pub.resolve(at)
