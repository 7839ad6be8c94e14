"""Any CSV table with a header row, each row an event, its columns mapped to event fields.

The mapping is {field: column} for the fields of `csv_columns.FIELDS`; without one,
`guess_mapping` proposes it from the header. A row's `title` (or `title_en` and `title_ko`,
which make a text in both languages) is the event's title; `date` and `end_date` are read as
`loose_dates` reads them (an interval where both are given; a time of day kept as `time`);
`actors` and `tags` are lists separated by `;` (or `,` where a cell has no `;`), each actor
made an actor record of that name; `kind` is fact, claim, opinion or speculation (or 사실,
주장, 의견, 추측); `source` (a name or a URL) becomes a source record and `quote` the evidence
the row cites from it. The timeline format needs a file for each source, so each source's
file is written with its quotes, one paragraph each, and nothing else: the quotes then anchor,
and the source's notes say that its file holds only them until the article's text replaces
it. A column the mapping does not name, and a value that cannot be read, is kept as an extra
key named as its column.
"""

from __future__ import annotations

from collections.abc import Mapping

from viewer.core.dates import DateError, parse_edtf
from viewer.core.importers.building import EventCollector, Extras, IdMaker, fill_title
from viewer.core.importers.csv_columns import FIELDS, TITLE_FIELDS, guess_mapping
from viewer.core.importers.csv_reading import Table, column_key, read_table, split_row
from viewer.core.importers.loose_dates import read_loose_date
from viewer.core.importers.report import ImportLog, ImportReport, counted, shown
from viewer.core.model import EVENT_KINDS, Actor, Event, Evidence, LocalText, Source
from viewer.core.sources import SOURCES_FOLDER

__all__ = ["FORMAT", "import_csv_table"]

FORMAT = "csv"
_KINDS = {kind: kind for kind in EVENT_KINDS} | {
    "사실": "fact",
    "주장": "claim",
    "의견": "opinion",
    "추측": "speculation",
}
_URL_PREFIXES = ("http://", "https://", "www.")


def _items(cell: str) -> list[str]:
    """The items of a list cell: separated by semicolons, or by commas where it has none."""
    separator = ";" if ";" in cell else ","
    return list(dict.fromkeys(item.strip() for item in cell.split(separator) if item.strip()))


def _columns(mapping: Mapping[str, str], table: Table, log: ImportLog) -> dict[str, int]:
    """The index of the column of each mapped field; ImportFailed for a mapping that names a
    field or a column there is not, or no column for the titles."""
    index = table.columns()
    columns: dict[str, int] = {}
    for field, column in mapping.items():
        if field not in FIELDS:
            raise log.failure(
                f"the mapping names the field {shown(field)}; the fields are {', '.join(FIELDS)}"
            )
        if column_key(column) not in index:
            raise log.failure(f"the header has no column {shown(column)} (for {field})", line=1)
        columns[field] = index[column_key(column)]
    if not any(field in columns for field in TITLE_FIELDS):
        raise log.failure(
            "no column gives the events' titles: map title, title_en, title_ko or summary to "
            f"one of the columns ({', '.join(table.header)})",
            line=1,
        )
    return columns


class _Row:
    """One row's mapped values by field, and the extra keys it keeps."""

    def __init__(
        self, rows: _Rows, cells: list[str], spare: list[tuple[str, str]], where: str, line: int
    ) -> None:
        self.header, self.columns, self.log = rows.header, rows.columns, rows.log
        self.where, self.line = where, line
        self.value = {field: cells[index].strip() for field, index in self.columns.items()}
        self.extras = Extras()
        mapped = set(self.columns.values())
        self.extras.put_all(
            (name, cell)
            for index, (name, cell) in enumerate(zip(self.header, cells, strict=True))
            if index not in mapped
        )
        self.extras.put_all(spare)

    def get(self, field: str) -> str:
        return self.value.get(field, "")

    def keep(self, field: str, why: str) -> None:
        """Keep a field's value that cannot be used as an extra key named as its column."""
        key = self.extras.put(self.header[self.columns[field]], self.value[field])
        self.warn(f"{why}; the value is kept as {key!r}")

    def warn(self, message: str) -> None:
        self.log.warn(f"{self.where}: {message}", line=self.line, path=self.where)


