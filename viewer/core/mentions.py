"""Where a text mentions an actor: any of its spellings, as a word of its own."""

from __future__ import annotations

import re
from collections.abc import Iterable

from viewer.core.anchoring import nfc
from viewer.core.model import Actor

__all__ = ["mention_spans", "mentions", "names_in"]

_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_HANGUL = "\uac00-\ud7a3"
# What may follow a Korean name inside the same word: case particles, the copula and a few
# suffixes of reference (측, 씨, 들). Anything else makes the name part of a longer word:
# 애플이 and 애플의 name Apple, 애플리케이션 does not.
_KOREAN_ENDINGS = (
    "에게서|으로서|으로써|이라고|이라는|이었다|이었고|입니다|이에요|이예요|"
    "에게|한테|께서|에서|으로|처럼|보다|마저|조차|까지|부터|이나|이랑|이며|이고|이다|이라|이란|"
    "이야|이자|이었|였다|였고|라는|라고|과의|와의|에는|에도|에선|"
    "이|가|은|는|을|를|의|에|와|과|도|로|만|나|랑|며|고|야|여|측|씨|들|님|사|등"
)


def _words(spellings: Iterable[str]) -> list[str]:
    return sorted({" ".join(nfc(s).split()) for s in spellings} - {""}, key=len, reverse=True)


def _body(word: str) -> str:
    # Any run of whitespace may separate the words of a name (a line may break inside it).
    return r"\s+".join(re.escape(token) for token in word.split(" "))


def _pattern(spellings: Iterable[str]) -> re.Pattern[str] | None:
    words = _words(spellings)
    if not words:
        return None
    parts = []
    for word in words:
        body = _body(word)
        # Latin names must not match inside longer words ("Al" in "Also").
        if _ASCII_WORD.match(word[0]):
            body = r"(?<![A-Za-z0-9])" + body
        if _ASCII_WORD.match(word[-1]):
            body += r"(?![A-Za-z0-9])"
        elif re.match(f"[{_HANGUL}]", word[-1]):
            body += f"(?=(?:{_KOREAN_ENDINGS})|[^{_HANGUL}]|$)"
        parts.append(body)
    return re.compile("|".join(parts), re.IGNORECASE)


def mention_spans(
    text: str,
    spellings: Iterable[str],
    not_mentions: Iterable[str] = (),
    lo: int = 0,
    hi: int | None = None,
) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of every spelling in `text` (in text[lo:hi], as the whole
    text reads there), ignoring case, longest first; none inside one of `not_mentions`."""
    pattern = _pattern(spellings)
    if pattern is None:
        return []
    hi = len(text) if hi is None else min(hi, len(text))
    spans = [match.span() for match in pattern.finditer(text, lo, hi)]
    excluded = _words(not_mentions)
    if not excluded or not spans:
        return spans
    # An exclusion is found wherever it is written, even inside a longer word of its own.
    pattern = re.compile("|".join(_body(word) for word in excluded), re.IGNORECASE)
    reach = max(map(len, excluded))  # an exclusion around an edge still blocks
    blocked = [m.span() for m in pattern.finditer(text, max(0, lo - reach), hi + reach)]
    return [s for s in spans if not any(a <= s[0] and s[1] <= z for a, z in blocked)]


def mentions(text: str, actor: Actor, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Where `text` (or text[lo:hi]) mentions `actor`."""
    return mention_spans(text, actor.spellings, actor.not_mentions, lo, hi)


def names_in(text: str, actors: Iterable[Actor]) -> tuple[str, ...]:
    """The ids of the actors `text` mentions, in the order given."""
    return tuple(actor.id for actor in actors if mentions(text, actor))
