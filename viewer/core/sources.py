"""A timeline of one's own: a new timeline folder, and sources added, replaced and removed."""

from __future__ import annotations

import dataclasses
import os
import re
import unicodedata
from pathlib import Path

from viewer.core.anchoring import SourceText
from viewer.core.model import LocalText, Source, Timeline, is_valid_id
from viewer.core.records import Invalid
from viewer.core.validation import read_source_file, resolve_source_file
from viewer.core.writer import SaveError, save_timeline, write_atomically

__all__ = [
    "SOURCES_FOLDER",
    "TIMELINE_FILE",
    "SourceInUse",
    "add_source",
    "citing_events",
    "create_timeline",
    "dismiss_sentence",
    "file_stem",
    "new_source_id",
    "read_source_text",
    "remove_source",
    "replace_source",
    "update_source",
    "write_source_text",
]

TIMELINE_FILE = "timeline.yaml"
SOURCES_FOLDER = "sources"
_MAX_STEM = 40  # characters of a title kept in an id or a file name


class SourceInUse(ValueError):
    """A source cannot be removed while events cite it."""

    def __init__(self, source_id: str, event_ids: list[str]) -> None:
        self.source_id = source_id
        self.event_ids = event_ids
        shown = ", ".join(event_ids[:10]) + (" …" if len(event_ids) > 10 else "")
        super().__init__(f"source '{source_id}' is cited by {len(event_ids)} events: {shown}")


def create_timeline(folder: Path, title: str) -> Path:
    """Make `folder` (if needed) hold a new, empty timeline called `title` and a `sources`
    folder; returns the timeline file. Raises SaveError when one is already there or the
    folder cannot be made."""
    folder = Path(folder)
    target = folder / TIMELINE_FILE
    if target.exists() or target.is_symlink():
        raise SaveError(f"{folder} already holds a timeline; open it, or choose another folder")
    if folder.exists() and not folder.is_dir():
        raise SaveError(f"{folder} is a file, not a folder")
    try:
        (folder / SOURCES_FOLDER).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(f"could not create {folder}: {exc.strerror or exc}") from exc
    title = " ".join(title.split())
    save_timeline(Timeline(title=LocalText.of(title) if title else LocalText()), target)
    return target


def file_stem(text: str) -> str:
    """Lowercase words of any script joined by hyphens, cut after a whole word near 40
    characters: "OpenAI 사태, 1년" -> "openai-사태-1년"."""
    stem = "-".join(re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold()))
    if len(stem) > _MAX_STEM:
        cut = stem.rfind("-", 0, _MAX_STEM + 1)
        stem = stem[: cut if cut > _MAX_STEM // 2 else _MAX_STEM]
    return stem.strip("-_")


def new_source_id(name: str, timeline: Timeline) -> str:
    """An id for a source called `name` (a title or file name) that no source has yet."""
    base = file_stem(name) or "source"
    taken = set(timeline.sources_by_id)
    candidate, number = base, 2
    while candidate in taken or not is_valid_id(candidate):
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def write_source_text(timeline_file: Path, stem: str, text: str) -> str:
    """Write `text` as UTF-8 to a new file `sources/STEM.txt` beside the timeline (never over
    an existing file: STEM-2.txt and so on); returns its path relative to the timeline. A
    linked timeline file keeps its sources beside the file it links to, where saving writes;
    a `sources` folder that leads outside the timeline's folder is refused (SaveError)."""
    home = Path(os.path.realpath(timeline_file)).parent
    try:
        resolve_source_file(home, f"{SOURCES_FOLDER}/new.txt")
    except Invalid as exc:
        raise SaveError(f"{SOURCES_FOLDER}/ cannot hold the texts: {exc}") from None
    folder = home / SOURCES_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(f"could not create {folder}: {exc.strerror or exc}") from exc
    stem = file_stem(stem) or "source"
    name, number = f"{stem}.txt", 2
    while (folder / name).exists() or (folder / name).is_symlink():
        name, number = f"{stem}-{number}.txt", number + 1
    write_atomically(folder / name, text.encode("utf-8"))
    return f"{SOURCES_FOLDER}/{name}"


def read_source_text(timeline_file: Path, file: str) -> SourceText:
    """The text of the source file `file` of the timeline at `timeline_file`; raises Invalid
    saying why it cannot be used."""
    return SourceText(read_source_file(resolve_source_file(Path(timeline_file).parent, file)))


def add_source(timeline: Timeline, source: Source) -> Timeline:
    """The timeline with `source` added after the others."""
    if source.id in timeline.sources_by_id:
        raise ValueError(f"a source with the id '{source.id}' already exists")
    return dataclasses.replace(timeline, sources=(*timeline.sources, source))


def update_source(timeline: Timeline, source: Source) -> Timeline:
    """The timeline with the source of `source.id` replaced by `source` (its metadata)."""
    if source.id not in timeline.sources_by_id:
        raise KeyError(source.id)
    sources = tuple(source if s.id == source.id else s for s in timeline.sources)
    return dataclasses.replace(timeline, sources=sources)


def dismiss_sentence(timeline: Timeline, source_id: str, sentence: str) -> Timeline:
    """The timeline with `sentence` (as `coverage.dismissal_key` writes it) remembered as no
    event of the source, so that it is not suggested again."""
    source = timeline.sources_by_id[source_id]
    if sentence in source.dismissed:
        return timeline
    return update_source(
        timeline, dataclasses.replace(source, dismissed=(*source.dismissed, sentence))
    )


def citing_events(timeline: Timeline, source_id: str) -> list[str]:
    """The ids of the events with evidence from `source_id`, in stored order."""
    return [
        event.id
        for event in timeline.events
        if any(evidence.source == source_id for evidence in event.evidence)
    ]


def remove_source(timeline: Timeline, source_id: str) -> Timeline:
    """The timeline without the source; raises SourceInUse naming the events that cite it."""
    cited_by = citing_events(timeline, source_id)
    if cited_by:
        raise SourceInUse(source_id, cited_by)
    sources = tuple(s for s in timeline.sources if s.id != source_id)
    return dataclasses.replace(timeline, sources=sources)


def replace_source(timeline: Timeline, source_id: str, file: str) -> Timeline:
    """The timeline with the source reading its text from `file` from now on."""
    source = timeline.sources_by_id[source_id]
    return update_source(timeline, dataclasses.replace(source, file=file))
