"""The chronology report, as litigation teams file one: a title page, then a table of events
with their date, title, kind, actors and supporting quotes with their sources.

Written as the plain HTML (tables, no CSS layout) that a rich-text engine such as Qt's lays
out into numbered pages; the page size and numbers are the printer's business.
"""

from __future__ import annotations

import datetime

from viewer.core.export.html_parts import esc, esc_lines
from viewer.core.export.names import (
    actor_names,
    citation,
    cited_sources,
    date_label,
    event_title,
    kind_word,
    source_label,
    written_date,
)
from viewer.core.export.options import ExportOptions, selected_events
from viewer.core.export.words import word
from viewer.core.model import Event, Timeline

__all__ = ["to_report_html"]

_STYLE = (
    "body { font-family: 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif;"
    " font-size: 9pt; }"
    " h1 { font-size: 22pt; } h2 { font-size: 13pt; }"
    " th { background-color: #e8e8e8; text-align: left; }"
    " td, th { padding: 4px; vertical-align: top; }"
    " .quote { font-style: italic; } .cite { color: #555555; }"
)


def to_report_html(
    timeline: Timeline, options: ExportOptions, today: datetime.date | None = None
) -> str:
    """The report as one HTML document, in `options.lang`; `today` is the date it says it was
    made on (today by default)."""
    lang = options.lang
    selected = selected_events(timeline, options)
    events = selected.events
    title = timeline.title.get(lang) or word("chronology", lang)
    made = (today or datetime.date.today()).isoformat()
    counts = word("report.counts", lang).format(
        events=len(events), sources=len(cited_sources(timeline, events))
    )
    parts = [
        f'<html><head><meta charset="utf-8"><style>{_STYLE}</style></head><body>',
        f"<p>{esc(word('report', lang))}</p><h1>{esc(title)}</h1>",
    ]
    if selected.description:
        parts.append(f"<p>{esc(selected.description)}</p>")
    parts.append(f"<p>{esc(counts)}<br>{esc(word('report.made', lang).format(day=made))}</p>")
    parts.append(f"<h2>{esc(word('sources', lang))}</h2><ol>")
    for source_id, _source in cited_sources(timeline, events):
        parts.append(f"<li>{esc(citation(timeline, source_id, lang))}</li>")
    parts.append("</ol>")
    heads = (word("date", lang), word("event", lang), word("evidence", lang))
    # the table starts on a page of its own: the first page is the title page
    parts.append(
        '<table width="100%" border="1" cellspacing="0" cellpadding="4"'
        ' style="page-break-before: always">'
    )
    parts.append(
        "<thead><tr>"
        + "".join(
            f'<th width="{w}%">{esc(h)}</th>' for w, h in zip((15, 30, 55), heads, strict=True)
        )
        + "</tr></thead>"
    )
    parts += [_row(timeline, event, lang) for event in events]
    parts.append("</table></body></html>")
    return "\n".join(parts)


def _row(timeline: Timeline, event: Event, lang: str) -> str:
    label = date_label(event, lang)
    if label is not None:
        date = esc(label.human) + (f"<br>({esc(label.edtf)})" if label.edtf else "")
    else:
        date = esc(written_date(event) or word("undated", lang))
    about = f"<b>{esc(event_title(event, lang))}</b><br>{esc(kind_word(event.kind, lang))}"
    names = actor_names(timeline, event, lang)
    if names:
        about += f"<br>{esc(', '.join(names))}"
    quotes = []
    for evidence in event.evidence:
        source = timeline.sources_by_id.get(evidence.source)
        cited = source_label(source, evidence.source, lang)
        quotes.append(
            f'<p><span class="quote">“{esc_lines(evidence.quote)}”</span><br>'
            f'<span class="cite">— {esc(cited)}</span></p>'
        )
    return f"<tr><td>{date}</td><td>{about}</td><td>{''.join(quotes)}</td></tr>"
