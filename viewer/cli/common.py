"""What every command shares: exit statuses and problem lines."""

from __future__ import annotations

from typing import TextIO

from viewer.core.problems import Problem, Severity

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_UNREADABLE = 2


def report(name: str, message: str, out: TextIO, line: int = 1, *, warning: bool = False) -> None:
    """Print one problem of `name` as FILE:LINE:COL: error|warning: message."""
    severity = Severity.WARNING if warning else Severity.ERROR
    print(Problem(severity, name, line, 1, "", message).format(), file=out)


def count(number: int, noun: str) -> str:
    """ "1 file", "2 files"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
