"""Safe YAML parsing into plain data that remembers where each value stood in the file. The
values and errors are `yaml_values`'; the parsing, with PyYAML, is `yaml_compose`'s, loaded on
first use: a file the fast reader reads needs none of it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from viewer.core.yaml_values import (
    MAX_ALIASED_CHARACTERS,
    MAX_ALIASED_VALUES,
    MAX_DEPTH,
    LocatedList,
    LocatedMap,
    Position,
    TreeIssue,
    Verbatim,
    YamlRefused,
    YamlSyntaxError,
)

__all__ = [
    "MAX_ALIASED_CHARACTERS",
    "MAX_ALIASED_VALUES",
    "MAX_DEPTH",
    "LocatedList",
    "LocatedMap",
    "Position",
    "TreeIssue",
    "Verbatim",
    "YamlRefused",
    "YamlSyntaxError",
    "locate",
    "parse",
]


def parse(text: str) -> tuple[Any, list[TreeIssue]]:
    """Parse one YAML document into LocatedMap/LocatedList/scalars; raise YamlSyntaxError."""
    from viewer.core.yaml_compose import compose_tree

    return compose_tree(text)


def locate(tree: Any, path: Sequence[str | int]) -> Position | None:
    """The position of the deepest value along `path` that exists in the tree."""
    found = getattr(tree, "position", None)
    node = tree
    for step in path:
        positions = getattr(node, "positions", None)
        if positions is None:
            break
        try:
            found = positions[step]
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
    return found
