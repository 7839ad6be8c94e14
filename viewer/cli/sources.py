"""`new` starts a timeline of one's own; `add-source` adds documents to it as sources."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from viewer.cli.common import EXIT_OK, EXIT_UNREADABLE, report
from viewer.core.sources import TIMELINE_FILE, create_timeline
from viewer.core.writer import SaveError


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
