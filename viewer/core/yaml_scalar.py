"""One value as a single-line YAML scalar that reads back as the same value, to YAML 1.1
readers (PyYAML) and YAML 1.2 readers alike."""

from __future__ import annotations

import datetime
import functools
import math
import re
from typing import Any

from viewer.core.yaml_tree import Verbatim

# A plain scalar must not start with an indicator, must not hold a sequence YAML reads as
# structure, and must not read back as another type (YAML 1.1 booleans, nulls, numbers, dates).
_FIRST = (
    r"[^\s\-?:,\[\]{}#&*!|>'\"%@`\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]"
)
_REST = r"[^:#\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]"
_PLAIN = re.compile(rf"{_FIRST}(?:{_REST}*(?<=\S))?\Z")
_PLAIN_IN_FLOW = re.compile(r"[^,\[\]{}]*\Z")
_OTHER_TYPE = re.compile(
    r"(?i:y|yes|n|no|true|false|on|off|null|~)\Z"
    r"|[-+]?(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][-+]?[0-9]+)?\Z"
    r"|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)\Z"
    r"|0[box][0-9a-fA-F_]+\Z|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?\Z"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
)
# Inside double quotes: what YAML does not allow in a stream at all (C0 and C1 controls, lone
# surrogates, U+FFFE/FFFF), what it reads as a line break, the byte-order mark, and the two
# characters the quotes themselves need escaped.
_ESCAPED = re.compile(
    '[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|["\\\\\u2028\u2029\ufeff]'
)
_SHORT_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", '"': '\\"', "\\": "\\\\", "\x00": "\\0"}


def scalar(value: Any, *, flow: bool = False, force_quotes: bool = False) -> str:
    """One value as a single-line YAML scalar that reads back as the same value."""
    if type(value) is str:
        return _text(value, flow, force_quotes)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)  # an int subclass's own repr might not be YAML
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, Verbatim):
        return str.__str__(value)  # a number too long to convert, kept as it was written
    if isinstance(value, datetime.date):  # a datetime is a date too
        return value.isoformat()
    return _text(str(value), flow, force_quotes)


@functools.lru_cache(maxsize=2**12)  # keys, ids, kinds and dates repeat in a large timeline
def _text(text: str, flow: bool, force_quotes: bool) -> str:
    if (
        not force_quotes
        and _PLAIN.match(text)
        and not _OTHER_TYPE.match(text)
        and (not flow or _PLAIN_IN_FLOW.match(text))
    ):
        return text
    return '"' + _ESCAPED.sub(_escape, text) + '"'


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        # a lone surrogate (only a broken UTF-16 paste makes one): no YAML reader accepts it,
        # even escaped, so it becomes the replacement character, as in any UTF-8 text
        return "\ufffd"
    if code <= 0xFF:
        return f"\\x{code:02X}"
    return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"


def _float(value: float) -> str:
    """A float as YAML 1.1 reads a float: `.inf`, `.nan`, and a dot in every exponent form."""
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value)
    if "." not in text and "e" in text:
        text = text.replace("e", ".0e")  # 1e+20 would read back as text
    return text
