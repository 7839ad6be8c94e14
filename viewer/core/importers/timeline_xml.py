"""Files of Timeline, the desktop program (thetimelineproj), whose suffix is `.timeline`.

The format is what Timeline's own reader and writer (timelinelib/dataimport/timelinexml.py
and timelinelib/dataexport/timelinexml.py) read and write: under <timeline>, <version>,
<timetype> (`gregoriantime` where absent), <eras> of <era> (name, start, end, color,
ends_today), <categories> of <category> (name, color, progress_color, done_color, font_color,
parent), <events> of <event> (start, end, text, progress, fuzzy, fuzzy_start, fuzzy_end,
locked, ends_today, category, categories, description, labels, alert, hyperlink, icon,
default_color, milestone), <view> and <now>. Times are `YYYY-MM-DD HH:MM:SS` (a year may be
negative), colours `r,g,b`, flags `True` or `False`.

An event's text is its title and its description its summary; its days are its date (an
interval where they differ), a time other than 00:00:00 kept as `time` (`end_time`); `fuzzy`
makes both ends approximate (`~`), `fuzzy_start` and `fuzzy_end` one; `ends_today` leaves the
end open (`2021-11-04/..`, and `ends_today: true`); its categories are its tags; `hyperlink`
is kept as `url`, `default_color` as `#rrggbb`, and `locked`, `milestone`, `progress`, `alert`,
`icon`, `labels` and any other element under their own names. A container (text `[7]Name`)
is an event tagged Name with `container: true`, and each of its subevents (`(7)Step`) is
tagged Name too. Eras become periods (with their `color`; one with no date, an event tagged
`era`). The categories' colours are kept as the timeline's `tag_colours` ({tag: "#rrggbb"}),
their other details as `tag_details`, and version, timetype, view and now as keys of those
names. Times of
the other calendars Timeline knows (numeric, Bosparanian, Coptic, Pharaonic) cannot be dates
here: each such event is undated with a warning and its times kept as `start` and `end`.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any
from xml.etree.ElementTree import Element

from viewer.core.dates import DateError, DatePoint
from viewer.core.importers.building import (
    ERA_TAG,
    TIMELINE_RESERVED,
    EventCollector,
    Extras,
    fill_title,
)
from viewer.core.importers.date_parts import date_text, time_text
from viewer.core.importers.report import ImportLog, ImportReport, shown
from viewer.core.importers.xml_reading import XmlDocument, data_of, parse_xml, text_of
from viewer.core.model import Event, LocalText

__all__ = ["FORMAT", "import_timeline_xml"]

FORMAT = "timeline-xml"
GREGORIAN = "gregoriantime"
_TIME_RE = re.compile(r"(-?[0-9]+)-([0-9]+)-([0-9]+) ([0-9]+):([0-9]+):([0-9]+)")
_COLOUR_RE = re.compile(r"([0-9]{1,3}),([0-9]{1,3}),([0-9]{1,3})")
_CONTAINER_RE = re.compile(r"\[([^\]]*)\](.*)", re.DOTALL)
_SUBEVENT_RE = re.compile(r"\(([^)]*)\)(.*)", re.DOTALL)
_FLAGS = ("fuzzy", "fuzzy_start", "fuzzy_end", "ends_today", "locked", "milestone")
_EVENT_MAPPED = {"start", "end", "text", "description", "category", "categories", "hyperlink"}
_EVENT_MAPPED |= {"default_color", "progress", *_FLAGS}
_ERA_MAPPED = {"name", "start", "end", "color", "ends_today"}
_TOP_MAPPED = {"eras", "categories", "events"}


def _colour(text: str) -> str:
    """Timeline's `r,g,b` as `#rrggbb`; anything else as it is."""
    match = _COLOUR_RE.fullmatch(text.strip())
    if not match or any(int(part) > 255 for part in match.groups()):
        return text.strip()
    return "#" + "".join(f"{int(part):02x}" for part in match.groups())


def _moment(text: str) -> tuple[DatePoint, str | None]:
    """The day and time of day (None at midnight) of a Timeline time; raises DateError for
    one of another form or a day the timeline cannot hold."""
    match = _TIME_RE.fullmatch(text.strip())
    if match is None:
        raise DateError(f"{shown(text)} is not a time of the form 'YYYY-MM-DD HH:MM:SS'")
    year, month, day, hour, minute, second = (int(part) for part in match.groups())
    time = time_text(hour, minute, second) if hour or minute or second else None
    return DatePoint(year, month, day), time


