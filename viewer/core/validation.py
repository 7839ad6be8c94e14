"""Checks across records: ids, references, source files and the quotes in them."""

from __future__ import annotations

import dataclasses
import stat
from collections.abc import Container, Iterable
from pathlib import Path, PurePosixPath, PureWindowsPath

from viewer.core.anchoring import (
    MAX_COUNTED,
    Anchor,
    FuzzyBudget,
    MatchKind,
    SourceText,
    find_all,
)
from viewer.core.meaning import describe_changes, meaning_changes_at
from viewer.core.model import Event, Evidence, Timeline
from viewer.core.problems import one_line
from viewer.core.progress import Progress, counted
from viewer.core.records import Findings, Invalid


class NotRegularFile(OSError):
    """The path is a device, pipe or socket: reading it could block or never end."""


class TooLarge(OSError):
    """The file is larger than the limit it was read with."""


MAX_SOURCE_BYTES = 64 * 2**20
MAX_TOTAL_SOURCE_CHARACTERS = 100_000_000  # what all of one timeline's sources may hold


def resolve_source_file(folder: Path, file: str) -> Path:
    """The absolute path of a source file, which must stay inside the timeline's folder."""
    if not file.strip():
        raise Invalid("is empty")
    shown = one_line(file)
    if "\x00" in file:
        raise Invalid(f"'{shown}' holds a NUL character, which no file name can")
    if PurePosixPath(file).is_absolute() or PureWindowsPath(file).is_absolute():
        raise Invalid(f"'{shown}' is an absolute path; give a path relative to the timeline file")
    try:
        base = folder.resolve()
        full = (base / file.replace("\\", "/")).resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # RuntimeError: a symlink loop (3.11)
        raise Invalid(f"'{shown}' cannot be followed: {_reason(exc)}") from None
    if not full.is_relative_to(base):
        raise Invalid(f"'{shown}' leads outside the timeline's folder")
    return full


