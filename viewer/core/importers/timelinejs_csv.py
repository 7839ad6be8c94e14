"""The TimelineJS Google Sheets template, exported as CSV.

Its columns (https://timeline.knightlab.com/docs/using-spreadsheets.html; in the
NUKnightLab/TimelineJS3 repository, the template src/template/my-own-timeline.csv and the
reader src/js/core/ConfigFactory.js) are Year, Month, Day, Time, End Year, End Month, End Day,
End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
Type, Group and Background, and Alt Text since December 2024. Names are matched with case and
surrounding spaces ignored, in any order; any other column is kept as an extra key named as
its header. Each row is made the slide TimelineJS makes of it, which then maps as a JSON slide
does (`timelinejs_slides`): the first row of Type `title` is the title slide, a row of Type
`era` an era. Warnings name the row as a spreadsheet numbers it (the header is row 1) and the
line it starts on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from viewer.core.dates import DateError
from viewer.core.importers.building import TIMELINE_RESERVED, EventCollector, Extras
from viewer.core.importers.csv_reading import column_key, read_table, split_row
from viewer.core.importers.date_parts import time_text
from viewer.core.importers.report import ImportLog, ImportReport, shown
from viewer.core.importers.timelinejs_slides import SlideReader, Where
from viewer.core.model import EMPTY_TEXT

__all__ = ["COLUMNS", "FORMAT", "import_timelinejs_csv", "looks_like_timelinejs"]

FORMAT = "timelinejs-csv"
COLUMNS = (
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
    "Alt Text",
)
_KNOWN = frozenset(column_key(name) for name in (*COLUMNS, "Tag"))  # Tag: the old Group
_MEDIA = {"media": "url", "media credit": "credit", "media caption": "caption"}
_MEDIA |= {"media thumbnail": "thumbnail", "alt text": "alt"}
_PERIOD_RE = re.compile(r"\s*([AaPp])\.?[Mm]\.?\s*$")
_COMPACT_TIME_RE = re.compile(r"\s*([0-9]{1,2})([0-9]{2})\s*")
_DIGITS_RE = re.compile(r"[0-9]+")
_URL_RE = re.compile(r"(https?:)?//?")  # TimelineJS takes a Background that is no URL as a colour


def looks_like_timelinejs(header: Sequence[str]) -> bool:
    """Whether a CSV header is the TimelineJS template's: a Year and a Headline column and at
    least two more of its columns."""
    keys = {column_key(name) for name in header}
    return {"year", "headline"} <= keys and len(keys & _KNOWN) >= 4


def _time(text: str) -> dict[str, int]:
    """The hour, minute, second and millisecond of a Time cell (`14:30`, `2:30 PM`, `1430`,
    `14:30:15.250`), as TimelineJS reads them; raises DateError for one it cannot read."""
    period = _PERIOD_RE.search(text)
    body = (text[: period.start()] if period else text).strip()
    compact = _COMPACT_TIME_RE.fullmatch(body)
    if compact:
        parts = list(compact.groups())
    else:
        parts = body.split(":") if ":" in body else body.split(".")
        if len(parts) == 3:  # the seconds may have a fraction: 14:30:15.250, 14:30:15,250
            parts = parts[:2] + re.split(r"[.,]", parts[2])
    if len(parts) > 4 or not all(_DIGITS_RE.fullmatch(part.strip()) for part in parts):
        raise DateError(f"{shown(text)} is not a time of day")
    hour, *rest = (int(part) for part in parts)
    if period and period.group(1).lower() == "p" and hour != 12:
        hour += 12
    elif period and period.group(1).lower() == "a" and hour == 12:
        hour = 0
    result = {"hour": hour}
    for name, value in zip(("minute", "second"), rest, strict=False):
        result[name] = value
    if len(parts) == 4:
        result["millisecond"] = int((parts[3].strip() + "00")[:3])  # the fraction's digits
    return result


class _Row:
    """The cells of one row by column key, and the cells to keep as they are."""

    def __init__(self, header: list[str], cells: list[str], spare: list[tuple[str, str]]) -> None:
        self.values: dict[str, str] = {}
        self.unknown: list[tuple[str, str]] = []
        for name, cell in zip(header, cells, strict=True):
            key = column_key(name)
            if key in _KNOWN and key not in self.values:
                self.values[key] = cell
            else:
                self.unknown.append((name, cell))
        self.unknown += spare
        self.names = {column_key(name): name for name in reversed(header)}

    def get(self, key: str) -> str:
        return self.values.get(key, "").strip()

    def date(self, prefix: str, where: Where, log: ImportLog) -> dict[str, Any]:
        """The date object of the start (prefix '') or end ('end ') columns."""
        date = {part: self.get(prefix + part) for part in ("year", "month", "day")}
        date = {part: value for part, value in date.items() if value}
        time = self.get(prefix + "time")
        if not time:
            return date
        try:
            if not date:
                raise DateError("a time without a date")
            parts = _time(time)
            time_text(**parts)  # raises DateError for an hour or minute out of range
            date |= parts
        except DateError as exc:
            column = self.names[prefix + "time"]
            log.warn(
                f"{where.path}: {column} {exc}; it is kept as the event's key '{column}'",
                line=where.line,
                path=where.path,
            )
            self.unknown.append((column, time))
        return date

    def slide(self, where: Where, log: ImportLog) -> dict[str, Any]:
        """The slide TimelineJS makes of the row."""
        slide: dict[str, Any] = {}
        for key, prefix in (("start_date", ""), ("end_date", "end ")):
            if date := self.date(prefix, where, log):
                slide[key] = date
        slide["text"] = {"headline": self.get("headline"), "text": self.get("text")}
        media = {part: self.get(column) for column, part in _MEDIA.items() if self.get(column)}
        if media:
            slide["media"] = media
        slide["display_date"] = self.get("display date")
        slide["group"] = self.get("group") or self.get("tag")
        background = self.get("background")
        if background:
            slide["background"] = {"url" if _URL_RE.match(background) else "color": background}
        return slide


def import_timelinejs_csv(data: bytes, name: str) -> ImportReport:
    """The timeline of a TimelineJS spreadsheet saved as CSV; ImportFailed when the file is
    not one."""
    log = ImportLog(name)
    table = read_table(data, log)
    if not looks_like_timelinejs(table.header):
        raise log.failure(
            "the header is not the TimelineJS template's (it needs Year and Headline columns); "
            "import the file as a CSV table",
            line=1,
        )
    events = EventCollector(log)
    reader = SlideReader(log, events)
    title, title_slide = EMPTY_TEXT, None
    eras: list[tuple[dict[str, Any], Where, list[tuple[str, str]]]] = []
    for number, record in enumerate(table.rows, start=2):
        if record.blank:
            continue
        where = Where(f"row {number}", record.line)
        row = _Row(table.header, *split_row(record, table.header, where.path, log))
        slide = row.slide(where, log)
        kind = row.get("type").casefold()
        if kind == "title" and title_slide is None:
            events.count_other()
            title, title_slide = reader.title(slide, where, row.unknown)
            continue
        if kind == "era":
            eras.append((slide, where, row.unknown))
            continue
        if kind == "title":
            log.warn(
                f"{where.path}: a second title slide; it is imported as an event",
                line=where.line,
                path=where.path,
            )
        elif kind:
            column = row.names["type"]
            log.warn(
                f"{where.path}: {column} {shown(row.get('type'))} is neither title nor era; "
                f"the row is imported as an event and the value kept as '{column}'",
                line=where.line,
                path=where.path,
            )
            row.unknown.append((column, row.get("type")))
        if events.room(where.line):
            events.add(reader.event(slide, where, unknown=row.unknown))
    for slide, where, unknown in eras:
        if events.room(where.line):
            events.add(reader.event(slide, where, era=True, unknown=unknown), era=True)
    extra = Extras(TIMELINE_RESERVED)
    extra.put("title_slide", title_slide or None)
    return events.report(FORMAT, encoding=table.encoding, title=title, extra=extra.data())
