"""`merge` joins two people's changes to one timeline (a git merge driver); `diff` says what
changed between two timelines (a git diff driver, and for review)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from viewer.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, count, report
from viewer.core.diffing import describe, differences, flat_lines
from viewer.core.merge import merge_timelines
from viewer.core.model import Timeline
from viewer.core.store import LoadError, load_text, load_timeline
from viewer.core.writer import SaveError, dump_timeline, save_timeline


def merge_parser() -> argparse.ArgumentParser:
    """The parser of `timeline-viewer merge`."""
    parser = argparse.ArgumentParser(
        prog="timeline-viewer merge",
        description="Three-way merge of timelines by id: the changes THEIRS made since BASE "
        "go into OURS (written in place, as a git merge driver does with %%O %%A %%B), field "
        "by field, wherever the records stand in the files. Fields both sides changed "
        "differently, an edit against a deletion, and one id added twice with other content "
        "are conflicts: ours is kept in place and both versions go into a 'conflicts:' entry, "
        "which check reports. Exit status: 0 merged cleanly, 1 conflicts or problems (printed "
        "as FILE:LINE:COL: error: message), 2 a file could not be read or written.",
    )
    parser.add_argument("base", metavar="BASE", help="the common ancestor (may be empty)")
    parser.add_argument("ours", metavar="OURS", help="our version; the merge is written here")
    parser.add_argument("theirs", metavar="THEIRS", help="their version")
    parser.add_argument("-o", "--output", metavar="OUT", help="write the merge here instead")
    parser.add_argument(
        "--name",
        metavar="PATH",
        help="where the file lives in the work tree (git's %%P): its sources are looked up "
        "from there, to check the quotes of the merge",
    )
    return parser


def diff_parser() -> argparse.ArgumentParser:
    """The parser of `timeline-viewer diff`."""
    parser = argparse.ArgumentParser(
        prog="timeline-viewer diff",
        description="What changed from timeline A to timeline B, record by record and field "
        "by field (added +, removed -, changed ~, and events moved in date). Also works as "
        "git's external diff driver, which passes seven arguments; with --textconv FILE, "
        "prints one timeline as one line per field, records in id order, for git's textconv "
        "(git log -p, git blame). Exit status: 0 no differences, 1 differences, 2 a file "
        "could not be read.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="A and B (or git's seven)")
    parser.add_argument(
        "--textconv",
        action="store_true",
        help="print the one FILE given as one line per field, for diff.timeline.textconv",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per line: kind, id, change, field, old, new (and days moved)",
    )
    return parser


def merge(options: argparse.Namespace, out: TextIO | None = None) -> int:
    """Merge, write, and report conflicts and the merged file's problems."""
    out = out or sys.stdout
    versions = [_read(name, out) for name in (options.base, options.ours, options.theirs)]
    if any(version is None for version in versions):
        return EXIT_UNREADABLE
    base, ours, theirs = versions
    result = merge_timelines(base, ours, theirs)
    target = Path(options.output or options.ours)
    try:
        save_timeline(result.timeline, target, backup=False)
    except (SaveError, OSError) as exc:
        report(str(target), f"could not be written: {exc}", out)
        return EXIT_UNREADABLE
    # read back as the app will, its quotes looked up where the file really lives
    where = Path(options.name) if options.name else target
    checked = load_text(dump_timeline(result.timeline), where)
    for problem in checked.problems:
        print(problem.format(), file=out)
    for old, new in result.renamed_actors.items():
        print(f"{target}: renamed actor '{old}' is now '{new}' in every event", file=out)
    print(f"{target}: merged, {count(len(result.conflicts), 'conflict')}", file=out)
    return EXIT_PROBLEMS if result.conflicts or checked.errors else EXIT_OK


def diff(options: argparse.Namespace, out: TextIO | None = None) -> int:
    """Print the differences from A to B."""
    out = out or sys.stdout
    files = options.files
    if options.textconv:
        return _textconv(files, out)
    if len(files) == 7:  # git's external diff: path old-file old-hex old-mode new-file …
        files = [files[1], files[4]]
    if len(files) != 2:
        report(files[0], "diff takes two files (A and B), or git's seven arguments", out)
        return EXIT_UNREADABLE
    old, new = (_read(name, out) for name in files)
    if old is None or new is None:
        return EXIT_UNREADABLE
    found = differences(old, new)
    for difference in found:
        if options.json:
            print(json.dumps(difference.to_data(), ensure_ascii=False, default=str), file=out)
        else:
            print(describe(difference), file=out)
    return EXIT_PROBLEMS if found else EXIT_OK


def _textconv(files: list[str], out: TextIO) -> int:
    if len(files) != 1:
        report(files[0], "--textconv takes one file", out)
        return EXIT_UNREADABLE
    timeline = _read(files[0], out)
    if timeline is None:
        return EXIT_UNREADABLE
    for line in flat_lines(timeline):
        print(line, file=out)
    return EXIT_OK


def _read(name: str, out: TextIO) -> Timeline | None:
    """The timeline in `name`; an empty file or /dev/null (a file added or deleted) is an empty
    timeline; None, after saying why, when it cannot be used whole."""
    path = Path(name)
    try:
        if (path.is_file() and path.stat().st_size == 0) or name == "/dev/null":
            return Timeline()
        result = load_timeline(path)
    except LoadError as exc:
        print(exc.problem.format(), file=out)
        return None
    except (OSError, MemoryError, RecursionError) as exc:
        report(name, f"could not be read: {exc}", out)
        return None
    if result.timeline is None or not result.complete:
        report(name, "part of the file could not be read (see check); nothing was merged", out)
        return None
    return result.timeline
