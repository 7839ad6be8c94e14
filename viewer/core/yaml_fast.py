"""A fast parse for the plain YAML most timeline files are: yaml-rs, a compiled YAML 1.2
parser, about twelve times faster than PyYAML's libyaml loader on a 30 MB file.

It is taken only where its tree is certain to equal the one `yaml_tree.parse` gives (YAML 1.1,
as PyYAML reads it, with our safety checks). A cheap look at the text sends every file that
holds something the two readings could disagree on, or that needs those checks, to the careful
reader: tags, anchors and aliases, complex keys, directives, more than one document, characters
outside YAML's printable set or that YAML 1.1 reads as line breaks, tabs, escapes other than the
commonest, and plain values or keys that YAML 1.1 and 1.2 type differently (yes/no, 017, 1_000,
1:30, 1e3, 2023-11-17, non-word keys). Whatever yaml-rs refuses (a syntax error, a repeated key,
an integer of thousands of digits) goes to the careful reader too, which words the problem.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

# Characters that need the careful reader: a tab, a C0 or C1 control, what YAML 1.1 reads as a
# line break (NEL, U+2028, U+2029), a BOM, a non-character or a lone surrogate.
_SPECIAL_CHARACTER = re.compile(
    "[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]"
)
# A tag, an anchor, an alias or a complex key: looked for only where the character occurs.
_INDICATORS = {
    "!": re.compile(r"(?<![^\s\[\]{},])!"),
    "&": re.compile(r"(?<![^\s\[\]{},])&"),
    "*": re.compile(r"(?<![^\s\[\]{},])\*"),
    "?": re.compile(r"(?<![^\s\[{,])\?(?=\s|$)"),
}

# Constructs only the careful reader handles, each found by a pattern that starts with a literal,
# which the regex engine scans for quickly (the text is searched with a line break before it).
_NEEDS_CAREFUL_READER = [
    re.compile(r"\n%"),  # a directive
    re.compile(r"\n---(?=\s|$)"),  # a second document
    re.compile(r"\n\.\.\.(?=\s|$)"),  # the end of a document
    re.compile(r"<<"),  # a merge key
    re.compile(r"\][ \t]*:(?:\s|$)"),  # a flow collection as a key
    re.compile(r"\}[ \t]*:(?:\s|$)"),
    re.compile(r'\\(?:[^\\"nrtu ]|u[dD][89a-fA-F])'),  # escapes beyond the commonest; surrogates
]

# The plain forms YAML 1.1 and 1.2 read differently.
_AMBIGUOUS_FORMS = r"""
    (?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)           # YAML 1.1 booleans
  | [-+]?0[0-9_]+                                           # 1.1 octal, 1.2 decimal
  | [-+]?0[bBoOX][0-9a-fA-F_]*                              # binary, 1.2 octal, 0X
  | [-+]\.[0-9][0-9._eE+-]*                                 # a signed .5
  | [-+]0[xX][0-9a-fA-F_]*                                  # a signed hex
  | [-+]?[0-9][0-9a-fA-FxX]*_[0-9a-fA-F_.]*                 # digits with separators
  | [-+]?[0-9][0-9_]*(?::[0-9_]+)+(?:\.[0-9_]*)?            # sexagesimal
  | [-+]?(?:[0-9][0-9_]*\.?[0-9_]*|\.[0-9_]+)[eE][-+]?[0-9]*  # exponents
  | [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}                          # timestamps
    (?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}[^\n,\]}\#]*)?
