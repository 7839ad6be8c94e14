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
