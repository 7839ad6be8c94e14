"""Composition root: parse the command line, then run a verb or open the main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from viewer import __version__, cli


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `timeline-viewer` and `python -m viewer`."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in cli.VERBS:
        # a console that cannot show Korean gets escapes, never an encoding error
        for stream in (sys.stdout, sys.stderr):
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(errors="backslashreplace")
        parser, run_verb = cli.VERBS[args[0]]
        options = parser().parse_args(args[1:])
        try:
            if args[0] == "export":  # drawings and reports need Qt, which the command line lacks
                from viewer.ui.shell.render import render_file

                return cli.export.export(options, render=render_file)
            return run_verb(options)
        except BrokenPipeError:
            # the reader stopped early (`| head`): not an error of ours; Python would still
            # complain when it flushes standard output at exit, so point that at nothing
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return cli.common.EXIT_OK
    options = _parser().parse_args(args)
    from viewer.ui.shell.application import run  # Qt loads only when a window is wanted

    return run(options.file)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-viewer",
        description="Read a news story as a timeline, every event tied to the sentence in its "
        "source that supports it. With no FILE, opens the timeline opened last, else the "
        "bundled chronology (your own copy of it, once you have saved it).",
        epilog="commands:\n"
        "  new FOLDER [--title T]   start a timeline in FOLDER\n"
        "  add-source TIMELINE FILE... [--title T] [--published EDTF]\n"
        "                           add documents (.txt .md .html .docx .pdf) as sources\n"
        "  suggest FILE [--published EDTF] [--json]\n"
        "                           list the dated sentences of a source text or document\n"
        "  export TIMELINE --format markdown|html|csv|timelinejs|svg|pdf|png|report [-o OUT]\n"
        "                           write the timeline out (see export --help for filters)\n"
        "  import IN -o FOLDER/timeline.yaml [--format F] [--map FIELD=COLUMN,...]\n"
        "                           make a timeline from TimelineJS, Timeline or a CSV table\n"
        "  search TIMELINE QUERY [--json]\n"
        "                           find text in events, quotes, actors, tags and sources\n"
        "  check FILE...            validate timeline files and print their problems\n"
        "  format [--check] FILE... rewrite timeline files in the canonical form\n"
        "  merge BASE OURS THEIRS [-o OUT] [--name PATH]\n"
        "                           three-way merge by id, as a git merge driver\n"
        "  diff A B [--json]        what changed, record by record and field by field\n"
        "each has --help, e.g. 'timeline-viewer check --help'",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="a timeline YAML file to open")
    parser.add_argument("--version", action="version", version=f"timeline-viewer {__version__}")
    return parser
