"""Date expressions built on calendar units: years, months, days, their parts and ranges.

Each form is a regular expression and a function turning its match into a `Spec`: what the
expression says (a `Written` date, or a way to compute one from the publication day), before
any missing unit is filled in. Years, months and days may be written out ("2023년 11월
17일", "Nov 17, 2023") or relative to publication ("작년 9월", "다음 달 3일", "지난 17일",
"last November", "early next year"). Day words, weeks, weekdays and event-relative words are
in `viewer.core.date_relative`.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass

from viewer.core.date_calendar import (
    Fields,
    Part,
    Written,
    month_day_after,
    month_day_before,
    nth_after,
    nth_before,
    range_start,
    shift_month,
)
from viewer.core.dates import MONTHS_EN, Precision

__all__ = ["CALENDAR_FORMS", "WEEKDAYS_EN", "WEEKDAYS_KO", "Form", "Kind", "Spec"]

# Numbers outside these years are amounts or counts in news text far more often than dates.
MIN_YEAR, MAX_YEAR = 1900, 2100
WEEKDAYS_KO = "월화수목금토일"
WEEKDAYS_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Kind(enum.Enum):
    """Where an expression's date comes from."""

    DATE = "date"  # calendar fields as written; leading units left out come from context
    RELATIVE = "relative"  # counted from the publication date: 어제, 지난 17일, last year
    EVENT = "event"  # counted from another event: 이틀 뒤, 그날, a week later
    VAGUE = "vague"  # too loose for any date: 며칠 전, a weekday alone


@dataclass(frozen=True)
class Spec:
    """What one expression says, before missing units are filled in."""

    kind: Kind
    precision: Precision  # the unit it is given in, also when it gets no date
    written: Written | None = None  # Kind.DATE
    at: Callable[[datetime.date], Written | None] | None = None  # Kind.RELATIVE
    note: str = ""  # how a rule read it, or why it has no date


Form = tuple[re.Pattern[str], Callable[[re.Match[str]], Spec | None]]