"""
# Such a form standing alone as a value, after the places a plain scalar can start. The places
# include more than are real, so none is missed; a false alarm costs only speed. Keys are
# looked at in the parsed tree (_plain_tree), where they are few and repeat.
_AMBIGUOUS_PLAIN = [
    re.compile(
        start + r"(?=[-+.0-9yYnNoO])(?:" + _AMBIGUOUS_FORMS + r")(?=[ \t]*(?:$|\#|[,\]}]|:\s))",
        re.VERBOSE | re.MULTILINE,
    )
    for start in (r":\s+", r"-\s+", r"\[[ \t]*", r"\{[ \t]*", r",[ \t]*")
]
_AMBIGUOUS_KEY = re.compile(_AMBIGUOUS_FORMS, re.VERBOSE)
MAX_DEPTH = 200  # as yaml_tree refuses deeper nesting with a message
_INT_LIMIT = 10**4300  # beyond it the careful reader keeps an integer's digits as text


def fast_parse(text: str) -> Any | None:
    """The plain data of `text` if yaml-rs can read it to the same tree as the careful reader
    would (and so no problem of the YAML itself exists); None when the careful reader must."""
    if text.startswith("---"):
        text = text.removeprefix("---")
        if text[:1] not in ("", "\n", "\r", " "):
            return None
    if _SPECIAL_CHARACTER.search(text) or any(
        character in text and pattern.search(text) for character, pattern in _INDICATORS.items()
    ):
        return None
    # a lone CR breaks a line too; a line break first lets a document marker be found
    scanned = "\n" + (text.replace("\r", "\n") if "\r" in text else text)
    if any(pattern.search(scanned) for pattern in (*_NEEDS_CAREFUL_READER, *_AMBIGUOUS_PLAIN)):
        return None
    try:
        import yaml_rs
    except ImportError:  # pragma: no cover - a platform without its wheel
        return None
    try:
        tree = yaml_rs.loads(text, parse_datetime=False)
    except (ValueError, TypeError, OverflowError, RecursionError):
        return None  # YAMLDecodeError is a ValueError; so is an integer of 4,300+ digits
    return tree if isinstance(tree, dict) and _plain_tree(tree) else None


def _plain_tree(root: dict) -> bool:
    """Whether every key is text the two readers agree on, no integer is too long for Python
    to write out, and nothing is nested deeper than MAX_DEPTH. One pass over the tree; keys are
    looked at once each, since records repeat the same few."""
    plain_keys: set[str] = set()
    stack: list[tuple[Any, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if type(node) is dict:
            if not plain_keys.issuperset(node):
                for key in node:
                    if type(key) is not str or _AMBIGUOUS_KEY.fullmatch(key):
                        return False
                    plain_keys.add(key)
            values = node.values()
        else:
            values = node
        for value in values:
            kind = type(value)
            if kind is dict or kind is list:
                stack.append((value, depth + 1))
            elif kind is int and not -_INT_LIMIT < value < _INT_LIMIT:
                return False
    return True


_EVENTS_KEY = re.compile(r"^events:[ \t]*(?:#[^\n]*)?$", re.MULTILINE)
_TOP_LEVEL = re.compile(r"^[^ \n#]", re.MULTILINE)  # a line that ends a top-level block
_ITEM = re.compile(r"^  -(?= |$)", re.MULTILINE)  # an item of a block list indented by two
EVENTS_PER_PART = 1000


def events_parts(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """`text` cut for reading a part at a time, so that the parsed tree of a large file never
    exists whole: the file without the items of its `events:` list, and where those items
    stand, a thousand at a time (`events_part` makes each a text of its own). None when the
    list is not written as a block list indented by two, as the app writes it: then the file is
    read whole, as it is also when a part does not read as a list of events."""
    keys = _EVENTS_KEY.findall(text)
    if len(keys) != 1:
        return None
    key = _EVENTS_KEY.search(text)
    assert key is not None
    body_start = text.find("\n", key.end()) + 1
    if body_start == 0:
        return None
    end = _TOP_LEVEL.search(text, body_start)
    body_end = end.start() if end else len(text)
    starts = [match.start() for match in _ITEM.finditer(text, body_start, body_end)]
    if not starts or text[body_start : starts[0]].strip(" \n"):
        return None  # something other than items, or a comment, comes first
    cuts = [*starts[::EVENTS_PER_PART], body_end]
    return text[:body_start] + text[body_end:], list(itertools.pairwise(cuts))


def events_part(text: str, where: tuple[int, int]) -> list[Any] | None:
    """The items of one part of the events list that `events_parts` found, read as the whole
    file reads them: followed by what follows them there (another item, or a line of the top
    level), so that a value at the part's end (an empty block scalar) reads the same. None when
    the part does not read alone as a list."""
    start, end = where
    item = end < len(text) and _ITEM.match(text, end) is not None  # another item follows
    key = end < len(text) and not item  # a line of the top level follows
    follows = "  - null\n" if item else "end: null\n" if key else ""
    data = fast_parse("events:\n" + text[start:end] + follows)
    if data is None or list(data) != ["events", "end"][: 1 + key]:
        return None
    items = data["events"]
    if type(items) is not list or (item and (not items or items.pop() is not None)):
        return None
    return items
