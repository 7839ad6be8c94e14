"""Validation problems: what is wrong, where, and how bad."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.Enum):
    """How bad a problem is: errors stop a file from being trusted, warnings ask for a look."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One problem found while loading or validating a timeline."""

    severity: Severity
    file: str
    line: int | None
    column: int | None
    path: str
    message: str

    @property
    def is_error(self) -> bool:
        """True for errors, False for warnings."""
        return self.severity is Severity.ERROR

    def format(self) -> str:
        """Render as `FILE:LINE:COL: severity: message`, the form editors and CI tools parse."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        detail = f" [{self.path}]" if self.path else ""
        return f"{where}: {self.severity.value}: {self.message}{detail}"
