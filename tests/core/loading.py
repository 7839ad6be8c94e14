"""Helpers for tests that load a timeline file and look at the problems it has."""

from __future__ import annotations

from viewer.core.problems import Problem, Severity
from viewer.core.store import LoadResult


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line of `text` containing `needle`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in text")


def only_problem(result: LoadResult, severity: Severity = Severity.ERROR) -> Problem:
    """The one problem of `severity` the load found; fails when there are none or several."""
    problems = [p for p in result.problems if p.severity is severity]
    assert len(problems) == 1, [p.format() for p in result.problems]
    return problems[0]
