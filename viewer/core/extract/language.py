"""A document's language: what its metadata says, else a guess from the script of its text."""

from __future__ import annotations

import re

__all__ = ["guess_language", "language_code"]

_TAG_RE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")
_SAMPLE = 200_000  # characters looked at: a guess from the script needs no more

_HANGUL_RE = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_KANA_RE = re.compile("[\u3040-\u30ff\u31f0-\u31ff]")
_HAN_RE = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]")
_WORD_RE = re.compile("[A-Za-z]+")
# Among the commonest English words; a Latin-script text with few of them is some other
# language, which this guess does not tell apart.
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "for",
        "it",
        "was",
        "on",
        "with",
        "as",
        "be",
        "by",
        "at",
        "from",
        "this",
        "are",
        "have",
        "an",
        "not",
    ]
)


def language_code(tag: str | None) -> str | None:
    """The ISO 639 code of a language tag ('ko-KR', 'en_US', 'KO' -> 'ko'), or None."""
    if not tag:
        return None
    match = _TAG_RE.fullmatch(tag.strip())
    return match.group(1).lower() if match else None


def guess_language(text: str) -> str | None:
    """'ko', 'ja', 'zh' or 'en' from the letters of `text`, or None when it cannot tell.

    Korean is told by Hangul and Japanese by kana, however much Han (hanja, kanji) the text
    also holds; a text of Han alone is taken as Chinese. Latin script is English only when the
    commonest English words make up a good part of it.
    """
    sample = text[:_SAMPLE]
    hangul = len(_HANGUL_RE.findall(sample))
    kana = len(_KANA_RE.findall(sample))
    han = len(_HAN_RE.findall(sample))
    latin = len(_LATIN_RE.findall(sample))
    letters = hangul + kana + han + latin
    if letters == 0:
        return None
    if hangul >= kana and (hangul + han) / letters >= 0.3 and hangul > 0:
        return "ko"
    if kana > 0 and (kana + han) / letters >= 0.3:
        return "ja"
    if han / letters >= 0.3:
        return "zh"
    if latin / letters >= 0.5:
        words = _WORD_RE.findall(sample)
        common = sum(1 for word in words if word.lower() in _ENGLISH)
        if words and common / len(words) >= 0.08:
            return "en"
    return None
