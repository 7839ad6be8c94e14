"""Checking an edited timeline again by what the edit touched: the problems are those a whole
check of the file as it will be saved finds (`store.revalidate`), with its lines, but only the
events that are new objects are written, read back and checked; the others keep what they were
found to have, and where their lines fall is summed from each event's line count.

An event's problems depend on the event, the source texts its evidence cites (kept with the
event) and the actors there are (checked apart, cheaply, only when they change). The header —
title, sources, actors, periods and whatever else the file holds — is small and is checked whole
each time; ids repeated among events are looked for with one set."""

from __future__ import annotations

import dataclasses
import itertools
import operator
import re
import zlib
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from viewer.core import yaml_fast, yaml_tree
from viewer.core.anchoring import FuzzyBudget, SourceText
from viewer.core.changes import changed_span
from viewer.core.model import Event, Timeline
from viewer.core.problems import Problem
from viewer.core.records import Findings, read_event
from viewer.core.store import LoadError, load_text, placed_problem
from viewer.core.validation import check_actors, check_event
from viewer.core.writer import around_events, dump_timeline, event_lines, event_text

# (line within the event, column, the path below the event (None: no path), message, error)
Found = tuple[int | None, int | None, tuple | None, str, bool]
PREPARE_STEP = 100  # events a step of preparation learns: about 5 ms, so a click waits no longer
SPARE_KEPT = 1_000  # what edits replaced is kept for this many events, for undo and redo
ITEM_COLUMN = 5  # where an event's mapping starts on its first line, "  - id: …"
ID_COLUMN = 9  # and where its id starts
_EVENT_PATH = re.compile(r"events\[(\d+)\]")
_ids = operator.attrgetter("id")


@dataclass(slots=True)
class _Checked:
    """What one event object was found to have, written as it will be saved."""

    event: Event
    lines: int
    data: bytes | _Packed  # its text in the file, UTF-8, or the pack of texts holding it
    found: tuple[Found, ...]  # its own problems: how it reads, its evidence
    actors: tuple[Found, ...]  # the actors it names that were unknown
    actors_for: frozenset[str]  # among these actor ids
    id: str  # its id as read back ("" when the id is not one)
    part: int = 0  # where its text starts in `data`, when that is a pack


@dataclass(frozen=True, slots=True)
class _Packed:
    """The texts of the events a step of learning learnt, one after another, compressed: at
    100,000 events they came to 30 MB as they are and to 4 MB packed; the pack is opened
    only for Save (0.1 ms each)."""

    zipped: bytes
    ends: array[int]  # where each text ends; it starts where the one before ends

    @staticmethod
    def of(texts: list[bytes]) -> _Packed:
        """The pack of `texts`."""
        ends = array("L", itertools.accumulate(map(len, texts)))
        return _Packed(zlib.compress(b"".join(texts), 1), ends)

    def texts(self) -> list[bytes]:
        """The texts, as packed."""
        whole = zlib.decompress(self.zipped)
        return [whole[a:z] for a, z in itertools.pairwise((0, *self.ends))]


