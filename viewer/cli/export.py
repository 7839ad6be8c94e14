"""`export`: a timeline as Markdown, HTML, CSV or TimelineJS JSON (and, through the renderer the
entry point hands in, as a drawn SVG, PDF or PNG, or a chronology report)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from viewer.cli.common import EXIT_OK, EXIT_UNREADABLE, report
from viewer.core.store import LoadError, load_timeline
from viewer.core.writer import SaveError, write_atomically

if TYPE_CHECKING:  # the exporters load only when an export is asked for
    from viewer.core.export import ExportOptions

TEXT_FORMATS = ("markdown", "html", "csv", "timelinejs", "timeline")
DRAWN_FORMATS = ("svg", "pdf", "png", "report")
# render(timeline file, format, OUT, options namespace, the export's filter and language)
# -> None; raises ValueError or OSError
Renderer = Callable[[Path, str, Path, argparse.Namespace, "ExportOptions"], None]


def export_parser() -> argparse.ArgumentParser:
    """The parser of `timeline-viewer export`."""
    parser = argparse.ArgumentParser(
        prog="timeline-viewer export",
        description="Write a timeline out: markdown (a publishable chronology), html (one "
        "self-contained printable page), csv (one row per event, or per quote with "
        "--evidence; UTF-8 with a byte-order mark), timelinejs (JSON that TimelineJS 3 "
        "loads), timeline (a .timeline file Timeline 2.x opens, the periods as its eras), "
        "svg, pdf or png (the timeline as drawn), report (a chronology report PDF with a "
        "title page, a table of events and their quotes, page numbers). Text formats "
        "go to standard output unless -o is given; the others need -o. The filter (actors, "
        "dates, kinds, tags, sources, text, evidence, undated) is said in the export's "
        "header. Exit status: 0 written, 2 the timeline could not be read, an option is wrong "
        "or OUT could not be written.",
    )
    parser.add_argument("timeline", metavar="TIMELINE", help="the timeline YAML file")
    parser.add_argument(
        "--format", required=True, choices=TEXT_FORMATS + DRAWN_FORMATS, metavar="FORMAT",
        help="one of: " + ", ".join(TEXT_FORMATS + DRAWN_FORMATS),
    )  # fmt: skip
    parser.add_argument("-o", "--output", metavar="OUT", help="the file to write")
    parser.add_argument("--lang", choices=("en", "ko"), default="en", help="the language")
    parser.add_argument(
        "--actor", action="append", default=[], metavar="ID",
        help="only events with this actor (repeat for several: events with any of them)",
    )  # fmt: skip
    parser.add_argument(
        "--all-actors", action="store_true", help="with several --actor, events with all of them"
    )
    parser.add_argument("--from", dest="date_from", metavar="EDTF", help="events from this date")
    parser.add_argument("--to", dest="date_to", metavar="EDTF", help="events up to this date")
    parser.add_argument(
        "--kind", action="append", default=[], metavar="KIND",
        help="only events of this kind: fact, claim, opinion, speculation (repeat for several)",
    )  # fmt: skip
    parser.add_argument(
        "--tag", action="append", default=[], metavar="TAG",
        help="only events with this tag (repeat for several: any of them)",
    )  # fmt: skip
    parser.add_argument(
        "--source", action="append", default=[], metavar="ID",
        help="only events citing this source (repeat for several: any of them)",
    )  # fmt: skip
    parser.add_argument(
        "--text", default="", metavar="QUERY",
        help="only events holding QUERY (as `search` finds it in their fields)",
    )  # fmt: skip
    parser.add_argument(
        "--with-evidence", action="store_true", help="only events with at least one quote"
    )
    parser.add_argument("--undated", action="store_true", help="only undated events")
    parser.add_argument(
        "--evidence", action="store_true", help="csv: one row per quote instead of per event"
    )
    parser.add_argument(
        "--range", default="all", metavar="all|EDTF/EDTF",
        help="svg, pdf, png: the span of time drawn (default: all the events)",
    )  # fmt: skip
    parser.add_argument(
        "--width", type=int, default=1600, metavar="PX", help="svg, pdf, png: the width drawn"
    )
    parser.add_argument("--dpi", type=int, default=144, metavar="N", help="png: dots per inch")
    return parser


def export(
    options: argparse.Namespace, render: Renderer | None = None, out: TextIO | None = None
) -> int:
    """Write the export; say what is wrong otherwise."""
    from viewer.core.export import ExportOptions

    out = out or sys.stdout
    name = options.timeline
    try:
        chosen = ExportOptions(
            lang=options.lang,
            actor_ids=tuple(options.actor),
            actor_mode="all" if options.all_actors else "any",
            date_from=options.date_from,
            date_to=options.date_to,
            kinds=tuple(options.kind),
            tags=tuple(options.tag),
            source_ids=tuple(options.source),
            text=options.text,
            with_evidence=options.with_evidence,
            undated_only=options.undated,
        )
    except ValueError as exc:
        report(name, str(exc), out)
        return EXIT_UNREADABLE
    if options.format in DRAWN_FORMATS:
        return _drawn(options, chosen, render, out)
    try:
        timeline = load_timeline(name).timeline
    except LoadError as exc:
        print(exc.problem.format(), file=out)
        return EXIT_UNREADABLE
    from viewer.core.export import export_bytes, unknown_values

    unknown = unknown_values(timeline, chosen)
    if unknown:
        report(name, unknown, out)
        return EXIT_UNREADABLE
    wanted = "csv-evidence" if options.format == "csv" and options.evidence else options.format
    data = export_bytes(timeline, chosen, wanted)
    if not options.output:
        # what the terminal shows is text; the byte-order mark is for files spreadsheets open
        out.write(data.decode("utf-8-sig"))
        return EXIT_OK
    try:
        write_atomically(Path(options.output), data)
    except (SaveError, OSError) as exc:
        report(options.output, f"could not be written: {exc}", out)
        return EXIT_UNREADABLE
    return EXIT_OK


def _drawn(
    options: argparse.Namespace, chosen: ExportOptions, render: Renderer | None, out: TextIO
) -> int:
    if not options.output:
        report(options.timeline, f"--format {options.format} needs -o OUT", out)
        return EXIT_UNREADABLE
    if render is None:
        report(options.timeline, f"--format {options.format} cannot be drawn here", out)
        return EXIT_UNREADABLE
    try:
        render(Path(options.timeline), options.format, Path(options.output), options, chosen)
    except LoadError as exc:
        print(exc.problem.format(), file=out)
        return EXIT_UNREADABLE
    except (ValueError, SaveError, OSError) as exc:
        report(options.output, str(exc), out)
        return EXIT_UNREADABLE
    return EXIT_OK
