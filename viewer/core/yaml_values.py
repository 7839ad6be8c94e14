"""What the careful YAML reader gives and raises: values that know where they stood in the
file, a kept-as-written scalar, the reader's errors and doubts, and its limits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Position = tuple[int, int]  # 1-based line and column

# Aliases let a small file stand for a huge tree ("billion laughs"): the tree is built with shared
# nodes, but whoever walks it (the writer, a check) would expand them. A file whose aliases add
# more than this many values to those it holds itself is refused, as is an alias inside itself
# and nesting this deep.
MAX_ALIASED_VALUES = 100_000
MAX_DEPTH = 200
# Text repeated by aliases may add this many characters to what the file holds itself.
MAX_ALIASED_CHARACTERS = 10_000_000


class Verbatim(str):
    """A plain scalar kept as it was written: a number Python will not convert (an integer of
    thousands of digits). It reads as text and is written back unquoted, exactly."""


class YamlSyntaxError(Exception):
    """The text is not well-formed YAML; carries the parser's position."""

    def __init__(self, message: str, position: Position | None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


class YamlRefused(YamlSyntaxError):
    """Well-formed YAML that is refused: aliases that expand too far or into themselves, or
    values nested too deep."""


@dataclass(frozen=True)
class TreeIssue:
    """Something parseable but doubtful in the YAML itself (an unsafe tag, a repeated key)."""

    position: Position
    message: str


class LocatedMap(dict):
    """A dict that knows the position of itself and of each of its values."""

    __slots__ = ("position", "positions")

    def __init__(self, position: Position) -> None:
        super().__init__()
        self.position = position
        self.positions: dict[Any, Position] = {}


class LocatedList(list):
    """A list that knows the position of itself and of each of its items."""

    __slots__ = ("position", "positions")

    def __init__(self, position: Position) -> None:
        super().__init__()
        self.position = position
        self.positions: list[Position] = []
