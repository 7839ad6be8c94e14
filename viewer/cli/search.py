"""`search`: where a text occurs in a timeline's events and sources."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from viewer.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE
from viewer.core.store import LoadError, load_timeline


def search_parser() -> argparse.ArgumentParser:
    """The parser of `timeline-viewer search`."""
    parser = argparse.ArgumentParser(
        prog="timeline-viewer search",
        description="Find QUERY in the timeline's event titles, summaries and notes (both "
        "languages), quotes, actor names and aliases, tags, and the full text of its sources: "
        "as written, ignoring case, inside words (해임 finds 해임됐다). Prints events first "
        "(EVENT-ID FIELD: TEXT), then passages (SOURCE-ID LINE:COL: PASSAGE); with --json one "
        "object per line with kind (event or source), id, field, start and end (character "
        "offsets, for sources) and text. At most 1,000 results. Exit status: 0 found, 1 "
        "nothing found, 2 the timeline could not be read.",
    )
    parser.add_argument("timeline", metavar="TIMELINE", help="the timeline YAML file")
    parser.add_argument("query", metavar="QUERY", help="the text to find")
    parser.add_argument("--json", action="store_true", help="print JSON lines")
    return parser


def search(options: argparse.Namespace, out: TextIO | None = None) -> int:
    """Print where the query occurs."""
    from viewer.core.search import search as find

    out = out or sys.stdout
    try:
        loaded = load_timeline(options.timeline)
    except LoadError as exc:
        print(exc.problem.format(), file=out)
        return EXIT_UNREADABLE
    hits = find(loaded.timeline, loaded.texts, options.query)
    for hit in hits:
        if options.json:
            print(json.dumps(hit.to_json_dict(), ensure_ascii=False), file=out)
        elif hit.kind == "event":
            print(f"{hit.id} {hit.field}: {' '.join(hit.text.split())}", file=out)
        else:
            text = loaded.texts[hit.id].text
            start = hit.start or 0
            line = text.count("\n", 0, start) + 1
            column = start - (text.rfind("\n", 0, start) + 1) + 1
            print(f"{hit.id} {line}:{column}: {hit.text}", file=out)
    return EXIT_OK if hits else EXIT_PROBLEMS
