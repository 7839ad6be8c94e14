"""The one form every extracted text is given: NFC, \\n line ends, no control characters, no
trailing spaces, paragraphs one blank line apart, a final newline."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_text", "join_paragraphs", "letter_count"]

# Line and paragraph separators that are not \n; U+0085 (NEL) and the form feed a PDF page
# break may leave are line ends too.
_LINE_ENDS_RE = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# C0 and C1 controls but \t and \n; DEL; and invisible characters that only get in a quote's
# way: the byte-order mark (U+FEFF, also a zero-width no-break space) and the soft hyphen.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\u00ad]")
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_BLANK_RUN_RE = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """`text` in the form a source text takes; empty when nothing but whitespace remains.

    Runs of blank lines, however long, become one blank line: a source separates paragraphs by
    exactly one. Single line breaks inside a paragraph are kept, as the author wrote them.
    """
    text = _LINE_ENDS_RE.sub("\n", text)
    # A lone surrogate (from broken UTF-16, or a clipboard) cannot be written as UTF-8.
    text = _LONE_SURROGATE_RE.sub("\ufffd", text)
    text = _CONTROL_RE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # line by line: a regex for trailing space would rescan a long run from each of its spaces
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _BLANK_RUN_RE.sub("\n\n", text).strip("\n")
    return text + "\n" if text.strip() else ""


def join_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs, each stripped, the empty ones left out, one blank line apart."""
    return "\n\n".join(kept for paragraph in paragraphs if (kept := paragraph.strip()))


def letter_count(text: str) -> int:
    """How many letters and digits `text` holds: what is left of it once markup is gone."""
    return sum(1 for char in text if char.isalnum())
