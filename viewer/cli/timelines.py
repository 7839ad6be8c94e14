"""`check` validates timeline files, `format` writes them canonically."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from viewer.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, count, report
from viewer.core.store import LoadError, LoadResult, load_timeline
from viewer.core.writer import SaveError, dump_timeline, save_timeline


def check_parser() -> argparse.ArgumentParser:
    """The parser of `timeline-viewer check`."""
    parser = argparse.ArgumentParser(
        prog="timeline-viewer check",
        description="Validate timeline files and print each problem as FILE:LINE:COL: "
        "error|warning: message. Exit status: 0 no errors, 1 errors, 2 a file could not be "
        "read or is not YAML.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="timeline YAML files")
    return parser


def format_parser() -> argparse.ArgumentParser:
    """The parser of `timeline-viewer format`."""
    parser = argparse.ArgumentParser(
        prog="timeline-viewer format",
        description="Rewrite timeline files in the canonical form the app saves: atomically, "
        "keeping the previous file as NAME.bak. Comments are not kept (the app does not keep "
        "them either). A file the app could not read whole is left alone. Exit status: 0 all "
        "files are canonical now, 1 with --check some are not, 2 a file could not be read, "
        "is not YAML or could not be written.",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; name the files that are not canonical and exit with 1",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="timeline YAML files")
    return parser


def check(files: Sequence[str], out: TextIO | None = None) -> int:
    """Print the problems of each file and a summary; return the exit status."""
    out = out or sys.stdout
    errors = warnings = 0
    unreadable = False
    for name in files:
        result = _load(name, out)
        if not isinstance(result, LoadResult):
            errors += 1
            unreadable = unreadable or result
            continue
        for problem in result.problems:
            print(problem.format(), file=out)
        errors += len(result.errors)
        warnings += len(result.problems) - len(result.errors)
    print(
        f"{count(len(files), 'file')} checked: {count(errors, 'error')}, "
        f"{count(warnings, 'warning')}",
        file=out,
    )
    if unreadable:
        return EXIT_UNREADABLE
    return EXIT_PROBLEMS if errors else EXIT_OK


def format_files(files: Sequence[str], check_only: bool, out: TextIO | None = None) -> int:
    """Rewrite each file canonically (or, with `check_only`, name those that are not)."""
    out = out or sys.stdout
    failed = False
    different: list[str] = []
    for name in files:
        result = _load(name, out)
        if not isinstance(result, LoadResult):
            failed = True
            continue
        if not result.complete:
            report(name, "part of the file could not be read (see check); it is left as it is", out)
            failed = True
            continue
        path = Path(name)
        canonical = dump_timeline(result.timeline)
        try:
            current = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            current = ""
        if current == canonical:
            continue
        different.append(name)
        if check_only:
            line = _first_difference(current, canonical)
            report(name, "not in the canonical form; run timeline-viewer format", out, line)
            continue
        try:
            save_timeline(result.timeline, path)
        except (SaveError, OSError) as exc:
            report(name, f"could not be written: {exc}", out)
            failed = True
    verb = "would be reformatted" if check_only else "reformatted"
    print(f"{count(len(different), 'file')} {verb}, {len(files)} checked", file=out)
    if failed:
        return EXIT_UNREADABLE
    return EXIT_PROBLEMS if check_only and different else EXIT_OK


def _load(name: str, out: TextIO) -> LoadResult | bool:
    """The loaded file, or, after printing why it cannot be used, whether it could not even be
    read as YAML (exit status 2) rather than was refused (1). Whatever happens while reading
    one file is reported as a problem of that file; the next file is still read."""
    try:
        return load_timeline(name)
    except LoadError as exc:
        print(exc.problem.format(), file=out)
        return exc.not_yaml
    except (MemoryError, RecursionError):
        report(name, "the file is too large or too deeply nested to read", out)
    except Exception as exc:  # a bug must not hide the other files' problems
        report(name, f"internal error while reading the file: {type(exc).__name__}: {exc}", out)
    return True


def _first_difference(current: str, canonical: str) -> int:
    """The first line (1-based) where `current` and `canonical` differ."""
    pairs = zip(current.splitlines(), canonical.splitlines(), strict=False)
    same = next((number for number, (a, b) in enumerate(pairs) if a != b), None)
    if same is not None:
        return same + 1
    return min(len(current.splitlines()), len(canonical.splitlines())) + 1
