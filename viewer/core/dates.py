"""Dates of timeline events: a small subset of EDTF (Extended Date/Time Format, level 0-1)."""

from __future__ import annotations

import calendar
import datetime
import enum
import functools
import re
from dataclasses import dataclass

__all__ = [
    "DateError",
    "DatePoint",
    "EdtfDate",
    "Precision",
    "edtf_from_interval",
    "parse_edtf",
]

ACCEPTED_FORMS = (
    "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ? (uncertain), "
    "~ (approximate) or % (both), or an interval A/B where either end may be '..' (open)"
)

# [0-9] rather than \d: \d also matches non-ASCII digits such as '٢٠٢٣'.
_POINT_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?([?~%])?")
_QUALIFIERS = {"": (False, False), "?": (True, False), "~": (False, True), "%": (True, True)}
_OPEN = ".."

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DASH = "\u2013"


class DateError(ValueError):
    """A date that is not in the supported EDTF subset."""


class Precision(enum.IntEnum):
    """How exact a date is; a larger value is finer."""

    YEAR = 1
    MONTH = 2
    DAY = 3


def _point_problem(year: int, month: int | None, day: int | None) -> str | None:
    """Return why these fields are not a valid date, or None when they are."""
    if not 1 <= year <= 9999:
        return f"year {year:04d} is out of range (0001-9999)"
    if month is None:
        return None if day is None else "a day needs a month"
    if not 1 <= month <= 12:
        seasons = " (seasons 21-24 are not supported)" if 21 <= month <= 24 else ""
        return f"month {month} is out of range{seasons}"
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"day {day} is out of range for {year:04d}-{month:02d}"
    return None


