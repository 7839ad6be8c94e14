"""How often the date resolver and dateparser give a news sentence the date a reader gives it.

    python -m benchmarks.date_accuracy

The sentences are those of tests/core/date_sentences.py, each with its publication date and
the expected EDTF date (or none). A sentence is right when the date given is the expected one
(or both are none), missed when none is given where one is expected, and wrong otherwise.

dateparser (PyPI) is asked as its documentation suggests: `search_dates(text, languages=
['ko', 'en'], settings={'RELATIVE_BASE': <publication day>, 'PREFER_DATES_FROM': 'past'})`.
Its dates carry no precision, so each found phrase is parsed again with `DateDataParser` for
its period (year, month, day). Of several dates found in a sentence it is given the same
choice as the resolver, the most precise and then the last; "any" counts a sentence as right
when any date it found is the expected one. A publication date that is a range or a month is
given to it as its first day; with none, dateparser counts from today.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable

from tests.core.date_sentences import ROWS, Row
from viewer.core.date_resolver import suggest_events
from viewer.core.dates import DateError, parse_edtf

_FORMATS = {"year": "%Y", "month": "%Y-%m"}  # any other period (day, week, time) is a day
_PRECISION = {"year": 1, "month": 2}


def ours(row: Row) -> str | None:
    """The resolver's date for the row's sentence."""
    sentences = suggest_events(row.text, row.published)
    return sentences[0].date if sentences else None


def _base(published: str | None) -> datetime.datetime | None:
    """The first day of the publication date, for dateparser's RELATIVE_BASE."""
    try:
        earliest = parse_edtf(published).earliest if published else None
    except DateError:
        return None
    return datetime.datetime.combine(earliest, datetime.time()) if earliest else None


def _is_day(published: str) -> bool:
    """Whether a publication date is one known day."""
    try:
        date = parse_edtf(published)
    except DateError:
        return False
    return date.earliest is not None and date.earliest == date.latest


def dateparser_reader() -> Callable[[Row], tuple[str | None, list[str]]] | None:
    """dateparser's date for a row and every date it found, or None when it is not installed."""
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:
        return None

    def read(row: Row) -> tuple[str | None, list[str]]:
        settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
        base = _base(row.published)
        if base is not None:
            settings["RELATIVE_BASE"] = base
        found = search_dates(row.text, languages=["ko", "en"], settings=settings) or []
        parser = DateDataParser(languages=["ko", "en"], settings=settings)
        dated: list[tuple[int, str]] = []
        for phrase, value in found:
            period = parser.get_date_data(phrase).period or "day"
            text = value.strftime(_FORMATS.get(period, "%Y-%m-%d"))
            dated.append((_PRECISION.get(period, 3), text))
        if not dated:
            return None, []
        best = max(p for p, _ in dated)
        return [t for p, t in dated if p == best][-1], [t for _, t in dated]

    return read


def _timed(read: Callable[[Row], object]) -> tuple[dict[Row, object], float]:
    """read's answer for every row, and the mean time per row in milliseconds."""
    started = time.perf_counter()
    answers = {row: read(row) for row in ROWS}
    return answers, (time.perf_counter() - started) / len(ROWS) * 1000


def _score(name: str, dates: dict[Row, str | None], rows: tuple[Row, ...], ms: float) -> None:
    """Print how many of rows dates gets right, wrong and missed."""
    right = sum(dates[r] == r.date for r in rows)
    missed = sum(dates[r] is None and r.date is not None for r in rows)
    wrong = len(rows) - right - missed
    print(
        f"{name:<18} right {right:3d} ({right / len(rows):6.1%})  wrong {wrong:3d}  "
        f"missed {missed:3d}  {ms:6.2f} ms/sentence"
    )


def main() -> None:
    """Print the comparison table."""
    korean = tuple(r for r in ROWS if not r.text.isascii())
    english = tuple(r for r in ROWS if r.text.isascii())
    # dateparser cannot be told of a range, a month or no publication date: this subset
    # leaves out the rows where that could count against it.
    one_day = tuple(r for r in ROWS if r.published and _is_day(r.published))
    print(f"{len(ROWS)} sentences ({len(korean)} Korean, {len(english)} English), ", end="")
    print(f"{sum(r.date is None for r in ROWS)} of which a reader gives no date")
    resolver, resolver_ms = _timed(ours)
    read = dateparser_reader()
    if read is None:
        print("dateparser is not installed (pip install dateparser): only the resolver is run")
    else:
        found, theirs_ms = _timed(read)
        theirs = {r: found[r][0] for r in ROWS}
        any_date = {r: r.date if r.date in found[r][1] else found[r][0] for r in ROWS}
    groups = (("all", ROWS), ("Korean", korean), ("English", english))
    for label, rows in (*groups, ("published on a known day", one_day)):
        print(f"-- {label}")
        _score("resolver", resolver, rows, resolver_ms)
        if read is not None:
            _score("dateparser", theirs, rows, theirs_ms)
            _score("dateparser (any)", any_date, rows, theirs_ms)
    if read is not None:
        print("\nsome sentences dateparser gets wrong:")
        for row in [r for r in ROWS if theirs[r] != r.date][:15]:
            print(f"  {theirs[row]!s:>10} for {row.date!s:<22} {row.text[:50]}")


if __name__ == "__main__":
    main()
