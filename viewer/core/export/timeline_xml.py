"""A timeline as a Timeline (thetimelineproj) `.timeline` file, which Timeline 2.x opens.

- Each dated event is an <event>: its first and last day at 00:00:00 (Timeline's own days:
  an event of one day starts and ends on it), its title in the export's language as <text>,
  and as <description> its summary, every quote with its source, and its notes. A month or a
  year spans its first to its last day; an approximate or uncertain end is `fuzzy`; an open
  end `ends_today`, an open start starts on its end day with a fuzzy start.
- The kinds are the <categories> (Fact, Claim, ...) with the app's colours; each event is in
  its kind's.
- The periods are the <eras>, with their colours as Timeline's `r,g,b`.
- Undated events are left out: Timeline places every event at a time.
"""

from __future__ import annotations

import datetime
from xml.etree import ElementTree

from viewer.core.colours import KIND_COLOURS, PERIOD_COLOUR, UNKNOWN_KIND_COLOUR
from viewer.core.dates import EdtfDate
from viewer.core.export.names import citation, event_title, kind_word
from viewer.core.export.options import ExportOptions, selected_events
from viewer.core.model import EVENT_KINDS, Event, Period, Timeline

__all__ = ["to_timeline_xml"]

VERSION = "2.5.0"  # the file version written; Timeline 2.x reads it
_FONT_COLOUR = "0,0,0"


def to_timeline_xml(timeline: Timeline, options: ExportOptions) -> str:
    """The selected dated events and all periods as a `.timeline` document."""
    lang = options.lang
    selection = selected_events(timeline, options)
    root = ElementTree.Element("timeline")
    _add(root, "version", VERSION)
    _add(root, "timetype", "gregoriantime")
    eras = ElementTree.SubElement(root, "eras")
    for period in timeline.periods:
        _era(eras, period, lang, selection.dated)
    categories = ElementTree.SubElement(root, "categories")
    used = dict.fromkeys(event.kind for event in selection.dated)
    for kind in [k for k in EVENT_KINDS if k in used] + [k for k in used if k not in EVENT_KINDS]:
        category = ElementTree.SubElement(categories, "category")
        _add(category, "name", kind_word(kind, lang))
        _add(category, "color", _rgb(KIND_COLOURS.get(kind, UNKNOWN_KIND_COLOUR)))
        _add(category, "font_color", _FONT_COLOUR)
    events = ElementTree.SubElement(root, "events")
    for event in selection.dated:
        _event(events, timeline, event, lang)
    view = ElementTree.SubElement(root, "view")
    days = [day for event in selection.dated for day in _days(event.edtf)]  # type: ignore[arg-type]
    if days:
        shown = ElementTree.SubElement(view, "displayed_period")
        _add(shown, "start", _moment(min(days)))
        _add(shown, "end", _moment(max(days)))
    ElementTree.SubElement(view, "hidden_categories")
    ElementTree.indent(root, space="  ")
    body = ElementTree.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'


def _add(parent: ElementTree.Element, tag: str, text: str) -> ElementTree.Element:
    element = ElementTree.SubElement(parent, tag)
    element.text = text
    return element


def _moment(day: datetime.date) -> str:
    return f"{day.isoformat()} 00:00:00"


def _flag(value: bool) -> str:
    return "True" if value else "False"


def _days(date: EdtfDate) -> tuple[datetime.date, datetime.date]:
    """The first and last day Timeline gets: an open side takes the other's day."""
    first = date.earliest or date.latest
    last = date.latest or date.earliest
    assert first is not None and last is not None  # a date has at least one end
    return first, last


def _event(parent: ElementTree.Element, timeline: Timeline, event: Event, lang: str) -> None:
    date = event.edtf
    assert date is not None  # only dated events are written
    first, last = _days(date)
    element = ElementTree.SubElement(parent, "event")
    _add(element, "start", _moment(first))
    _add(element, "end", _moment(last))
    _add(element, "text", event_title(event, lang))
    start_fuzzy = bool(date.start and (date.start.approximate or date.start.uncertain))
    end_fuzzy = bool(date.end and (date.end.approximate or date.end.uncertain))
    _add(element, "fuzzy", _flag(start_fuzzy and end_fuzzy))
    _add(element, "fuzzy_start", _flag(start_fuzzy or date.open_start))
    _add(element, "fuzzy_end", _flag(end_fuzzy))
    _add(element, "locked", "False")
    _add(element, "ends_today", _flag(date.open_end))
    _add(element, "category", kind_word(event.kind, lang))
    description = _description(timeline, event, lang)
    if description:
        _add(element, "description", description)


def _description(timeline: Timeline, event: Event, lang: str) -> str:
    parts = [event.summary.get(lang)]
    for evidence in event.evidence:
        parts.append(f"“{evidence.quote}” — {citation(timeline, evidence.source, lang)}")
    parts.append(event.notes.get(lang))
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


def _era(parent: ElementTree.Element, period: Period, lang: str, dated: tuple[Event, ...]) -> None:
    date = period.edtf
    if date is None:
        return
    first, last = date.earliest, date.latest
    if first is None:  # an open start begins with the first event exported
        first = min((_days(e.edtf)[0] for e in dated if e.edtf), default=date.latest)
    element = ElementTree.SubElement(parent, "era")
    _add(element, "name", period.title.get(lang) or period.id)
    _add(element, "start", _moment(first))  # type: ignore[arg-type]
    _add(element, "end", _moment(last or first))  # type: ignore[arg-type]
    _add(element, "color", _rgb(period.colour))
    _add(element, "ends_today", _flag(date.open_end))


def _rgb(colour: str | None) -> str:
    """`#rrggbb` as Timeline's `r,g,b` (a period's default grey for none)."""
    if not colour or len(colour) != 7:
        colour = PERIOD_COLOUR
    return ",".join(str(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
