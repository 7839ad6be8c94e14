"""Date expressions counted from a moment: day words, weeks, weekdays, "ago", and the words
that count from another event (이틀 뒤, 그날, a week later) or are too vague for a date.

Days, weeks and weekdays are counted from the publication day. Weeks run Monday to Sunday, as
Korean calendars and ISO 8601 have them.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from viewer.core.date_calendar import (
    DAY,
    Fields,
    Written,
    day_fields,
    shift_month,
    week_of,
    weekday_after,
    weekday_on_or_before,
    weekend_before,
)
from viewer.core.date_patterns import WEEKDAYS_EN, WEEKDAYS_KO, Form, Kind, Spec
from viewer.core.dates import Precision

__all__ = ["RELATIVE_FORMS"]

_S = r"[ \t\u00a0]*"
_S1 = r"[ \t\u00a0]+"
_KSTART = r"(?<![가-힣])"
_KEND = r"(?=$|[^가-힣]|[에의엔까부께쯤경이은는을를로와과도만])"
_WEEKDAY_EN = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH_EN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUMBER = r"(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,3})"
_DAY_WORDS = {"오늘": 0, "금일": 0, "어제": -1, "어젯밤": -1, "지난밤": -1, "그제": -2}
_DAY_WORDS |= {"그저께": -2, "내일": 1, "today": 0, "tonight": 0, "thismorning": 0}
_DAY_WORDS |= {"yesterday": -1, "lastnight": -1, "tomorrow": 1, "thedaybeforeyesterday": -2}
_OFFSETS = {"지난": -1, "last": -1, "이번": 0, "this": 0, "다음": 1, "내": 1, "next": 1}
_OFFSETS |= {"오는": 1, "coming": 1, "thiscoming": 1}
EVENT_NOTE = "counts from another event, so it has no date of its own"


def _key(text: str) -> str:
    return re.sub(r"[ \t\u00a0]", "", text).lower()


def _weekday(text: str) -> int:
    """0 for Monday: from a Korean weekday syllable or an English weekday name."""
    return WEEKDAYS_KO.index(text) if text in WEEKDAYS_KO else WEEKDAYS_EN.index(text[:3].lower())


def _relative(at: Callable[[datetime.date], Written | None], note: str = "") -> Spec:
    return Spec(Kind.RELATIVE, Precision.DAY, at=at, note=note)


def _day_word(m: re.Match[str]) -> Spec:
    """오늘, 어제, 그제, yesterday ...; 간밤 and 밤사이 span the night before publication."""
    word = _key(m.group("dw"))
    if word in ("간밤", "밤사이"):
        return _relative(lambda d: Written(day_fields(d - DAY), day_fields(d)))
    shift = _DAY_WORDS[word]
    return _relative(lambda d: Written(day_fields(d + shift * DAY)))


def _week(m: re.Match[str]) -> Spec:
    """지난주, 이번 주말, 다음 주 월요일, last week, this weekend."""
    weeks = _OFFSETS[_key(m.group("wk"))]
    weekend = bool(m.group("we"))
    weekday = m.groupdict().get("wd")

    def at(d: datetime.date) -> Written:
        if weekend and weeks < 0:
            saturday, sunday = weekend_before(d)
            return Written(day_fields(saturday), day_fields(sunday))
        monday, sunday = week_of(d + 7 * weeks * DAY)
        if weekday:
            return Written(day_fields(monday + _weekday(weekday) * DAY))
        if weekend:
            return Written(day_fields(sunday - DAY), day_fields(sunday))
        return Written(day_fields(monday), day_fields(sunday))

    return _relative(at)


def _weekday_form(m: re.Match[str]) -> Spec:
    """지난 금요일, 오는 월요일, last Friday, next Monday, and the English "on Friday"."""
    weekday = _weekday(m.group("wd"))
    direction = _key(m.group("dir") or "")
    if not direction:
        # AP style names the day alone for dates in the past week: the latest such day.
        name = m.group("wd")
        return _relative(
            lambda d: Written(day_fields(weekday_on_or_before(d, weekday, strictly=False))),
            f"a weekday alone, read as the latest {name} on or before publication",
        )
    if _OFFSETS[direction] < 0:
        return _relative(
            lambda d: Written(day_fields(weekday_on_or_before(d, weekday, strictly=True)))
        )
    if direction in ("이번", "this"):
        return _relative(lambda d: Written(day_fields(week_of(d)[0] + weekday * DAY)))
    return _relative(lambda d: Written(day_fields(weekday_after(d, weekday))))


def _ago(m: re.Match[str]) -> Spec:
    """three days ago, two weeks ago, a month ago, five years ago."""
    word = m.group("n").lower()
    count = int(word) if word.isdigit() else _NUMBERS[word]
    unit = m.group("u").lower()
    if unit == "year":
        return Spec(Kind.RELATIVE, Precision.YEAR, at=lambda d: Written(Fields(d.year - count)))
    if unit == "month":

        def months_ago(d: datetime.date) -> Written:
            return Written(Fields(*shift_month(d.year, d.month, -count)))

        return Spec(Kind.RELATIVE, Precision.MONTH, at=months_ago)
    if unit == "week":

        def weeks_ago(d: datetime.date) -> Written:
            monday, sunday = week_of(d - 7 * count * DAY)
            return Written(day_fields(monday), day_fields(sunday))

        return _relative(weeks_ago)
    return _relative(lambda d: Written(day_fields(d - count * DAY)))


def _unit(text: str) -> Precision:
    """The unit a count or an anaphoric word is in: 두 달 뒤 is months, 그해 a year."""
    if re.search("달|개월|month", text):
        return Precision.MONTH
    if re.search("년|해|year", text):
        return Precision.YEAR
    return Precision.DAY


def _event(m: re.Match[str]) -> Spec:
    """이틀 뒤, 1주일 만에, 그날, a day later, the next week: relative to another event."""
    return Spec(Kind.EVENT, _unit(m.group()), note=EVENT_NOTE)


def _event_part(m: re.Match[str]) -> Spec:
    """그해 7월, the following March: a month or day counted within another event's year."""
    has_day = re.search(r"[0-9]{1,2}(?:일|\b)$", m.group()) is not None
    return Spec(Kind.EVENT, Precision.DAY if has_day else Precision.MONTH, note=EVENT_NOTE)


