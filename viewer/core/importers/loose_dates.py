"""Dates as people write them in tables, read as EDTF.

Besides any date of the EDTF subset (`2023-11-17`, `2023-11`, `2015~`, `2018/2019`), these are
read: `2023/11/17`, `2023.11.17`, `2023. 11. 17.`, `17.11.2023` (day first, as dotted dates
are written in Europe), `2023년 11월 17일` (a weekday after it too), `Nov 17, 2023`,
`17 November 2023`, `Nov 2023`, and a date and time such as `2023-11-17 14:30` or
`2023-11-17T14:30:00Z`, whose time of day is given back apart. Slashed dates with the day or
month first (`11/17/2023`) are not read: which comes first cannot be told.
"""

from __future__ import annotations

import functools
import re

from viewer.core.dates import DateError, DatePoint, parse_edtf
from viewer.core.importers.date_parts import time_text
from viewer.core.importers.report import shown

__all__ = ["read_loose_date"]

_MONTH_NAMES = (
    "jan january",
    "feb february",
    "mar march",
    "apr april",
    "may",
    "jun june",
    "jul july",
    "aug august",
    "sep sept september",
    "oct october",
    "nov november",
    "dec december",
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}
_NAME = r"(?P<name>[A-Za-z]{3,9})\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:\s*\(?[월화수목금토일](?:요일)?\)?)?"
_TIME = (
    r"(?:[T ](?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2})(?:\.[0-9]+)?)?"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?"  # a time zone after it says nothing about the day
)
_FORMS = [
    re.compile(pattern)
    for pattern in (
        rf"(?P<y>[0-9]{{4}})-(?P<m>[0-9]{{1,2}})-(?P<d>[0-9]{{1,2}}){_TIME}",
        r"(?P<y>[0-9]{4}) ?[./] ?(?P<m>[0-9]{1,2})(?: ?[./] ?(?P<d>[0-9]{1,2}))?\.?",
        r"(?P<d>[0-9]{1,2})\. ?(?P<m>[0-9]{1,2})\. ?(?P<y>[0-9]{4})",
        r"(?P<y>[0-9]{4}) ?년(?: ?(?P<m>[0-9]{1,2}) ?월(?: ?(?P<d>[0-9]{1,2}) ?일)?)?" + _WEEKDAY,
        rf"{_NAME} (?P<d>[0-9]{{1,2}}){_ORDINAL},? (?P<y>[0-9]{{4}})",
        rf"(?P<d>[0-9]{{1,2}}){_ORDINAL} {_NAME},? (?P<y>[0-9]{{4}})",
        rf"{_NAME},? (?P<y>[0-9]{{4}})",
    )
]


@functools.lru_cache(maxsize=4096)  # a table's dates repeat: each is read once
def read_loose_date(text: str) -> tuple[str, str | None]:
    """The EDTF text of a date written in one of the forms above, and its time of day (or
    None); raises DateError naming the forms read."""
    text = " ".join(text.split())
    try:
        return parse_edtf(text).text, None
    except DateError:
        pass
    for form in _FORMS:
        match = form.fullmatch(text)
        if match is None:
            continue
        parts = match.groupdict()
        month = int(parts["m"]) if parts.get("m") else None
        if parts.get("name"):
            month = _MONTHS.get(parts["name"].lower())
            if month is None:
                continue
        day = int(parts["d"]) if parts.get("d") else None
        point = DatePoint(int(parts["y"]), month, day)
        time = None
        if parts.get("H"):
            time = time_text(int(parts["H"]), int(parts["M"]), int(parts["S"] or 0))
        return point.text(), time
    raise DateError(
        f"{shown(text)} is not a date this import reads: write YYYY-MM-DD, YYYY-MM or YYYY "
        "(or 2023/11/17, 17.11.2023, 2023년 11월 17일, Nov 17, 2023)"
    )
