"""The Search panel's results: events first, then passages in sources, under a heading each,
the query's matches marked in every line."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from viewer.core.model import Timeline
from viewer.core.search import SearchHit, source_pattern
from viewer.ui.common.text import shown

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit of a row (None for a heading)
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the row as rich text, the matches marked
# a match further into a line than this is brought forward, this many characters before it
# kept, so that it shows in a narrow panel
_LEAD = 16
_KEPT = 10
_LINE_LIMIT = 240  # characters of one result line

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ResultRow:
    """One line of the results: a heading, or a hit with its title line, then the name of the
    field it was found in and the field's text."""

    hit: SearchHit | None
    title: str
    label: str = ""
    text: str = ""


def marked(text: str, pattern: re.Pattern[str] | None) -> str:
    """`text` as escaped rich text, each match of `pattern` in a <b> on a light background."""
    if pattern is None:
        return html.escape(text)
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        parts.append(f'<b style="background-color:#ffe48a">{html.escape(match.group())}</b>')
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def excerpt(text: str, pattern: re.Pattern[str] | None) -> str:
    """The part of a field worth showing: from a little before its first match, one line."""
    flat = " ".join(text.split())
    match = pattern.search(flat) if pattern is not None else None
    if match is not None and match.start() > _LEAD:
        flat = "…" + flat[match.start() - _KEPT :]
    return shown(flat, _LINE_LIMIT)


class SearchResults(QAbstractListModel):
    """The rows of the last search; headings are shown but cannot be chosen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []
        self._pattern: re.Pattern[str] | None = None

    def set_rows(self, rows: list[ResultRow], query: str) -> None:
        """Show `rows`, marking `query` in them."""
        self.beginResetModel()
        self._rows = rows
        self._pattern = source_pattern(query)
        self.endResetModel()

    def hit_rows(self) -> list[int]:
        """The rows that are results (not headings)."""
        return [row for row, line in enumerate(self._rows) if line.hit is not None]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].hit is None:
            return Qt.ItemFlag.NoItemFlags  # a heading: skipped by the keyboard and the mouse
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = f"{line.label}: " if line.label else ""
            return f"{line.title}\n{where}{line.text}" if line.hit else line.title
        if role == HIT_ROLE:
            return line.hit
        if role == HTML_ROLE:
            if line.hit is None:
                return f"<b>{html.escape(line.title)}</b>"
            title = marked(line.title, self._pattern)
            where = f'<span style="color:#6b6b6b">{html.escape(line.label)}:</span> '
            text = marked(excerpt(line.text, self._pattern), self._pattern)
            return f"{title}<br>{where if line.label else ''}{text}"
        if role == Qt.ItemDataRole.ToolTipRole and line.hit is not None:
            return line.hit.text[: _LINE_LIMIT * 2]
        return None


def event_title(timeline: Timeline, event_id: str, lang: str) -> str:
    """The title line of an event's result: its date and title."""
    event = timeline.events_by_id.get(event_id)
    if event is None:
        return event_id
    date = event.edtf.render(lang) if event.edtf else (event.date or "")
    title = shown(event.title.get(lang), _LINE_LIMIT) or event_id
    return f"{date} · {title}" if date else title