class _Reader:
    """Makes events of the events and eras of one document."""

    def __init__(self, doc: XmlDocument, log: ImportLog, events: EventCollector) -> None:
        self.doc = doc
        self.log = log
        self.events = events
        self.calendar = text_of(doc.root.find("timetype")).strip() or GREGORIAN
        self.categories = {
            text_of(category.find("name")).strip()
            for category in doc.root.iterfind("categories/category")
        }
        # subevents name their container by the number in its text: `[7]Name` and `(7)Step`
        self.containers: dict[str, str] = {}
        for element in doc.root.iterfind("events/event"):
            if match := _CONTAINER_RE.fullmatch(text_of(element.find("text"))):
                self.containers.setdefault(match.group(1), match.group(2).strip())

    def _flags(
        self, element: Element, label: str, names: tuple[str, ...], extras: Extras
    ) -> dict[str, bool]:
        """The True/False children of `element` among `names`; one that is neither is kept."""
        flags = dict.fromkeys(_FLAGS, False)
        for name in names:
            child = element.find(name)
            value = text_of(child).strip()
            flags[name] = value == "True"
            if value not in ("", "True", "False"):
                self.log.warn(
                    f"{label}: <{name}> is {shown(value)}, not True or False; it is kept as "
                    f"'{name}'",
                    line=self.doc.line(child),
                )
                extras.put(name, value)
        return flags

    def _date(
        self, element: Element, label: str, flags: dict[str, bool], extras: Extras
    ) -> str | None:
        """The date of an event or era, its times of day kept; None, and its times kept as
        `start` and `end`, where the timeline cannot hold it."""
        start, end = element.find("start"), element.find("end")
        try:
            if self.calendar != GREGORIAN:
                raise DateError(f"times of Timeline's calendar '{self.calendar}' are not supported")
            first, first_time = _moment(text_of(start))
            last, last_time = _moment(text_of(end)) if end is not None else (first, first_time)
            one_day = first == last or flags["milestone"]  # a milestone is a moment
            fuzzy_end = flags["fuzzy"] or flags["fuzzy_end"]
            # a date of one day has one end, which is fuzzy where either end is
            fuzzy_start = flags["fuzzy"] or flags["fuzzy_start"] or (one_day and fuzzy_end)
            head = dataclasses.replace(first, approximate=fuzzy_start)
            tail = dataclasses.replace(last, approximate=fuzzy_end)
            text = date_text(head, None if one_day else tail, open_end=flags["ends_today"])
        except DateError as exc:
            self.log.warn(
                f"{label}: {exc}; it is undated, its times kept as 'start' and 'end'",
                line=self.doc.line(start if start is not None else element),
            )
            extras.put("start", text_of(start))
            extras.put("end", text_of(end))
            for name in ("fuzzy", "fuzzy_start", "fuzzy_end"):
                extras.put(name, True if flags[name] else None)
            return None
        extras.put("time", first_time)
        ends_as_it_starts = (last, last_time) == (first, first_time)
        if not (flags["ends_today"] or flags["milestone"] or ends_as_it_starts):
            extras.put("end_time", last_time)
        return text

    def _tags(self, element: Element, number: int) -> list[str]:
        names = [text_of(element.find("category"))]
        names += [text_of(child) for child in element.iterfind("categories/category")]
        tags = [name.strip() for name in names if name.strip()]
        for tag in tags:
            if tag not in self.categories:
                self.log.warn(
                    f"event {number} has the category {shown(tag)}, which the file does not "
                    "define; it is a tag all the same",
                    line=self.doc.line(element),
                )
        return tags

    def event(self, element: Element, number: int) -> Event:
        """An <event>: a plain event, a milestone, a container or a container's subevent."""
        extras = Extras()
        label = f"event {number}"
        flags = self._flags(element, label, _FLAGS, extras)
        text = text_of(element.find("text"))
        tags = self._tags(element, number)
        if container := _CONTAINER_RE.fullmatch(text):
            text = container.group(2)
            tags.append(text.strip())
            extras.put("container", True)
        elif subevent := _SUBEVENT_RE.fullmatch(text):
            text = subevent.group(2)
            if subevent.group(1) in self.containers:
                tags.append(self.containers[subevent.group(1)])
            else:
                self.log.warn(
                    f"event {number} is in container {shown(subevent.group(1))}, which the "
                    "file does not have; the container's number is kept as 'container_id'",
                    line=self.doc.line(element),
                )
                extras.put("container_id", subevent.group(1))
        elif text[:2] in (" (", " ["):
            text = text[1:]  # Timeline's writer adds the space, so that no bracket is misread
        date = self._date(element, label, flags, extras)
        for name in ("ends_today", "locked", "milestone"):
            extras.put(name, True if flags[name] else None)
        extras.put("url", text_of(element.find("hyperlink")).strip())
        extras.put("default_color", _colour(text_of(element.find("default_color"))))
        progress = text_of(element.find("progress")).strip()
        if progress != "0":  # what Timeline writes for an event with no progress
            extras.put("progress", int(progress) if progress.isdigit() else progress)
        extras.put_all(
            (child.tag, data_of(child)) for child in element if child.tag not in _EVENT_MAPPED
        )
        summary = text_of(element.find("description")).strip()
        return self._make(label, element, text, date, tags, summary, extras)

    def era(self, element: Element, number: int) -> Event:
        """An <era>, as an event tagged `era` (the collector makes it a period)."""
        extras = Extras()
        label = f"era {number}"
        flags = self._flags(element, label, ("ends_today",), extras)
        date = self._date(element, label, flags, extras)
        extras.put("ends_today", True if flags["ends_today"] else None)
        extras.put("color", _colour(text_of(element.find("color"))))
        extras.put_all(
            (child.tag, data_of(child)) for child in element if child.tag not in _ERA_MAPPED
        )
        name = text_of(element.find("name"))
        return self._make(label, element, name, date, [ERA_TAG], "", extras)

    def _make(
        self,
        label: str,
        element: Element,
        text: str,
        date: str | None,
        tags: list[str],
        summary: str,
        extras: Extras,
    ) -> Event:
        title, how = fill_title(text, [("description", summary)])
        if how:
            what = "name" if element.tag == "era" else "text"
            self.log.warn(f"{label} has no {what}; {how}", line=self.doc.line(element))
        return Event(
            id=self.events.ids.make(None, title),
            date=date,
            title=LocalText.of(title),
            summary=LocalText.of(summary) if summary else LocalText(),
            tags=tuple(dict.fromkeys(tags)),
            extra=extras.data(),
        )