def read_source_file(path: Path, room: int = MAX_TOTAL_SOURCE_CHARACTERS) -> str:
    """The text of a source file as UTF-8, if it fits in the `room` left for this timeline's
    sources; raises Invalid saying why it cannot be used."""
    name = one_line(path.name)
    # UTF-8 takes at most four bytes a character, so a file of more bytes cannot fit the room
    limit = min(MAX_SOURCE_BYTES, 4 * room)
    if limit <= 0:
        raise _no_room(name)
    try:
        data = read_regular_file(path, limit)
    except FileNotFoundError:
        raise Invalid(f"'{name}' does not exist") from None
    except IsADirectoryError:
        raise Invalid(f"'{name}' is a folder, not a text file") from None
    except NotRegularFile:
        raise Invalid(f"'{name}' is not a regular file (a device, pipe or socket)") from None
    except TooLarge:
        if limit < MAX_SOURCE_BYTES:
            raise _no_room(name) from None
        raise Invalid(f"'{name}' is larger than {MAX_SOURCE_BYTES // 2**20} MB") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise Invalid(f"'{name}' cannot be read: {_reason(exc)}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise Invalid(f"'{name}' is not UTF-8 text (bad byte on its line {line})") from None
    if len(text) > room:
        raise _no_room(name)
    return text.removeprefix("\ufeff")


def _no_room(name: str) -> Invalid:
    return Invalid(
        f"'{name}' was not read: this timeline's sources would pass "
        f"{MAX_TOTAL_SOURCE_CHARACTERS // 10**6} million characters together"
    )


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; never opens a pipe or device, so
    reading never blocks or runs on without end."""
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(str(path))
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFile(str(path))
    if info.st_size > limit:
        raise TooLarge(str(path))
    with path.open("rb") as file:
        data = file.read(limit + 1)
    if len(data) > limit:  # it grew after the stat
        raise TooLarge(str(path))
    return data


def _reason(error: BaseException) -> str:
    return one_line(getattr(error, "strerror", None) or str(error) or type(error).__name__)


def load_source_texts(timeline: Timeline, folder: Path, found: Findings) -> dict[str, SourceText]:
    """Read every source's file once; problems name the `file` key of the source."""
    texts: dict[str, SourceText] = {}
    by_path: dict[Path, SourceText] = {}
    total = 0
    for index, source in enumerate(timeline.sources):
        if not source.file or source.id in texts:
            continue
        try:
            path = resolve_source_file(folder, source.file)
            if path not in by_path:
                text = read_source_file(path, MAX_TOTAL_SOURCE_CHARACTERS - total)
                total += len(text)
                by_path[path] = SourceText(text)
        except Invalid as exc:
            found.error(("sources", index, "file"), f"source file {exc}")
            continue
        texts[source.id] = by_path[path]
    return texts


def check_timeline(
    timeline: Timeline,
    texts: dict[str, SourceText],
    found: Findings,
    progress: Progress | None = None,
) -> None:
    """Report duplicate ids, unknown references and quotes that do not anchor."""
    for key, records in (
        ("sources", timeline.sources),
        ("actors", timeline.actors),
        ("periods", timeline.periods),
        ("events", timeline.events),
    ):
        _check_unique(key, (record.id for record in records), found)
    check_conflicts(timeline, found)
    actors = timeline.actors_by_id
    sources = timeline.sources_by_id
    budget = FuzzyBudget()
    events = timeline.events
    for index, event in counted(enumerate(events), len(events), progress):
        check_actors(("events", index), event, actors, found)
        check_event(("events", index), event, sources, texts, budget, found)


def check_actors(path: tuple, event: Event, actors: Container[str], found: Findings) -> None:
    """Report the actors `event` names that are not in `actors`."""
    for position, actor in enumerate(event.actors):
        if actor not in actors:
            found.error((*path, "actors", position), f"unknown actor '{actor}'")


def check_event(
    path: tuple,
    event: Event,
    sources: Container[str],
    texts: dict[str, SourceText],
    budget: FuzzyBudget,
    found: Findings,
) -> None:
    """Report what is wrong with one event's evidence (at `path`): none, an unknown source, a
    claimed date that is the event's own, quotes that do not anchor in their source."""
    if not event.evidence:
        found.warning(path, f"event '{event.id}' has no evidence")
    for position, evidence in enumerate(event.evidence):
        evidence_path = (*path, "evidence", position)
        if evidence.claims_date is not None and evidence.claims_date == event.date:
            found.warning(
                (*evidence_path, "claims_date"),
                "claims_date is the event's own date; remove it, or give the date this "
                "source states",
            )
        if evidence.source not in sources:
            if evidence.source:
                found.error((*evidence_path, "source"), f"unknown source '{evidence.source}'")
            continue
        text = texts.get(evidence.source)
        if text is not None and evidence.quote:
            anchor = anchor_evidence(text, evidence, budget)
            _check_quote(anchor, evidence, text, evidence_path, found)
            if evidence.date_quote is not None:
                date = anchor_date_quote(text, evidence, budget, near=anchor)
                _check_date_quote(date, evidence, (*evidence_path, "date_quote"), found)


def anchor_evidence(
    text: SourceText, evidence: Evidence, budget: FuzzyBudget | None = None
) -> Anchor:
    """Where an evidence quote stands in its source text."""
    return text.find(
        evidence.quote,
        prefix=evidence.prefix,
        suffix=evidence.suffix,
        occurrence=evidence.occurrence,
        budget=budget,
    )


def anchor_date_quote(
    text: SourceText,
    evidence: Evidence,
    budget: FuzzyBudget | None = None,
    near: Anchor | None = None,
) -> Anchor:
    """Where the sentence stating an evidence entry's date stands: of several places, the
    one nearest the quote (`near`), as a reader looks around the quote for its date."""
    anchor = text.find(evidence.date_quote or "", budget=budget)
    if anchor.ambiguous and near is not None and near.found:
        spans = find_all(text.text, evidence.date_quote or "")
        if spans:
            start, end = min(spans, key=lambda span: abs(span[0] - near.start))
            return dataclasses.replace(anchor, start=start, end=end)
    return anchor


def _check_date_quote(anchor: Anchor, evidence: Evidence, path: tuple, found: Findings) -> None:
    source = evidence.source
    if not (evidence.date_quote or "").strip():
        found.error(path, "date_quote is empty; remove it or quote the sentence that dates it")
    elif not anchor.found:
        found.error(path, f"date quote not found in source '{source}'")
    elif anchor.kind is MatchKind.FUZZY:
        found.warning(
            path,
            f"date quote found only approximately in source '{source}' "
            f"(similarity {anchor.score:.2f}); quote the sentence exactly",
        )


def _check_quote(
    anchor: Anchor, evidence: Evidence, text: SourceText, path: tuple, found: Findings
) -> None:
    source = evidence.source
    if not anchor.compared:
        found.error(
            (*path, "quote"),
            f"quote not found as written in source '{source}' (this file has too many such "
            "quotes to compare each with its source approximately)",
        )
    elif anchor.kind is MatchKind.NOT_FOUND:
        found.error(
            (*path, "quote"),
            f"quote not found in source '{source}' "
            f"(the closest passage is {anchor.score:.0%} similar)",
        )
    elif changes := meaning_changes_at(anchor, evidence.quote, text):
        # a changed number, date or negation scores like a typo, but the quote is then wrong
        found.error(
            (*path, "quote"),
            f"quote differs in meaning from source '{source}': {describe_changes(changes)}; "
            "check the passage and update the quote",
        )
    elif anchor.kind is MatchKind.FUZZY:
        found.warning(
            (*path, "quote"),
            f"quote matches source '{source}' only approximately ({anchor.score:.0%} similar); "
            "check the passage and update the quote",
        )
    elif anchor.ambiguous:
        found.warning(
            (*path, "quote"),
            f"quote occurs {_count(anchor.occurrences)} times in source '{source}'; "
            "add prefix, suffix or occurrence to pick one",
        )


def _count(occurrences: int) -> str:
    return f"{occurrences} or more" if occurrences >= MAX_COUNTED else str(occurrences)


def _check_unique(key: str, ids: Iterable[str], found: Findings) -> None:
    first: dict[str, int] = {}
    for index, record_id in enumerate(ids):
        if not record_id:
            continue
        if record_id in first:
            found.error(
                (key, index, "id"),
                f"id '{record_id}' is used twice (first at {key}[{first[record_id]}])",
            )
        else:
            first[record_id] = index


def check_conflicts(timeline: Timeline, found: Findings) -> None:
    """Each entry a merge left under `conflicts:` is an error until someone resolves it."""
    entries = dict(timeline.extra).get("conflicts")
    if entries is None:
        return
    for index, entry in enumerate(entries if isinstance(entries, list) else [entries]):
        found.error(("conflicts", index), conflict_message(entry))


def conflict_message(entry: object) -> str:
    """What a `conflicts:` entry says, naming both versions."""
    if not isinstance(entry, dict):
        return "merge conflict entry is not a mapping; resolve it and remove the entry"
    what = f"{entry.get('kind', 'record')} '{entry.get('id', '?')}'"
    if entry.get("field") is not None:
        what += f", field '{entry['field']}'"
    ours, theirs = (_shown(entry.get(side)) for side in ("ours", "theirs"))
    return (
        f"merge conflict on {what}: ours {ours}, theirs {theirs}; keep one in the record "
        "(ours is there now) and remove this entry"
    )


def _shown(value: object, limit: int = 80) -> str:
    if value is None:
        return "deleted it"
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= limit else text[: limit - 1] + "…"