class _Rows:
    """Makes events of rows, and the actors and sources they name."""

    def __init__(self, table: Table, columns: dict[str, int], events: EventCollector) -> None:
        self.header = table.header
        self.columns = columns
        self.events = events
        self.log = events.log
        self.actors: dict[str, Actor] = {}
        self.actor_ids = IdMaker("actor")
        self.sources: dict[str, Source] = {}
        self.source_ids = IdMaker("source")
        self.quotes: dict[str, dict[str, None]] = {}  # by source id, in order, once each

    def event(self, row: _Row) -> Event:
        """The event of one row."""
        langs = {lang: row.get(f"title_{lang}") for lang in ("en", "ko")}
        langs = {lang: text for lang, text in langs.items() if text}
        summary = row.get("summary")
        if langs:
            title = LocalText.of(langs)
            name = next(iter(langs.values()))
            if row.get("title") and row.get("title") not in langs.values():
                row.extras.put(self.header[self.columns["title"]], row.get("title"))
        else:
            name, how = fill_title(row.get("title"), [("summary", summary)])
            if how:
                row.warn(f"the row has no title; {how}")
            title = LocalText.of(name)
        event_id = self.events.ids.make(row.get("id") or None, name)
        if row.get("id") and event_id != row.get("id"):
            row.keep(
                "id",
                f"id {shown(row.get('id'))} {self.events.ids.why_not(row.get('id'))}, so the "
                f"event is {event_id!r}",
            )
        kind = row.get("kind").casefold()
        if kind and kind not in _KINDS:
            row.keep(
                "kind", f"kind {shown(row.get('kind'))} is not one of {', '.join(EVENT_KINDS)}"
            )
        return Event(
            id=event_id,
            date=self._date(row),
            title=title,
            summary=LocalText.of(summary) if summary else LocalText(),
            actors=tuple(self._actor(name) for name in _items(row.get("actors"))),
            tags=tuple(_items(row.get("tags"))),
            kind=_KINDS.get(kind, "fact"),
            evidence=self._evidence(row),
            extra=row.extras.data(),
        )

    def _date(self, row: _Row) -> str | None:
        try:
            start, time = read_loose_date(row.get("date")) if row.get("date") else (None, None)
            end, end_time = (
                read_loose_date(row.get("end_date")) if row.get("end_date") else (None, None)
            )
            if end is not None and start is None:
                raise DateError("an end date needs a date")
            if end is not None and end != start:
                start = parse_edtf(f"{start}/{end}").text
        except DateError as exc:
            for field in ("date", "end_date"):
                if row.get(field):
                    row.keep(field, f"{exc}; the event is undated")
            return None
        row.extras.put("time", time)
        row.extras.put("end_time", end_time)
        return start

    def _actor(self, name: str) -> str:
        if name not in self.actors:
            self.actors[name] = Actor(id=self.actor_ids.make(None, name), name=LocalText.of(name))
        return self.actors[name].id

    def _evidence(self, row: _Row) -> tuple[Evidence, ...]:
        source, quote = row.get("source"), row.get("quote")
        if quote and not source:
            row.keep("quote", "the quote has no source")
        if not source:
            return ()
        if source not in self.sources:
            self.sources[source] = self._source(source)
        source_id = self.sources[source].id
        if not quote:
            row.keep("source", "the row names a source but quotes nothing from it")
            return ()
        self.quotes.setdefault(source_id, {})[quote] = None
        return (Evidence(source=source_id, quote=quote),)

    def _source(self, name: str) -> Source:
        """A source named by a name or a URL, whose file will hold the quotes cited from it."""
        url = name.startswith(_URL_PREFIXES)
        source_id = self.source_ids.make(None, name.split("://", 1)[-1])
        return Source(
            id=source_id,
            title=LocalText() if url else LocalText.of(name),
            file=f"{SOURCES_FOLDER}/{source_id}.txt",
            url=name if url else None,
            notes=LocalText.of(
                "Made by an import from a table: the file holds only the quotes the table "
                "cited from this source, one a paragraph, not the article itself."
            ),
        )


def import_csv_table(
    data: bytes, name: str, mapping: Mapping[str, str] | None = None
) -> ImportReport:
    """The timeline of a CSV table whose rows are events, by `mapping` {field: column} (or
    `guess_mapping`'s guess); ImportFailed for a file or mapping that cannot be used."""
    log = ImportLog(name)
    table = read_table(data, log)
    columns = _columns(guess_mapping(table.header) if mapping is None else mapping, table, log)
    events = EventCollector(log)
    rows = _Rows(table, columns, events)
    for number, record in enumerate(table.rows, start=2):
        if not record.blank and events.room(record.line):
            where = f"row {number}"
            cells, spare = split_row(record, table.header, where, log)
            events.add(rows.event(_Row(rows, cells, spare, where, record.line)))
    texts = {
        source.id: "\n\n".join(rows.quotes.get(source.id, {})) + "\n"
        for source in rows.sources.values()
    }
    if rows.sources:
        log.note(
            f"{counted(len(rows.sources), 'source')} made of the source column; as a timeline "
            "needs a file for each, each one's file holds the quotes the table cites from it, "
            "one a paragraph: put the article's text in it to check them"
        )
    return events.report(
        FORMAT,
        encoding=table.encoding,
        sources=tuple(rows.sources.values()),
        actors=tuple(rows.actors.values()),
        source_texts=texts,
    )
