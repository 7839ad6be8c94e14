"""Exporting a timeline as text, in the core (plain Python, no Qt): one module per format.

    to_markdown(timeline, options) -> str          # a publishable chronology (CommonMark)
    to_html(timeline, options) -> str              # one self-contained printable page
    to_csv(timeline, options) -> str               # one row per event
    evidence_to_csv(timeline, options) -> str      # one row per quote; write_csv(text, path)
    to_timelinejs(timeline, options) -> dict       # TimelineJS 3 data, for json.dumps
    to_timeline_xml(timeline, options) -> str      # a .timeline file for Timeline 2.x

`ExportOptions(lang, actor_ids, actor_mode, date_from, date_to, kinds, …)` picks the language
and the events (the app's filter: `ExportOptions.following(filter, lang)`);
`selected_events(timeline, options)` gives them as every format shows them. The
fixed words of the exports are in `words`, the texts shown for records in `names`.
"""

from __future__ import annotations

from viewer.core.export.csv_export import CSV_ENCODING, evidence_to_csv, to_csv, write_csv
from viewer.core.export.html import to_html
from viewer.core.export.markdown import to_markdown
from viewer.core.export.options import (
    ExportOptions,
    SelectedEvents,
    selected_events,
    unknown_values,
)
from viewer.core.export.text_formats import TEXT_FORMATS, export_bytes
from viewer.core.export.timelinejs import to_timelinejs

__all__ = [
    "CSV_ENCODING",
    "TEXT_FORMATS",
    "ExportOptions",
    "SelectedEvents",
    "evidence_to_csv",
    "export_bytes",
    "selected_events",
    "to_csv",
    "to_html",
    "to_markdown",
    "to_timelinejs",
    "unknown_values",
    "write_csv",
]
