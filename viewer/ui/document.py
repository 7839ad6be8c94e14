"""The one live state: the open timeline, its undo stack, the selection and the filter."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from viewer.core.anchoring import SourceText
from viewer.core.changes import RELOADED, Change, change_between
from viewer.core.collector import settle
from viewer.core.filter_index import FilterIndex, Shown
from viewer.core.model import Event, Timeline
from viewer.core.problems import Problem, Severity
from viewer.core.query import EventFilter, matching_events
from viewer.core.recheck import Rechecker
from viewer.core.records import Invalid
from viewer.core.search import MAX_HITS, SearchHit, search
from viewer.core.sources import read_source_text
from viewer.core.store import LoadError, LoadResult
from viewer.ui.commands import TimelineCommand
from viewer.ui.source_analyses import SourceAnalyses

if TYPE_CHECKING:  # the resolver's patterns load when a source is first read
    pass

# Above this many events the filter's tables are made a little at a time while the app is
# idle after a file opens: the first filter of each kind would take up to 0.3 s at 100,000.
PREPARE_ABOVE = 20_000
HOLD_PREPARING_MS = 150  # how long the idle learning waits after a click, a key or an edit
_DONE = object()  # nothing left to learn


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
    source_opened = Signal(str)  # a source to read while no event is selected ("" for none)

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeline = Timeline()
        self._texts: dict[str, SourceText] = {}
        self._texts_by_file: dict[str, SourceText] = {}  # what each source file holds
        self._reading = ""
        self._problems: list[Problem] = []
        self._path: Path | None = None
        self._rechecker: Rechecker | None = None  # checks each edit by what it touched
        self._complete = True
        self._selected = ""
        self._evidence_index = 0
        self._filter = EventFilter()
        self._shown: Shown | None = None
        self._filtered = False  # whether _shown is worked out for this filter
        # what filters and searches ask of the events, following the timeline across edits
        self._index = FilterIndex()
        self._steps: Iterator[object] = iter(())  # what is left to learn while idle
        self._prepare_timer = QTimer(self, interval=0)  # a step whenever the app is idle
        self._prepare_timer.timeout.connect(self._prepare_step)
        self._language = language
        self.undo_stack = QUndoStack(self)
        # what each source's text holds, kept across edits
        self.analyses = SourceAnalyses(self, self)

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

    @property
    def event_filter(self) -> EventFilter:
        """Which events are shown."""
        return self._filter

    def visible_events(self) -> Shown | None:
        """The events the filter lets through, or None when it lets all through."""
        if not self._filtered:
            self._shown = matching_events(self._timeline, self._filter, self._index)
            self._filtered = True
        return self._shown

    def visible_event_ids(self) -> frozenset[str] | None:
        """Ids of the events the filter lets through, or None when it lets all through."""
        shown = self.visible_events()
        return None if shown is None else shown.ids

    def events_by(self, part: str) -> dict[str, int]:
        """The events of each actor ("actor") or tag ("tag"), or citing each source ("source"),
        as bits by position (count them with int.bit_count); kept across edits like the
        filter's own tables."""
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
        self.analyses.clear()
        self._problems = list(result.problems)
        self._path = result.path
        self._rechecker = Rechecker(result.path)
        self._rechecker.start(result.timeline, result.texts, self._problems, result.complete)
        self._complete = result.complete
        self.undo_stack.clear()
        self._filter = self._filter.cleared()
        self._filtered = False
        self._selected = ""
        self._evidence_index = 0
        if len(result.timeline.events) > PREPARE_ABOVE:
            settle()
        self._index.follow(result.timeline, RELOADED)
        # where each source's quotes stand first (the first event shown from a 1 MB source
        # waited 0.4 s for it), then the filter's tables of a large file, then each event's
        # text and place in the file for checking edits
        large = len(result.timeline.events) > PREPARE_ABOVE
        self._steps = itertools.chain(
            self.analyses.preparing(lambda: self.events_by("source")),
            self._index.preparing(result.timeline) if large else (),
            iter(self._rechecker.step, False),
        )
        self._prepare_timer.start()
        self.path_changed.emit()
        self.timeline_changed.emit(RELOADED)
        self.filter_changed.emit()
        self.selection_changed.emit("")

    def file_bytes(self) -> bytes | None:
        """The file the timeline makes, from each event's text kept since it was checked;
        None when not at hand (then it is written out whole)."""
        return self._rechecker.file_bytes(self._timeline) if self._rechecker else None

    @property
    def preparing(self) -> bool:
        """Whether the tables and checks made while the app is idle after opening are not
        all made yet (edits and filters meanwhile make what they need at once)."""
        return self._prepare_timer.isActive()

    def when_idle(self, steps: Iterator[object]) -> None:
        """Take `steps` one at a time while the app is idle, before what is left to learn
        (they are for what the user sees next); like it, they stand aside a moment after
        each click, key or edit."""
        self._steps = itertools.chain(steps, self._steps)
        if not self._prepare_timer.isActive():
            self._prepare_timer.start(0)

    def _prepare_step(self) -> None:
        """One step of what is learnt while the app is idle after a file opens."""
        self._prepare_timer.setInterval(0)
        if next(self._steps, _DONE) is _DONE:
            self._prepare_timer.stop()
            if len(self._timeline.events) > PREPARE_ABOVE:
                settle()  # the collector leaves alone what was learnt, as what was loaded

    def _stand_aside(self) -> None:
        """Hold what is learnt while idle for a moment after the user did something: the
        views redraw first (the steps ran between the events of a redraw, and a filter at
        100,000 events waited for three or four of them)."""
        if self._prepare_timer.isActive():
            self._prepare_timer.start(HOLD_PREPARING_MS)

    def set_timeline(self, timeline: Timeline, change: Change) -> None:
        """Replace the timeline value (undo commands call this) and check it again: the check
        comes first and cannot fail, then the value is swapped, then the views are told."""
        self._stand_aside()
        problems = self._problems
        if timeline.sources is not self._timeline.sources:
            self._texts = self._read_texts(timeline)
        if self._rechecker is not None:
            problems = checked(self._rechecker, timeline, self._texts)
        previous, self._timeline = self._timeline, timeline
        self._problems = problems
        self._index.follow(timeline, change)
        self._filtered = False
        self.analyses.follow(previous, change)
        self.timeline_changed.emit(change)
        if self._selected and self._selected not in timeline.events_by_id:
            self.select_event("")
        if previous is not timeline:
            previous.forget_lookups()  # an undo step holds it, its lookups need not be held

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
            self._stand_aside()
            self._selected = event_id
            self._evidence_index = 0
            self.selection_changed.emit(event_id)

    def select_evidence(self, index: int) -> None:
        """Read the selected event's evidence entry number `index` (0-based)."""
        if index != self._evidence_index:
            self._stand_aside()
            self._evidence_index = index
            self.evidence_changed.emit(index)

    def set_filter(self, event_filter: EventFilter) -> None:
        """Show only the events `event_filter` lets through."""
        if event_filter != self._filter:
            self._stand_aside()
            self._filter = event_filter
            self._filtered = False
            self.filter_changed.emit()

    def set_language(self, language: str) -> None:
        """Show data texts in `language`."""
        if language != self._language:
            self._language = language
            self.language_changed.emit(language)