def _korean_count(m: re.Match[str]) -> Spec:
    """A count of days, weeks ... with 뒤/후/만에/전; "며칠 전" alone counts from nobody knows."""
    vague = m.group("cnt").startswith(("며칠", "몇", "수"))
    if vague and m.group("rel") == "전":
        return _vague(m)
    return _event(m)


def _vague(m: re.Match[str]) -> Spec:
    """며칠 전, 얼마 전, a few weeks ago: no reader can date these."""
    return Spec(Kind.VAGUE, _unit(m.group()), note="too vague for a date")


def _weekday_alone(m: re.Match[str]) -> Spec:
    """A Korean weekday with nothing to say which week it is in."""
    # Korean news date by day number ("17일"); a bare 금요일 is as often a weekly habit
    # ("매주 일요일", "일요일 오전 6시에") as a day in the past week.
    return Spec(Kind.VAGUE, Precision.DAY, note="a weekday alone does not say which week")


_FORMS: tuple[tuple[str, Callable[[re.Match[str]], Spec]], ...] = (
    (
        rf"{_KSTART}(?P<dw>오늘(?!날)|금일|어젯밤|어제(?!오늘)|지난{_S}밤|간밤|밤{_S}사이"
        rf"|그저께|그제(?!서야|야)|내일){_KEND}",
        _day_word,
    ),
    (
        rf"\b(?P<dw>[Tt]oday|[Tt]onight|[Tt]his{_S1}morning|[Yy]esterday|[Ll]ast{_S1}night"
        rf"|[Tt]omorrow|[Tt]he{_S1}day{_S1}before{_S1}yesterday)\b",
        _day_word,
    ),
    (
        rf"{_KSTART}(?P<wk>지난|이번|다음|내){_S}주"
        rf"(?:(?P<we>{_S}말)|{_S}(?P<wd>[월화수목금토일])요일)?{_KEND}",
        _week,
    ),
    (
        rf"\b(?:(?:[Ee]arlier|[Ll]ater){_S1})?(?P<wk>[Ll]ast|[Tt]his|[Nn]ext){_S1}week"
        rf"(?P<we>end)?\b",
        _week,
    ),
    (rf"{_KSTART}(?P<dir>지난|오는|이번){_S}(?P<wd>[월화수목금토일])요일", _weekday_form),
    (
        rf"\b(?P<dir>[Ll]ast|[Nn]ext|[Tt]his{_S1}coming|[Tt]his|[Cc]oming){_S1}"
        rf"(?P<wd>{_WEEKDAY_EN})\b",
        _weekday_form,
    ),
    (rf"(?<!\bevery )(?<!\bBlack )(?<!\bCyber )\b(?P<dir>)(?P<wd>{_WEEKDAY_EN})\b", _weekday_form),
    (rf"\b(?P<n>{_NUMBER}){_S1}(?P<u>day|week|month|year)s?{_S1}ago\b", _ago),
    (
        rf"{_KSTART}(?<![0-9])(?P<cnt>하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|열흘|보름|며칠"
        rf"|일주일|한{_S}주|몇{_S}주|[한두세석몇]{_S}달|[0-9]{{1,3}}{_S}(?:일|주일|주|개월|달|년|시간))"
        rf"{_S}(?P<rel>뒤|후|만에|만인|이후|전|(?:이|가)?{_S}지나)",
        _korean_count,
    ),
    (
        rf"{_KSTART}(?:그{_S}날|이날|당일|같은{_S}날|전날|다음{_S}날|이튿날|그{_S}해|이듬해"
        rf"|다음{_S}해|전년|그{_S}주|그{_S}달){_KEND}",
        _event,
    ),
    # "그해 7월", "이듬해 3월 2일", "같은 달 21일": a month or day of a year or month named
    # elsewhere, so no more datable than the word it hangs on.
    (
        rf"{_KSTART}(?:그{_S}해|이듬해|다음{_S}해|같은{_S}해|전년){_S}[0-9]{{1,2}}월"
        rf"(?:{_S}[0-9]{{1,2}}일)?|{_KSTART}(?:그{_S}달|같은{_S}달){_S}[0-9]{{1,2}}일",
        _event_part,
    ),
    (
        rf"\b(?:[Tt]he{_S1}following|[Tt]hat|[Tt]he{_S1}same){_S1}{_MONTH_EN}"
        rf"(?:{_S1}[0-9]{{1,2}}\b)?",
        _event_part,
    ),
    (
        rf"\b(?:{_NUMBER}|[Aa]{_S1}few|[Ff]ew|[Ss]everal){_S1}(?P<u>hour|day|week|month|year)s?{_S1}"
        rf"(?:later|after(?:wards?)?|earlier|before)\b",
        _event,
    ),
    (rf"\b(?P<u>hour|day|week|month|year)s{_S1}later\b", _event),
    (
        rf"\b[Tt]he{_S1}(?:next|following|previous|preceding){_S1}"
        rf"(?P<u>day|morning|evening|night|week|weekend|month|year)\b",
        _event,
    ),
    (rf"\b[Tt]he{_S1}(?P<u>day){_S1}(?:before|after)\b", _event),
    (
        rf"\b(?:[Tt]hat|[Tt]he{_S1}same){_S1}"
        rf"(?P<u>day|morning|afternoon|evening|night|week|weekend|month|year)\b",
        _event,
    ),
    (rf"\b[Ww]ithin{_S1}(?:an?{_S1}(?:hour|day|week|month)|hours|days|weeks)\b", _event),
    (
        rf"{_KSTART}(?:몇{_S}(?:주|달|개월|년)|얼마|수일|수개월|수년){_S}전|{_KSTART}엊그제",
        _vague,
    ),
    (rf"\b(?:a{_S1}few|several|few|some){_S1}(?:days|weeks|months|years){_S1}ago\b", _vague),
    (rf"{_KSTART}[월화수목금토일]요일", _weekday_alone),
)

RELATIVE_FORMS: tuple[Form, ...] = tuple((re.compile(p), f) for p, f in _FORMS)
