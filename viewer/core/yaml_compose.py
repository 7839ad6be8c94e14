"""The careful YAML reader: PyYAML composes the document, and the tree is built from its nodes
with every value's position, aliases bounded and only plain data constructed."""

from __future__ import annotations

import re
import sys
from typing import Any

import yaml

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

try:  # libyaml's C parser is several times faster; the pure-Python one gives identical trees
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

_STR = "tag:yaml.org,2002:str"
# YAML 1.1 resolves a plain `=` and `<<` to these; they are keys and text here, kept as written
_TEXT_TAGS = {_STR, "tag:yaml.org,2002:value", "tag:yaml.org,2002:merge"}
_SCALARS = {
    "tag:yaml.org,2002:int": "construct_yaml_int",
    "tag:yaml.org,2002:float": "construct_yaml_float",
    "tag:yaml.org,2002:bool": "construct_yaml_bool",
    "tag:yaml.org,2002:null": "construct_yaml_null",
    "tag:yaml.org,2002:timestamp": "construct_yaml_timestamp",
}
_INT = "tag:yaml.org,2002:int"
_HASH_MODULUS = 2**61 - 1
_DIGITS = re.compile(r"[-+]?[0-9]+")
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


def compose_tree(text: str) -> tuple[Any, list[TreeIssue]]:
    """Parse one YAML document into LocatedMap/LocatedList/scalars; raise YamlSyntaxError."""
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        position = (mark.line + 1, mark.column + 1) if mark else None
        message = exc.problem or exc.context or "not valid YAML"
        raise YamlSyntaxError(message, position) from exc
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc), None) from exc
    except RecursionError:
        raise YamlRefused(f"values are nested more than {MAX_DEPTH} deep", None) from None
    if node is None:
        return None, []
    _check_size(node, max_characters=2 * len(text) + MAX_ALIASED_CHARACTERS)
    builder = _TreeBuilder()
    return builder.build(node), builder.issues


# JSON is YAML, but JSON writers that keep to ASCII write a character beyond U+FFFF as a pair of
# surrogate escapes ("\ud83d\ude00"), which YAML readers refuse; such a pair means one character.
_SURROGATE_PAIR = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.I
)


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as exc:
        if "escape code" not in (exc.problem or "") or not _SURROGATE_PAIR.search(text):
            raise
    return yaml.compose(_SURROGATE_PAIR.sub(_one_escape, text), Loader=SafeLoader)


def _one_escape(match: re.Match[str]) -> str:
    high, low = int(match.group(2), 16), int(match.group(3), 16)
    code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    return f"{match.group(1)}\\U{code:08X}"


def _check_size(root: yaml.Node, max_characters: int) -> None:
    """Refuse an alias inside itself, nesting deeper than MAX_DEPTH, aliases that add more than
    MAX_ALIASED_VALUES values, and more than `max_characters` characters of text once aliases
    are expanded; the walk visits each node once."""
    expanded: dict[int, int] = {}
    characters: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if done:
            open_nodes.discard(key)
            children = _children(node)
            expanded[key] = 1 + sum(expanded[id(child)] for child in children)
            characters[key] = sum(characters[id(child)] for child in children)
            # what aliases add: the expanded count beyond the distinct values seen so far
            if expanded[key] - len(expanded) > MAX_ALIASED_VALUES:
                raise YamlRefused(
                    f"aliases add more than {MAX_ALIASED_VALUES:,} values to the file's own; "
                    "such a file is refused",
                    _position(node),
                )
            if characters[key] > max_characters:
                raise YamlRefused(
                    f"aliases repeat text to more than {max_characters:,} characters; "
                    "such a file is refused",
                    _position(node),
                )
            continue
        if key in expanded:
            continue
        if key in open_nodes:
            raise YamlRefused("an alias refers to a value that contains it", _position(node))
        if depth > MAX_DEPTH:
            raise YamlRefused(f"values are nested more than {MAX_DEPTH} deep", _position(node))
        if isinstance(node, yaml.ScalarNode):
            expanded[key] = 1
            characters[key] = len(node.value)
            continue
        open_nodes.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in _children(node))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


class _TreeBuilder:
    def __init__(self) -> None:
        self.constructor = yaml.constructor.SafeConstructor()
        self.resolver = yaml.resolver.Resolver()
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
                elif isinstance(key, int) and abs(key) >= _HASH_MODULUS:
                    # Python hashes an int by its remainder modulo 2**61 - 1: keys that are
                    # multiples of it would all collide and fill the mapping in quadratic time
                    key = Verbatim(key_node.value)
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
        if node.tag in _TEXT_TAGS:
            return node.value
        method = _SCALARS.get(node.tag)
        if method is None:
            self._unsafe_tag(node)
            return node.value
        if node.tag == _INT and _too_long(node.value):
            if not node.style and _DIGITS.fullmatch(node.value):
                return Verbatim(node.value)
            return node.value
        try:
            return getattr(self.constructor, method)(node)
        except Exception:  # PyYAML raises what it likes on an odd explicit tag
            if self.resolver.resolve(yaml.ScalarNode, node.value, (True, False)) == node.tag:
                return node.value  # it only looks like one (2023-13-45): plain text, no news
            self.issues.append(
                TreeIssue(
                    _position(node),
                    f"{_short(node.value)!r} is not a valid {node.tag.rsplit(':', 1)[-1]}; "
                    "it is read as text",
                )
            )
            return node.value

    def _unsafe_tag(self, node: yaml.Node) -> None:
        self.issues.append(
            TreeIssue(_position(node), f"tag {node.tag} is not allowed; only plain data is read")
        )


def _too_long(text: str) -> bool:
    """Whether Python refuses to convert an integer this long (3.11 caps it at 4300 digits)."""
    limit = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 0
    return bool(limit) and len(text) > limit


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _position(node: yaml.Node) -> Position:
    return (node.start_mark.line + 1, node.start_mark.column + 1)
