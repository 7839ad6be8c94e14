"""The chronology as one self-contained, printable HTML5 page.

The page has its CSS inline (with print rules) and nothing else: no scripts, no fonts, images
or style sheets from elsewhere, so it opens the same offline and years later. Its content
follows the Markdown export: events in time order, the undated ones, then the sources.
"""

from __future__ import annotations

from viewer.core.export.html_parts import esc, event_body, event_meta, lang_attr, link_or_text
from viewer.core.export.names import (
    cited_sources,
    date_label,
    event_title,
    period_entries,
    source_fields,
    source_label,
    written_date,
)
from viewer.core.export.options import ExportOptions, selected_events
from viewer.core.export.words import word
from viewer.core.model import EVENT_KINDS, Event, Source, Timeline

_KOREAN_FONTS = '"Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic"'
# Quotes are Korean even in an English export, so the Latin stack falls back to Korean fonts.
_CSS = f"""
body {{ font-family: "Segoe UI", Helvetica, Arial, {_KOREAN_FONTS}, sans-serif;
  max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; color: #1b1b1b; }}
:lang(ko) {{ font-family: {_KOREAN_FONTS}, sans-serif; word-break: keep-all; }}
h1 {{ font-size: 1.8rem; margin-bottom: 0.2rem; }}
h2 {{ border-bottom: 1px solid #ccc; margin-top: 2.5rem; }}
h3 {{ font-size: 1.1rem; margin-bottom: 0.3rem; }}
.filter {{ color: #555; font-style: italic; }}
.date {{ color: #245; }}
.edtf, .meta, .date-quote-label, figcaption {{ color: #555; font-size: 0.9rem; }}
.event {{ margin-bottom: 1.8rem; }}
.kind {{ font-weight: 600; }}
.kind-claim .kind {{ color: #7a4b00; }}
.kind-opinion .kind {{ color: #5a2d82; }}
.kind-speculation .kind {{ color: #9b1c1c; }}
figure.evidence {{ margin: 0.8rem 0; }}
blockquote {{ margin: 0; padding: 0.1rem 0.9rem; border-left: 3px solid #9ab;
  background: #f5f7f9; }}
blockquote.date-quote {{ border-left-color: #6a6; background: #f4f8f4; }}
blockquote p {{ margin: 0.3rem 0; }}
.date-quote-label {{ margin: 0.4rem 0 0.1rem 0; }}
.claim {{ margin: 0.3rem 0 0.1rem 0; color: #b71c1c; font-size: 0.9rem; }}
.notes {{ background: #fff8e6; border-left: 3px solid #e0b040; padding: 0.3rem 0.9rem; }}
dl {{ display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; }}
dt {{ color: #555; }}
dd {{ margin: 0; overflow-wrap: anywhere; }}
@media print {{
  body {{ max-width: none; margin: 0; font-size: 10.5pt; color: #000; }}
  h2, h3 {{ break-after: avoid; }}
  .event, figure.evidence, .source {{ break-inside: avoid; }}
  blockquote, .notes {{ background: none; }}
  a {{ color: inherit; text-decoration: none; }}
  .source a[href]::after {{ content: " <" attr(href) ">"; font-size: 0.85em; }}
}}
"""


def to_html(timeline: Timeline, options: ExportOptions) -> str:
    """The selected events as an HTML5 document, ending with the sources they cite."""
    lang = options.lang
    selection = selected_events(timeline, options)
    title = timeline.title.get(lang) or word("timeline", lang)
    body = [f"<header>\n<h1>{esc(title)}</h1>"]
    if selection.description:
        body.append(f'<p class="filter">{esc(selection.description)}</p>')
    body.append("</header>\n<main>")
    periods = period_entries(timeline, lang)
    if periods:
        items = "".join(
            f'<li><span class="date">{esc(when)}</span> \u2014 {esc(what)}</li>'
            for when, what in periods
        )
        body.append(
            f'<section class="periods">\n<h2>{esc(word("periods", lang))}</h2>\n<ul>{items}</ul>'
            "\n</section>"
        )
    body.append(f'<section class="chronology">\n<h2>{esc(word("chronology", lang))}</h2>')
    if not selection.dated:
        body.append(f"<p>{esc(word('no_events', lang))}</p>")
    body += [_event(timeline, event, lang) for event in selection.dated]
    body.append("</section>")
    if selection.undated:
        body.append(f'<section class="undated">\n<h2>{esc(word("undated", lang))}</h2>')
        body += [_event(timeline, event, lang) for event in selection.undated]
        body.append("</section>")
    sources = cited_sources(timeline, selection.events)
    if sources:
        body.append(f'<section class="sources">\n<h2>{esc(word("sources", lang))}</h2>')
        body += [_source(source_id, source, lang) for source_id, source in sources]
        body.append("</section>")
    body.append("</main>")
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _event(timeline: Timeline, event: Event, lang: str) -> str:
    # Only the known kinds become a class: an odd kind must not inject class names.
    kind_class = f" kind-{event.kind}" if event.kind in EVENT_KINDS else ""
    heading = esc(event_title(event, lang))
    label = date_label(event, lang)
    if label:
        edtf = f' <span class="edtf">({esc(label.edtf)})</span>' if label.edtf else ""
        heading = f'<span class="date">{esc(label.human)}</span>{edtf} \u2014 {heading}'
    parts = [f'<article class="event{kind_class}">', f"<h3>{heading}</h3>"]
    unparsed = written_date(event)
    if unparsed:
        shown = f"{esc(word('date_not_understood', lang))}: {esc(unparsed)}"
        parts.append(f'<p class="date-unknown">{shown}</p>')
    parts.append(event_meta(timeline, event, lang))
    body = event_body(timeline, event, lang)
    if body:
        parts.append(body)
    parts.append("</article>")
    return "\n".join(parts)


def _source(source_id: str, source: Source | None, lang: str) -> str:
    heading = esc(source_label(source, source_id, lang))
    rows = [(word("id", lang), esc(source_id))]
    if source is None:
        rows.append(("", esc(word("source_not_listed", lang))))
    else:
        for field, label, value in source_fields(source, lang):
            rows.append((label, link_or_text(value, value) if field == "url" else esc(value)))
    items = "\n".join(f"<dt>{esc(label)}</dt><dd>{value}</dd>" for label, value in rows)
    # The title is in the source's language; the labels around it are in the export's.
    title_lang = lang_attr(source.language if source else None)
    return (
        f'<article class="source">\n<h3{title_lang}>{heading}</h3>\n'
        f"<dl>\n{items}\n</dl>\n</article>"
    )
