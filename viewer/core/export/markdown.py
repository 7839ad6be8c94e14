"""The chronology as Markdown (CommonMark): headings per event, quotes as blockquotes.

Every text from the timeline is escaped, so that a title such as `*x*`, `<script>` or
`[a](b)` prints as written instead of becoming emphasis, HTML or a link; line breaks inside
a text are kept as hard line breaks.
"""

from __future__ import annotations

import re

from viewer.core.export.names import (
    actor_names,
    citation,
    cited_sources,
    claims,
    date_label,
    event_title,
    kind_word,
    period_entries,
    source_fields,
    source_label,
    written_date,
)
from viewer.core.export.options import ExportOptions, selected_events
from viewer.core.export.words import word
from viewer.core.model import Event, Evidence, Source, Timeline

# Characters that can start inline markup anywhere in a line (GFM adds ~ and |; & starts an
# entity reference). CommonMark lets a backslash escape any ASCII punctuation.
_INLINE = re.compile(r"([\\`*_\[\]<>#|~&])")
# At the start of a line: a bullet, a setext underline or an ordered-list number.
_BLOCK_START = re.compile(r"^([-+=])")
_ORDERED_START = re.compile(r"^([0-9]{1,9})([.)])")
_DASH = "\u2014"


def to_markdown(timeline: Timeline, options: ExportOptions) -> str:
    """The selected events as a Markdown chronology, ending with the sources they cite."""
    lang = options.lang
    selection = selected_events(timeline, options)
    blocks = [f"# {escape_line(timeline.title.get(lang) or word('timeline', lang))}"]
    if selection.description:
        blocks.append(f"*{escape_line(selection.description)}*")
    periods = period_entries(timeline, lang)
    if periods:
        blocks.append(f"## {word('periods', lang)}")
        blocks.append(
            "\n".join(f"- **{escape_line(when)}**: {escape_line(what)}" for when, what in periods)
        )
    blocks.append(f"## {word('chronology', lang)}")
    if not selection.dated:
        blocks.append(word("no_events", lang))
    blocks += [_event(timeline, event, lang) for event in selection.dated]
    if selection.undated:
        blocks.append(f"## {word('undated', lang)}")
        blocks += [_event(timeline, event, lang) for event in selection.undated]
    sources = cited_sources(timeline, selection.events)
    if sources:
        blocks.append(f"## {word('sources', lang)}")
        blocks += [_source(source_id, source, lang) for source_id, source in sources]
    return "\n\n".join(blocks) + "\n"


def escape_line(text: str) -> str:
    """Data text as one line of literal Markdown: whitespace runs, line breaks too, become one
    space (a heading or list item cannot span lines)."""
    return _escape(" ".join(text.split()))


def escape_lines(text: str) -> str:
    """Data text as literal Markdown keeping its lines, joined by hard line breaks; blank lines
    are dropped, since they would end the paragraph or blockquote the text is in."""
    lines = [_escape(line.strip()) for line in text.splitlines() if line.strip()]
    return "\\\n".join(lines)


def _escape(line: str) -> str:
    line = _INLINE.sub(r"\\\1", line)
    line = _BLOCK_START.sub(r"\\\1", line)
    return _ORDERED_START.sub(r"\1\\\2", line)


def _event(timeline: Timeline, event: Event, lang: str) -> str:
    title = escape_line(event_title(event, lang))
    label = date_label(event, lang)
    if label:
        shown = label.human + (f" ({label.edtf})" if label.edtf else "")
        title = f"{escape_line(shown)} {_DASH} {title}"
    meta = [f"**{word('kind', lang)}:** {escape_line(kind_word(event.kind, lang))}"]
    names = actor_names(timeline, event, lang)
    if names:
        meta.append(f"**{word('actors', lang)}:** {escape_line(', '.join(names))}")
    blocks = [f"### {title}"]
    unparsed = written_date(event)
    if unparsed:
        blocks.append(f"**{word('date_not_understood', lang)}:** {escape_line(unparsed)}")
    blocks.append(" · ".join(meta))
    summary = escape_lines(event.summary.get(lang))
    if summary:
        blocks.append(summary)
    blocks += [_evidence(timeline, evidence, lang, event.date) for evidence in event.evidence]
    notes = escape_lines(event.notes.get(lang))
    if notes:
        blocks.append(f"**{word('notes', lang)}:** {notes}")
    return "\n\n".join(blocks)


def _evidence(timeline: Timeline, evidence: Evidence, lang: str, event_date: str | None) -> str:
    parts = [
        escape_lines(evidence.quote),
        f"{_DASH} {escape_line(citation(timeline, evidence.source, lang))}",
    ]
    date_quote = escape_lines(evidence.date_quote or "")
    if date_quote:
        parts.append(f"*{word('date_stated_in', lang)}:* {date_quote}")
    for label, said in claims(evidence, lang, event_date):
        parts.append(f"*{word(label, lang)}:* {escape_lines(said)}")
    return "\n>\n".join(_quoted(part) for part in parts if part)


def _quoted(block: str) -> str:
    return "\n".join(f"> {line}" for line in block.split("\n"))


def _source(source_id: str, source: Source | None, lang: str) -> str:
    lines = [f"### {escape_line(source_label(source, source_id, lang))}", ""]
    lines.append(f"- {word('id', lang)}: {escape_line(source_id)}")
    if source is None:
        lines.append(f"- {escape_line(word('source_not_listed', lang))}")
    else:
        lines += [
            f"- {label}: {escape_line(value)}" for _, label, value in source_fields(source, lang)
        ]
    return "\n".join(lines)
