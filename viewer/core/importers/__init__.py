"""Importing timelines made with other tools: plain Python, no Qt.

    import_file(path, format=None, mapping=None) -> ImportReport   # or raises ImportFailed
    write_import(report, folder) -> Path                           # a new timeline folder

Formats: TimelineJS 3 JSON (`timelinejs-json`) and its Google Sheets template saved as CSV
(`timelinejs-csv`), the `.timeline` files of the desktop program Timeline (`timeline-xml`),
and any CSV table whose rows are events (`csv`, with a mapping {field: column} or one guessed
from its header). Each module's docstring says how its format maps to the timeline's. Nothing
is dropped silently: what cannot be mapped is kept as an extra key of its record or named in a
warning located in the input (`ImportReport.problems`); input that cannot be read at all
raises ImportFailed, with the line where that is known, before anything is written.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Mapping
from pathlib import Path

from viewer.core.extract.encoding import NotText, decode_text
from viewer.core.importers import csv_table, timeline_xml, timelinejs_csv, timelinejs_json
from viewer.core.importers.building import MAX_EVENTS
from viewer.core.importers.csv_columns import FIELDS, guess_mapping
from viewer.core.importers.csv_reading import header_of
from viewer.core.importers.report import ImportFailed, ImportLog, ImportReport
from viewer.core.importers.writing import write_import
from viewer.core.validation import NotRegularFile, TooLarge, read_regular_file

__all__ = [
    "FIELDS",
    "FORMATS",
    "MAX_EVENTS",
    "MAX_INPUT_BYTES",
    "ImportFailed",
    "ImportReport",
    "detect_format",
    "guess_mapping",
    "import_file",
    "sniff",
    "write_import",
]

MAX_INPUT_BYTES = 64 * 2**20
_IMPORTERS: dict[str, Callable[[bytes, str], ImportReport]] = {
    timelinejs_json.FORMAT: timelinejs_json.import_timelinejs_json,
    timelinejs_csv.FORMAT: timelinejs_csv.import_timelinejs_csv,
    timeline_xml.FORMAT: timeline_xml.import_timeline_xml,
    csv_table.FORMAT: csv_table.import_csv_table,
}
FORMATS = tuple(_IMPORTERS)
_BY_SUFFIX = {
    ".json": timelinejs_json.FORMAT,
    ".timeline": timeline_xml.FORMAT,
    ".xml": timeline_xml.FORMAT,
}
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def detect_format(path: Path, data: bytes) -> str:
    """The format of a file, one of FORMATS: by its suffix (.json, .timeline, .xml), else by
    what it starts with (`{`, `<`), else a CSV whose header tells the TimelineJS template from
    any other table."""
    by_suffix = _BY_SUFFIX.get(Path(path).suffix.lower())
    if by_suffix:
        return by_suffix
    try:
        text = decode_text(data).text.lstrip("\ufeff \t\r\n")
    except NotText:
        return csv_table.FORMAT  # whose reader says what the file is instead
    if text.startswith(("{", "[")):
        return timelinejs_json.FORMAT
    if text.startswith("<"):
        return timeline_xml.FORMAT
    if timelinejs_csv.looks_like_timelinejs(header_of(text)):
        return timelinejs_csv.FORMAT
    return csv_table.FORMAT


def _read(path: Path, log: ImportLog) -> bytes:
    try:
        data = read_regular_file(path, MAX_INPUT_BYTES)
    except TooLarge:
        raise log.failure(
            f"the file is larger than {MAX_INPUT_BYTES // 2**20} MB, the most an import reads"
        ) from None
    except NotRegularFile:
        raise log.failure("the file is not a regular file (a device, pipe or socket)") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise log.failure(f"cannot read the file: {reason}") from None
    content = data
    for bom in _BOMS:
        content = content.removeprefix(bom)
    if not content.strip():
        raise log.failure("the file is empty")
    return data


def sniff(path: str | Path) -> tuple[str, list[str]]:
    """The format of the file at `path` and, for a CSV table, the names in its header (for a
    mapping dialog); raises ImportFailed as `import_file` does."""
    path = Path(path)
    data = _read(path, ImportLog(str(path)))
    chosen = detect_format(path, data)
    if chosen != csv_table.FORMAT:
        return chosen, []
    try:
        return chosen, header_of(decode_text(data).text)
    except NotText:
        return chosen, []


def import_file(
    path: str | Path, *, format: str | None = None, mapping: Mapping[str, str] | None = None
) -> ImportReport:
    """The timeline in the file at `path`, in `format` (one of FORMATS; detected when None);
    `mapping` {field: column} is for the `csv` format. Raises ImportFailed for a file that
    cannot be imported (over 64 MB, empty, not text, malformed, unsafe XML, of another kind),
    and ValueError for an unknown format or a mapping given for another format."""
    path = Path(path)
    if format is not None and format not in _IMPORTERS:
        raise ValueError(f"unknown format {format!r}; the formats are {', '.join(FORMATS)}")
    data = _read(path, ImportLog(str(path)))
    chosen = format or detect_format(path, data)
    if mapping is not None and chosen != csv_table.FORMAT:
        raise ValueError(f"a mapping is for the {csv_table.FORMAT} format, not {chosen}")
    if chosen == csv_table.FORMAT:
        return csv_table.import_csv_table(data, str(path), mapping)
    return _IMPORTERS[chosen](data, str(path))
