"""`new` starts a timeline of one's own; `add-source` adds documents to it as sources."""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from pathlib import Path
from typing import TextIO

from viewer.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, report
from viewer.core.dates import DateError, parse_edtf
from viewer.core.file_lock import FileLocked, lock_beside
from viewer.core.model import LocalText, Source
from viewer.core.sources import (
    TIMELINE_FILE,
    add_source,
    create_timeline,
    new_source_id,
    write_source_text,
)
from viewer.core.store import LoadError, LoadResult, load_timeline
from viewer.core.validation import MAX_TOTAL_SOURCE_CHARACTERS
from viewer.core.writer import SaveError, save_timeline


def new_parser() -> argparse.ArgumentParser:
    """The parser of `timeline-viewer new`."""
    parser = argparse.ArgumentParser(
        prog="timeline-viewer new",
        description=f"Start a timeline: create FOLDER (if needed) with an empty {TIMELINE_FILE} "
        "and a sources/ folder for the documents it will cite, and print the timeline's path. "
        f"Exit status: 0 created, 2 FOLDER already holds a {TIMELINE_FILE} or cannot be made.",
    )
    parser.add_argument("folder", metavar="FOLDER", help="where the timeline will live")
    parser.add_argument("--title", default="", metavar="T", help="the timeline's title")
    return parser


def new(folder: str, title: str, out: TextIO | None = None) -> int:
    """Create the timeline; print its path, or why it could not be made."""
    out = out or sys.stdout
    if not folder.strip():
        report("new", "FOLDER is empty; name the folder the timeline will live in", out)
        return EXIT_UNREADABLE
    try:
        path = create_timeline(Path(folder), one_line_title(title))
    except (SaveError, OSError) as exc:
        report(folder, str(exc), out)
        return EXIT_UNREADABLE
    print(path, file=out)
    return EXIT_OK


def add_source_parser() -> argparse.ArgumentParser:
    """The parser of `timeline-viewer add-source`."""
    parser = argparse.ArgumentParser(
        prog="timeline-viewer add-source",
        description="Add documents (.txt, .md, .html, .docx, .pdf) to a timeline as sources: "
        "each one's text is kept as UTF-8 plain text in the timeline's sources/ folder, its "
        "title, author, publisher and date are taken from what the document says, and the "
        "new source ids are printed, one per line. A document that cannot be read is named "
        "with why, and nothing is written for it; problems go to standard error. The "
        "timeline is saved in the canonical form the app writes (comments are not kept; the "
        "previous file stays as NAME.bak). Exit status: 0 all added, 1 some could not be "
        "read, 2 the timeline could not be read or written (then nothing is added).",
    )
    parser.add_argument("timeline", metavar="TIMELINE", help="the timeline YAML file")
    parser.add_argument("files", nargs="+", metavar="FILE", help="documents to add")
    parser.add_argument("--title", metavar="T", help="the source's title (one FILE only)")
    parser.add_argument(
        "--published", metavar="EDTF", help="its publication date, e.g. 2023-11-22 (one FILE only)"
    )
    return parser


def add_sources(
    options: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Add each document as a source, save the timeline once, print the new ids (problems go
    to standard error, so that the ids can be read on their own)."""
    out, err = out or sys.stdout, err or sys.stderr
    name = options.timeline
    first = options.files[0]
    if (options.title is not None or options.published is not None) and len(options.files) > 1:
        report(name, "--title and --published describe one document; give one FILE", err)
        return EXIT_UNREADABLE
    title = None
    if options.title is not None:
        title = one_line_title(options.title)
        if not title:
            report(first, "--title is empty", err)
            return EXIT_UNREADABLE
    published = None
    if options.published is not None:
        try:
            published = parse_edtf(options.published.strip()).text
        except DateError as exc:
            report(first, f"--published {exc}", err)
            return EXIT_UNREADABLE
    # a link is written through: the texts go beside the file it points to
    path = Path(os.path.realpath(name))
    try:
        with lock_beside(path):
            return _add_locked(options.files, name, path, title, published, out, err)
    except FileLocked as exc:
        report(name, str(exc), err)
        return EXIT_UNREADABLE


def one_line_title(text: str) -> str:
    """A title as one line: control and format characters dropped, spaces collapsed."""
    kept = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in text)
    return " ".join(kept.split())


def _add_locked(
    files: list[str],
    name: str,
    path: Path,
    title: str | None,
    published: str | None,
    out: TextIO,
    err: TextIO,
) -> int:
    from viewer.core.extract import ExtractError, extract_document

    try:
        before = path.read_bytes()
    except OSError:
        before = b""
    loaded = _load(str(path), name, err)
    if loaded is None:
        return EXIT_UNREADABLE
    timeline = loaded.timeline
    if any(key == "sources" for key, _ in timeline.extra):
        report(name, "its sources are not a list (see check); fix that first", err)
        return EXIT_UNREADABLE
    held = {text.text: source_id for source_id, text in loaded.texts.items()}
    total = sum(len(text) for text in held)
    added: list[str] = []
    written: list[Path] = []
    failed = False
    for file in files:
        try:
            document = extract_document(Path(file))
        except ExtractError as exc:
            report(file, str(exc), err)
            failed = True
            continue
        if document.text in held:
            report(file, f"this text is already the source '{held[document.text]}'", err)
            failed = True
            continue
        if total + len(document.text) > MAX_TOTAL_SOURCE_CHARACTERS:
            report(
                file,
                f"not added: the timeline's sources would pass "
                f"{MAX_TOTAL_SOURCE_CHARACTERS // 10**6} million characters together",
                err,
            )
            failed = True
            continue
        shown_title = title or one_line_title(document.title or "") or Path(file).stem
        source_id = new_source_id(shown_title, timeline)
        try:
            stored = write_source_text(path, source_id, document.text)
        except (SaveError, OSError) as exc:
            _remove(written)
            report(name, f"the text of {file} could not be written: {exc}", err)
            return EXIT_UNREADABLE
        written.append(path.parent / stored)
        lang = document.language
        source = Source(
            source_id,
            title=LocalText.of({"ko" if lang == "ko" else "en": shown_title}),
            file=stored,
            published=published or document.published,
            author=document.author,
            publisher=document.publisher,
            url=document.url,
            language=lang,
        )
        timeline = add_source(timeline, source)
        held[document.text] = source_id
        total += len(document.text)
        added.append(source_id)
        for note in document.notes:
            report(file, note, err, warning=True)
    if added:
        try:
            if path.read_bytes() != before:
                raise SaveError("it was changed by another program meanwhile; nothing was added")
            save_timeline(timeline, path)
        except (SaveError, OSError) as exc:
            _remove(written)  # nothing points to them: they would only be left behind
            report(name, f"could not be written: {exc}", err)
            return EXIT_UNREADABLE
    for source_id in added:
        print(source_id, file=out)
    return EXIT_PROBLEMS if failed else EXIT_OK


def _remove(files: list[Path]) -> None:
    for file in files:
        file.unlink(missing_ok=True)


def _load(path: str, name: str, out: TextIO) -> LoadResult | None:
    """The timeline, whole; None (having said why, naming `name`) when it cannot be read or
    is incomplete."""
    try:
        result = load_timeline(path)
    except LoadError as exc:
        print(exc.problem.format(), file=out)
        return None
    if not result.complete:
        report(name, "part of the file could not be read (see check); it is left as it is", out)
        return None
    return result
