"""`new` starts a timeline of one's own; `add-source` adds documents to it as sources."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from viewer.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, report
from viewer.core.dates import DateError, parse_edtf
from viewer.core.model import LocalText, Source
from viewer.core.sources import (
    TIMELINE_FILE,
    add_source,
    create_timeline,
    new_source_id,
    write_source_text,
)
from viewer.core.store import LoadError, LoadResult, load_timeline
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
    try:
        path = create_timeline(Path(folder), title)
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
        "with why, and nothing is written for it. Exit status: 0 all added, 1 some could not "
        "be read, 2 the timeline could not be read or written.",
    )
    parser.add_argument("timeline", metavar="TIMELINE", help="the timeline YAML file")
    parser.add_argument("files", nargs="+", metavar="FILE", help="documents to add")
    parser.add_argument("--title", metavar="T", help="the source's title (one FILE only)")
    parser.add_argument(
        "--published", metavar="EDTF", help="its publication date, e.g. 2023-11-22 (one FILE only)"
    )
    return parser


def add_sources(options: argparse.Namespace, out: TextIO | None = None) -> int:
    """Add each document as a source, save the timeline once, print the new ids."""
    from viewer.core.extract import ExtractError, extract_document

    out = out or sys.stdout
    name = options.timeline
    if (options.title or options.published) and len(options.files) > 1:
        report(name, "--title and --published describe one document; give one FILE", out)
        return EXIT_UNREADABLE
    published = None
    if options.published:
        try:
            published = parse_edtf(options.published).text
        except DateError as exc:
            report(name, f"--published {exc}", out)
            return EXIT_UNREADABLE
    loaded = _load(name, out)
    if loaded is None:
        return EXIT_UNREADABLE
    timeline, path = loaded.timeline, Path(name)
    held = {text.text: source_id for source_id, text in loaded.texts.items()}
    added: list[str] = []
    failed = False
    for file in options.files:
        try:
            document = extract_document(Path(file))
        except ExtractError as exc:
            report(file, str(exc), out)
            failed = True
            continue
        if document.text in held:
            report(file, f"is already the source '{held[document.text]}'; not added again", out)
            failed = True
            continue
        title = options.title or document.title or Path(file).stem
        source_id = new_source_id(title, timeline)
        try:
            stored = write_source_text(path, source_id, document.text)
        except (SaveError, OSError) as exc:
            report(name, f"the text of {file} could not be written: {exc}", out)
            return EXIT_UNREADABLE
        lang = document.language
        source = Source(
            source_id,
            title=LocalText.of({"ko" if lang == "ko" else "en": title}),
            file=stored,
            published=published or document.published,
            author=document.author,
            publisher=document.publisher,
            url=document.url,
            language=lang,
        )
        timeline = add_source(timeline, source)
        held[document.text] = source_id
        added.append(source_id)
        for note in document.notes:
            report(file, note, out, warning=True)
    if added:
        try:
            save_timeline(timeline, path)
        except (SaveError, OSError) as exc:
            report(name, f"could not be written: {exc}", out)
            return EXIT_UNREADABLE
    for source_id in added:
        print(source_id, file=out)
    return EXIT_PROBLEMS if failed else EXIT_OK


def _load(name: str, out: TextIO) -> LoadResult | None:
    """The timeline, whole; None (having said why) when it cannot be read or is incomplete."""
    try:
        result = load_timeline(name)
    except LoadError as exc:
        print(exc.problem.format(), file=out)
        return None
    if not result.complete:
        report(name, "part of the file could not be read (see check); it is left as it is", out)
        return None
    return result