_S = r"[ \t\u00a0]*"  # spaces inside a line: an expression never runs across lines
_S1 = r"[ \t\u00a0]+"
_F = {
    "S": _S,
    "S1": _S1,
    # Before 년 any 1-4 digits are taken, so "1850년 11월" is matched whole and then rejected
    # instead of leaving "11월" to pick up a year from elsewhere.
    "y": r"(?P<y>[0-9]{1,4})",
    "y2": r"(?P<y2>[0-9]{1,4})",
    "Y": r"(?P<y>[0-9]{4})(?![0-9])",
    "Y2": r"(?P<y2>[0-9]{4})(?![0-9])",
    "m": r"(?P<m>[0-9]{1,2})",
    "m2": r"(?P<m2>[0-9]{1,2})",
    "d": r"(?P<d>[0-9]{1,2})",
    "d2": r"(?P<d2>[0-9]{1,2})",
    # A bare year must not continue a number, version, amount or code ("1.2023", "$2023").
    "B": r"(?<![0-9A-Za-z.,$₩/-])",
    # A number followed by a unit is a quantity: "2000명", "2015 %", "2020억".
    "bare": rf"(?!{_S}(?:%|[명개원건억만조천배위점])|[.,][0-9])",
    "count": rf"(?!{_S1}(?:people|employees|workers|staff|users|members|cases|companies"
    r"|startups|shares|jobs|units|GPUs|chips)\b)",
    "to": rf"{_S}[~∼〜～–—-]{_S}",
    # "월요일" or "(월)"; a lone "일" would swallow the start of words such as 일본.
    "wd": rf"(?:{_S}(?P<wd>[월화수목금토일])요일|{_S}[(（](?P<wdp>[월화수목금토일])[)）])?",
    "wdx": rf"(?:{_S}[월화수목금토일]요일|{_S}[(（][월화수목금토일][)）])?",
    # 경/쯤/께 attach to the date; 무렵 and 전후 are written apart ("2015년 경제" is not
    # approximate).
    "ca": rf"(?P<approx>경|쯤|께|즈음|{_S}무렵|{_S}전후)?",
    # A Korean word ends here unless a particle follows: "말에" but not "말레이시아".
    "kend": r"(?=$|[^가-힣]|[에의엔까부께쯤경이은는을를로와과도만])",
    "kstart": r"(?<![가-힣])",
    "yrel": rf"(?P<yrel>재작년|작년|지난{_S}해|올해|금년|내년|내후년"
    rf"|올(?={_S1}(?:[상하]반기|[1-4]{_S}분기|[0-9]{{1,2}}월|초|말|연초|연말)))"
    r"(?=$|[^가-힣]|[에의엔까부께쯤경이은는을를로와과도만])",
    "ypart": rf"(?P<ypart>[1-4]{_S}분기|[상하]반기|전반기|후반기|연초|연말"
    r"|초반|중반|후반|전반|초|말)",
    "mpart": r"(?P<mpart>초순|상순|중순|하순|초|말)",
    # An abbreviation may take a dot ("Nov. 17"); a full name never does ("in November.").
    "mon": r"\b(?P<mon>(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:Jan(?:uary)?"
    r"|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)",
    "day": rf"(?:(?P<wde>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?{_S1})?",
    "dd": r"(?P<d>[0-9]{1,2})(?![0-9])(?:st|nd|rd|th)?",
    "dd2": r"(?P<d2>[0-9]{1,2})(?![0-9])(?:st|nd|rd|th)?",
    "erel": rf"(?P<yrel>[Ll]ast|[Tt]his|[Nn]ext){_S1}year\b",
    "ep": r"(?P<ep>[Ee]arly|[Mm]id|[Ll]ate)",
    "eof": rf"\b(?:[Tt]he{_S1})?(?P<ep>end|beginning|start|middle){_S1}of{_S1}",
    # "4일만에", "10일간", "3일 뒤" are lengths of time, not days of the month.
    "dayend": rf"(?!{_S}(?:만에|만|간|동안|째|차|치|뒤|후|전|이내|이상|이하|미만|정도|가량"
    rf"|연속|씩|마다)|{_S}[0-9]+{_S}(?:회|번|건|개|식|명))",
}
_F["yh"] = "(?:" + _F["kstart"] + _F["yrel"] + "|" + _F["y"] + "년)"
_TEMPLATES = (
    # Korean: 2023년 11월 17일 (월요일), 11월 17일~21일, 2023년 11월 17일~2024년 1월 3일
    r"(?:%(yh)s%(S)s)?%(m)s월%(S)s%(d)s일%(wd)s"
    r"(?:%(to)s(?:%(y2)s년%(S)s)?(?:%(m2)s월%(S)s)?%(d2)s일%(wdx)s)?%(ca)s",
    r"(?:%(yh)s%(S)s)?%(m)s월%(S)s%(d)s%(to)s%(d2)s일%(wdx)s",  # 11월 17~21일
    # 2024년 9월 (~10월), 11월 말, 작년 9월
    r"(?:%(yh)s%(S)s)?%(m)s월(?:%(to)s(?:%(y2)s년%(S)s)?%(m2)s월|%(S)s%(mpart)s%(kend)s)?%(ca)s",
    r"%(y)s년%(S)s%(m)s%(to)s%(m2)s월",  # 2024년 9~10월
    # 2023년, 2018년~2019년, 2015년경, 2024년 상반기, 올해 초, 내년 1분기, 작년
    r"%(yh)s(?:%(to)s%(y2)s년)?(?:%(S)s%(ypart)s%(kend)s)?%(ca)s",
    r"%(y)s년?%(to)s%(y2)s년%(ca)s",  # 2018~2019년
    r"%(y)s년(?P<dec>대)(?:%(S)s(?P<dpart>초반|중반|후반|전반|초|말)%(kend)s)?",  # 2020년대 초
    r"%(B)s%(Y)s%(S1)s%(m)s월",  # "2023 2월", a blog's shorthand
    # 1분기, 하반기, 연말: the year is left out
    r"%(kstart)s(?P<ypart>[1-4]%(S)s분기|[상하]반기|연초|연말)%(kend)s",
    # 지난달, 이달 말, 다음 달 3일
    r"%(kstart)s(?P<mrel>지난%(S)s달|이달|이번%(S)s달|다음%(S)s달|내달)%(kend)s"
    r"(?:%(S)s%(d)s일%(wd)s|%(S)s%(mpart)s%(kend)s)?",
    # 지난 3월, 오는 12월 1일, 지난 17일, 오는 28일(화)
    r"%(kstart)s(?P<dir>지난|오는)%(S)s%(m)s월(?:%(S)s%(d)s일%(wd)s|%(S)s%(mpart)s%(kend)s)?",
    r"%(kstart)s(?P<dir>지난|오는)%(S)s%(d)s일%(wd)s%(dayend)s",
    # 17일, 17~21일, 17일~21일: Korean news name a day of the current month by its number.
    r"(?<![0-9A-Za-z.,-])(?<![박제])(?<!박 )(?<!매월 )(?<!매달 )%(d)s(?:일?%(to)s%(d2)s)?일"
    r"%(wd)s%(dayend)s",
    r"%(B)s%(Y)s\.%(S)s%(m)s\.%(S)s%(d)s(?![0-9])\.?%(wd)s",  # 2023.11.22, 2023. 11. 22.
    r"%(B)s%(Y)s-%(m)s-%(d)s(?![0-9])",  # 2023-11-20
    r"%(B)s%(Y)s년?%(to)s%(Y2)s%(bare)s",  # 2018-2019, 2018–2019
    # English: Monday, November 20; Nov 17, 2023; November 17–21, 2023; November 20 last year
    r"%(day)s%(mon)s%(S1)s%(dd)s(?:%(to)s%(dd2)s)?"
    r"(?:,?%(S1)s%(Y)s%(bare)s|%(S1)s%(erel)s)?",
    r"%(day)s%(dd)s%(S1)s%(mon)s(?:,?%(S1)s%(Y)s%(bare)s)?",  # 17 November 2023
    r"%(mon)s,?%(S1)s%(Y)s%(bare)s",  # November 2023, Nov. 2023
    r"%(mon)s%(S1)s%(erel)s",  # March last year
    r"\b(?P<dir>[Ll]ast|[Nn]ext)%(S1)s%(mon)s(?:%(S1)s%(dd)s)?",  # last November
    # A month or year alone is a date only after a preposition: "in May", "in 2015".
    r"(?:(?<=\b[Ii]n )|(?<=\b[Ss]ince )|(?<=\b[Uu]ntil )|(?<=\b[Bb]y ))%(mon)s(?![ \t]*[0-9])",
    r"(?:(?<=\b[Ii]n )|(?<=\b[Oo]f )|(?<=[Dd]uring )|(?<=\b[Ss]ince )|(?<=\b[Uu]ntil )"
    r"|(?<=\b[Bb]y ))%(Y)s%(bare)s%(count)s",
    r"\b(?P<approx>c\.|ca\.|[Cc]irca|[Aa]round)%(S)s%(Y)s%(bare)s%(count)s",
    # from 2019 to 2023, between 2018 and 2019
    r"(?:(?<=\b[Ff]rom )|(?<=\b[Bb]etween ))%(Y)s%(S1)s(?:to|until|through|and)%(S1)s%(Y2)s"
    r"%(bare)s%(count)s",
    # early 2018, mid-November, late last year, the early 1990s
    r"\b%(ep)s(?:-|%(S1)s)%(mon)s(?:,?%(S1)s%(Y)s%(bare)s)?",
    r"\b%(ep)s(?:-|%(S1)s)%(Y)s(?P<dec>s)?%(bare)s%(count)s",
    r"\b%(ep)s(?:-|%(S1)s)%(erel)s",
    # the end of 2022, the beginning of next year, the end of the year, the end of November
    r"%(eof)s%(mon)s(?:,?%(S1)s%(Y)s%(bare)s)?",
    r"%(eof)s(?:%(Y)s%(bare)s|%(erel)s|the%(S1)syear)",
    # the first quarter (of 2024), the second half of next year, Q3 2024
    r"\b(?:[Tt]he%(S1)s)?(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th)%(S1)s"
    r"(?P<qh>quarter|half)(?:%(S1)sof%(S1)s(?:%(Y)s%(bare)s|%(erel)s|the%(S1)syear))?"
    r"(?!%(S1)sof\b)",  # not "the first half of the game"
    r"\b(?P<qq>Q[1-4])(?:%(S1)s%(Y)s%(bare)s)?\b",
    r"%(B)s%(Y)s(?P<dec>s)\b",  # the 1990s
    r"\b(?P<yrel>[Ll]ast|[Tt]his|[Nn]ext)%(S1)syear\b",  # last year
    r"\b(?P<mrel>[Ll]ast|[Tt]his|[Nn]ext)%(S1)smonth\b",  # last month
)
# The leading guard stops a match from starting inside a number ("13월" is not "3월").
_PATTERNS = tuple(re.compile(r"(?<![0-9])" + t % _F) for t in _TEMPLATES)

