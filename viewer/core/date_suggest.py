"""Suggest an event's EDTF date from date expressions in selected source text (Korean, English)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.dates import MONTHS_EN, DateError, parse_edtf

__all__ = ["DateSuggestion", "find_dates", "suggest_date"]

# Numbers outside these years are amounts or counts in news text far more often than dates.
MIN_YEAR, MAX_YEAR = 1900, 2100

# Fragments shared by the patterns below, spliced in with %-formatting because regex braces
# would clash with str.format. Group names: y/m/d start, y2/m2/d2 end of a range, mon an
# English month name, approx a "circa" marker, dec a decade, rel a relative year.
_F = {
    # Before 년 any 1-4 digits are taken, so "1850년 11월" is matched whole and then rejected
    # instead of leaving "11월" to pick up a year from elsewhere.
    "y": r"(?P<y>[0-9]{1,4})",
    "y2": r"(?P<y2>[0-9]{1,4})",
    "Y": r"(?P<y>[0-9]{4})(?![0-9])",
    "Y2": r"(?P<y2>[0-9]{4})(?![0-9])",
    # A bare year must not continue a number, version, amount or code ("1.2023", "$2023").
    "B": r"(?<![0-9A-Za-z.,$₩/-])",
    # A bare year followed by a unit is a quantity: "2000명", "2015 %", "2020억".
    "bare": r"(?!\s*(?:%|[명개원건억만조천배위점])|[.,][0-9])",
    "m": r"(?P<m>[0-9]{1,2})",
    "m2": r"(?P<m2>[0-9]{1,2})",
    "d": r"(?P<d>[0-9]{1,2})",
    "d2": r"(?P<d2>[0-9]{1,2})",
    "to": r"\s*[~∼〜～–—-]\s*",
    # "월요일" or "(월)"; a lone "일" would swallow the start of words such as 일본.
    "wd": r"(?:\s*(?:[월화수목금토일]요일|[(（][월화수목금토일][)）]))?",
    # 경/쯤/께 attach to the date; only 무렵 is written apart ("2015년 경제" is not approximate).
    "ca": r"(?P<approx>경|쯤|께|\s*무렵)?",
    "mon": r"\b(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?",
    "day": r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?",
    "dd": r"(?P<d>[0-9]{1,2})(?![0-9])(?:st|nd|rd|th)?",
    "dd2": r"(?P<d2>[0-9]{1,2})(?![0-9])(?:st|nd|rd|th)?",
}
_TEMPLATES = (
    # Korean: 2023년 11월 17일 (월요일), 11월 17일~21일, 2023년 11월 17일~2024년 1월 3일
    r"(?:%(y)s년\s*)?%(m)s월\s*%(d)s일%(wd)s"
    r"(?:%(to)s(?:%(y2)s년\s*)?(?:%(m2)s월\s*)?%(d2)s일%(wd)s)?%(ca)s",
    r"(?:%(y)s년\s*)?%(m)s월\s*%(d)s%(to)s%(d2)s일%(wd)s",  # 11월 17~21일
    r"(?:%(y)s년\s*)?%(m)s월(?:%(to)s(?:%(y2)s년\s*)?%(m2)s월)?%(ca)s",  # 2024년 9월 (~10월)
    r"%(y)s년\s*%(m)s%(to)s%(m2)s월",  # 2024년 9~10월
    r"%(y)s년(?:%(to)s%(y2)s년)?%(ca)s",  # 2023년, 2018년~2019년, 2015년경
    r"%(y)s년?%(to)s%(y2)s년%(ca)s",  # 2018~2019년
    r"%(y)s년(?P<dec>대)",  # 2020년대
    r"%(B)s%(Y)s\.\s?%(m)s\.\s?%(d)s(?![0-9])\.?%(wd)s",  # 2023.11.22, 2023. 11. 22.
    r"%(B)s%(Y)s-%(m)s-%(d)s(?![0-9])",  # 2023-11-20
    r"%(B)s%(Y)s년?%(to)s%(Y2)s%(bare)s",  # 2018-2019, 2018–2019
    # English: Monday, November 20; Nov 17, 2023; November 17–21, 2023
    r"%(day)s%(mon)s\s+%(dd)s(?:%(to)s%(dd2)s)?(?:,?\s+%(Y)s%(bare)s)?",
    r"%(day)s%(dd)s\s+%(mon)s(?:,?\s+%(Y)s%(bare)s)?",  # 17 November 2023
    r"%(mon)s,?\s+%(Y)s%(bare)s",  # November 2023, Nov. 2023
    # "in 2015": the preposition is required for a bare year, but is not part of the date.
    r"(?:(?<=\b[Ii]n\s)|(?<=\b[Oo]f\s)|(?<=[Dd]uring\s))%(Y)s%(bare)s",
    r"\b(?P<approx>c\.|ca\.|[Cc]irca|[Aa]round)\s*%(Y)s%(bare)s",
    # "early 2018" says no more than the year, so the modifier is kept in the text only.
    r"\b(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|\s+)%(Y)s%(bare)s",
    r"%(B)s%(Y)s(?P<dec>s)\b",  # the 1990s
    # Relative years are matched only so that what they govern is skipped, not misdated:
    # 작년 11월 17일 must not become 11월 17일 of the publication year.
    r"(?P<rel>작년|재작년|지난\s?해|올해|금년|내년|이듬해|전년|다음\s?해)"
    r"(?:\s*%(m)s월(?:\s*%(d)s일)?)?",
    r"%(day)s%(mon)s\s+(?:%(dd)s,?\s+)?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+year",
    r"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+%(mon)s(?:\s+%(dd)s)?",
)
# The leading guard stops a match from starting inside a number ("13월" is not "3월").
_PATTERNS = tuple(re.compile(r"(?<![0-9])" + t % _F) for t in _TEMPLATES)

# Whitespace after a sentence terminator (and closing quotes), or a line break.
_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?。！？])|(?<=[.!?。！？][\"'”’)\]]))\s+|\n")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n")


@dataclass(frozen=True)
class DateSuggestion:
    """A date expression found in text, with its canonical EDTF value."""

    edtf: str
    start: int
    end: int
    expression: str
    year_from: str  # "text", "context", "published", or "" when no year was needed


def _scan(text: str) -> list[re.Match[str]]:
    """Every date-like match in text, in order, the longest kept where matches overlap."""
    found = sorted(
        (m for p in _PATTERNS for m in p.finditer(text)), key=lambda m: (m.start(), -m.end())
    )
    kept: list[re.Match[str]] = []
    for m in found:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


def _int(value: str | None) -> int | None:
    """The int in value, or None when the group did not take part in the match."""
    return None if value is None else int(value)


def _point(year: int, month: int | None, day: int | None, qualifier: str) -> str:
    """EDTF text of one point; validity is checked later by parse_edtf."""
    text = f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
    if day is not None:
        text += f"-{day:02d}"
    return text + qualifier


def _edtf(g: dict[str, str | None], year: int) -> str | None:
    """Canonical EDTF for the groups of one match, or None when it is not a real date."""
    if g.get("dec"):
        # EDTF's decade form "202X" is outside the supported subset; the interval says the same.
        return f"{year}/{year + 9}" if year % 10 == 0 else None
    mon = g.get("mon")
    month = MONTHS_EN.index(mon[:3].title()) + 1 if mon else _int(g.get("m"))
    day = _int(g.get("d"))
    qualifier = "~" if g.get("approx") else ""
    text = _point(year, month, day, qualifier)
    year2, month2, day2 = _int(g.get("y2")), _int(g.get("m2")), _int(g.get("d2"))
    if year2 is not None or month2 is not None or day2 is not None:
        # A range end inherits the units it leaves out from the start: 17일~21일 shares 11월.
        if month2 is None and day2 is not None:
            month2 = month
        end = _point(year if year2 is None else year2, month2, day2, qualifier)
        if end != text:
            text = f"{text}/{end}"
    try:
        return parse_edtf(text).text
    except DateError:  # 2월 30일, 13월, a range that ends before it starts
        return None


def _resolve(matches: list[re.Match[str]], default_year: int | None) -> list[DateSuggestion]:
    """Turn matches into suggestions, filling missing years from the nearest earlier year."""
    out: list[DateSuggestion] = []
    last_year: int | None = None
    for m in matches:
        g = m.groupdict()
        written = [y for y in (_int(g.get("y")), _int(g.get("y2"))) if y is not None]
        if any(not MIN_YEAR <= y <= MAX_YEAR for y in written):
            continue
        if g.get("rel"):
            continue
        if written:
            year, source = written[0], "text"
        elif last_year is not None:
            year, source = last_year, "context"
        elif default_year is not None:
            year, source = default_year, "published"
        else:
            continue
        if written and not g.get("dec"):
            # The later end of a range is the year nearest to what follows it.
            last_year = written[-1]
        edtf = _edtf(g, year)
        if edtf is not None:
            out.append(DateSuggestion(edtf, m.start(), m.end(), m.group(), source))
    return out


def find_dates(text: str, *, default_year: int | None = None) -> list[DateSuggestion]:
    """Every date expression in text, in order; default_year is usually the publication year."""
    # A year is only "mentioned" inside a recognised date expression, so amounts such as
    # "2000명" never lend a year to the dates after them.
    return _resolve(_scan(text), default_year)


def _region(
    text: str, lo: int, hi: int, breaks: re.Pattern[str], inside: list[tuple[int, int]]
) -> tuple[int, int]:
    """The span between the last break before lo and the first break after hi."""
    start, end = 0, len(text)
    for b in breaks.finditer(text):
        # "2023. 11. 22." and "Nov. 17" contain ". " without ending a sentence.
        if any(a <= b.start() and b.end() <= z for a, z in inside):
            continue
        if b.end() <= lo:
            start = b.end()
        elif b.start() >= hi:
            end = b.start()
            break
    return start, end


def suggest_date(
    source_text: str,
    selection_start: int,
    selection_end: int,
    *,
    published_year: int | None = None,
) -> DateSuggestion | None:
    """The first date in the selection, else in its sentence, else in its paragraph."""
    # The whole source is scanned so that a year written before the selection can complete a
    # date inside it, and so that offsets are relative to source_text.
    matches = _scan(source_text)
    found = _resolve(matches, published_year)
    size = len(source_text)
    lo, hi = sorted((min(max(selection_start, 0), size), min(max(selection_end, 0), size)))
    spans = [m.span() for m in matches]
    # Paragraphs are blocks between blank lines; a text with no blank line has one per line.
    para_breaks = _BLANK_LINE if _BLANK_LINE.search(source_text) else _LINE_BREAK
    regions = (
        (lo, hi),
        _region(source_text, lo, hi, _SENTENCE_BREAK, spans),
        _region(source_text, lo, hi, para_breaks, []),
    )
    for a, z in regions:
        # A date cut by the selection's edge still counts, and is returned whole.
        hit = next((s for s in found if s.start < z and s.end > a), None)
        if hit is not None:
            return hit
    return None
