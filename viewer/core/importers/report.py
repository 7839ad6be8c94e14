"""What an import made of a file, and the failure that stops one.

An importer never drops what it reads without saying so: every value it could not map is
either kept as an extra key of its record or named in a warning located in the input file.
Input it cannot read at all raises ImportFailed, before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from viewer.core.model import Timeline
from viewer.core.problems import Problem, Severity

__all__ = ["ImportFailed", "ImportLog", "ImportReport", "counted", "shown"]

_MAX_SHOWN = 60  # characters of an input value quoted in a message


class ImportFailed(Exception):
    """The input cannot be imported at all; `problem` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.format())
        self.problem = problem


@dataclass
class ImportReport:
    """The timeline made from one input file, and what the import has to say about it.

    `records` counts the rows, slides or elements that stood for an event, an era or the title
    slide; `imported` the events made of them (eras are the timeline's periods); `skipped`
    those left out, each named by a warning (or one warning for those past the cap on events).
    `source_texts` are the texts that `write_import` writes beside the timeline, by source id.
    """

    timeline: Timeline
    problems: list[Problem] = field(default_factory=list)
    imported: int = 0
    records: int = 0
    skipped: int = 0
    format: str = ""  # one of the FORMATS of the package
    encoding: str = "utf-8"
    source_texts: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def warnings(self) -> list[Problem]:
        """The problems that are warnings (an import reports nothing worse and goes on)."""
        return [problem for problem in self.problems if not problem.is_error]


class ImportLog:
    """The warnings and notes of one import, each warning located in the input file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.notes: list[str] = []

    def warn(
        self, message: str, *, line: int | None = None, column: int | None = None, path: str = ""
    ) -> None:
        """Record a warning about the input at `line`:`column` (1-based), or the whole file."""
        self.problems.append(Problem(Severity.WARNING, self.file, line, column, path, message))

    def note(self, message: str) -> None:
        """Record a sentence about the import as a whole (how something was mapped)."""
        self.notes.append(message)

    def failure(
        self, message: str, *, line: int | None = None, column: int | None = None, path: str = ""
    ) -> ImportFailed:
        """The exception that stops the import, located like a warning."""
        return ImportFailed(Problem(Severity.ERROR, self.file, line, column, path, message))


def shown(value: object) -> str:
    """A value of the input as a message quotes it: its repr, cut short."""
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def counted(number: int, noun: str) -> str:
    """`number` and `noun`, plural unless one: "1 era", "2,000 eras"."""
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"
