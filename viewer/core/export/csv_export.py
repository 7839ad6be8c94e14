"""The events, and their evidence, as CSV tables for spreadsheets.

The text is what the csv module writes (RFC 4180: comma-separated, quoted where needed,
CRLF line ends). Write it with `write_csv`, or yourself in CSV_ENCODING ("utf-8-sig", UTF-8
with a byte-order mark, without which Excel reads Korean as mojibake) and with newline=""
so the CRLFs are kept.

Formula injection: a spreadsheet runs a cell that starts with =, +, - or @ (and, in some, a
tab or carriage return) as a formula, which a quote from a web page could abuse. As OWASP
advises, such a cell is prefixed with a single quote ('), which spreadsheets show as text;
so a quote "- 2015년 ..." appears as "'- 2015년 ...". Every cell gets the guard, the header
included.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from viewer.core.export.names import written_date
from viewer.core.export.options import ExportOptions, selected_events
from viewer.core.model import Event, Timeline

CSV_ENCODING = "utf-8-sig"

EVENT_COLUMNS = (
    "id",
    "edtf",
    "earliest",
    "latest",
    "precision",
    "title_en",
    "title_ko",
    "kind",
    "actors",
    "tags",
    "sources",
    "first_quote",
)
EVIDENCE_COLUMNS = ("event_id", "date", "source", "quote", "date_quote")

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A list in one cell; spreadsheets split it on request. Ids and tags seldom hold a semicolon.
_LIST_SEPARATOR = ";"


def to_csv(timeline: Timeline, options: ExportOptions) -> str:
    """One row per selected event (dated ones in time order, then undated), EVENT_COLUMNS.

    earliest and latest are YYYY-MM-DD, empty where the date is open or missing; precision is
    year, month or day; lists are separated by semicolons; titles are the exact text written
    in each language. `options.lang` does not change the table, only which events it holds.
    """
    rows = [_event_row(event) for event in selected_events(timeline, options).events]
    return _write(EVENT_COLUMNS, rows)


def evidence_to_csv(timeline: Timeline, options: ExportOptions) -> str:
    """One row per quote of the selected events, in the same order, EVIDENCE_COLUMNS."""
    rows = [
        (event.id, _date_text(event), evidence.source, evidence.quote, evidence.date_quote or "")
        for event in selected_events(timeline, options).events
        for evidence in event.evidence
    ]
    return _write(EVIDENCE_COLUMNS, rows)


def write_csv(text: str, path: str | Path) -> None:
    """Write CSV text made here to `path` as UTF-8 with a byte-order mark, CRLFs kept."""
    Path(path).write_text(text, encoding=CSV_ENCODING, newline="")


def guard_cell(value: str) -> str:
    """The cell as a spreadsheet will show it as text, not run it as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _event_row(event: Event) -> tuple[str, ...]:
    date = event.edtf
    earliest = date.earliest if date else None
    latest = date.latest if date else None
    return (
        event.id,
        _date_text(event),
        earliest.isoformat() if earliest else "",
        latest.isoformat() if latest else "",
        date.precision.name.lower() if date else "",
        event.title.exact("en") or "",
        event.title.exact("ko") or "",
        event.kind,
        _LIST_SEPARATOR.join(event.actors),
        _LIST_SEPARATOR.join(event.tags),
        _LIST_SEPARATOR.join(dict.fromkeys(evidence.source for evidence in event.evidence)),
        event.evidence[0].quote if event.evidence else "",
    )


def _date_text(event: Event) -> str:
    """The EDTF text, or the date as written when it is not understood."""
    return event.edtf.text if event.edtf else (written_date(event) or "")


def _write(header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    for row in (header, *rows):
        writer.writerow([guard_cell(cell) for cell in row])
    return out.getvalue()
