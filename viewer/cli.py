"""The command-line verbs: `check` validates timeline files without opening a window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from viewer.core.store import LoadError, load_timeline

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_UNREADABLE = 2


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


def check(files: Sequence[str], out: TextIO | None = None) -> int:
    """Print the problems of each file and a summary; return the exit status."""
    out = out or sys.stdout
    errors = warnings = 0
    unreadable = False
    for name in files:
        try:
            result = load_timeline(name)
        except LoadError as exc:
            print(exc.problem.format(), file=out)
            errors += 1
            unreadable = unreadable or exc.not_yaml
            continue
        for problem in result.problems:
            print(problem.format(), file=out)
        errors += len(result.errors)
        warnings += len(result.problems) - len(result.errors)
    files_word = "file" if len(files) == 1 else "files"
    print(
        f"{len(files)} {files_word} checked: {_count(errors, 'error')}, "
        f"{_count(warnings, 'warning')}",
        file=out,
    )
    if unreadable:
        return EXIT_UNREADABLE
    return EXIT_PROBLEMS if errors else EXIT_OK


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
