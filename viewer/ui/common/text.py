"""Filling translated templates: `%1`, `%2`, ... in one pass; counts go through `tr(..., n)`.

Every user-visible sentence with values in it is a translated template. Counts use Qt's own
plural forms (`self.tr("%n event(s)", "", count)`, with the English catalogue holding the
English forms); every other value is filled by `arg`, after translation, in one pass, so a
value that itself contains "%2" (a file called `a%2.yaml`) is shown as it is.

pyside6-lupdate records plural forms only for a QObject's `tr(text, "", n)`, not for
`QCoreApplication.translate`, so a count is always translated by some widget's `tr`.
"""

from __future__ import annotations

import re
import unicodedata

_PLACEHOLDER = re.compile(r"%(\d)")


def arg(template: str, *values: object) -> str:
    """`template` with `%1` replaced by the first value, `%2` by the second, and so on."""

    def fill(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 0 < number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)


def search_key(text: str) -> str:
    """`text` as filters compare it: NFC-normalized (Korean typed in decomposed jamo matches
    stored syllables) and case-folded."""
    return unicodedata.normalize("NFC", text).casefold()


SHOWN_LIMIT = 2_000  # characters of one piece of data text put on screen

# Bidirectional controls reorder the characters around them: shown as what they are, they can
# never make a name or a path read as something else.
_BIDI_NAMES = {
    "\u202a": "[LRE]",
    "\u202b": "[RLE]",
    "\u202c": "[PDF]",
    "\u202d": "[LRO]",
    "\u202e": "[RLO]",
    "\u2066": "[LRI]",
    "\u2067": "[RLI]",
    "\u2068": "[FSI]",
    "\u2069": "[PDI]",
    "\u200e": "[LRM]",
    "\u200f": "[RLM]",
    "\u061c": "[ALM]",
}
_BIDI = re.compile("[" + "".join(_BIDI_NAMES) + "]")


def shown(text: str, limit: int = SHOWN_LIMIT) -> str:
    """Data text (a title, a name, a file name) as it is put on screen: bidirectional controls
    made visible, and at most `limit` characters, so a title of 100,000 characters costs no
    more to show than one of 2,000."""
    if len(text) > limit:
        text = text[:limit] + "…"
    return _BIDI.sub(lambda match: _BIDI_NAMES[match.group()], text)
