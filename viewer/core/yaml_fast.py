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
    re.compile(r"[0-9]{4000}"),  # a number Python may refuse to convert (it is kept verbatim)
]

# A plain value or key that YAML 1.1 and 1.2 read differently, or a key the careful reader
# turns into text (null, 1.5), standing alone where a plain scalar can start and end. The
# starts include more places than are real, so none is missed; a false alarm costs only speed.
_AMBIGUOUS = r"""
    (?=[-+.0-9yYnNoO~])
    (?:
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
      | (?:null|Null|NULL|~|[-+.0-9][0-9a-zA-Z._:+-]*)(?=[ \t]*:(?:\s|$))  # keys read as text
    )
    (?=[ \t]*(?:$|\#|[,\]}]|:\s))
"""
_AMBIGUOUS_PLAIN = [
    re.compile(start + _AMBIGUOUS, re.VERBOSE | re.MULTILINE)
    for start in (r":\s+", r"-\s+", r"\[[ \t]*", r"\{[ \t]*", r",[ \t]*", r"\n[ \t]*")
]


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
    # a lone CR breaks a line too; a line break first lets a key on the first line be found
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
    return tree if isinstance(tree, dict) else None
