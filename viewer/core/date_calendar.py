"""Calendar arithmetic behind date expressions: what a written date says, turned into EDTF.

A `Written` date holds the calendar fields an expression gives (some leading ones may be
missing, to be filled from context), plus the part of a period it names. `to_edtf` turns a
complete one into EDTF text of the subset `viewer.core.dates` accepts; the helpers below
count weeks, weekdays and months from a given day, for expressions relative to publication.
"""

from __future__ import annotations

import calendar
import datetime
import enum
from dataclasses import dataclass

from viewer.core.dates import DateError, parse_edtf

__all__ = [
    "DAY",
    "Fields",
    "Part",
    "Written",
    "day_fields",
    "month_day_after",
    "month_day_before",
    "nth_after",
    "nth_before",
    "range_start",
    "shift_month",
    "to_edtf",
    "week_of",
    "weekday_after",
    "weekday_on_or_before",
    "weekend_before",
]

DAY = datetime.timedelta(days=1)


class Part(enum.Enum):
    """A part of a decade, year or month that an expression names, and how it is read.

    Quarters and halves are exact spans of months. The Korean ten-day periods 초순, 중순 and
    하순 are defined (1-10, 11-20, 21-end), so they are exact too. The vague parts (초, 말,
    early, mid, late) are the first, middle or last third of the period, with every end the
    writer did not pin down marked approximate: "early 2018" is 2018-01/2018-03~ because it
    certainly starts in January but may reach past March.
    """

    Q1 = "the first quarter"
    Q2 = "the second quarter"
    Q3 = "the third quarter"
    Q4 = "the fourth quarter"
    H1 = "the first half"
    H2 = "the second half"
    EARLY = "the early part"
    MID = "the middle part"
    LATE = "the late part"
    EARLY_EXACT = "days 1-10"
    MID_EXACT = "days 11-20"
    LATE_EXACT = "day 21 to the end"


# (first, last, first approximate, last approximate) in months of a year, years of a decade
# (offsets 0-9) and days of a month (0 stands for the month's last day).
_OF_YEAR = {
    Part.Q1: (1, 3, False, False),
    Part.Q2: (4, 6, False, False),
    Part.Q3: (7, 9, False, False),
    Part.Q4: (10, 12, False, False),
    Part.H1: (1, 6, False, False),
    Part.H2: (7, 12, False, False),
    Part.EARLY: (1, 3, False, True),
    Part.MID: (5, 8, True, True),
    Part.LATE: (10, 12, True, False),
}
_OF_DECADE = {
    Part.H1: (0, 4, False, False),
    Part.H2: (5, 9, False, False),
    Part.EARLY: (0, 3, False, True),
    Part.MID: (4, 6, True, True),
    Part.LATE: (7, 9, True, False),
}
_OF_MONTH = {
    Part.EARLY: (1, 10, False, True),
    Part.MID: (11, 20, True, True),
    Part.LATE: (21, 0, True, False),
    Part.EARLY_EXACT: (1, 10, False, False),
    Part.MID_EXACT: (11, 20, False, False),
    Part.LATE_EXACT: (21, 0, False, False),
}


@dataclass(frozen=True)
class Fields:
    """Year, month and day as written; None where the expression leaves a unit out."""

    year: int | None = None
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True)
class Written:
    """What one date expression says: a point or a range, perhaps a part of a period."""

    start: Fields
    end: Fields | None = None  # the end of a range, as written: "21일" in "17일~21일"
    part: Part | None = None
    decade: bool = False
    approx: bool = False
    weekday: int | None = None  # written with the date (0 = Monday), a check on the year


def day_fields(day: datetime.date) -> Fields:
    """The fields of one calendar day."""
    return Fields(day.year, day.month, day.day)


def _point(year: int, month: int | None, day: int | None, approx: bool) -> str:
    """EDTF text of one point; validity is checked by parse_edtf afterwards."""
    text = f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
    if day is not None:
        text += f"-{day:02d}"
    return text + ("~" if approx else "")


def _span(first: str, last: str) -> str:
    return first if first == last else f"{first}/{last}"


def _part_text(w: Written) -> str | None:
    """EDTF of a part of a decade, year or month."""
    assert w.part is not None and w.start.year is not None
    year, month = w.start.year, w.start.month
    if w.start.day is not None:
        return None
    if w.decade:
        if w.part not in _OF_DECADE:
            return None
        lo, hi, lo_a, hi_a = _OF_DECADE[w.part]
        a, b = _point(year + lo, None, None, lo_a), _point(year + hi, None, None, hi_a)
    elif month is None:
        if w.part not in _OF_YEAR:
            return None
        lo, hi, lo_a, hi_a = _OF_YEAR[w.part]
        a, b = _point(year, lo, None, lo_a), _point(year, hi, None, hi_a)
    else:
        if w.part not in _OF_MONTH or not 1 <= month <= 12:
            return None
        lo, hi, lo_a, hi_a = _OF_MONTH[w.part]
        hi = hi or calendar.monthrange(year, month)[1]
        a, b = _point(year, month, lo, lo_a), _point(year, month, hi, hi_a)
    return _span(a, b)


