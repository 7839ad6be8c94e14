"""The one live state: the open timeline, its undo stack, the selection and the filter."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from viewer.core.anchoring import SourceText
from viewer.core.changes import RELOADED, Change, change_between, changed_span
from viewer.core.coverage import Coverage, dismissal_key, source_coverage
from viewer.core.evidence_index import SourceSupport, index_source
from viewer.core.evidence_reindex import reindexed
from viewer.core.filter_index import FilterIndex
from viewer.core.model import Event, Source, Timeline
from viewer.core.problems import Problem, Severity
from viewer.core.query import EventFilter, matching_event_ids
from viewer.core.recheck import Rechecker
from viewer.core.records import Invalid
from viewer.core.search import MAX_HITS, SearchHit, search
from viewer.core.sources import read_source_text
from viewer.core.store import LoadError, LoadResult
from viewer.ui.commands import TimelineCommand
from viewer.ui.common.background import in_process, run_in_background

if TYPE_CHECKING:  # the resolver's patterns load when a source is first read
    from viewer.core.date_resolver import SentenceSuggestion

# Dated sentences are looked for in sources up to this long (about a second's work); a longer
# one is a book or a dump, whose every date is no suggestion worth making.
SUGGEST_LIMIT = 1_000_000
# The coverage of a source longer than this is worked out in the background, its dated
# sentences in a helper process (a 1 MB source takes seconds); a shorter one's at once.
BACKGROUND_COVERAGE = 50_000
# Above this many events the filter's tables are made a little at a time while the app is
# idle after a file opens: the first filter of each kind would take up to 0.3 s at 100,000.
PREPARE_ABOVE = 20_000


def checked(
    rechecker: Rechecker, timeline: Timeline, texts: dict[str, SourceText]
) -> list[Problem]:
    """The problems of an edited timeline; whatever stops the check is itself the problem."""
    try:
        return rechecker.check(timeline, texts)
    except LoadError as exc:
        return [exc.problem]
    except Exception as exc:  # a bug in a check must never leave the views out of step
        message = f"the edited timeline could not be checked: {type(exc).__name__}: {exc}"
        return [Problem(Severity.ERROR, str(rechecker.path), None, None, "", message)]


class Document(QObject):
    """Owns the timeline, source texts, problems, undo stack, selection and the filter every
    view and export follows."""

    timeline_changed = Signal(object)  # core.changes.Change: what the edit touched
    selection_changed = Signal(str)  # event id, "" for none
    evidence_changed = Signal(int)  # index into the selected event's evidence
    filter_changed = Signal()
    language_changed = Signal(str)
    path_changed = Signal()
    coverage_ready = Signal(str)  # the coverage of this source id is now at hand
    source_opened = Signal(str)  # a source to read while no event is selected ("" for none)

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeline = Timeline()
        self._texts: dict[str, SourceText] = {}
        self._texts_by_file: dict[str, SourceText] = {}  # what each source file holds
        self._reading = ""
        self._coverages: dict[str, Coverage | None] = {}
        # by source id, with the text it was worked out on, until an edit touches the source
        self._supports: dict[str, tuple[SourceText, SourceSupport]] = {}
        self._suggestions: dict[str, list[SentenceSuggestion]] = {}
        self._preparing: set[str] = set()  # source ids whose coverage is being worked out
        self._problems: list[Problem] = []
        self._path: Path | None = None
        self._rechecker: Rechecker | None = None  # checks each edit by what it touched
        self._complete = True
        self._selected = ""
        self._evidence_index = 0
        self._filter = EventFilter()
        self._filtered_ids: frozenset[str] | None = None
        self._filtered = False  # whether _filtered_ids is worked out for this filter
        # what filters and searches ask of the events, following the timeline across edits
        self._index = FilterIndex()
        self._index_steps: Iterator[None] | None = None  # the table-making steps left
        self._prepare_timer = QTimer(self, interval=0)  # a step whenever the app is idle
        self._prepare_timer.timeout.connect(self._prepare_step)
        self._language = language
        self.undo_stack = QUndoStack(self)

    # -- reading -----------------------------------------------------------------------------
    @property
    def timeline(self) -> Timeline:
        """The current timeline value."""
        return self._timeline

    @property
    def texts(self) -> dict[str, SourceText]:
        """Source texts by source id (only the readable ones)."""
        return self._texts

    @property
    def problems(self) -> list[Problem]:
        """Validation problems of the loaded file."""
        return self._problems

    @property
    def path(self) -> Path | None:
        """The file the timeline came from."""
        return self._path

    @property
    def complete(self) -> bool:
        """False when part of the loaded file could not be kept (saving would drop it)."""
        return self._complete

    def set_path(self, path: Path) -> None:
        """The timeline now lives at `path` (after Save As or a first save of the bundle)."""
        self._path = path
        if self._rechecker is not None:
            self._rechecker.path = path
        self._complete = True
        self.path_changed.emit()

    @property
    def language(self) -> str:
        """The language data texts are shown in ("en" or "ko")."""
        return self._language

    @property
    def selected_event_id(self) -> str:
        """The id of the selected event, or ""."""
        return self._selected

    @property
    def evidence_index(self) -> int:
        """Which of the selected event's evidence entries is being read."""
        return self._evidence_index

    def selected_event(self) -> Event | None:
        """The selected event, if any."""
        return self._timeline.events_by_id.get(self._selected)

    @property
    def reading_source(self) -> str:
        """The id of the source being read: the one of the selected event's current evidence,
        else the source opened to read (see `open_source`), else ""."""
        event = self.selected_event()
        if event is not None:
            if not event.evidence:
                return ""
            index = min(max(self._evidence_index, 0), len(event.evidence) - 1)
            return event.evidence[index].source
        return self._reading if self._reading in self._timeline.sources_by_id else ""

    def suggestions(self, source_id: str) -> list[SentenceSuggestion]:
        """The sentences of a source that hold a date expression, with the dates a reader
        gives them (none when its text could not be read); kept until the source changes."""
        if source_id not in self._suggestions:
            from viewer.core.date_resolver import suggest_events  # compiles on first use

            text = self._texts.get(source_id)
            source = self._timeline.sources_by_id.get(source_id)
            found = []
            if text is not None and source is not None and len(text.text) <= SUGGEST_LIMIT:
                found = suggest_events(text.text, source.published)
            self._suggestions[source_id] = found
        return self._suggestions[source_id]

    def support(self, source_id: str, text: SourceText) -> SourceSupport:
        """Where the quotes of the events citing a source stand in its text (`text`, the one
        read for it): worked out once, kept until an edit touches the source."""
        kept = self._supports.get(source_id)
        if kept is None or kept[0] is not text:
            kept = self._supports[source_id] = (text, index_source(self._timeline, source_id, text))
        return kept[1]

    def coverage_known(self, source_id: str) -> bool:
        """Whether `coverage(source_id)` is at hand, not to be worked out."""
        return source_id in self._coverages

    def prepare_coverage(self, source_id: str) -> None:
        """Work out a source's dated sentences and quote marks in the background (seconds for
        a long source), then say so with coverage_ready; at once when nothing is to be done."""
        text = self._texts.get(source_id)
        source = self._timeline.sources_by_id.get(source_id)
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

        timeline, published = self._timeline, source.published
        suggest = source_id not in self._suggestions

        def work() -> tuple[list[SentenceSuggestion] | None, SourceSupport]:
            found = in_process(suggest_events, text.text, published) if suggest else None
            return found, support or index_source(timeline, source_id, text)

        def done(result: tuple[list[SentenceSuggestion] | None, SourceSupport]) -> None:
            self._preparing.discard(source_id)
            if isinstance(result, BaseException):
                raise result  # a fault: the error guard reports it
            found, support = result
            now = self._timeline.sources_by_id.get(source_id)
            if now is None or self._texts.get(source_id) is not text:
                return  # the source went or its text changed: asked again if needed
            if found is not None and _reading(now) == _reading(source):
                self._suggestions.setdefault(source_id, found)
            if self._timeline is timeline:
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
            text = self._texts.get(source_id)
            source = self._timeline.sources_by_id.get(source_id)
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

    @property
    def event_filter(self) -> EventFilter:
        """Which events are shown."""
        return self._filter

    def visible_event_ids(self) -> frozenset[str] | None:
        """Ids of the events the filter lets through, or None when it lets all through."""
        if not self._filtered:
            self._filtered_ids = matching_event_ids(self._timeline, self._filter, self._index)
            self._filtered = True
        return self._filtered_ids

    def events_by(self, part: str) -> dict[str, frozenset[str]]:
        """The ids of the events of each actor ("actor") or tag ("tag"), or citing each source
        ("source"); kept across edits like the filter's own tables."""
        return self._index.tables(self._timeline).group(f"by_{part}")

    def search(self, query: str, limit: int = MAX_HITS) -> list[SearchHit]:
        """Where `query` occurs in the events and the source texts (see core.search)."""
        return search(self._timeline, self._texts, query, limit, self._index.search)

    # -- changing ----------------------------------------------------------------------------
    def load(self, result: LoadResult) -> None:
        """Replace everything with a freshly loaded file; history starts over."""
        self._timeline = result.timeline
        self._texts = result.texts
        sources = result.timeline.sources
        self._texts_by_file = {s.file: result.texts[s.id] for s in sources if s.id in result.texts}
        self._reading = ""
        self._coverages.clear()
        self._supports.clear()
        self._suggestions.clear()
        self._problems = list(result.problems)
        self._path = result.path
        self._rechecker = Rechecker(result.path)
        self._rechecker.start(result.timeline, result.texts, self._problems)
        self._complete = result.complete
        self.undo_stack.clear()
        self._filter = self._filter.cleared()
        self._filtered = False
        self._selected = ""
        self._evidence_index = 0
        self._index.follow(result.timeline, RELOADED)
        self._index_steps = None
        if len(result.timeline.events) > PREPARE_ABOVE:
            self._index_steps = self._index.preparing(result.timeline)
        self._prepare_timer.start()
        self.path_changed.emit()
        self.timeline_changed.emit(RELOADED)
        self.filter_changed.emit()
        self.selection_changed.emit("")

    @property
    def preparing(self) -> bool:
        """Whether the tables and checks made while the app is idle after opening are not
        all made yet (edits and filters meanwhile make what they need at once)."""
        return self._prepare_timer.isActive()

    def _prepare_step(self) -> None:
        """One step of what is learnt while the app is idle after a file opens: the filter's
        tables of a large file, then each event's place for checking edits."""
        if self._index_steps is not None and next(self._index_steps, False) is None:
            return
        self._index_steps = None
        if self._rechecker is None or not self._rechecker.step():
            self._prepare_timer.stop()

    def set_timeline(self, timeline: Timeline, change: Change) -> None:
        """Replace the timeline value (undo commands call this) and check it again: the check
        comes first and cannot fail, then the value is swapped, then the views are told."""
        problems = self._problems
        before = self._timeline.sources_by_id
        if timeline.sources is not self._timeline.sources:
            self._texts = self._read_texts(timeline)
        if self._rechecker is not None:
            problems = checked(self._rechecker, timeline, self._texts)
        previous, self._timeline = self._timeline, timeline
        self._problems = problems
        self._index.follow(timeline, change)
        self._filtered = False
        for source_id in [s for s in self._coverages if change.touches_source(s)]:
            del self._coverages[source_id]
        self._follow_supports(previous, timeline, change)
        after = timeline.sources_by_id
        for source_id in list(self._suggestions):  # its text or publication date changed
            if _reading(after.get(source_id)) != _reading(before.get(source_id)):
                del self._suggestions[source_id]
        self.timeline_changed.emit(change)
        if self._selected and self._selected not in timeline.events_by_id:
            self.select_event("")

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
            if in_order and self._texts.get(source_id) is text:
                again = reindexed(support, after, touched, text)
                if again is not None:
                    self._supports[source_id] = (text, again)

    def _read_texts(self, timeline: Timeline) -> dict[str, SourceText]:
        """The texts of `timeline`'s sources: those read before, and the files of sources an
        edit added or pointed elsewhere, read now (an unreadable one is left out, as on load)."""
        texts: dict[str, SourceText] = {}
        for source in timeline.sources:
            text = self._texts_by_file.get(source.file)
            if text is None and self._path is not None:
                try:
                    text = read_source_text(self._path, source.file)
                except Invalid:
                    continue
                self._texts_by_file[source.file] = text
            if text is not None:
                texts.setdefault(source.id, text)
        return texts

    def open_source(self, source_id: str) -> None:
        """Read the source `source_id` on its own: no event is selected while it is read."""
        self.select_event("")
        if source_id != self._reading:
            self._reading = source_id
            self.source_opened.emit(source_id)

    def apply(
        self,
        after: Timeline,
        text: str,
        select: str | None = None,
        renamed: Mapping[str, str] | None = None,
        merged: Mapping[str, str] | None = None,
    ) -> None:
        """Make `after` the timeline as one undoable step named `text`, then select `select`
        (None keeps the selection); `renamed` and `merged` name the actor ids the edit
        renamed or folded into another, which views follow."""
        change = change_between(self._timeline, after, renamed, merged)
        command = TimelineCommand(self, self._timeline, after, text, change, select)
        self.undo_stack.push(command)

    def select_event(self, event_id: str) -> None:
        """Make `event_id` the one selection ("" clears it)."""
        if event_id != self._selected:
            self._selected = event_id
            self._evidence_index = 0
            self.selection_changed.emit(event_id)

    def select_evidence(self, index: int) -> None:
        """Read the selected event's evidence entry number `index` (0-based)."""
        if index != self._evidence_index:
            self._evidence_index = index
            self.evidence_changed.emit(index)

    def set_filter(self, event_filter: EventFilter) -> None:
        """Show only the events `event_filter` lets through."""
        if event_filter != self._filter:
            self._filter = event_filter
            self._filtered = False
            self.filter_changed.emit()

    def set_language(self, language: str) -> None:
        """Show data texts in `language`."""
        if language != self._language:
            self._language = language
            self.language_changed.emit(language)


def _reading(source: Source | None) -> tuple[str, str | None] | None:
    """What a source's suggestions depend on: its file and its publication date."""
    return None if source is None else (source.file, source.published)
