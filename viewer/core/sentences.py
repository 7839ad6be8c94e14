"""Where sentences end, in Korean and English news text: the spans quotes are matched in."""

from __future__ import annotations

import re

_CLOSERS = "\"'\u201d\u2019\u300d\u300f)]}\u300b\u3009"  # " ' ” ’ 」 』 ) ] } 》 〉
_TERMINATORS = ".?!\u3002\uff1f\uff01"  # . ? ! 。 ？ ！
END_CHARS = frozenset(_TERMINATORS + _CLOSERS)  # what the last character of a sentence may be
_C = re.escape(_CLOSERS)
# CJK terminators end a sentence even when no space follows (CJK text has none); Latin ones
# need whitespace or the end of the line after them, which also keeps "3.5" and "다.”라고" whole.
_BREAK_RE = re.compile(
    rf"[.?!]*[\u3002\uff1f\uff01][.?!\u3002\uff1f\uff01]*[{_C}]*|[.?!]+[{_C}]*(?=\s|$)"
)
_LINE_RE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
END_RE = re.compile(  # any one of END_CHARS
    f"[{re.escape(''.join(sorted(END_CHARS)))}]"
)
# Tokens before a "." that do not end a sentence: titles, company suffixes, months, and
# dotted forms such as U.S., e.g. and a.m.
_ABBREVIATION_RE = re.compile(
    r"(?i)(?:mrs?|ms|dr|prof|[sj]r|st|vs|gen|gov|sen|rep|lt|col|capt|sgt|inc|ltd|co|corp|dept"
    r"|approx|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|fig|vol)|[a-z](?:\.[a-z])+"
)
_OPENERS = "(\"'\u201c\u2018[\u300c\u300e\u300a\u3008"


def _is_abbreviation(line: str, dot: int) -> bool:
    """Whether the '.' at `dot` ends an abbreviation such as Mr., U.S. or e.g. ."""
    if dot == 0 or not (line[dot - 1].isascii() and line[dot - 1].isalpha()):
        return False
    begin = dot
    while begin > 0 and not line[begin - 1].isspace():
        begin -= 1
    token = line[begin:dot].lstrip(_OPENERS)
    if len(token) == 1:
        return token.isupper()  # an initial, as in "J. K. Rowling"
    return _ABBREVIATION_RE.fullmatch(token) is not None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of `text`, blanks trimmed, never across a line."""
    spans: list[tuple[int, int]] = []

    def add(lo: int, hi: int) -> None:
        piece = text[lo:hi]
        stripped = piece.strip()
        if stripped:
            lo += len(piece) - len(piece.lstrip())
            spans.append((lo, lo + len(stripped)))

    for line_match in _LINE_RE.finditer(text):
        offset = line_match.start()
        line = line_match.group()
        start = 0
        for m in _BREAK_RE.finditer(line):
            if m.group().rstrip(_CLOSERS) == "." and _is_abbreviation(line, m.start()):
                continue
            add(offset + start, offset + m.end())
            start = m.end()
        add(offset + start, offset + len(line))
    return spans