class Rechecker:
    """The problems of each version of one timeline as it is edited (see the module)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # what was found for the event objects edits replaced, by id(): undo brings them back
        self._spare: dict[int, _Checked] = {}
        self._actor_ids: frozenset[str] = frozenset()
        self._texts: dict[str, SourceText] = {}
        self._sources: dict[str, object] = {}
        self._pending: Iterator[None] = iter(())
        # the events last checked, and for each by position: its entry, its line count and
        # the blank line after it, whether it has problems; how many events have each id
        self._events: tuple[Event, ...] = ()
        self._entries: list[_Checked] = []
        self._sizes: list[int] = []
        self._flagged: list[bool] = []
        self._id_counts: Counter[str] = Counter()
        self._whole = True  # the next check looks at every event (a check failed midway)

    def start(
        self,
        timeline: Timeline,
        texts: dict[str, SourceText],
        problems: list[Problem],
        complete: bool = True,
    ) -> None:
        """Begin from `timeline` as loaded, with its source `texts` and the `problems` the
        load found (`complete` False: the load left part of the file out, so the problems'
        places no longer say which event is which, and every event is checked again); `step`
        learns its events, or the first check does."""
        self._spare = {}
        self._actor_ids = frozenset(timeline.actors_by_id)
        self._sources, self._texts = dict(timeline.sources_by_id), texts
        self._events, self._entries, self._sizes, self._flagged = (), [], [], []
        self._id_counts = Counter()
        self._whole = False
        self._pending = self._preparing(timeline, problems, complete)

    def step(self) -> bool:
        """Learn the next PREPARE_STEP events (False once all are known)."""
        return next(self._pending, False) is None

    def _preparing(
        self, timeline: Timeline, problems: list[Problem], complete: bool
    ) -> Iterator[None]:
        """Each event's line count, and the problems of those that have any found again as
        they will be saved; the events with no problem need no check. No approximate
        comparison is made again: those the load made are kept by the source texts, and those
        its budget left out stay left out (a step would take seconds), as the load reported."""
        with_problems = {int(m[1]) for p in problems if (m := _EVENT_PATH.match(p.path))}
        events = timeline.events
        budget = FuzzyBudget(0)
        entries: list[_Checked] = []
        for start in range(0, len(events), PREPARE_STEP):
            learnt: list[_Checked] = []
            texts: list[bytes] = []
            for index in range(start, min(start + PREPARE_STEP, len(events))):
                event = events[index]
                if index in with_problems or not complete:
                    entries.append(self._check(event, timeline, budget))
                else:
                    text = event_text(event)
                    lines = text.count("\n") + 1
                    texts.append(text.encode())
                    entry = _Checked(event, lines, b"", (), (), self._actor_ids, event.id)
                    entries.append(entry)
                    learnt.append(entry)
            if learnt:
                pack = _Packed.of(texts)
                for part, entry in enumerate(learnt):
                    entry.data, entry.part = pack, part
            yield None
        self._splice(events, 0, 0, entries)

    def check(self, timeline: Timeline, texts: dict[str, SourceText]) -> list[Problem]:
        """Every problem of `timeline` as it will be saved, placed by line and column."""
        for _ in self._pending:  # what preparing has not learnt yet
            pass
        changed_sources = self._forget_changed_sources(timeline, texts)
        actor_ids = frozenset(timeline.actors_by_id)
        if actor_ids != self._actor_ids:  # the same object while they stay the same
            self._actor_ids = actor_ids
            self._whole = True
        actor_ids = self._actor_ids
        header, header_lines = self._header(timeline)
        events = timeline.events
        if changed_sources or self._whole:
            low, old_end, new_end = 0, len(self._events), len(events)
        else:
            low, old_end, new_end = changed_span(self._events, events)
        self._whole = True  # until this check has gone through
        # what the events that changed place were found to have (those citing a source that
        # changed are checked again)
        known = {
            id(entry.event): entry
            for entry in self._entries[low:old_end]
            if not changed_sources or not _cites(entry.event, changed_sources)
        }
        budget = FuzzyBudget()
        middle = []
        for event in events[low:new_end]:
            entry = known.get(id(event)) or self._spare.get(id(event))
            if entry is None or entry.event is not event:
                entry = self._checked_again(event, timeline, budget, (middle, low))
            elif entry.actors_for is not actor_ids:  # the actors changed since it was checked
                if entry.actors or not actor_ids.issuperset(event.actors):
                    entry.actors = self._actor_problems(event, actor_ids)
                entry.actors_for = actor_ids
            middle.append(entry)
        self._keep_spare(self._entries[low:old_end], middle)
        self._splice(events, low, old_end, middle)
        self._whole = False
        return self._problems(header, header_lines)

    def _keep_spare(self, replaced: list[_Checked], entries: list[_Checked]) -> None:
        """Keep what was found for the `replaced` events the new `entries` do not hold."""
        held = {id(entry) for entry in entries}
        for entry in replaced:
            if id(entry) not in held:
                self._spare[id(entry.event)] = entry
        for entry in entries:
            self._spare.pop(id(entry.event), None)
        if len(self._spare) > SPARE_KEPT:  # the oldest go
            kept = list(self._spare.items())[-SPARE_KEPT:]
            self._spare = dict(kept)

    def file_bytes(self, timeline: Timeline) -> bytes | None:
        """The file `timeline` makes (as `dump_timeline` writes it, in UTF-8), from the text
        of each event kept since it was checked; None when `timeline` was not the last checked
        or its events are not all learnt yet. Saving 100,000 events took 2 s to write them."""
        if timeline.events is not self._events:  # () until the events are learnt
            return None
        head, tail = around_events(timeline)
        opened: dict[int, list[bytes]] = {}  # each pack's texts, by id()
        texts = []
        for entry in self._entries:
            data = entry.data
            if type(data) is bytes:
                texts.append(data)
                continue
            unpacked = opened.get(id(data))
            if unpacked is None:
                unpacked = opened[id(data)] = data.texts()
            texts.append(unpacked[entry.part])
        return head.encode() + b"\n\n".join(texts) + tail.encode()

    def _splice(self, events: tuple[Event, ...], low: int, end: int, middle: list) -> None:
        """The events from `low` to `end` last checked are `middle` now, in `events`."""
        self._id_counts.subtract(map(_ids, self._entries[low:end]))
        self._id_counts.update(map(_ids, middle))
        self._entries[low:end] = middle
        self._sizes[low:end] = [entry.lines + 1 for entry in middle]
        self._flagged[low:end] = [bool(entry.found or entry.actors) for entry in middle]
        self._events = events

    def _problems(self, header: list[Problem], header_lines: int) -> list[Problem]:
        """Every problem, the events' placed by the lines of the events before them."""
        starts = list(itertools.accumulate(self._sizes, initial=header_lines + 3))
        repeated = {}
        if self._id_counts and max(self._id_counts.values()) > 1:
            repeated = _repeated_ids(self._entries)
        flagged = set(itertools.compress(itertools.count(), self._flagged))
        name = str(self.path)
        problems = [p for p in header if p.line is None or p.line <= header_lines]
        for index in sorted(flagged | repeated.keys()):
            entry = self._entries[index]
            problems += _placed(name, index, starts[index], entry, repeated.get(index))
        shift = starts[-1] - 1 - header_lines - 1 if self._events else 0  # the events' lines
        problems += [
            dataclasses.replace(p, line=p.line + shift)
            for p in header
            if p.line is not None and p.line > header_lines
        ]
        problems.sort(key=lambda problem: (problem.line or 0, problem.column or 0))
        return problems

    def _header(self, timeline: Timeline) -> tuple[list[Problem], int]:
        """The problems of everything but the events, in the file the header alone makes, and
        how many lines come before the events (what follows them is moved down by them)."""
        bare = dataclasses.replace(timeline, events=())
        before = dump_timeline(dataclasses.replace(bare, extra=())).count("\n")
        try:
            problems = load_text(dump_timeline(bare), self.path, self._texts).problems
        except LoadError as exc:
            problems = [exc.problem]
        return problems, before

    def _forget_changed_sources(self, timeline: Timeline, texts: dict[str, SourceText]) -> set[str]:
        """The sources whose entry or text changed: the events citing them are checked again."""
        sources = dict(timeline.sources_by_id)
        changed = {
            source_id
            for source_id in sources.keys() | self._sources.keys()
            if sources.get(source_id) is not self._sources.get(source_id)
            or texts.get(source_id) is not self._texts.get(source_id)
        }
        self._sources, self._texts = sources, texts
        if changed:
            self._spare = {
                key: entry for key, entry in self._spare.items() if not _cites(entry.event, changed)
            }
        return changed

    def _checked_again(
        self,
        event: Event,
        timeline: Timeline,
        budget: FuzzyBudget,
        before: tuple[list[_Checked], int],
    ) -> _Checked:
        """`_check`, with a value the file could not hold read back (nested too deep) made the
        problem a whole check makes of it, placed where the event will stand (`before`: the
        events checked so far in this check, and from which place on)."""
        try:
            return self._check(event, timeline, budget)
        except (yaml_tree.YamlRefused, yaml_tree.YamlSyntaxError) as exc:
            middle, low = before
            line = self._header(timeline)[1] + 3 + sum(self._sizes[:low])
            line += sum(entry.lines + 1 for entry in middle)
            position = None
            if exc.position is not None:
                position = (line + exc.position[0] - 2, exc.position[1])
            syntax = not isinstance(exc, yaml_tree.YamlRefused)  # refused: well formed
            message = f"YAML syntax error: {exc.message}" if syntax else exc.message
            problem = placed_problem(str(self.path), position, (), message, True)
            raise LoadError(problem, not_yaml=syntax) from None

    def _check(self, event: Event, timeline: Timeline, budget: FuzzyBudget) -> _Checked:
        """Write `event` as it will be saved, read it back and check it."""
        lines = event_lines(event)
        data = "\n".join(lines)
        text = "events:\n" + data + "\n"
        found = Findings()
        tree = yaml_fast.fast_parse(text)
        issues: list[yaml_tree.TreeIssue] = []
        if tree is None:
            tree, issues = yaml_tree.parse(text)
        item = tree["events"][0]
        read = read_event(item, ("events", 0), found)
        if read is not None:
            check_event(("events", 0), read, timeline.sources_by_id, self._texts, budget, found)
        own = [(line - 1, column, None, message, False) for (line, column), message in issues]
        own += _relative(text, found)
        actors = self._actor_problems(read or event, self._actor_ids, text)
        read_id = read.id if read is not None else ""
        entry = _Checked(
            event, len(lines), data.encode(), tuple(own), actors, self._actor_ids, read_id
        )
        return entry

    def _actor_problems(
        self, event: Event, actor_ids: frozenset[str], text: str | None = None
    ) -> tuple[Found, ...]:
        if actor_ids.issuperset(event.actors):
            return ()
        found = Findings()
        check_actors(("events", 0), event, actor_ids, found)
        return tuple(_relative(text or "events:\n" + "\n".join(event_lines(event)), found))