_YEAR_OFFSETS = {"재작년": -2, "작년": -1, "지난해": -1, "올해": 0, "금년": 0, "올": 0}
_YEAR_OFFSETS |= {"내년": 1, "내후년": 2, "last": -1, "this": 0, "next": 1}
_MONTH_OFFSETS = {"지난달": -1, "이달": 0, "이번달": 0, "다음달": 1, "내달": 1}
_MONTH_OFFSETS |= {"last": -1, "this": 0, "next": 1}
_PARTS = {
    "상반기": Part.H1,
    "전반기": Part.H1,
    "전반": Part.H1,
    "하반기": Part.H2,
    "후반기": Part.H2,
    "후반": Part.H2,
    "초": Part.EARLY,
    "초반": Part.EARLY,
    "연초": Part.EARLY,
    "중반": Part.MID,
    "말": Part.LATE,
    "연말": Part.LATE,
    "초순": Part.EARLY_EXACT,
    "상순": Part.EARLY_EXACT,
    "중순": Part.MID_EXACT,
    "하순": Part.LATE_EXACT,
    "early": Part.EARLY,
    "beginning": Part.EARLY,
    "start": Part.EARLY,
    "mid": Part.MID,
    "middle": Part.MID,
    "late": Part.LATE,
    "end": Part.LATE,
}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4}


