"""Tell a typo from a change of meaning between a quote and the passage it approximately matches.

A changed number, date or negation moves a fuzzy score by a point or two, no more than a
misspelt name does, so the score alone cannot say which one happened. This module compares
what the two texts say: the numbers and dates in them, their negations, and each word that
differs, told apart from a slip inside a word, spacing, punctuation or a particle.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

from viewer.core.anchoring import Anchor, MatchKind, SourceText, nfc, normalize
from viewer.core.sentences import END_CHARS

__all__ = [
    "MeaningChange",
    "describe_changes",
    "meaning_changes",
    "meaning_changes_at",
    "passage_span",
]

ChangeKind = Literal["number", "date", "negation", "word"]

_SHOWN = 40  # characters of a differing piece shown in a message
_WIDEN = 20  # characters a fuzzy passage is widened by, at most, at each end to whole words
_TAIL_WORDS = 3  # words a passage is extended by to end the sentence, as its quote does

# -- numbers and dates ---------------------------------------------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?\b"
_DATE_PART = (
    r"\d{1,4}\s?[년월일]"  # 2023년, 11월, 17일
    r"|[월화수목금토일]요일"
    rf"|{_MONTH}(?:\s{_DAY_NUMBER})?(?:,?\s\d{{4}}\b)?"
    rf"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s{_DAY_NUMBER}(?:,?\s\d{{4}}\b)?"
    rf"|{_DAY_NUMBER}\s{_MONTH}(?:\s\d{{4}}\b)?"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|\d{4}-\d{1,2}-\d{1,2}\b|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\b"
    r"|어제|오늘|내일|그저께|그제|모레|\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)\b"
)
# Korean counted with native numerals: 세 명, 두 차례, 몇 곳. A counter must end its word or be
# followed by a particle, so that 한 대학 (a university) is not "one 대".
_NATIVE = r"한|두|세|네|다섯|여섯|일곱|여덟|아홉|열한|열두|열|스무|스물|서른|마흔|쉰|몇"
_COUNTER = r"명|사람|개|번|차례|가지|곳|군데|달|해|살|시간|마리|권|대|채|척|건|장|배|쌍|분"
_AFTER_COUNTER = r"(?:(?![가-힣])|(?=[이은는을를의에도만과와째씩간여]))"
_ENGLISH_NUMBER = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half"
    r"|first|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"  # not "second", mostly time
)
_MAGNITUDE = r"(?:\s(?:hundred|thousand|million|billion|trillion|bn)\b)*"
_UNIT = (
    r"(?:\s?(?:%|퍼센트|프로|포인트|개국|개월|명|개|번|차례|건|곳|살|세|배|위|등|층|회|차|호|표"
    r"|석|대|척|마리|권|장|가지|시간|시|분|초|주|달러|원|유로|엔|위안|파운드|톤)"
    r"|\s(?:percent|per cent|points?|people|dollars|euros|votes|times)\b)?"
)
_NUMBER = (
    r"(?:[$€£¥₩]\s?)?"
    r"(?:\d+(?:[.,]\d+)*(?:\s?[십백천만억조]+)?"  # 3, 1,000, 3.5, 3천만
    r"|수[십백천만억]+"  # 수십, 수백만
    rf"|(?<![가-힣])(?:{_NATIVE})\s?(?:{_COUNTER}){_AFTER_COUNTER}"
    rf"|(?i:\b(?:{_ENGLISH_NUMBER})\b))"
    rf"{_MAGNITUDE}여?{_UNIT}"
)
_ITEM_RE = re.compile(rf"(?P<date>(?:{_DATE_PART})(?:,?\s?(?:{_DATE_PART}))*)|{_NUMBER}")
_UNIT_SYNONYMS = re.compile(r"퍼센트|프로|percent")
_NON_KEY = re.compile(r"[\s,]|\.(?!\d)")


@dataclass(frozen=True, slots=True)
class _Item:
    """A number or a date expression, and what it says once its spelling is set aside."""

    start: int
    end: int
    text: str
    key: str
    is_date: bool


def _items(text: str) -> list[_Item]:
    items: list[_Item] = []
    for m in _ITEM_RE.finditer(text):
        # 1,000 and 1000, "27 percent" and "27%", "Nov. 17" and "Nov 17" say the same
        key = _UNIT_SYNONYMS.sub("%", _NON_KEY.sub("", m.group().casefold()))
        items.append(_Item(m.start(), m.end(), m.group(), key, m.group("date") is not None))
    return items


# -- words --------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    word: str  # casefolded


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group().casefold()) for m in _TOKEN_RE.finditer(text)]


_KO_NEGATION = re.compile(r"않|없(?!애)|아니|아닌|아닐|아님|아닙|아냐")
_EN_NEGATION = frozenset(
    {"not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor"}
    | {"without", "cannot"}
)
# Prefixes that negate the rest of a word (공개/비공개, 가능/불가능, likely/unlikely), with the
# length the rest must have for the prefix not to be the start of an unrelated word.
_NEGATING_PREFIXES = (("안", 1), ("못", 1), ("불", 2), ("비", 2), ("무", 2), ("미", 2))
_EN_NEGATING_PREFIXES = (("un", 4), ("non", 3))
# Particles and endings that replace one another without changing what is said (그는/그가,
# 했다/했고). 도 (also), 만 (only), 까지 and 부터 are left out: they do change it.
_GRAMMAR = frozenset(
    {"은", "는", "이", "가", "께서", "을", "를", "의", "에", "에서", "에게", "께", "한테", "로"}
    | {"으로", "와", "과", "랑", "이랑", "라고", "이라고", "라", "이라", "야", "이야", "나", "이나"}
    | {"고", "며", "면", "서", "지", "게", "다", "요", "죠", "니"}
)
_ARTICLES = frozenset({"a", "an", "the"})
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3


def _negations(tokens: list[_Token]) -> Counter[str]:
    found: Counter[str] = Counter()
    for token in tokens:
        word = token.word
        if word in ("안", "못"):
            found[word] += 1
        elif word in _EN_NEGATION or word.endswith("n't"):
            found["not"] += 1  # didn't and did not, cannot and can not say the same
        else:
            found.update("아니" if m[0] == "아" else m for m in _KO_NEGATION.findall(word))
    return found


def _prefix_negates(a: str, b: str) -> bool:
    """Whether one word is the other negated by a prefix: 했다/안했다, 유죄/무죄, able/unable."""
    if len(a) > len(b):
        a, b = b, a
    prefixes = _NEGATING_PREFIXES if _has_hangul(b) else _EN_NEGATING_PREFIXES
    if any(b == p + a and len(a) >= rest for p, rest in prefixes):
        return True
    return len(a) == len(b) >= 2 and {a[0], b[0]} == {"유", "무"} and a[1:] == b[1:]


def _has_hangul(word: str) -> bool:
    return any(_HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST for ch in word)


def _affixes(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common start and of the common end that follows it."""
    size = min(len(a), len(b))
    p = 0
    while p < size and a[p] == b[p]:
        p += 1
    s = 0
    while s < size - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, s


