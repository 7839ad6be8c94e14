"""Plain text files (.txt): decoded, and otherwise kept as the author wrote them."""

from __future__ import annotations

from viewer.core.extract.encoding import Decoded, NotText, decode_text
from viewer.core.extract.model import Draft, ExtractError

__all__ = ["decode_or_fail", "encoding_note", "extract_text_file", "headline"]

_KOREAN = {"cp949": "CP949 (Korean)", "euc-kr": "EUC-KR (Korean)"}


def encoding_note(decoded: Decoded) -> str | None:
    """What to tell the user about the encoding a file was read in; None for UTF-8."""
    if decoded.encoding == "utf-8":
        return None
    shown = _KOREAN.get(decoded.encoding, decoded.encoding.upper())
    if decoded.guessed:
        return f"decoded as {shown}, which was guessed: check that the text reads right"
    return f"decoded as {shown}"


_TITLE_LIMIT = 150


def headline(text: str) -> str | None:
    """The first line, when it stands alone as a headline: followed by a blank line, short,
    and not a sentence that ends in a full stop (saved articles open with their title)."""
    lines = text.lstrip("\ufeff").lstrip("\n").split("\n", 2)
    first = lines[0].strip()
    if len(lines) < 2 or lines[1].strip() or not first or len(first) > _TITLE_LIMIT:
        return None
    return None if first.endswith((".", "다.", "요.")) else first


def decode_or_fail(data: bytes, name: str) -> Decoded:
    """The decoded text of a file, or ExtractError naming it."""
    try:
        return decode_text(data)
    except NotText as exc:
        raise ExtractError(f"'{name}' {exc}.") from None


def extract_text_file(data: bytes, name: str) -> Draft:
    """The text of a .txt file, in the encoding it was detected to be in."""
    decoded = decode_or_fail(data, name)
    note = encoding_note(decoded)
    return Draft(
        text=decoded.text,
        format="txt",
        title=headline(decoded.text),
        encoding=decoded.encoding,
        notes=[note] if note else [],
    )
