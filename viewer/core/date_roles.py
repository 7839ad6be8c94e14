"""The role of a date in its sentence, and the sentence's tense.

Background: a date inside parentheses, in a genitive ("2010년의 영화"), in a Korean adnominal
clause ("2015년 설립된 오픈AI", "2019년 입사한 직원들") or an English relative clause ("Altman,
who was fired on Friday, ...") describes something the sentence mentions, not what it
reports; so does the date of a report ("...합의했다고 오픈AI가 22일 밝혔다"). An adnominal
clause whose noun is the predicate ("2025년 5월에 출간한 책입니다") is not background.

Governing: of the other dates the most specific wins, then the last: Korean puts the main
verb last, and an English relative clause, which most often puts a date between the main
verb and the end, is background already.

Framing: a year alone lends its year to a month-day of its sentence only when it frames
the whole sentence ("2023년에는 ...", "In 2023, ...").

Tense: the past tense of a Korean predicate shows in a syllable ending in ㅆ (했다, 됐다,
밝혔습니다); the future in 예정, 계획, 전망 or "-ㄹ 것"; English in will, plans to, was, -ed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from viewer.core.dates import Precision

__all__ = ["frames_sentence", "governing", "is_background", "tense"]

# Endings of a Korean adnominal verb form: 설립된, 입사한, 뜨거웠던, 열린, 세운, 나온, 마친, 보낸.
# Two syllables at least, so that nouns such as 한 (one) are not taken for verbs; a few
# one-syllable verbs are listed whole.
_ADNOMINAL = re.compile(r"[가-힣]+(?:된|한|던|난|린|운|온|친|낸)$|^(?:쓴|산|낸|온|간|된|난|본|준)$")
# A clause ends at a final or connective ending, and a topic (은/는) starts the main clause.
_CLAUSE_END = re.compile(r"(?:다|요|죠|까|고|며|면|서|지만|는데|은데|니다|은|는)$")
_RELATIVE_EN = re.compile(r"\s*(?:who|which|whom|whose)\b")
_OPEN, _CLOSE = "([（［", ")]）］"
_QUOTES = "\"'“”‘’「」『』"
# A noun with a copula ends the sentence: "캐런 하오가 2025년 5월에 출간한 책입니다" is about
# the publishing, so the clause is the predicate, not a modifier.
_COPULA = re.compile(r"(?:입니다|이다|였다|이었다|인데|이며|이고|이라)[.!?]*$")
# "...합의했다고 오픈AI가 22일 밝혔다": the day of the report, not of what it reports.
_QUOTATIVE = re.compile(r"[다라]고\s")
_REPORT = re.compile(
    r"^(?:밝혔|발표했|전했|말했|보도했|설명했|알렸|덧붙였|강조했)(?:다|습니다)[.!?\"'”’]*$"
)
_FUTURE_KO = re.compile(r"예정|계획|전망|방침|[을할될일] 것")
_FUTURE_EN = re.compile(
    r"\b(?:will|won't|shall|plans? to|(?:is|are) (?:set|expected|scheduled|due|going) to)\b"
)
_PAST_EN = re.compile(r"\b(?:was|were|had|did|said|met|left|led|made|took|came|held|\w{3,}ed)\b")
_SS = "있없겠"  # syllables with a final ㅆ that are not the past tense
# "2023년에는 ..." and a leading "In 2023, ..." set the year for the whole sentence.
_FRAME_KO = re.compile(r"(?:에는|엔)")
_FRAME_EN = re.compile(r"(?:[-•*]\s*)?(?:[Ii]n\s*)?")  # after a list bullet too


_WINDOW = 300  # characters either side of an expression that its role is read from


class _Dated(Protocol):
    """What the choice of a sentence's date looks at."""

    @property
    def precision(self) -> Precision: ...
    @property
    def background(self) -> bool: ...


def is_background(sentence: str, start: int, end: int) -> bool:
    """Whether the expression at sentence[start:end] describes something in the sentence."""
    # What decides it stands near the expression; looking at a window keeps a sentence of
    # thousands of dates (a list, a table flattened to one line) linear, not quadratic.
    before = sentence[max(0, start - _WINDOW) : start]
    if sum(map(before.count, _OPEN)) > sum(map(before.count, _CLOSE)):
        return True
    after = sentence[end : end + _WINDOW]
    if after.startswith("의"):
        return True
    if _RELATIVE_EN.match(re.split(r"[,;(—]", before)[-1]):
        return True
    words = after.split()
    for i, raw in enumerate(words[:8]):
        if _REPORT.match(raw.strip(_QUOTES)) and _QUOTATIVE.search(before):
            return True
        if raw[-1] in ",;:.!?":
            return False  # the clause ends with the expression's own predicate or noun
        word = raw.strip(_QUOTES)
        if _ADNOMINAL.search(word):
            # A noun follows, which the verb modifies, unless that noun is the predicate.
            return i + 1 < len(words) and not _COPULA.search(words[i + 1])
        if _CLAUSE_END.search(word):
            return False
    return False


def _past_ko(word: str) -> bool:
    """Whether a Korean predicate is in the past tense: a syllable ending in ㅆ (했, 었, 졌)."""
    return any("가" <= c <= "힣" and (ord(c) - 0xAC00) % 28 == 20 and c not in _SS for c in word)


@functools.lru_cache(maxsize=64)  # asked for every date of a sentence: once per sentence
def tense(sentence: str) -> int:
    """-1 when the sentence speaks of the past, 1 of the future, 0 when it does not say."""
    words = re.findall(r"[가-힣]+", sentence)
    if words:
        if _FUTURE_KO.search(sentence):
            return 1
        return -1 if _past_ko(words[-1]) else 0
    if _FUTURE_EN.search(sentence):
        return 1
    return -1 if _PAST_EN.search(sentence) else 0


def frames_sentence(sentence: str, start: int, end: int) -> bool:
    """Whether a year alone at sentence[start:end] sets the year of the whole sentence."""
    if _FRAME_KO.match(sentence, end):
        return True
    leading = sentence[:start].strip()
    return sentence[end : end + 1] == "," and _FRAME_EN.fullmatch(leading) is not None


_T = TypeVar("_T", bound=_Dated)


def governing(expressions: Sequence[_T]) -> tuple[_T, str]:
    """The expression whose date is the sentence's, and why it was chosen.

    Background dates count only when there is nothing else. Then the most specific date wins
    (a day over a month over a year: "2015년 ... 11월 17일 해임" is dated by the day), and
    among equally specific ones the last, nearest the Korean main verb.
    """
    pool = [e for e in expressions if not e.background] or list(expressions)
    best = max(e.precision for e in pool)
    top = [e for e in pool if e.precision == best]
    chosen = top[-1]
    if len(expressions) == 1:
        return chosen, "the only date expression in the sentence"
    reasons = []
    if len(pool) < len(expressions):
        reasons.append("the others are background (in a modifier or parentheses)")
    elif all(e.background for e in expressions):
        reasons.append("every date is background; the sentence names no other")
    if len(top) < len(pool):
        reasons.append(f"the most specific ({best.name.lower()})")
    if len(top) > 1:
        reasons.append("the last of equally specific dates, nearest the main verb")
    return chosen, "; ".join(reasons) or "the only candidate"
