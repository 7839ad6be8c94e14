"""Dates and times of day from the parts an input gives, as the timeline writes them.

Dates keep the precision they come with (a year alone stays `2015`), and a timeline holds no
times: a time of day goes to an extra key, written `HH:MM`, `HH:MM:SS` or `HH:MM:SS.mmm`.
"""

from __future__ import annotations

from viewer.core.dates import DateError, DatePoint, EdtfDate

__all__ = ["date_text", "time_text"]


def date_text(start: DatePoint | None, end: DatePoint | None, *, open_end: bool = False) -> str:
    """The EDTF text of a date from `start` to `end`: a single date where there is no end or
    both ends are one point, an interval otherwise (`start/..` when `open_end`); raises
    DateError for an interval that ends before it starts or has no end at all."""
    if open_end:
        return EdtfDate(start, None, True).text
    if end is None or end == start:
        if start is None:
            raise DateError("a date needs a start")
        return start.text()
    return EdtfDate(start, end, True).text


def time_text(hour: int, minute: int = 0, second: int = 0, millisecond: int = 0) -> str:
    """A time of day as `HH:MM`, with seconds and milliseconds only when there are any;
    raises DateError for a part out of range."""
    for name, value, top in (
        ("hour", hour, 23),
        ("minute", minute, 59),
        ("second", second, 59),
        ("millisecond", millisecond, 999),
    ):
        if not 0 <= value <= top:
            raise DateError(f"{name} {value} is out of range (0-{top})")
    text = f"{hour:02d}:{minute:02d}"
    if second or millisecond:
        text += f":{second:02d}"
    if millisecond:
        text += f".{millisecond:03d}"
    return text