def _jamo(syllable: str) -> tuple[int, int, int] | None:
    code = ord(syllable) - _HANGUL_FIRST
    if not 0 <= code <= _HANGUL_LAST - _HANGUL_FIRST:
        return None
    return code // 588, code // 28 % 21, code % 28


def _slip(x: str, y: str) -> int:
    """How many letters syllable `y` changes of `x` as a slip would: one letter (먼/만, 샘/쌤),
    or the vowel and final after the same first consonant (했/한); 3 for any other change."""
    jx, jy = _jamo(x), _jamo(y)
    if jx is None or jy is None:
        return 1 if jx is None and jy is None else 3  # a Latin letter or digit for another
    differ = sum(i != j for i, j in zip(jx, jy, strict=True))
    return differ if differ <= 1 or (differ == 2 and jx[0] == jy[0]) else 3


def _korean_unrelated(a: str, b: str) -> bool:
    p, s = _affixes(a, b)
    ca, cb = a[p : len(a) - s], b[p : len(b) - s]
    if not ca or not cb:
        return False  # a particle, an ending or a letter added
    if s == 0 and p > 0 and ca in _GRAMMAR and cb in _GRAMMAR:
        return False
    if len(ca) != len(cb):  # 했/하였, 됐/되었 are one word written short and long
        return not _contraction(ca, cb)
    # a slip changes a letter or two (올트먼/알트만); 일을/아예 changes four
    return sum(_slip(x, y) for x, y in zip(ca, cb, strict=True) if x != y) > 2


