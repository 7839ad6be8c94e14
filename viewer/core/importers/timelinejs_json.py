"""TimelineJS 3 JSON files (https://timeline.knightlab.com/docs/json-format.html).

The file is one object: `events` (a list of slides, required), `title` (the title slide),
`eras` (slides that label spans of time) and `scale`. Slides become events as
`timelinejs_slides` maps them; eras become periods (an era with no date, an event tagged
`era`); the title slide's headline becomes the timeline's title and the rest
of it is kept as the timeline's extra key `title_slide`; `scale` and any other key are kept as
the timeline's extra keys. Warnings name the slide's path (`events[3]`) and the line it
starts on.
"""

from __future__ import annotations

import bisect
import codecs
import json
import re
from collections.abc import Callable
from json.decoder import JSONArray, JSONObject
from json.scanner import py_make_scanner
from typing import Any

from viewer.core.extract.encoding import NotText, decode_text
from viewer.core.importers.building import TIMELINE_RESERVED, EventCollector, Extras
from viewer.core.importers.report import ImportLog, ImportReport, shown
from viewer.core.importers.timelinejs_slides import SlideReader, Where
from viewer.core.model import EMPTY_TEXT

__all__ = ["FORMAT", "import_timelinejs_json"]

FORMAT = "timelinejs-json"
_SLIDE_KEYS = ("start_date", "end_date", "text", "media")
_OWN_KEYS = ("events", "eras", "title")  # the keys read; any other is kept as it is
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-32's start as these


class _Decoder(json.JSONDecoder):
    """A JSON decoder that remembers where each object and each list item starts, and which
    keys an object repeats.

    The pure-Python scanner is what lets a value's position be known; it reads about 20 MB a
    second, which the 64 MB cap on input keeps to seconds.
    """

    def __init__(self) -> None:
        super().__init__(object_pairs_hook=self._pairs)
        self.starts: dict[int, int] = {}
        self.item_starts: dict[int, list[int]] = {}
        self.repeated: dict[int, list[str]] = {}
        self.parse_object = self._object
        self.parse_array = self._array
        self.scan_once = py_make_scanner(self)

    def _pairs(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) < len(pairs):
            keys = [key for key, _ in pairs]
            self.repeated[id(result)] = sorted({key for key in keys if keys.count(key) > 1})
        return result

    def _object(self, s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
        result, end = JSONObject(s_and_end, *args)
        # every object is kept in the tree, so no id is reused while the tree is alive
        self.starts[id(result)] = s_and_end[1] - 1
        return result, end

    def _array(
        self, s_and_end: tuple[str, int], scan_once: Callable[[str, int], Any]
    ) -> tuple[list[Any], int]:
        starts: list[int] = []

        def scan(text: str, index: int) -> Any:
            starts.append(index)  # the scanner is called at the start of each item
            return scan_once(text, index)

        result, end = JSONArray(s_and_end, scan)
        self.item_starts[id(result)] = starts
        return result, end


class _Lines:
    """Line numbers of offsets in a text."""

    def __init__(self, text: str) -> None:
        self.breaks = [match.start() for match in re.finditer("\n", text)]

    def of(self, offset: int | None) -> int | None:
        return None if offset is None else bisect.bisect_left(self.breaks, offset) + 1


def _text(data: bytes, log: ImportLog) -> str:
    """The file's text: UTF-8 (RFC 8259), or UTF-16 or UTF-32 with a byte-order mark."""
    if data.startswith(_BOMS):
        try:
            return decode_text(data).text
        except NotText as exc:
            raise log.failure(f"the file {exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise log.failure("the file is not UTF-8 text, as JSON must be", line=line) from None


def _parse(text: str, log: ImportLog) -> tuple[Any, _Decoder]:
    decoder = _Decoder()
    try:
        return decoder.decode(text), decoder
    except json.JSONDecodeError as exc:
        raise log.failure(
            f"the file is not valid JSON: {exc.msg}", line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:
        raise log.failure("the JSON is nested too deeply to be a TimelineJS file") from None


def _check_kind(tree: Any, log: ImportLog) -> list[Any]:
    """The `events` list of a TimelineJS file; ImportFailed for JSON that is no such file."""
    if not isinstance(tree, dict):
        kind = "a list" if isinstance(tree, list) else "a single value"
        raise log.failure(f"the JSON is {kind}, not a TimelineJS object with 'events'")
    events = tree.get("events")
    if not isinstance(events, list):
        raise log.failure("the JSON is not a TimelineJS file: it has no 'events' list")
    slides = [item for item in events if isinstance(item, dict)]
    if events and not any(key in item for item in slides for key in _SLIDE_KEYS):
        raise log.failure(
            "the JSON is not a TimelineJS file: none of its events has a start_date, text or media"
        )
    return events


def import_timelinejs_json(data: bytes, name: str) -> ImportReport:
    """The timeline of a TimelineJS JSON file; ImportFailed when it is not one."""
    log = ImportLog(name)
    text = _text(data, log)
    tree, decoder = _parse(text, log)
    items = _check_kind(tree, log)
    lines = _Lines(text)
    for object_id, keys in decoder.repeated.items():
        log.warn(
            f"an object repeats the keys {', '.join(keys)}; the last value of each is used",
            line=lines.of(decoder.starts.get(object_id)),
        )
    events = EventCollector(log)
    reader = SlideReader(log, events)
    slides = [("events", items, False)]
    eras = tree.get("eras")
    if isinstance(eras, list):
        slides.append(("eras", eras, True))
    extra = Extras(TIMELINE_RESERVED)
    for key, group, era in slides:
        starts = decoder.item_starts[id(group)]
        for index, item in enumerate(group):
            line = lines.of(starts[index])
            where = Where(f"{key}[{index}]", line)
            if not isinstance(item, dict):
                events.skip(
                    f"{where.path} is {shown(item)}, not a slide; it is left out", line=line
                )
            elif events.room(line):
                events.add(reader.event(item, where, era=era), era=era)
    if eras is not None and not isinstance(eras, list):
        log.warn("'eras' is not a list; it is kept as the timeline's key 'eras'")
        extra.put("eras", eras)
    title = tree.get("title")
    heading = EMPTY_TEXT
    if isinstance(title, dict):
        events.count_other()
        where = Where("title", lines.of(decoder.starts.get(id(title))))
        heading, rest = reader.title(title, where)
        extra.put("title_slide", rest or None)
    else:
        extra.put("title_slide", title)
    extra.put_all((key, value) for key, value in tree.items() if key not in _OWN_KEYS)
    return events.report(FORMAT, title=heading, extra=extra.data())
