"""What each source's text holds for the open timeline: its dated sentences, where the events'
quotes stand in it, and how much of it is used; worked out when first asked (a long source in
the background) and kept across edits, updated or dropped by what each edit touched."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from viewer.core.anchoring import SourceText
from viewer.core.changes import Change, changed_span
from viewer.core.coverage import Coverage, dismissal_key, source_coverage
from viewer.core.evidence_index import SourceSupport, index_source, indexing_source
from viewer.core.evidence_reindex import reindexed
from viewer.core.model import Source, Timeline
from viewer.ui.common.background import in_process, run_in_background

if TYPE_CHECKING:  # the resolver's patterns load when a source is first read
    from viewer.core.date_resolver import SentenceSuggestion

# Dated sentences are looked for in sources up to this long (about a second's work); a longer
# one is a book or a dump, whose every date is no suggestion worth making.
SUGGEST_LIMIT = 1_000_000
# The coverage of a source longer than this is worked out in the background, its dated
# sentences in a helper process (a 1 MB source takes seconds); a shorter one's at once.
BACKGROUND_COVERAGE = 50_000
# The sources whose quote marks are made while the app is idle after opening: as many as the
# source pane keeps documents of (each look through a large timeline takes a while).
PREPARED = 4


class OpenTimeline(Protocol):
    """What the analyses read: the open timeline and its source texts (the Document)."""

    @property
    def timeline(self) -> Timeline: ...

    @property
    def texts(self) -> dict[str, SourceText]: ...


class SourceAnalyses(QObject):
    """The analyses of the document's sources, by source id (see the module)."""

    coverage_ready = Signal(str)  # the coverage of this source id is now at hand

    def __init__(self, document: OpenTimeline, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._coverages: dict[str, Coverage | None] = {}
        # by source id, with the text it was worked out on
        self._supports: dict[str, tuple[SourceText, SourceSupport]] = {}
        self._suggestions: dict[str, list[SentenceSuggestion]] = {}
        self._preparing: set[str] = set()  # source ids whose coverage is being worked out

    def clear(self) -> None:
        """Forget everything (another timeline was opened)."""
        self._coverages.clear()
        self._supports.clear()
        self._suggestions.clear()

    def suggestions(self, source_id: str) -> list[SentenceSuggestion]:
        """The sentences of a source that hold a date expression, with the dates a reader
        gives them (none when its text could not be read); kept until the source changes."""
        if source_id not in self._suggestions:
            from viewer.core.date_resolver import suggest_events  # compiles on first use

            text = self._document.texts.get(source_id)
            source = self._document.timeline.sources_by_id.get(source_id)
            found = []
            if text is not None and source is not None and len(text.text) <= SUGGEST_LIMIT:
                found = suggest_events(text.text, source.published)
            self._suggestions[source_id] = found
        return self._suggestions[source_id]

    def preparing(
        self, cited: Callable[[], Mapping[str, int]], most: int = PREPARED
    ) -> Iterator[None]:
        """Where the quotes of the `most` most cited sources stand (`cited`: the events citing
        each, as bits), worked out a step at a time (see indexing_source) for a caller to take while
        the app is idle; an edit meanwhile ends it (what is left is worked out when asked)."""
        timeline = self._document.timeline
        citing = cited()
        for source_id in sorted(citing, key=lambda key: -citing[key].bit_count())[:most]:
            text = self._document.texts.get(source_id)
            if text is None or source_id in self._supports:
                continue
            support = yield from indexing_source(timeline, source_id, text)
            if self._document.timeline is not timeline:
                return
            if self._document.texts.get(source_id) is text:
                self._supports.setdefault(source_id, (text, support))

    def support(self, source_id: str, text: SourceText) -> SourceSupport:
        """Where the quotes of the events citing a source stand in its text (`text`, the one
        read for it): worked out once, kept until an edit touches the source."""
        kept = self._supports.get(source_id)
        if kept is None or kept[0] is not text:
            support = index_source(self._document.timeline, source_id, text)
            kept = self._supports[source_id] = (text, support)
        return kept[1]

    def coverage_known(self, source_id: str) -> bool:
        """Whether `coverage(source_id)` is at hand, not to be worked out."""
        return source_id in self._coverages

    def prepare_coverage(self, source_id: str) -> None:
        """Work out a source's dated sentences and quote marks in the background (seconds for
        a long source), then say so with coverage_ready; at once when nothing is to be done."""
        text = self._document.texts.get(source_id)
        source = self._document.timeline.sources_by_id.get(source_id)
        if source_id in self._preparing:
            return
        kept = self._supports.get(source_id)
        support = kept[1] if kept is not None and kept[0] is text else None
        if (
            self.coverage_known(source_id)
            or text is None
            or source is None
            or not BACKGROUND_COVERAGE < len(text.text) <= SUGGEST_LIMIT  # quick, or none
            or (support is not None and source_id in self._suggestions)  # all at hand
        ):
            self.coverage(source_id)
            self.coverage_ready.emit(source_id)
            return
        from viewer.core.date_resolver import suggest_events  # compiles on first use

        timeline, published = self._document.timeline, source.published
        suggest = source_id not in self._suggestions

        def work() -> tuple[list[SentenceSuggestion] | None, SourceSupport]:
            found = in_process(suggest_events, text.text, published) if suggest else None
            return found, support or index_source(timeline, source_id, text)

        def done(result: tuple[list[SentenceSuggestion] | None, SourceSupport]) -> None:
            self._preparing.discard(source_id)
            if isinstance(result, BaseException):
                raise result  # a fault: the error guard reports it
            found, support = result
            now = self._document.timeline.sources_by_id.get(source_id)
            if now is None or self._document.texts.get(source_id) is not text:
                return  # the source went or its text changed: asked again if needed
            if found is not None and _reading(now) == _reading(source):
                self._suggestions.setdefault(source_id, found)
            if self._document.timeline is timeline:
                self._supports.setdefault(source_id, (text, support))
            self.coverage(source_id)
            self.coverage_ready.emit(source_id)

        self._preparing.add(source_id)
        run_in_background(self, work, done)

    def coverage(self, source_id: str) -> Coverage | None:
        """The dated sentences of a source and those no event cites and the user did not
        dismiss (None when its text could not be read or is longer than SUGGEST_LIMIT); kept
        until an edit touches it."""
        if source_id not in self._coverages:
            text = self._document.texts.get(source_id)
            source = self._document.timeline.sources_by_id.get(source_id)
            found = None
            if text is not None and source is not None and len(text.text) <= SUGGEST_LIMIT:
                support = self.support(source_id, text)
                suggested = self.suggestions(source_id)
                gone = set(source.dismissed)
                dismissed = frozenset(
                    (s.start, s.end) for s in suggested if dismissal_key(s.text) in gone
                )
                dated = [(s.start, s.end) for s in suggested]
                found = source_coverage(text, support, dated, dismissed)
            self._coverages[source_id] = found
        return self._coverages[source_id]

    def follow(self, before: Timeline, change: Change) -> None:
        """The document's timeline changed from `before` by `change`: the coverage of the
        sources it touched goes, their supports follow it, and the dated sentences of a source
        whose file or publication date changed go."""
        after = self._document.timeline
        for source_id in [s for s in self._coverages if change.touches_source(s)]:
            del self._coverages[source_id]
        self._follow_supports(before, after, change)
        now, then = after.sources_by_id, before.sources_by_id
        for source_id in list(self._suggestions):
            if _reading(now.get(source_id)) != _reading(then.get(source_id)):
                del self._suggestions[source_id]

    def _follow_supports(self, before: Timeline, after: Timeline, change: Change) -> None:
        """The supports of the sources `change` touched: updated for the events it edited,
        when the others stand in the same order, or dropped (worked out again when asked)."""
        touched = change.events_added | change.events_removed | change.events_changed
        low, before_end, after_end = changed_span(before.events, after.events)
        in_order = not change.reloaded and all(
            event.id in touched
            for event in itertools.chain(before.events[low:before_end], after.events[low:after_end])
        )
        for source_id in [s for s in self._supports if change.touches_source(s)]:
            text, support = self._supports.pop(source_id)
            if in_order and self._document.texts.get(source_id) is text:
                again = reindexed(support, after, touched, text)
                if again is not None:
                    self._supports[source_id] = (text, again)


def _reading(source: Source | None) -> tuple[str, str | None] | None:
    """What a source's suggestions depend on: its file and its publication date."""
    return None if source is None else (source.file, source.published)
