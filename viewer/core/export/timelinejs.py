"""The chronology as TimelineJS 3 data: the JSON object its documentation describes
(https://timeline.knightlab.com/docs/json-format.html; in the NUKnightLab/TimelineJS3
repository, website/docs/json-format.njk).

Serialize the result with `json.dumps(data, ensure_ascii=False, indent=2)`.

How the timeline maps onto slides:

- Dates keep their precision: a date object has `year`, then `month` and `day` only where
  the EDTF has them, as numbers; TimelineJS picks its date format from the fields present.
- A closed interval has an `end_date` with the precision of its end. TimelineJS puts a date
  at its first moment, so a coarse end (`2015/2018`) is drawn up to the start of 2018.
- An open interval gets no `end_date`: `2024-09/..` is placed at its start, `../2015` at its
  end, the only day known. The slide's `display_date` ("Sep 2024 onward", "until 2015")
  says which; so it does for approximate and uncertain dates ("c. 2015", "Nov 17, 2023?"),
  which TimelineJS cannot express. Where the precision is coarser than a day, the EDTF text
  is also given at the top of the slide's text.
- `group` is the event's kind in words (Fact, Claim, ...), so that facts, claims, opinions
  and speculation run in separate rows; tags are too many and too uneven to be rows.
- `unique_id` is the event id where it is a safe HTML id (ASCII letters, digits, - and _,
  starting with a letter); otherwise, and for repeated ids, a safe slug of it plus a short
  hash of the original, so that the id stays the same from one export to the next. The
  title slide is `timeline-title`.
- Undated events (and those whose date is not understood) are left out, since every slide
  but the title needs a `start_date`; the title slide's text says how many. The events
  themselves are `selected_events(timeline, options).undated`.
- The periods become `eras` (a headline, a start and an end date, as TimelineJS asks for
  both); an open end ends at the first or last day of the events exported.

TimelineJS sanitizes `text.headline` and `text.text` as HTML; they are built here with every
data text escaped. It takes `display_date` and `group` as plain text: it strips markup from
them (decoding entities once) and then inserts them as HTML. So they are escaped twice, which
shows any <, > or & literally after that round trip. `autolink` is off because each source
is already linked where its URL is a safe one.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from viewer.core.dates import DatePoint
from viewer.core.export.html_parts import esc, event_body, event_meta
from viewer.core.export.names import date_label, event_title, kind_word
from viewer.core.export.options import ExportOptions, selected_events
from viewer.core.export.words import word
from viewer.core.model import Event, Timeline

TITLE_ID = "timeline-title"

_SAFE_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9_-]+")


def to_timelinejs(timeline: Timeline, options: ExportOptions) -> dict[str, Any]:
    """The selected dated events as a TimelineJS 3 object with a title slide and `events`."""
    lang = options.lang
    selection = selected_events(timeline, options)
    used = {TITLE_ID}
    events = [
        _slide(timeline, event, lang, _unique_id(event.id, used)) for event in selection.dated
    ]
    intro = []
    if selection.description:
        intro.append(f"<p>{esc(selection.description)}</p>")
    if selection.undated:
        intro.append(f"<p>{esc(word('left_out', lang).format(count=len(selection.undated)))}</p>")
    title = {
        "text": {
            "headline": esc(timeline.title.get(lang) or word("timeline", lang)),
            "text": "\n".join(intro),
        },
        "unique_id": TITLE_ID,
    }
    data: dict[str, Any] = {"title": title, "events": events}
    eras = _eras(timeline, selection.dated, lang)
    if eras:
        data["eras"] = eras
    return data


def _eras(timeline: Timeline, dated: tuple[Event, ...], lang: str) -> list[dict[str, Any]]:
    """The periods as TimelineJS eras. An era needs both ends: an open one ends at the first
    or last of the events exported (a period with nothing to end at is left out)."""
    points = [
        point for event in dated if event.edtf for point in (event.edtf.start, event.edtf.end)
    ]
    present = [point for point in points if point is not None]
    first = min(present, key=lambda point: point.earliest, default=None)
    last = max(present, key=lambda point: point.latest, default=None)
    eras = []
    for period in timeline.periods:
        date = period.edtf
        if date is None:
            continue
        start, end = date.start or first, date.end or last
        if start is None or end is None or end.latest < start.earliest:
            continue
        eras.append(
            {
                "start_date": _date_object(start),
                "end_date": _date_object(end),
                "text": {"headline": esc(period.title.get(lang) or period.id)},
            }
        )
    return eras


def _date_object(point: DatePoint) -> dict[str, int]:
    """A TimelineJS date object with the fields the point has: year, month, day."""
    fields = {"year": point.year, "month": point.month, "day": point.day}
    return {key: value for key, value in fields.items() if value is not None}


def _slide(timeline: Timeline, event: Event, lang: str, unique_id: str) -> dict[str, Any]:
    date = event.edtf
    assert date is not None  # only dated events become slides
    label = date_label(event, lang)
    assert label is not None
    start = date.start or date.end  # an open start is placed at the end, the day known
    assert start is not None
    slide: dict[str, Any] = {"start_date": _date_object(start)}
    if date.is_interval and date.start and date.end:
        slide["end_date"] = _date_object(date.end)
    parts = []
    if label.edtf:
        parts.append(f'<p class="edtf">{esc(word("edtf", lang))}: {esc(label.edtf)}</p>')
    parts += [event_meta(timeline, event, lang), event_body(timeline, event, lang)]
    slide["display_date"] = _plain(label.human)
    slide["text"] = {
        "headline": esc(event_title(event, lang)),
        "text": "\n".join(p for p in parts if p),
    }
    group = kind_word(event.kind, lang)
    if group:
        slide["group"] = _plain(group)
    slide["unique_id"] = unique_id
    slide["autolink"] = False
    return slide


def _plain(text: str) -> str:
    """Text for a field TimelineJS strips of markup and then shows as HTML: escaped twice."""
    return esc(esc(text))


def _unique_id(event_id: str, used: set[str]) -> str:
    """A safe, unused HTML id for the event; `used` gets it."""
    candidate = event_id
    if not _SAFE_ID.fullmatch(event_id) or event_id in used:
        slug = _UNSAFE_RUN.sub("-", event_id).strip("-")
        if not slug[:1].isalpha():
            slug = f"event-{slug}".rstrip("-")
        digest = hashlib.sha1(
            event_id.encode("utf-8", "surrogatepass"), usedforsecurity=False
        ).hexdigest()[:8]
        candidate = f"{slug}-{digest}"
    unique, number = candidate, 1
    while unique in used:  # the same id again, or a slug that happens to collide
        number += 1
        unique = f"{candidate}-{number}"
    used.add(unique)
    return unique