def _contraction(a: str, b: str) -> bool:
    """Whether syllables `a` and `b` differ as a contracted and a full form do: the same first
    letter, and three letters at most changed."""
    from rapidfuzz.distance import Levenshtein

    ja, jb = unicodedata.normalize("NFD", a), unicodedata.normalize("NFD", b)
    return ja[0] == jb[0] and Levenshtein.distance(ja, jb) <= 3


def _latin_unrelated(a: str, b: str) -> bool:
    from rapidfuzz.distance import Levenshtein

    p, s = _affixes(a, b)
    if p + s == min(len(a), len(b)):
        return False  # letters added: Altman/Altmann, color/colour
    distance = Levenshtein.distance(a, b)
    # The same start with a slip or an inflection (receive/recieve, says/said); one wrong letter
    # in a longer word. Changes at the start of a word (increase/decrease) are not slips.
    return not ((p > 0 and distance <= 2) or (distance <= 1 and min(len(a), len(b)) >= 4))


def _unrelated(a: str, b: str) -> bool:
    """Whether word `b` replaces word `a` rather than spelling it another way."""
    if a == b or a in _ARTICLES or b in _ARTICLES:
        return False
    if _has_hangul(a) or _has_hangul(b):
        return _korean_unrelated(a, b)
    return _latin_unrelated(a, b)


# -- the comparison -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeaningChange:
    """One thing the source says otherwise than the quote: `quote_part` became `source_part`
    (either is empty when the piece was added or removed)."""

    kind: ChangeKind
    quote_part: str
    source_part: str

    def describe(self) -> str:
        """One line of English, such as `"27%" became "49%"`."""
        quote, source = _short(self.quote_part), _short(self.source_part)
        if not source:
            return f'"{quote}" is not in the source'
        if not quote:
            return f'the source adds "{source}"'
        return f'"{quote}" became "{source}"'


