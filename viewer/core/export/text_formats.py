"""Every text export by name, as the bytes of its file: one place the command line and the
app both choose from."""

from __future__ import annotations

import json

from viewer.core.export.csv_export import CSV_ENCODING, evidence_to_csv, to_csv
from viewer.core.export.html import to_html
from viewer.core.export.markdown import to_markdown
from viewer.core.export.options import ExportOptions
from viewer.core.export.timeline_xml import to_timeline_xml
from viewer.core.export.timelinejs import to_timelinejs
from viewer.core.model import Timeline

__all__ = ["TEXT_FORMATS", "export_bytes"]

TEXT_FORMATS = ("markdown", "html", "csv", "csv-evidence", "timelinejs", "timeline")


def export_bytes(timeline: Timeline, options: ExportOptions, format: str) -> bytes:
    """The file of `format` (one of TEXT_FORMATS): UTF-8, and for CSV with the byte-order mark
    spreadsheet programs need to show Korean."""
    if format == "markdown":
        return to_markdown(timeline, options).encode("utf-8")
    if format == "html":
        return to_html(timeline, options).encode("utf-8")
    if format == "csv":
        return to_csv(timeline, options).encode(CSV_ENCODING)
    if format == "csv-evidence":
        return evidence_to_csv(timeline, options).encode(CSV_ENCODING)
    if format == "timelinejs":
        data = to_timelinejs(timeline, options)
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if format == "timeline":
        return to_timeline_xml(timeline, options).encode("utf-8")
    raise ValueError(f"no text export called {format!r}")
