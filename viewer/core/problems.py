"""Validation problems: what is wrong, where, and how bad."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

# C0 and C1 controls, line and paragraph separators, bidi controls that reorder what is read, and
# the invisible ones (zero-width spaces and joiners, the byte-order mark)
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]"
)


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
        """Render as one line `FILE:LINE:COL: severity: message [path]`, the form editors and CI
        tools parse. A problem about the whole file is placed at 1:1; line breaks and other
        control characters in the name or the message are written as escapes, so that no text
        can start a line of its own."""
        where = f"{one_line(self.file)}:{self.line or 1}:{self.column or 1}"
        detail = f" [{one_line(self.path)}]" if self.path else ""
        return f"{where}: {self.severity.value}: {one_line(self.message)}{detail}"


def one_line(text: str) -> str:
    """`text` with control, format and line-separator characters as escapes (\\n, \\u202e)."""
    return _CONTROL.sub(lambda match: repr(match.group())[1:-1], text)
