"""Turn core spans (Python offsets) into ExtraSelections on a loaded source text."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from viewer.core.anchoring import Anchor, MatchKind, SourceText
from viewer.core.evidence_index import SourceSupport, SupportSegment
from viewer.core.mentions import mentions
from viewer.core.model import Actor
from viewer.ui.common.vocabulary import APPROXIMATE_QUOTE_COLOUR, DATE_QUOTE_COLOUR, QUOTE_COLOUR

# Each selection's format names what it marks, so tests and tools can tell them apart.
MARK_KIND = int(QTextFormat.Property.UserProperty) + 1
QUOTE = "quote"
DATE_QUOTE = "date-quote"
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


def date_quote_format() -> QTextCharFormat:
    """The highlight of the sentence that states the event's date."""
    fmt = _format(DATE_QUOTE)
    fmt.setBackground(DATE_QUOTE_COLOUR)
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
PAGE = 512  # characters: marks are made, and kept, a page of the text at a time
MENTION_REACH = 200  # characters past a page's end a mention starting on it may run
MENTION_PAGES = "mention pages"  # the key of an actor's mentions found page by page


class SourceMarks:
    """Builds and caches the selections of one source text as shown in one text edit.

    Its cursors belong to the document showing this text; it is kept with that document while
    the support is the same object (an edit that touches the source gives a new one). The
    support underlines and each actor's mentions are found on first use, and marks are made
    for the pages of the text asked for, each page once: a long source is marked around what
    is on screen (a source of 30 MB may hold 300,000 mentions of one name), and the same
    selections are handed out again, which Qt applies at little cost.
    """

    def __init__(self, edit: QPlainTextEdit, text: SourceText, support: SourceSupport) -> None:
        """Mark `text`, which `edit` shows, with what `support` found in it."""
        self._edit = edit
        self.text = text
        self.support = support
        self._support_starts = [segment.start for segment in support.segments]
        self._mentions: dict[str, tuple[list[tuple[int, int]], list[int]]] = {}  # spans, starts
        self._pages: dict[object, dict[int, list[QTextEdit.ExtraSelection]]] = {}
        # the pages last asked for, and their selections in one list
        self._built: dict[object, tuple[tuple[int, int], list[QTextEdit.ExtraSelection]]] = {}

    def cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting Python offsets [start, end) of the text (Qt counts UTF-16 units)."""
        cursor = QTextCursor(self._edit.document())
        cursor.setPosition(self.text.utf16_offset(start))
        cursor.setPosition(self.text.utf16_offset(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    @contextmanager
    def _placing(self) -> Iterator[None]:
        """Place many marks' cursors at once. Inside an edit block a cursor skips working out
        its on-screen x, which lays out the line it is on: 30 µs a mark without the block,
        3 µs with it (nothing is edited, so the block leaves no undo step and no change)."""
        guard = QTextCursor(self._edit.document())
        guard.beginEditBlock()
        try:
            yield
        finally:
            guard.endEditBlock()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.cursor(start, end)
        selection.format = fmt
        return selection

    def support_selections(self, window: Window | None = None) -> list[QTextEdit.ExtraSelection]:
        """Underlines under every quote of any event in this source (around `window`)."""
        segments = self.support.segments
        solid, dashed = support_format(False), support_format(True)

        def make(i: int) -> QTextEdit.ExtraSelection:
            segment = segments[i]
            return self._selection(
                segment.start, segment.end, dashed if segment.approximate else solid
            )

        return self._paged(SUPPORT, self._support_starts, make, window)

    def count(self, actors: Iterable[Actor]) -> int:
        """How many marks the whole text holds: its support underlines and the mentions of
        `actors`."""
        return len(self.support.segments) + sum(len(self._mention_spans(a)[0]) for a in actors)

    def _mention_spans(self, actor: Actor) -> tuple[list[tuple[int, int]], list[int]]:
        found = self._mentions.get(actor.id)
        if found is None:
            spans = mentions(self.text.text, actor)
            found = self._mentions[actor.id] = (spans, [a for a, _ in spans])
        return found

    def mention_selections(
        self, actors: Iterable[Actor], window: Window | None = None
    ) -> list[QTextEdit.ExtraSelection]:
        """Light marks on every spelling of each of `actors` (around `window`)."""
        selections: list[QTextEdit.ExtraSelection] = []
        fmt = mention_format()
        for actor in actors:
            if window is not None:
                selections += self._mention_pages(actor, window, fmt)
                continue
            spans, starts = self._mention_spans(actor)

            def make(i: int, spans: list[tuple[int, int]] = spans) -> QTextEdit.ExtraSelection:
                return self._selection(*spans[i], fmt)

            selections += self._paged((MENTION, actor.id), starts, make, window)
        return selections

    def _mention_pages(
        self, actor: Actor, window: Window, fmt: QTextCharFormat
    ) -> list[QTextEdit.ExtraSelection]:
        """The marks of `actor`'s mentions on the pages `window` touches (and the one before),
        each page searched once: stepping through events in a long source meets new actors at
        every step, and searching the whole text for each took 50 ms a name in 1 MB."""
        lo, hi = window
        pages = self._pages.setdefault((MENTION_PAGES, actor.id), {})
        selections: list[QTextEdit.ExtraSelection] = []
        for page in range(max(0, lo // PAGE - 1), max(hi - 1, 0) // PAGE + 1):
            made = pages.get(page)
            if made is None:
                start, end = page * PAGE, (page + 1) * PAGE
                spans = mentions(self.text.text, actor, start, end + MENTION_REACH)
                with self._placing():
                    made = [self._selection(a, z, fmt) for a, z in spans if a < end]
                pages[page] = made
            selections += made
        return selections

    def _paged(
        self,
        key: object,
        starts: list[int],
        make: Callable[[int], QTextEdit.ExtraSelection],
        window: Window | None,
    ) -> list[QTextEdit.ExtraSelection]:
        """The selections of the spans (sorted `starts`) on the pages `window` touches, and on
        the page before it, where a span may start that reaches into it; all, without one."""
        lo, hi = window or (0, len(self.text.text))
        span = (max(0, lo // PAGE - 1), max(hi - 1, 0) // PAGE + 1)
        built = self._built.get(key)
        if built is not None and built[0] == span:
            return built[1]
        pages = self._pages.setdefault(key, {})
        selections: list[QTextEdit.ExtraSelection] = []
        for page in range(*span):
            made = pages.get(page)
            if made is None:
                first, last = (
                    bisect_left(starts, page * PAGE),
                    bisect_left(starts, (page + 1) * PAGE),
                )
                with self._placing():
                    made = pages[page] = [make(i) for i in range(first, last)]
            selections += made
        self._built[key] = (span, selections)
        return selections

    def quote_selection(self, anchor: Anchor) -> QTextEdit.ExtraSelection:
        """The highlight of an anchored quote."""
        return self._selection(anchor.start, anchor.end, quote_format(anchor.kind))

    def date_quote_selection(self, anchor: Anchor) -> QTextEdit.ExtraSelection:
        """The highlight of the sentence that states the date."""
        return self._selection(anchor.start, anchor.end, date_quote_format())

    def segment_at(self, pos: QPoint) -> SupportSegment | None:
        """The supporting segment under viewport point `pos`, if any."""
        cursor = self._edit.cursorForPosition(pos)
        position = cursor.position()
        # cursorForPosition gives the nearest gap between characters; the character under the
        # pointer is the one before that gap when the pointer is left of it.
        if position > 0 and pos.x() < self._edit.cursorRect(cursor).x():
            position -= 1
        return self.support.segment_at(self.text.from_utf16_offset(position))
