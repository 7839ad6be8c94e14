"""`import`: a timeline made with another tool (TimelineJS, Timeline, any CSV table) becomes a
new timeline folder."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from viewer.cli.common import EXIT_OK, EXIT_UNREADABLE, count, report
from viewer.core.sources import TIMELINE_FILE
from viewer.core.writer import SaveError

FORMAT_NAMES = ("timelinejs-json", "timelinejs-csv", "timeline-xml", "csv")


def import_parser() -> argparse.ArgumentParser:
    """The parser of `timeline-viewer import`."""
    parser = argparse.ArgumentParser(
        prog="timeline-viewer import",
        description="Make a new timeline folder from a TimelineJS 3 JSON file, the TimelineJS "
        "spreadsheet template saved as CSV, a Timeline (.timeline) file or any CSV table with "
        "a header. Dates keep their precision; what cannot be mapped is kept as extra keys or "
        "named, with its line, as a warning (FILE:LINE:COL: warning: ...). Prints the count of "
        "events (and of periods, made of eras), the warnings and the new timeline's path. "
        "Exit status: 0 imported, 2 the input cannot be imported (nothing is written) or OUT "
        "already holds a timeline.",
    )
    parser.add_argument("input", metavar="IN", help="the file to import")
    parser.add_argument(
        "-o", "--output", required=True, metavar="FOLDER/timeline.yaml",
        help="the timeline file to create (its folder is made, with a sources/ folder)",
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=FORMAT_NAMES, metavar="FORMAT",
        help="one of: " + ", ".join(FORMAT_NAMES) + " (default: told from the file)",
    )  # fmt: skip
    parser.add_argument(
        "--map", metavar="FIELD=COLUMN,...",
        help="csv: which column holds which field, e.g. title=Headline,date=Date,actors=Who; "
        "fields: id, date, end_date, title, title_en, title_ko, summary, actors, tags, kind, "
        "source, quote (default: guessed from the header)",
    )  # fmt: skip
    return parser


def _mapping(text: str | None) -> dict[str, str] | None:
    if text is None:
        return None
    mapping: dict[str, str] = {}
    for part in text.split(","):
        field, sep, column = part.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ValueError(f"--map wants FIELD=COLUMN pairs separated by commas, not {part!r}")
        mapping[field.strip()] = column.strip()
    return mapping


def import_timeline(options: argparse.Namespace, out: TextIO | None = None) -> int:
    """Import, write the new folder, print what happened."""
    from viewer.core.importers import ImportFailed, import_file, write_import

    out = out or sys.stdout
    target = Path(options.output)
    folder = target.parent if target.suffix.lower() in (".yaml", ".yml") else target
    name = target.name if target.suffix.lower() in (".yaml", ".yml") else TIMELINE_FILE
    try:
        mapping = _mapping(options.map)
        result = import_file(options.input, format=options.format, mapping=mapping)
    except ImportFailed as exc:
        print(exc.problem.format(), file=out)
        return EXIT_UNREADABLE
    except ValueError as exc:
        report(options.input, str(exc), out)
        return EXIT_UNREADABLE
    if (folder / name).exists():
        report(str(folder / name), "already exists; choose another place for the import", out)
        return EXIT_UNREADABLE
    try:
        written = write_import(result, folder)
        if name != TIMELINE_FILE:
            os.replace(written, folder / name)
            written = folder / name
    except (SaveError, OSError) as exc:
        report(str(target), f"could not be written: {exc}", out)
        return EXIT_UNREADABLE
    for problem in result.problems:
        print(problem.format(), file=out)
    for note in result.notes:
        print(f"note: {note}", file=out)
    periods = len(result.timeline.periods)
    made = f", {count(periods, 'period')}" if periods else ""
    warned = count(len(result.warnings), "warning")
    print(f"{count(result.imported, 'event')} imported{made}, {warned}", file=out)
    print(written, file=out)
    return EXIT_OK