def _key(text: str | None) -> str:
    return "" if text is None else re.sub(r"[ \t\u00a0]", "", text).lower()


def _int(value: str | None) -> int | None:
    """The int in value, or None when the group did not take part in the match."""
    return None if value is None else int(value)


def _part(g: dict[str, str | None]) -> Part | None:
    """The part of a period named by the groups, if any."""
    if g.get("qq"):
        return (Part.Q1, Part.Q2, Part.Q3, Part.Q4)[int(g["qq"][1]) - 1]
    if g.get("qn"):
        nth = _ORDINALS[_key(g["qn"])]
        if _key(g.get("qh")) == "half":
            return (Part.H1, Part.H2)[nth - 1] if nth <= 2 else None
        return (Part.Q1, Part.Q2, Part.Q3, Part.Q4)[nth - 1]
    word = _key(g.get("ypart") or g.get("mpart") or g.get("dpart") or g.get("ep"))
    if word.endswith("분기"):
        return (Part.Q1, Part.Q2, Part.Q3, Part.Q4)[int(word[0]) - 1]
    return _PARTS.get(word)


def _weekday(g: dict[str, str | None]) -> int | None:
    """The weekday written with a date, 0 for Monday, or None."""
    korean = g.get("wd") or g.get("wdp")
    if korean:
        return WEEKDAYS_KO.index(korean)
    english = g.get("wde")
    return WEEKDAYS_EN.index(english[:3].lower()) if english else None


def _precision(fields: Fields, part: Part | None, decade: bool) -> Precision:
    """The unit an expression is given in: a part of a year is months, of a month days."""
    if fields.day is not None or (part is not None and fields.month is not None):
        return Precision.DAY
    if fields.month is not None or (part is not None and not decade):
        return Precision.MONTH
    return Precision.YEAR


def _relative(
    g: dict[str, str | None], fields: Fields
) -> Callable[[datetime.date], Fields | None] | None:
    """How to compute the fields from the publication day, for a relative expression."""
    if g.get("dir"):
        past = _key(g["dir"]) in ("지난", "last")
        month, day = fields.month, fields.day
        if month is None:
            assert day is not None
            return lambda at: (nth_before if past else nth_after)(at, day)
        return lambda at: (month_day_before if past else month_day_after)(at, month, day)
    if g.get("yrel"):
        years = _YEAR_OFFSETS[_key(g["yrel"])]
        return lambda at: Fields(at.year + years, fields.month, fields.day)
    if g.get("mrel"):
        months = _MONTH_OFFSETS[_key(g["mrel"])]

        def shifted(at: datetime.date) -> Fields:
            year, month = shift_month(at.year, at.month, months)
            return Fields(year, month, fields.day)

        return shifted
    return None


def calendar_spec(match: re.Match[str]) -> Spec | None:
    """The spec of a calendar form's match, or None when it is not a date (1850년, 13월)."""
    g = match.groupdict()
    years = [_int(g.get("y")), _int(g.get("y2"))]
    if any(y is not None and not MIN_YEAR <= y <= MAX_YEAR for y in years):
        return None
    mon = g.get("mon")
    month = MONTHS_EN.index(mon[:3].title()) + 1 if mon else _int(g.get("m"))
    fields = Fields(years[0], month, _int(g.get("d")))
    part = _part(g)
    decade = bool(g.get("dec"))
    end = None
    if years[1] is not None or g.get("m2") or g.get("d2"):
        end = Fields(years[1], _int(g.get("m2")), _int(g.get("d2")))
        fields = range_start(fields, end)
    precision = _precision(fields, part, decade)
    if g.get("mrel"):  # 다음 달, last month: a month even though none is written
        precision = max(precision, Precision.MONTH)

    def written(f: Fields) -> Written:
        return Written(f, end, part, decade, bool(g.get("approx")), _weekday(g))

    relative = _relative(g, fields)
    if relative is None:
        return Spec(Kind.DATE, precision, written=written(fields))
    compute = relative

    def at(day: datetime.date) -> Written | None:
        found = compute(day)
        return None if found is None else written(found)

    return Spec(Kind.RELATIVE, precision, at=at)


CALENDAR_FORMS: tuple[Form, ...] = tuple((p, calendar_spec) for p in _PATTERNS)
