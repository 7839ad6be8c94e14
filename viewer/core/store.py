"""Loading a timeline file: parse safely, read records, read sources, validate."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from viewer.core import yaml_fast, yaml_positions, yaml_tree
from viewer.core.anchoring import SourceText
from viewer.core.collector import collector_paused
from viewer.core.model import Event, Timeline
from viewer.core.problems import Problem, Severity
from viewer.core.progress import Cancelled, Progress, part
from viewer.core.records import Findings, read_event, read_timeline
from viewer.core.validation import (
    NotRegularFile,
    TooLarge,
    check_timeline,
    load_source_texts,
    read_regular_file,
)
from viewer.core.writer import dump_timeline

SCHEMA_VERSION = 1
MAX_TIMELINE_BYTES = 128 * 2**20  # reading takes about three times as much memory
MAX_MESSAGE = 400  # characters
# A file longer than this is read a thousand events at a time where it can be (see
# yaml_fast.events_parts): the whole tree of 100,000 events held 400 MB at once.
READ_IN_PARTS_ABOVE = 1_000_000


class LoadError(Exception):
    """The file cannot be used at all; `problem` says where and why."""

    def __init__(self, problem: Problem, *, not_yaml: bool) -> None:
        super().__init__(problem.format())
        self.problem = problem
        self.not_yaml = not_yaml


@dataclass
class LoadResult:
    """What loading produced: the valid parts, the source texts and every problem."""

    path: Path
    timeline: Timeline
    texts: dict[str, SourceText] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    complete: bool = True  # False when part of the file could not be kept in the model

    @property
    def errors(self) -> list[Problem]:
        """The problems that are errors."""
        return [problem for problem in self.problems if problem.is_error]


def load_timeline(path: str | Path, progress: Progress | None = None) -> LoadResult:
    """Load and validate a timeline file; raise LoadError only when nothing can be loaded, and
    Cancelled when `progress` (told how far the work has come) asks to stop."""
    path = Path(path)
    name = str(path)
    try:
        raw = read_regular_file(path, MAX_TIMELINE_BYTES)
    except NotRegularFile:
        raise LoadError(
            _fatal(name, None, "the file is not a regular file (a device, pipe or socket)"),
            not_yaml=True,
        ) from None
    except TooLarge:
        message = (
            f"the file is larger than {MAX_TIMELINE_BYTES // 2**20} MB, the most a timeline may be"
        )
        raise LoadError(_fatal(name, None, message), not_yaml=True) from None
    except (OSError, RuntimeError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise LoadError(
            _fatal(name, None, f"cannot read the file: {reason}"), not_yaml=True
        ) from None
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise LoadError(
            _fatal(name, (line, 1), "the file is not UTF-8 text"), not_yaml=True
        ) from None
    return load_text(text, path, progress=progress)


def load_text(
    text: str,
    path: Path,
    texts: dict[str, SourceText] | None = None,
    progress: Progress | None = None,
) -> LoadResult:
    """Load and validate timeline YAML as if read from `path`; `texts` spares re-reading sources."""
    with collector_paused():
        parts = yaml_fast.events_parts(text) if len(text) > READ_IN_PARTS_ABOVE else None
        header = yaml_fast.fast_parse(parts[0]) if parts else None
        if parts and header is not None and header.get("events") is None:
            loaded = _load_text(text, path, texts, progress, (header, parts[1]))
            if loaded is not None:
                return loaded
        loaded = _load_text(text, path, texts, progress)
        assert loaded is not None
        return loaded


def _load_text(
    text: str,
    path: Path,
    texts: dict[str, SourceText] | None,
    progress: Progress | None,
    parts: tuple[dict, list[tuple[int, int]]] | None = None,
) -> LoadResult | None:
    """The load, from the file's `parts` when given (None if one does not read: read the file
    whole), else from the whole file."""
    name = str(path)
    if progress:
        progress(0.0)
    tree = parts[0] if parts else yaml_fast.fast_parse(text)
    tree_issues: list[yaml_tree.TreeIssue] = []
    if tree is None:
        try:
            tree, tree_issues = yaml_tree.parse(text)
        except yaml_tree.YamlRefused as exc:  # well-formed, but not read: a problem (exit 1)
            raise LoadError(_fatal(name, exc.position, exc.message), not_yaml=False) from None
        except yaml_tree.YamlSyntaxError as exc:
            raise LoadError(
                _fatal(name, exc.position, f"YAML syntax error: {exc.message}"), not_yaml=True
            ) from None
    if progress and parts is None:
        progress(0.45)
    if not isinstance(tree, dict):
        raise LoadError(
            _fatal(
                name,
                (1, 1),
                "a timeline file must be a mapping with schema, sources, actors and events",
            ),
            not_yaml=False,
        )
    schema = tree.get("schema")
    found = Findings()
    if schema is None:
        found.warning(("schema",), f"no schema version; reading it as version {SCHEMA_VERSION}")
    elif isinstance(schema, bool) or schema != SCHEMA_VERSION or not isinstance(schema, int):
        # True == 1 and 1.0 == 1 in Python, but neither is the number 1 the format asks for
        position = _positions(text, tree, [("schema",)])[0]
        raise LoadError(
            _fatal(
                name,
                position,
                f"schema {_shown(schema)} is not a version this program reads "
                f"(it reads version {SCHEMA_VERSION})",
            ),
            not_yaml=False,
        )
    # shares of the time each stage takes on a large file
    if parts is None:
        timeline = read_timeline(tree, found, part(progress, 0.45, 0.75))
    else:
        read = _read_parts(text, tree, parts[1], found, part(progress, 0.0, 0.75))
        if read is None:
            return None
        timeline = read
    try:
        if texts is None:
            texts = load_source_texts(timeline, path.parent, found)
        check_timeline(timeline, texts, found, part(progress, 0.75, 1.0))
    except (MemoryError, RecursionError, Cancelled):
        raise
    except Exception as exc:  # whatever a check cannot judge is a problem, not a crash
        found.error((), f"the file could not be checked whole: {type(exc).__name__}: {exc}")
        texts = texts or {}
    problems = [
        Problem(Severity.WARNING, name, line, column, "", message)
        for (line, column), message in ((issue.position, issue.message) for issue in tree_issues)
    ]
    positions = _positions(text, tree, [where for where, _, _ in found.items])
    problems += [
        placed_problem(name, position, where, message, is_error)
        for position, (where, message, is_error) in zip(positions, found.items, strict=True)
    ]
    problems.sort(key=lambda problem: (problem.line or 0, problem.column or 0))
    complete = not found.dropped and not tree_issues
    return LoadResult(path, timeline, texts, problems, complete)


def _read_parts(
    text: str,
    header: dict,
    parts: list[tuple[int, int]],
    found: Findings,
    progress: Progress | None,
) -> Timeline | None:
    """The timeline of the file's header and its events read a part at a time, each part's
    tree let go once its events are read; None when a part does not read as a list of events
    by the fast parser (the whole file is then read as one)."""
    timeline = read_timeline(header, found)
    events: list[Event] = []
    index = 0
    for number, where in enumerate(parts):
        items = yaml_fast.events_part(text, where)
        if items is None:
            return None
        for item in items:
            event = read_event(item, ("events", index), found)
            index += 1
            if event is not None:
                events.append(event)
        if progress:
            progress((number + 1) / len(parts))
    return dataclasses.replace(timeline, events=tuple(events))


def revalidate(timeline: Timeline, texts: dict[str, SourceText], path: Path) -> list[Problem]:
    """The problems of an edited timeline, with the lines it will have once saved."""
    return load_text(dump_timeline(timeline), path, texts).problems


def format_path(path: Sequence[str | int]) -> str:
    """`("events", 12, "evidence", 0, "quote")` -> `events[12].evidence[0].quote`."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def _positions(
    text: str, tree: Any, paths: list[Sequence[str | int]]
) -> list[yaml_tree.Position | None]:
    """Where each path stands: from the careful reader's tree, or found again in the text when
    the fast parser, which keeps no positions, read it."""
    if isinstance(tree, yaml_tree.LocatedMap):
        return [yaml_tree.locate(tree, where) for where in paths]
    return yaml_positions.locate_all(text, paths)


def placed_problem(
    name: str,
    position: yaml_tree.Position | None,
    where: Sequence[str | int],
    message: str,
    is_error: bool,
) -> Problem:
    """The problem at `where` in file `name`, found at `position` (line, column)."""
    line, column = position if position else (None, None)
    severity = Severity.ERROR if is_error else Severity.WARNING
    return Problem(severity, name, line, column, format_path(where), _capped(message))


def _shown(value: Any, limit: int = 60) -> str:
    """A value as a message may quote it: its repr, cut short."""
    text = repr(value) if not isinstance(value, dict | list) else type(value).__name__
    return text if len(text) <= limit else text[:limit] + "…"


def _fatal(name: str, position: tuple[int, int] | None, message: str) -> Problem:
    line, column = position if position else (None, None)
    return Problem(Severity.ERROR, name, line, column, "", _capped(message))


def _capped(message: str, limit: int = MAX_MESSAGE) -> str:
    """A message quoting a huge value (a date of 20,000 characters) is cut to a readable size."""
    return message if len(message) <= limit else message[: limit - 1] + "…"
