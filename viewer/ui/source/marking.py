"""Handing the source text edit the marks of what is read: all of them in a short text, those
around the view in a long one, marked again as the view moves on."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from viewer.core.anchoring import Anchor
from viewer.core.model import Actor
from viewer.ui.source.marks import SourceMarks, Window

# A source with more marks than this (or longer than four times MARKED_AROUND_VIEW) is marked
# around the part on screen, this many characters beyond each edge of the view, a page at a time
# (marks.PAGE), each page once. Each step to an event elsewhere in such a text meets new pages,
# and Qt lays out the lines of every mark handed to it: 250 marks around the view took 7-10 ms
# to hand over, the 60 of a narrow margin 1.3 ms; the view is marked again as it scrolls.
MARKS_ALL_AT_ONCE = 2_000
MARKED_AROUND_VIEW = 800


class ViewMarker:
    """Marks, in one text edit, the quote read, the sentence stating its date, every quote of
    any event and the mentions of the event's actors."""

    def __init__(self, edit: QPlainTextEdit) -> None:
        self._edit = edit
        self._marks: SourceMarks | None = None
        # what the marks show: the quote read (None while a source is read on its own), the
        # sentence stating its date (if the entry names one) and the event's actors
        self._marking: tuple[Anchor | None, Anchor | None, list[Actor]] | None = None
        self._marked: Window | None = None  # the part of the text marked

    def clear(self) -> None:
        """Mark nothing more (the marks on screen stay until the edit's text changes)."""
        self._marks, self._marking, self._marked = None, None, None

    def mark(
        self, marks: SourceMarks, quote: Anchor | None, date: Anchor | None, actors: list[Actor]
    ) -> None:
        """Mark `quote` and `date` (when found) and `actors` in the text `marks` are made for."""
        self._marks, self._marking = marks, (quote, date, actors)
        self._apply(self._window())

    def follow(self) -> None:
        """Mark again when the view has left the part of a long text that was marked."""
        if self._marked is None:
            return
        wanted = self._window()
        if wanted is not None and (
            wanted[0] + MARKED_AROUND_VIEW < self._marked[0]
            or wanted[1] - MARKED_AROUND_VIEW > self._marked[1]
        ):
            self._apply(wanted)

    def _apply(self, window: Window | None) -> None:
        if self._marks is None or self._marking is None:
            return
        marks, (anchor, date, actors) = self._marks, self._marking
        self._marked = window
        # Mentions come last: their translucent tint still shows inside the quote highlight.
        quote = [marks.quote_selection(anchor)] if anchor is not None and anchor.found else []
        if date is not None and date.found:
            quote.append(marks.date_quote_selection(date))
        mentions = marks.mention_selections(actors, window)
        self._edit.setExtraSelections([*marks.support_selections(window), *quote, *mentions])

    def _window(self) -> Window | None:
        """The part of the text to mark: all of it (None), or what is on screen and around."""
        if self._marks is None or self._marking is None:
            return None
        # counting the marks of a long text takes long itself: such a text is marked in part
        if (
            len(self._marks.text.text) <= 4 * MARKED_AROUND_VIEW
            and self._marks.count(self._marking[2]) <= MARKS_ALL_AT_ONCE
        ):
            return None
        text, edit = self._marks.text, self._edit
        viewport = edit.viewport().rect()
        first = text.from_utf16_offset(edit.cursorForPosition(viewport.topLeft()).position())
        last = text.from_utf16_offset(edit.cursorForPosition(viewport.bottomRight()).position())
        return (max(0, first - MARKED_AROUND_VIEW), last + MARKED_AROUND_VIEW)