def _categories(root: Element) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """Each category's colour, and its other details (progress, done and font colours, parent
    category, unknown elements), by name."""
    colours: dict[str, str] = {}
    details: dict[str, dict[str, Any]] = {}
    for category in root.iterfind("categories/category"):
        name = text_of(category.find("name")).strip()
        colours[name] = _colour(text_of(category.find("color")))
        rest = {
            child.tag: _colour(text_of(child)) if child.tag.endswith("_color") else data_of(child)
            for child in category
            if child.tag not in ("name", "color")
        }
        if rest:
            details[name] = rest
    return colours, details


def import_timeline_xml(data: bytes, name: str) -> ImportReport:
    """The timeline of a Timeline `.timeline` file; ImportFailed when it is not one or is not
    safe XML."""
    log = ImportLog(name)
    doc = parse_xml(data, log)
    if doc.root.tag != "timeline":
        raise log.failure(
            f"the XML is not a Timeline file: its root element is <{doc.root.tag}>, not <timeline>",
            line=doc.line(doc.root),
        )
    events = EventCollector(log)
    reader = _Reader(doc, log, events)
    if reader.calendar != GREGORIAN:
        log.note(f"the file's times are of Timeline's calendar '{reader.calendar}': none is a date")
    for number, element in enumerate(doc.root.iterfind("events/event"), start=1):
        if events.room(doc.line(element)):
            events.add(reader.event(element, number))
    eras = doc.root.findall("eras/era")
    for number, element in enumerate(eras, start=1):
        if events.room(doc.line(element)):
            events.add(reader.era(element, number), era=True)
    extra = Extras(TIMELINE_RESERVED)
    colours, details = _categories(doc.root)
    extra.put("tag_colours", colours or None)
    extra.put("tag_details", details or None)
    extra.put_all((child.tag, data_of(child)) for child in doc.root if child.tag not in _TOP_MAPPED)
    return events.report(FORMAT, extra=extra.data())