def _short(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def describe_changes(changes: tuple[MeaningChange, ...], limit: int = 3) -> str:
    """The first `limit` changes described, separated by commas, and how many more there are."""
    shown = ", ".join(change.describe() for change in changes[:limit])
    more = len(changes) - limit
    return f"{shown} and {more} more" if more > 0 else shown


def meaning_changes_at(anchor: Anchor, quote: str, text: SourceText) -> tuple[MeaningChange, ...]:
    """How the passage a fuzzy `anchor` found in `text` differs in meaning from `quote`; none
    for other anchors, which match the quote up to spacing and quote marks."""
    if anchor.kind is not MatchKind.FUZZY:
        return ()
    start, end = passage_span(anchor, quote, text)
    return meaning_changes(quote, text.text[start:end])


def passage_span(anchor: Anchor, quote: str, text: SourceText) -> tuple[int, int]:
    """The stretch of `text` a fuzzy anchor's quote stands for: the anchor's span widened to
    whole words and, when the quote ends a sentence that ends a few words further in the
    source, to that end. Other anchors keep their span."""
    start, end = anchor.start, anchor.end
    if anchor.kind is not MatchKind.FUZZY:
        return start, end
    # The best-scoring window leaves out what the source adds at its ends, since that lowers
    # the score; yet 발표[하지 않았다.] for 발표했다. is the very difference that matters.
    source = text.text
    lo, hi = max(0, start - _WIDEN), min(len(source), end + _WIDEN)
    while start > lo and not source[start - 1].isspace():
        start -= 1
    while end < hi and not source[end].isspace():
        end += 1
    ending = quote.rstrip()[-1:]
    if ending and ending in END_CHARS and source[end - 1] not in END_CHARS:
        sentence = text.sentence_at(end)
        if sentence is not None and len(source[end : sentence[1]].split()) <= _TAIL_WORDS:
            end = sentence[1]
    return start, end


# A check after each edit asks again about every fuzzy quote, whose passages stay the same.
@lru_cache(maxsize=4096)
def meaning_changes(quote: str, found: str) -> tuple[MeaningChange, ...]:
    """What `found`, the passage a quote approximately matched, says otherwise than `quote`:
    numbers and dates changed, added or removed, a negation added or removed, and words
    replaced by unrelated ones. Spacing, punctuation, quote marks, particles and slips inside a
    word are not changes of meaning."""
    q, s = normalize(nfc(quote)), normalize(nfc(found))
    if q == s:
        return ()
    qitems, sitems = _items(q), _items(s)
    changes = _item_changes(qitems, sitems)
    changes += _word_changes(q, s, qitems, sitems)
    changes.sort(key=lambda placed: placed[0])  # in the order the quote says them
    return tuple(change for _, change in changes)


def _item_changes(qitems: list[_Item], sitems: list[_Item]) -> list[tuple[int, MeaningChange]]:
    """Numbers and dates that differ, each placed by its offset in the quote."""
    out: list[tuple[int, MeaningChange]] = []
    matcher = SequenceMatcher(None, [i.key for i in qitems], [i.key for i in sitems], False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            a = qitems[i1 + k] if i1 + k < i2 else None
            b = sitems[j1 + k] if j1 + k < j2 else None
            is_date = any(item is not None and item.is_date for item in (a, b))
            place = a.start if a is not None else (qitems[i1 - 1].end if i1 else 0)
            change = MeaningChange(
                "date" if is_date else "number", a.text if a else "", b.text if b else ""
            )
            out.append((place, change))
    return out


def _word_changes(
    q: str, s: str, qitems: list[_Item], sitems: list[_Item]
) -> list[tuple[int, MeaningChange]]:
    """Negations and replaced words in the stretches of words that differ."""
    qt, st = _tokens(q), _tokens(s)
    out: list[tuple[int, MeaningChange]] = []
    matcher = SequenceMatcher(None, [t.word for t in qt], [t.word for t in st], False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        qs, ss = qt[i1:i2], st[j1:j2]
        if tag == "equal" or _joined(qs) == _joined(ss):  # the same words, spaced otherwise
            continue
        place = qt[i1].start if i1 < len(qt) else len(q)
        if _negations(qs) != _negations(ss):
            # an added or removed negation is shown with the word it negates, which follows it
            # (안 갔다, not happy) or, at the end, comes before it (did not)
            if not (qs and ss) and i2 < len(qt) and j2 < len(st):
                qs, ss = qt[i1 : i2 + 1], st[j1 : j2 + 1]
            elif not (qs and ss) and i1 and j1:
                qs, ss = qt[i1 - 1 : i2], st[j1 - 1 : j2]
            out.append((place, MeaningChange("negation", _span(q, qs), _span(s, ss))))
            continue
        # numbers and dates were compared on their own
        qs = [t for t in qs if not _overlaps(t, qitems)]
        ss = [t for t in ss if not _overlaps(t, sitems)]
        if not qs or not ss:
            continue  # words only added or removed: a quote may leave some out
        if len(qs) == len(ss):
            pairs = [([a], [b]) for a, b in zip(qs, ss, strict=True)]
        else:
            pairs = [(qs, ss)]
        for a, b in pairs:
            kind: ChangeKind | None = None
            if _prefix_negates(_joined(a), _joined(b)):
                kind = "negation"
            elif _unrelated(_joined(a), _joined(b)):
                kind = "word"
            if kind is not None:
                out.append((a[0].start, MeaningChange(kind, _span(q, a), _span(s, b))))
    return out


def _joined(tokens: list[_Token]) -> str:
    return "".join(t.word for t in tokens)


def _span(text: str, tokens: list[_Token]) -> str:
    return text[tokens[0].start : tokens[-1].end] if tokens else ""


def _overlaps(token: _Token, items: list[_Item]) -> bool:
    return any(item.start < token.end and token.start < item.end for item in items)
