"""Safe YAML parsing into plain data that remembers where each value stood in the file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import yaml

try:  # libyaml's C parser is several times faster; the pure-Python one gives identical trees
    from yaml import CSafeDumper as SafeDumper  # noqa: F401 - the writer's dumper
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

Position = tuple[int, int]  # 1-based line and column

_STR = "tag:yaml.org,2002:str"
_SCALARS = {
    "tag:yaml.org,2002:int": "construct_yaml_int",
    "tag:yaml.org,2002:float": "construct_yaml_float",
    "tag:yaml.org,2002:bool": "construct_yaml_bool",
    "tag:yaml.org,2002:null": "construct_yaml_null",
    "tag:yaml.org,2002:timestamp": "construct_yaml_timestamp",
}
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


class YamlSyntaxError(Exception):
    """The text is not well-formed YAML; carries the parser's position."""

    def __init__(self, message: str, position: Position | None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


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


def parse(text: str) -> tuple[Any, list[TreeIssue]]:
    """Parse one YAML document into LocatedMap/LocatedList/scalars; raise YamlSyntaxError."""
    try:
        node = yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        position = (mark.line + 1, mark.column + 1) if mark else None
        message = exc.problem or exc.context or "not valid YAML"
        raise YamlSyntaxError(message, position) from exc
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc), None) from exc
    if node is None:
        return None, []
    builder = _TreeBuilder()
    return builder.build(node), builder.issues


class _TreeBuilder:
    def __init__(self) -> None:
        self.constructor = yaml.constructor.SafeConstructor()
        self.issues: list[TreeIssue] = []
        self.seen: dict[int, Any] = {}

    def build(self, node: yaml.Node) -> Any:
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        known = self.seen.get(id(node))
        if known is not None:  # an alias, possibly recursive
            return known
        position = _position(node)
        if node.tag not in (_MAP, _SEQ):
            self._unsafe_tag(node)
        if isinstance(node, yaml.MappingNode):
            mapping = self.seen[id(node)] = LocatedMap(position)
            for key_node, value_node in node.value:
                key = self.build(key_node)
                if not isinstance(key, str | int):
                    key = str(key)
                if key in mapping:
                    self.issues.append(
                        TreeIssue(
                            _position(key_node), f"key '{key}' repeats; the last value is used"
                        )
                    )
                mapping[key] = self.build(value_node)
                mapping.positions[key] = _position(value_node)
            return mapping
        sequence = self.seen[id(node)] = LocatedList(position)
        for item in node.value:
            sequence.append(self.build(item))
            sequence.positions.append(_position(item))
        return sequence

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == _STR:
            return node.value
        method = _SCALARS.get(node.tag)
        if method is None:
            self._unsafe_tag(node)
            return node.value
        try:
            return getattr(self.constructor, method)(node)
        except (ValueError, yaml.YAMLError):
            return node.value

    def _unsafe_tag(self, node: yaml.Node) -> None:
        self.issues.append(
            TreeIssue(_position(node), f"tag {node.tag} is not allowed; only plain data is read")
        )


def _position(node: yaml.Node) -> Position:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


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
