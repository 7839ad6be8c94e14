"""Find the date expressions of a text: every form tried, the longest kept where they overlap."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from viewer.core.date_calendar import Written, range_start
from viewer.core.date_patterns import CALENDAR_FORMS, Kind, Spec
from viewer.core.date_relative import RELATIVE_FORMS

__all__ = ["Found", "scan"]

_FORMS = (*CALENDAR_FORMS, *RELATIVE_FORMS)
_HANDLERS = dict(_FORMS)
# "11월 17일부터 21일까지", "from Nov. 17 to Nov. 21", "between 2018 and 2019": one range.
_KO_GAP = re.compile(r"[ \t]*(?:부터|에서)[ \t]*")
_KO_CLOSE = re.compile(r"[ \t]*까지")
_EN_OPEN = re.compile(r"\b(?:[Ff]rom|[Bb]etween)[ \t]+$")
_EN_GAP = re.compile(r"[ \t]+(?:to|until|through|and)[ \t]+")


@dataclass(frozen=True)
class Found:
    """One expression in the text: where it is and what it says."""

    start: int
    end: int
    spec: Spec


def _joins(text: str, a: Found, b: Found) -> bool:
    """Whether a and b are the two ends of one range written out in words."""
    gap = text[a.end : b.start]
    if _KO_GAP.fullmatch(gap) and _KO_CLOSE.match(text, b.end):
        return True
    return bool(_EN_GAP.fullmatch(gap) and _EN_OPEN.search(text, max(0, a.start - 9), a.start))


def _plain(found: Found) -> Written | None:
    """The written date of a plain calendar point: no range, part or decade of its own."""
    w = found.spec.written
    if found.spec.kind is not Kind.DATE or w is None:
        return None
    return w if w.end is None and w.part is None and not w.decade else None


def _merge(text: str, found: list[Found]) -> list[Found]:
    """Join the ends of ranges written with 부터 ... 까지 or from ... to."""
    out: list[Found] = []
    for item in found:
        last = out[-1] if out else None
        a, b = (_plain(last), _plain(item)) if last else (None, None)
        if last and a and b and _joins(text, last, item):
            start = range_start(a.start, b.start)
            written = replace(a, start=start, end=b.start, approx=a.approx or b.approx)
            precision = max(last.spec.precision, item.spec.precision)
            out[-1] = Found(
                last.start, item.end, replace(last.spec, written=written, precision=precision)
            )
        else:
            out.append(item)
    return out


def scan(text: str, lo: int = 0, hi: int | None = None) -> list[Found]:
    """The expressions in text[lo:hi], in order, offsets relative to text."""
    hi = len(text) if hi is None else hi
    matches = sorted(
        (m for pattern, _ in _FORMS for m in pattern.finditer(text, lo, hi)),
        key=lambda m: (m.start(), -m.end()),
    )
    found: list[Found] = []
    end = lo
    for m in matches:
        if m.start() < end or m.end() == m.start():
            continue
        # A match that is no date (1850년, 13월) still takes its span, so that no shorter
        # form inside it ("11월") is read instead.
        end = m.end()
        spec = _HANDLERS[m.re](m)
        if spec is not None:
            found.append(Found(m.start(), m.end(), spec))
    return _merge(text, found)
