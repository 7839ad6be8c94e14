"""Metadata values made usable: publication dates as EDTF, and clean titles, authors and URLs.

Metadata in files is often wrong or filler (a template's title, a year-1601 creation date), so
each cleaner returns None for a value it does not trust: no value is better than a misleading
one.
"""

from __future__ import annotations

import datetime
import email.utils
import re

from viewer.core.dates import DateError, parse_edtf

__all__ = ["clean_author", "clean_title", "clean_url", "edtf_date", "first"]

_MAX_FIELD = 300  # characters: longer is not a title or a name but text that got in by mistake

_ISO_RE = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?(?![0-9])")
# 2023.11.22, 2023. 11. 22., 2023/11/22, 2023년 11월 22일 (as Korean pages write dates)
_SEPARATED_RE = re.compile(
    r"([0-9]{4})\s*(?:[./]|년)\s*([0-9]{1,2})\s*(?:[./]|월)\s*([0-9]{1,2})(?![0-9])"
)
# 20231122 and PDF dates: D:YYYYMMDDHHmmSS, where every part after the year may be left off
_COMPACT_RE = re.compile(r"(?:D:)?([0-9]{4})([0-9]{2})?([0-9]{2})?[0-9]{0,6}(?:[Zz+\-'].*)?")
_MONTHS = (
    {
        name: number
        for number, names in enumerate(
            ("jan january", "feb february", "mar march", "apr april", "may", "jun june"), start=1
        )
        for name in names.split()
    }
    | {
        name: number
        for number, names in enumerate(
            ("jul july", "aug august", "sep sept september", "oct october", "nov november"),
            start=7,
        )
        for name in names.split()
    }
    | {"dec": 12, "december": 12}
)
_MONTH_DAY_YEAR_RE = re.compile(r"([A-Za-z]{3,9})\.?\s+([0-9]{1,2}),?\s+([0-9]{4})")
_DAY_MONTH_YEAR_RE = re.compile(r"([0-9]{1,2})\.?\s+([A-Za-z]{3,9})\.?,?\s+([0-9]{4})")

_PLACEHOLDER_TITLES = frozenset(
    {"untitled", "untitled document", "(unspecified)", "unspecified", "제목 없음", "none", "null"}
)
_WORD_PREFIX_RE = re.compile(r"^Microsoft (?:Word|PowerPoint) - ", re.IGNORECASE)
_FILE_NAME_RE = re.compile(r".+\.(?:docx?|hwpx?|pdf|txt|rtf|odt|pptx?|xlsx?|html?)", re.IGNORECASE)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Korean bylines name a reporter with a job title after the name: 김철수 기자, 이영희 특파원.
_KOREAN_TITLE_RE = re.compile(
    r"\s*(?:선임|수석|객원|전문|인턴)?(?:기자|특파원|논설위원|편집위원|통신원|에디터)\s*$"
)
_BY_RE = re.compile(r"^(?:by|written by)\s+", re.IGNORECASE)
_PLACEHOLDER_AUTHORS = frozenset(
    {"admin", "administrator", "user", "unknown", "anonymous", "작성자"}
)


def first(*values: str | None) -> str | None:
    """The first value that is not None or empty."""
    return next((value for value in values if value), None)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _valid(year: int, month: int | None, day: int | None) -> str | None:
    text = f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    try:
        parse_edtf(text)
    except DateError:
        return None
    return text


def _in_range(text: str | None, earliest: int) -> str | None:
    """`text` unless its year is before `earliest` or it lies in the future."""
    if text is None or int(text[:4]) < earliest:
        return None
    # A day ahead of UTC is still today somewhere; a later date is not a publication date.
    tomorrow = datetime.datetime.now(datetime.UTC).date() + datetime.timedelta(days=1)
    if text > tomorrow.isoformat()[: len(text)]:
        return None
    return text


def edtf_date(value: object, *, earliest: int = 1) -> str | None:
    """A metadata date as EDTF 'YYYY-MM-DD' (or 'YYYY-MM', 'YYYY'), or None.

    Reads ISO 8601 (the calendar date as written: '2023-11-22T23:30:00-05:00' stays the 22nd,
    the publisher's own day), PDF dates ('D:20231122103100+09'00''), dates as Korean pages
    write them ('2023.11.22', '2023년 11월 22일'), e-mail dates and English month names.
    Dates before the year `earliest` or in the future are not trusted.
    """
    if isinstance(value, datetime.datetime | datetime.date):
        return _in_range(_valid(value.year, value.month, value.day), earliest)
    if isinstance(value, int) and not isinstance(value, bool):
        return _in_range(_valid(value, None, None), earliest) if 1000 <= value <= 9999 else None
    if not isinstance(value, str):
        return None
    text = value.strip()[:100]
    return _in_range(_parse_date(text), earliest)


def _parse_date(text: str) -> str | None:
    match = _SEPARATED_RE.search(text)
    if match:
        return _valid(*(int(group) for group in match.groups()))
    match = _ISO_RE.match(text) or _COMPACT_RE.fullmatch(text)
    if match:
        year, month, day = (int(group) if group else None for group in match.groups())
        return _valid(year or 0, month, day if month is not None else None)
    for pattern, order in ((_MONTH_DAY_YEAR_RE, (1, 2, 3)), (_DAY_MONTH_YEAR_RE, (2, 1, 3))):
        match = pattern.search(text)
        if match:
            month = _MONTHS.get(match.group(order[0]).lower())
            if month:
                return _valid(int(match.group(order[2])), month, int(match.group(order[1])))
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return _valid(parsed.year, parsed.month, parsed.day)


def clean_title(value: object) -> str | None:
    """A title on one line, or None for none, filler ('Untitled') or a bare file name."""
    if not isinstance(value, str):
        return None
    title = _WORD_PREFIX_RE.sub("", _one_line(value))
    if not title or len(title) > _MAX_FIELD or title.casefold() in _PLACEHOLDER_TITLES:
        return None
    if _FILE_NAME_RE.fullmatch(title):
        return None
    return title


def clean_author(value: object) -> str | None:
    """Author names joined by ', ', without e-mail addresses, 'By' or Korean job titles (기자).

    Takes a string, or a list of strings (several authors); None when nothing that looks like
    a name remains.
    """
    values = value if isinstance(value, list | tuple) else [value]
    names: list[str] = []
    for item in values:
        if not isinstance(item, str) or re.match(r"\s*(?:https?:|www\.)", item, re.IGNORECASE):
            continue  # a profile page's address is no name
        for part in re.split(r"\s*[,;/·]\s*|\s+and\s+", _EMAIL_RE.sub("", item)):
            name = _KOREAN_TITLE_RE.sub("", _BY_RE.sub("", _one_line(part))).strip(" ()[]=")
            if (
                name
                and len(name) <= 80
                and name.casefold() not in _PLACEHOLDER_AUTHORS
                and any(char.isalpha() for char in name)
                and name not in names
            ):
                names.append(name)
    return ", ".join(names)[:_MAX_FIELD] if names else None


def clean_url(value: object) -> str | None:
    """An absolute http(s) URL with no spaces, or None."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not re.fullmatch(r"https?://[^\s/?#]+[^\s]*", url, re.IGNORECASE) or len(url) > 2000:
        return None
    return url
