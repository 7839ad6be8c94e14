"""HTML fragments shared by the HTML page and the TimelineJS slides: an event's summary, its
quotes with their sources, and its notes.

Every data text is escaped with html.escape (quotes included, so it is safe in attributes
too); a URL becomes a link only when it is http, https or mailto, since anything else
(javascript:, data:, a relative path) could run code or point into the reader's machine.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from viewer.core.export.names import actor_names, citation, claims, kind_word
from viewer.core.export.words import word
from viewer.core.model import Event, Evidence, Timeline

_SAFE_SCHEMES = ("http", "https", "mailto")
# A language tag as BCP 47 writes it; anything else is not put in a lang attribute.
_LANG_TAG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
_DASH = "\u2014"


def esc(text: str) -> str:
    """Text escaped for HTML content and attribute values."""
    return html.escape(text, quote=True)


def esc_lines(text: str) -> str:
    """Text escaped for HTML, its line breaks kept as <br>; blank lines are dropped."""
    return "<br>".join(esc(line.strip()) for line in text.splitlines() if line.strip())


def safe_href(url: str) -> str | None:
    """The URL, escaped for an href, when it is absolute http(s) or mailto; otherwise None."""
    url = url.strip()
    # Browsers drop whitespace and controls inside a URL, so "java\tscript:" would still run.
    if not url or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. a malformed IPv6 host
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES:
        return None
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return None
    return esc(url)


def link_or_text(text: str, url: str | None) -> str:
    """Escaped text, linked to `url` when that is a safe link."""
    href = safe_href(url) if url else None
    return f'<a href="{href}">{esc(text)}</a>' if href else esc(text)


def lang_attr(tag: str | None) -> str:
    """` lang="..."` for a well-formed language tag, else nothing."""
    return f' lang="{esc(tag)}"' if tag and _LANG_TAG.fullmatch(tag) else ""


def event_meta(timeline: Timeline, event: Event, lang: str) -> str:
    """A line with the event's kind in words and the names of its actors."""
    meta = (
        f'{esc(word("kind", lang))}: <span class="kind">{esc(kind_word(event.kind, lang))}</span>'
    )
    names = actor_names(timeline, event, lang)
    if names:
        meta += f" · {esc(word('actors', lang))}: {esc(', '.join(names))}"
    return f'<p class="meta">{meta}</p>'


def event_body(timeline: Timeline, event: Event, lang: str) -> str:
    """The summary, each piece of evidence and the notes of an event, as HTML."""
    parts: list[str] = []
    summary = esc_lines(event.summary.get(lang))
    if summary:
        parts.append(f'<p class="summary">{summary}</p>')
    parts += [evidence_html(timeline, evidence, lang, event.date) for evidence in event.evidence]
    notes = esc_lines(event.notes.get(lang))
    if notes:
        label = esc(word("notes", lang))
        parts.append(f'<p class="notes"><strong>{label}:</strong> {notes}</p>')
    return "\n".join(parts)


def evidence_html(
    timeline: Timeline, evidence: Evidence, lang: str, event_date: str | None = None
) -> str:
    """A quote in a blockquote, its date quote if any, and the source it comes from."""
    source = timeline.sources_by_id.get(evidence.source)
    quote_lang = lang_attr(source.language if source else None)
    cited = link_or_text(citation(timeline, evidence.source, lang), source.url if source else None)
    parts = ['<figure class="evidence">']
    parts.append(f"<blockquote{quote_lang}><p>{esc_lines(evidence.quote)}</p></blockquote>")
    if evidence.date_quote and evidence.date_quote.strip():
        label = esc(word("date_stated_in", lang))
        parts.append(f'<p class="date-quote-label">{label}:</p>')
        parts.append(
            f'<blockquote class="date-quote"{quote_lang}><p>{esc_lines(evidence.date_quote)}</p>'
            "</blockquote>"
        )
    for label, said in claims(evidence, lang, event_date):
        caption = esc(word(label, lang))
        parts.append(f'<p class="claim"><strong>{caption}:</strong> {esc_lines(said)}</p>')
    parts.append(f"<figcaption>{_DASH} <cite>{cited}</cite></figcaption>")
    parts.append("</figure>")
    return "\n".join(parts)