@dataclass(frozen=True)
class DatePoint:
    """One end of a date: a year, month or day, possibly uncertain and/or approximate. Its
    days and precision are worked out once (dates are shared: parse_edtf gives one value per
    text, and drawing 100,000 events asks for them again and again)."""

    year: int
    month: int | None = None
    day: int | None = None
    uncertain: bool = False
    approximate: bool = False

    def __post_init__(self) -> None:
        problem = _point_problem(self.year, self.month, self.day)
        if problem:
            raise DateError(problem)

    @functools.cached_property
    def precision(self) -> Precision:
        """The unit this point is given in."""
        if self.day is not None:
            return Precision.DAY
        return Precision.YEAR if self.month is None else Precision.MONTH

    @functools.cached_property
    def earliest(self) -> datetime.date:
        """The first day this point covers."""
        return datetime.date(self.year, self.month or 1, self.day or 1)

    @functools.cached_property
    def latest(self) -> datetime.date:
        """The last day this point covers."""
        if self.month is None:
            return datetime.date(self.year, 12, 31)
        last = calendar.monthrange(self.year, self.month)[1]
        return datetime.date(self.year, self.month, self.day or last)

    @property
    def qualified(self) -> bool:
        """Whether this point is uncertain or approximate."""
        return self.uncertain or self.approximate

    def text(self) -> str:
        """The EDTF text of this point, qualifier included."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        flags = (self.uncertain, self.approximate)
        return out + next(q for q, f in _QUALIFIERS.items() if f == flags)


def _point_at(day: datetime.date, precision: Precision, like: DatePoint | None = None) -> DatePoint:
    """The point of the given precision that contains day, with the qualifiers of like."""
    return DatePoint(
        day.year,
        day.month if precision >= Precision.MONTH else None,
        day.day if precision >= Precision.DAY else None,
        uncertain=like.uncertain if like else False,
        approximate=like.approximate if like else False,
    )


@dataclass(frozen=True)
class EdtfDate:
    """A single date or an interval whose ends may be open; the value stored for an event."""

    start: DatePoint | None
    end: DatePoint | None
    is_interval: bool

    def __post_init__(self) -> None:
        if not self.is_interval:
            if self.start is None or self.end != self.start:
                raise DateError("a single date needs start and end to be the same point")
            # Callers may rely on identity (end is start) for single dates.
            object.__setattr__(self, "end", self.start)
            return
        if self.start is None and self.end is None:
            raise DateError(f"an interval cannot be open at both ends: '{self.text}'")
        if self.start and self.end and self.end.latest < self.start.earliest:
            raise DateError(f"interval ends before it starts: '{self.text}'")

    @functools.cached_property
    def _ends(self) -> tuple[DatePoint, ...]:
        return tuple(p for p in (self.start, self.end) if p is not None)

    @functools.cached_property
    def text(self) -> str:
        """Canonical EDTF text, as written back to files."""
        if not self.is_interval:
            assert self.start is not None
            return self.start.text()
        start = self.start.text() if self.start else _OPEN
        end = self.end.text() if self.end else _OPEN
        return f"{start}/{end}"

    @functools.cached_property
    def earliest(self) -> datetime.date | None:
        """The first day covered, or None for an open start."""
        return self.start.earliest if self.start else None

    @functools.cached_property
    def latest(self) -> datetime.date | None:
        """The last day covered, or None for an open end."""
        return self.end.latest if self.end else None

    @functools.cached_property
    def precision(self) -> Precision:
        """The finest precision among the ends that are present."""
        return max(p.precision for p in self._ends)

    @functools.cached_property
    def uncertain(self) -> bool:
        """Whether any end is uncertain."""
        return any(p.uncertain for p in self._ends)

    @functools.cached_property
    def approximate(self) -> bool:
        """Whether any end is approximate."""
        return any(p.approximate for p in self._ends)

    @property
    def open_start(self) -> bool:
        """Whether the interval has no known start (`../B`)."""
        return self.start is None

    @property
    def open_end(self) -> bool:
        """Whether the interval has no known end (`A/..`)."""
        return self.end is None

    @property
    def sort_key(self) -> datetime.date:
        """The day to sort by: the earliest day, or the latest for an open start."""
        key = self.earliest or self.latest
        assert key is not None
        return key

    def render(self, lang: str) -> str:
        """Human text in 'en' or 'ko' ('ko-KR' counts as 'ko'); any other language gives 'en'."""
        korean = lang.lower().replace("_", "-").split("-")[0] == "ko"
        if not self.is_interval:
            assert self.start is not None
            return _ko_point(self.start) if korean else _en_point(self.start)
        if self.end is None:
            assert self.start is not None
            return f"{_ko_point(self.start)} 이후" if korean else f"{_en_point(self.start)} onward"
        if self.start is None:
            return f"{_ko_point(self.end)}까지" if korean else f"until {_en_point(self.end)}"
        return _ko_range(self.start, self.end) if korean else _en_range(self.start, self.end)

    def shifted(self, days: int) -> EdtfDate:
        """This date moved by whole days, every end keeping its precision and qualifiers."""
        delta = datetime.timedelta(days=days)
        try:
            start = self.start and _point_at(
                self.start.earliest + delta, self.start.precision, self.start
            )
            if not self.is_interval:
                return EdtfDate(start, start, False)
            end = None
            if self.end is not None:
                anchor = self.end.earliest + delta
                # A coarse end can land before a finer start (2023-11-17/2023-11 by +14 days):
                # it then moves on to the period that holds the new start.
                if start is not None:
                    anchor = max(anchor, start.earliest)
                end = _point_at(anchor, self.end.precision, self.end)
        except OverflowError as exc:
            raise DateError(f"'{self.text}' moved by {days} days leaves years 0001-9999") from exc
        return EdtfDate(start, end, True)


def _en_base(p: DatePoint, year: bool = True) -> str:
    """English point text without qualifiers, e.g. 'Nov 17, 2023'."""
    if p.month is None:
        return str(p.year)
    month = MONTHS_EN[p.month - 1]
    out = month if p.day is None else f"{month} {p.day}"
    if not year:
        return out
    return f"{out}, {p.year}" if p.day is not None else f"{out} {p.year}"


def _en_point(p: DatePoint) -> str:
    """English point text with 'c. ' for approximate and '?' for uncertain."""
    return ("c. " if p.approximate else "") + _en_base(p) + ("?" if p.uncertain else "")


def _en_range(a: DatePoint, b: DatePoint) -> str:
    """English text of a closed interval, sharing the year or month where that is unambiguous."""
    if a == b:
        return _en_point(a)
    if not (a.qualified or b.qualified) and a.precision == b.precision:
        if a.precision == Precision.YEAR:
            return f"{a.year}{_DASH}{b.year}"
        if a.year == b.year and a.precision == Precision.MONTH:
            return f"{_en_base(a, year=False)}{_DASH}{_en_base(b)}"
        if a.year == b.year and a.month == b.month:
            return f"{_en_base(a, year=False)}{_DASH}{b.day}, {b.year}"
        if a.year == b.year:
            return f"{_en_base(a, year=False)} {_DASH} {_en_base(b)}"
    left, right = _en_point(a), _en_point(b)
    # Style guides space the dash once either side has a space in it.
    sep = f" {_DASH} " if " " in left + right else _DASH
    return f"{left}{sep}{right}"


def _ko_base(p: DatePoint) -> str:
    """Korean point text without qualifiers, e.g. '2023년 11월 17일'."""
    out = f"{p.year}년"
    if p.month is not None:
        out += f" {p.month}월"
    if p.day is not None:
        out += f" {p.day}일"
    return out


def _ko_point(p: DatePoint) -> str:
    """Korean point text with '경' for approximate and '(?)' for uncertain."""
    return _ko_base(p) + ("경" if p.approximate else "") + ("(?)" if p.uncertain else "")


def _ko_range(a: DatePoint, b: DatePoint) -> str:
    """Korean text of a closed interval, sharing the year or month where that is unambiguous."""
    if a == b:
        return _ko_point(a)
    if not (a.qualified or b.qualified) and a.precision == b.precision:
        if a.precision == Precision.YEAR:
            return f"{a.year}~{b.year}년"
        if a.year == b.year and a.precision == Precision.MONTH:
            return f"{a.year}년 {a.month}~{b.month}월"
        if a.year == b.year and a.month == b.month:
            return f"{a.year}년 {a.month}월 {a.day}~{b.day}일"
        if a.year == b.year:
            return f"{_ko_base(a)}~{b.month}월 {b.day}일"
    return f"{_ko_point(a)}~{_ko_point(b)}"


def _parse_point(part: str, whole: str) -> DatePoint:
    """Parse one date (no '/'); whole is the full input, quoted in errors."""
    if not part:
        raise DateError(f"an interval end is empty in '{whole}'; write '..' for an open end")
    if "T" in part or ":" in part:
        raise DateError(f"times are not supported in '{whole}'; use YYYY-MM-DD")
    match = _POINT_RE.fullmatch(part)
    if match is None:
        if any(q in part[:-1] for q in "?~%"):
            raise DateError(f"a qualifier (?, ~ or %) may only follow a whole date: '{whole}'")
        raise DateError(f"not a supported date: '{whole}'; {ACCEPTED_FORMS}")
    year, month, day, qualifier = match.groups()
    fields = (int(year), int(month) if month else None, int(day) if day else None)
    problem = _point_problem(*fields)
    if problem:
        raise DateError(f"{problem} in '{whole}'")
    uncertain, approximate = _QUALIFIERS[qualifier or ""]
    return DatePoint(*fields, uncertain=uncertain, approximate=approximate)


@functools.lru_cache(maxsize=2**16)  # a large timeline repeats a few thousand dates
def _parse_text(text: str) -> EdtfDate:
    """Parse stripped EDTF text (the result is immutable, so it is shared)."""
    if not text:
        raise DateError(f"empty date ''; {ACCEPTED_FORMS}")
    if "/" not in text:
        point = _parse_point(text, text)
        return EdtfDate(point, point, False)
    parts = text.split("/")
    if len(parts) != 2:
        raise DateError(f"an interval has exactly one '/' in '{text}'")
    if parts == [_OPEN, _OPEN]:
        raise DateError(f"an interval cannot be open at both ends: '{text}'")
    start, end = (None if p == _OPEN else _parse_point(p, text) for p in parts)
    return EdtfDate(start, end, True)


def parse_edtf(value: str | int | datetime.date) -> EdtfDate:
    """Parse EDTF text, an int year or a date (as PyYAML gives for unquoted values)."""
    if type(value) is str:  # the usual case first: every event's date, when views ask
        return _parse_text(value.strip())
    # bool is an int and datetime is a date, so they are turned away before those checks.
    if isinstance(value, bool | datetime.datetime):
        raise DateError(f"expected a date, got {type(value).__name__} '{value}'; {ACCEPTED_FORMS}")
    if isinstance(value, datetime.date):
        point = DatePoint(value.year, value.month, value.day)
        return EdtfDate(point, point, False)
    if isinstance(value, int):
        problem = _point_problem(value, None, None)
        if problem:
            raise DateError(f"{problem} in '{value}'")
        point = DatePoint(value)
        return EdtfDate(point, point, False)
    if isinstance(value, str):
        return _parse_text(value.strip())
    raise DateError(f"expected a date, got {type(value).__name__} '{value}'; {ACCEPTED_FORMS}")


def edtf_from_interval(start: datetime.date, end: datetime.date, precision: Precision) -> EdtfDate:
    """The date of the given precision spanning start..end; a single date if both ends agree."""
    precision = Precision(precision)
    first, last = _point_at(start, precision), _point_at(end, precision)
    if first == last:
        return EdtfDate(first, first, False)
    return EdtfDate(first, last, True)
