"""Turn core spans (Python offsets) into ExtraSelections on a loaded source text."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from viewer.core.anchoring import Anchor, MatchKind, SourceText
from viewer.core.evidence_index import SourceSupport, SupportSegment, mention_spans
from viewer.core.model import Actor
from viewer.ui.common.vocabulary import APPROXIMATE_QUOTE_COLOUR, QUOTE_COLOUR

# Each selection's format names what it marks, so tests and tools can tell them apart.
MARK_KIND = int(QTextFormat.Property.UserProperty) + 1
QUOTE = "quote"
MENTION = "mention"
SUPPORT = "support"

# Translucent colours read on light and dark palettes alike (the quote's are in the vocabulary).
_MENTION_COLOR = QColor(70, 140, 255, 60)
_SUPPORT_COLOR = QColor(60, 120, 220)


def _format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setProperty(MARK_KIND, kind)
    return fmt


def quote_format(kind: MatchKind) -> QTextCharFormat:
    """The highlight of the supporting quote; a fuzzy match looks different from an exact one."""
    fmt = _format(QUOTE)
    if kind is MatchKind.FUZZY:
        fmt.setBackground(APPROXIMATE_QUOTE_COLOUR)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(220, 90, 0))
    else:
        fmt.setBackground(QUOTE_COLOUR)
    return fmt


def mention_format() -> QTextCharFormat:
    """A light mark on a mention of one of the event's actors."""
    fmt = _format(MENTION)
    fmt.setBackground(_MENTION_COLOR)
    return fmt


def support_format(approximate: bool) -> QTextCharFormat:
    """The underline on every stretch of the source that supports some event."""
    fmt = _format(SUPPORT)
    style = QTextCharFormat.UnderlineStyle
    fmt.setUnderlineStyle(style.DashUnderline if approximate else style.SingleUnderline)
    fmt.setUnderlineColor(_SUPPORT_COLOR)
    return fmt


Window = tuple[int, int]  # [start, end) Python offsets of the text to mark


class SourceMarks:
    """Builds and caches the selections of one source text as shown in one text edit.

    Valid while the edit shows this text and the timeline is unchanged; the owner makes a new
    one after either changes. The support underlines and each actor's mentions are found on
    first use only, so selecting another event in the same source costs just the quote. Marks
    are made for a window of the text: a long source is marked around what is on screen, as a
    source of 30 MB may hold 300,000 mentions of one name.
    """

    def __init__(self, edit: QPlainTextEdit, text: SourceText, support: SourceSupport) -> None:
        """Mark `text`, which `edit` shows, with what `support` found in it."""
        self._edit = edit
        self.text = text
        self.support = support
        self._support_bounds = (
            [segment.start for segment in support.segments],
            [segment.end for segment in support.segments],
        )
        self._mentions: dict[str, tuple[list[tuple[int, int]], list[int], list[int]]] = {}
        self._built: dict[object, tuple[Window, list[QTextEdit.ExtraSelection]]] = {}

    def cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting Python offsets [start, end) of the text (Qt counts UTF-16 units)."""
        cursor = QTextCursor(self._edit.document())
        cursor.setPosition(self.text.utf16_offset(start))
        cursor.setPosition(self.text.utf16_offset(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.cursor(start, end)
        selection.format = fmt
        return selection

    def _whole(self) -> Window:
        return (0, len(self.text.text))

    def support_selections(self, window: Window | None = None) -> list[QTextEdit.ExtraSelection]:
        """Underlines under every quote of any event in this source (within `window`)."""
        window = window or self._whole()
        built = self._built.get(SUPPORT)
        if built is None or built[0] != window:
            solid, dashed = support_format(False), support_format(True)
            shown = self.support.segments[_overlapping(*self._support_bounds, window)]
            built = self._built[SUPPORT] = (
                window,
                [
                    self._selection(s.start, s.end, dashed if s.approximate else solid)
                    for s in shown
                ],
            )
        return built[1]

    def mention_selections(
        self, actors: Iterable[Actor], window: Window | None = None
    ) -> list[QTextEdit.ExtraSelection]:
        """Light marks on every spelling of each of `actors` (within `window`)."""
        window = window or self._whole()
        selections: list[QTextEdit.ExtraSelection] = []
        for actor in actors:
            found = self._mentions.get(actor.id)
            if found is None:
                spans = mention_spans(self.text.text, actor.spellings)
                found = self._mentions[actor.id] = (
                    spans,
                    [a for a, _ in spans],
                    [b for _, b in spans],
                )
            built = self._built.get((MENTION, actor.id))
            if built is None or built[0] != window:
                spans, starts, ends = found
                fmt = mention_format()
                built = self._built[(MENTION, actor.id)] = (
                    window,
                    [
                        self._selection(a, b, fmt)
                        for a, b in spans[_overlapping(starts, ends, window)]
                    ],
                )
            selections += built[1]
        return selections

    def quote_selection(self, anchor: Anchor) -> QTextEdit.ExtraSelection:
        """The highlight of an anchored quote."""
        return self._selection(anchor.start, anchor.end, quote_format(anchor.kind))

    def segment_at(self, pos: QPoint) -> SupportSegment | None:
        """The supporting segment under viewport point `pos`, if any."""
        cursor = self._edit.cursorForPosition(pos)
        position = cursor.position()
        # cursorForPosition gives the nearest gap between characters; the character under the
        # pointer is the one before that gap when the pointer is left of it.
        if position > 0 and pos.x() < self._edit.cursorRect(cursor).x():
            position -= 1
        return self.support.segment_at(self.text.from_utf16_offset(position))


def _overlapping(starts: list[int], ends: list[int], window: Window) -> slice:
    """Which of sorted, disjoint spans (their `starts` and `ends`) overlap `window`."""
    lo, hi = window
    return slice(bisect_right(ends, lo), max(bisect_right(ends, lo), bisect_left(starts, hi)))