def _cites(event: Event, sources: set[str]) -> bool:
    """Whether `event`'s evidence cites one of `sources`."""
    return any(item.source in sources for item in event.evidence)


def _relative(text: str, found: Findings) -> list[Found]:
    """Findings at ("events", 0, …) in `text` (one event under `events:`), placed relative to
    the event's first line."""
    if not found.items:
        return []
    tree = None
    result = []
    for where, message, is_error in found.items:
        if len(where) == 2:  # the event itself: its mapping starts after "  - "
            result.append((0, ITEM_COLUMN, (), message, is_error))
            continue
        if tree is None:
            tree, _ = yaml_tree.parse(text)
        position = yaml_tree.locate(tree, where)
        line, column = position if position else (None, None)
        result.append((None if line is None else line - 2, column, where[2:], message, is_error))
    return result


def _repeated_ids(entries: list[_Checked]) -> dict[int, str]:
    """The events whose id an earlier event has, by position, with the error to report."""
    ids = list(map(_ids, entries))
    if len(set(ids)) == len(ids):
        return {}
    first: dict[str, int] = {}
    repeated = {}
    for index, event_id in enumerate(ids):
        if not event_id:
            continue
        if event_id in first:
            repeated[index] = f"id '{event_id}' is used twice (first at events[{first[event_id]}])"
        else:
            first[event_id] = index
    return repeated


def _placed(
    name: str, index: int, start: int, entry: _Checked, repeated: str | None
) -> list[Problem]:
    """The problems of the event at `index`, whose first line is `start`."""
    found = list(entry.found)
    if repeated is not None:
        found.append((0, ID_COLUMN, ("id",), repeated, True))
    found += entry.actors
    problems = []
    for line, column, below, message, is_error in found:
        where = ("events", index, *below) if below is not None else ()
        position = None if line is None else (start + line, column)
        problems.append(placed_problem(name, position, where, message, is_error))
    return problems