def _range_text(w: Written) -> str:
    """EDTF of a point or a range; the end takes the units it leaves out from the start."""
    s = w.start
    assert s.year is not None
    first = _point(s.year, s.month, s.day, w.approx)
    if w.end is None:
        return first
    e = w.end
    month = e.month if e.month is not None or e.day is None else s.month
    year = s.year if e.year is None else e.year
    if e.year is None and s.month and month and (month, e.day or 0) < (s.month, s.day or 0):
        # "12월 30일~1월 5일" crosses into the next year: a range never ends before it starts.
        year += 1
    return _span(first, _point(year, month, e.day, w.approx))


def to_edtf(w: Written) -> str | None:
    """Canonical EDTF for a complete written date, or None when it is not a real date."""
    if w.start.year is None or (w.decade and w.start.year % 10):
        return None
    if w.decade and w.part is None:
        # EDTF's decade form "202X" is outside the supported subset; the interval says the same.
        text = f"{w.start.year:04d}/{w.start.year + 9:04d}"
    elif w.part is not None:
        part = _part_text(w)
        if part is None:
            return None
        text = part
    else:
        text = _range_text(w)
    if w.approx and "/" in text:
        text = "/".join(p if p.endswith("~") else p + "~" for p in text.split("/"))
    try:
        return parse_edtf(text).text
    except (DateError, ValueError):  # 2월 30일, 13월, a range that ends before it starts
        return None


def range_start(start: Fields, end: Fields) -> Fields:
    """A range start without a year takes the end's: "11월 17일~2024년 1월 3일" starts in 2023."""
    if start.year is not None or end.year is None:
        return start
    later = (start.month or 1, start.day or 1) > (end.month or 12, end.day or 31)
    return Fields(end.year - 1 if later else end.year, start.month, start.day)


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) that is `months` months after the given one."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def week_of(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """Monday and Sunday of the week holding day (Korean and ISO weeks start on Monday)."""
    monday = day - day.weekday() * DAY
    return monday, monday + 6 * DAY


def weekend_before(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """Saturday and Sunday of the latest weekend that is over before day begins."""
    back = (day.weekday() + 1) % 7 or 7
    sunday = day - back * DAY
    return sunday - DAY, sunday


def weekday_on_or_before(day: datetime.date, weekday: int, *, strictly: bool) -> datetime.date:
    """The latest given weekday on or (strictly) before day."""
    back = (day.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return day - back * DAY


def weekday_after(day: datetime.date, weekday: int) -> datetime.date:
    """The first given weekday strictly after day."""
    return day + ((weekday - day.weekday()) % 7 or 7) * DAY


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def nth_before(day: datetime.date, nth: int) -> Fields | None:
    """The latest date strictly before day whose day of the month is nth ("지난 17일")."""
    year, month = day.year, day.month
    if nth >= day.day:
        year, month = shift_month(year, month, -1)
    for _ in range(12):  # "지난 31일" skips back over months with fewer days
        if _valid(year, month, nth):
            return Fields(year, month, nth)
        year, month = shift_month(year, month, -1)
    return None


def nth_after(day: datetime.date, nth: int) -> Fields | None:
    """The first date strictly after day whose day of the month is nth ("오는 28일")."""
    year, month = day.year, day.month
    if nth <= day.day:
        year, month = shift_month(year, month, 1)
    for _ in range(12):
        if _valid(year, month, nth):
            return Fields(year, month, nth)
        year, month = shift_month(year, month, 1)
    return None


def month_day_before(day: datetime.date, month: int, nth: int | None) -> Fields:
    """The latest month (and day) strictly before day: "지난 3월", "지난 11월 17일"."""
    ahead = (month, nth or 0) >= (day.month, day.day if nth else 0)
    return Fields(day.year - 1 if ahead else day.year, month, nth)


def month_day_after(day: datetime.date, month: int, nth: int | None) -> Fields:
    """The first month (and day) strictly after day: "오는 3월", "오는 12월 1일"."""
    behind = (month, nth or 99) <= (day.month, day.day if nth else 99)
    return Fields(day.year + 1 if behind else day.year, month, nth)
