"""CSV files with a header row: their encoding, their delimiter, and rows with line numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from viewer.core.extract.encoding import NotText, decode_text
from viewer.core.importers.report import ImportLog

__all__ = ["Row", "Table", "column_key", "header_of", "read_table", "split_row"]

_DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class Row:
    """One record: the line it starts on, and its cells."""

    line: int
    cells: list[str]

    @property
    def blank(self) -> bool:
        """Whether every cell is empty or spaces: a row that says nothing."""
        return not any(cell.strip() for cell in self.cells)


@dataclass
class Table:
    """A CSV file read: its header, its rows (read as they are iterated), and how it was
    read. A row that breaks the CSV syntax raises ImportFailed when it is reached."""

    header: list[str]
    rows: Iterator[Row]
    encoding: str
    delimiter: str

    def columns(self) -> dict[str, int]:
        """The index of each column by `column_key`; of two columns of one name, the first."""
        index: dict[str, int] = {}
        for position, name in enumerate(self.header):
            index.setdefault(column_key(name), position)
        return index


def column_key(name: str) -> str:
    """A column name as names are matched: spaces trimmed and collapsed, case ignored."""
    return " ".join(name.split()).casefold()


def _delimiter(text: str) -> str:
    """The delimiter the header line uses most (of comma, semicolon and tab; comma when none):
    a header's names seldom hold one, where the cells of a text column often do."""
    header = text.split("\n", 1)[0]
    counts = [(header.count(delimiter), -rank) for rank, delimiter in enumerate(_DELIMITERS)]
    return _DELIMITERS[-max(counts)[1]]


def header_of(text: str) -> list[str]:
    """The names in the first row of a CSV text (none where it is not CSV at all)."""
    try:
        first = next(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)), [])
    except csv.Error:
        return []
    return [name.strip() for name in first]


def _decode(data: bytes, log: ImportLog) -> tuple[str, str]:
    """The text of the file and its encoding: UTF-8 (with or without a byte-order mark),
    UTF-16 with one, CP949 or EUC-KR, or a guess, which is warned about."""
    try:
        decoded = decode_text(data)
    except NotText as exc:
        raise log.failure(f"the file {exc}") from None
    if decoded.guessed:
        log.warn(
            f"the file's encoding is not UTF-8 or Korean; it was read as {decoded.encoding}, "
            "a guess: check the text"
        )
    return decoded.text.removeprefix("\ufeff"), decoded.encoding


def _records(text: str, delimiter: str, log: ImportLog) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise log.failure(f"the CSV is malformed: {exc}", line=reader.line_num) from None
        yield Row(line, cells)
        line = reader.line_num + 1


def read_table(data: bytes, log: ImportLog) -> Table:
    """The table in a CSV file whose first row is its header; ImportFailed for a file that is
    not text, is empty or has a blank header."""
    text, encoding = _decode(data, log)
    if not text.strip():
        raise log.failure("the file is empty")
    delimiter = _delimiter(text)
    rows = _records(text, delimiter, log)
    header = next(rows)
    if header.blank:
        raise log.failure("the first row is blank; it should name the columns", line=header.line)
    return Table([name.strip() for name in header.cells], rows, encoding, delimiter)


def split_row(
    row: Row, header: Sequence[str], where: str, log: ImportLog
) -> tuple[list[str], list[tuple[str, str]]]:
    """The row's cells, one a column (those it lacks empty), and the cells past the header as
    extra keys `column_N` (N counting from 1), with a warning: nothing the row holds is lost."""
    cells = row.cells[: len(header)] + [""] * (len(header) - len(row.cells))
    spare = [
        (f"column_{number}", cell)
        for number, cell in enumerate(row.cells[len(header) :], start=len(header) + 1)
        if cell.strip()
    ]
    if spare:
        log.warn(
            f"{where}: the row has {len(row.cells)} cells but the header names {len(header)} "
            f"columns; the others are kept as {', '.join(key for key, _ in spare)}",
            line=row.line,
            path=where,
        )
    return cells, spare
