"""What an extraction gives back, how it fails, and the limits every extractor keeps."""

from __future__ import annotations

from dataclasses import dataclass, field

from viewer.core.validation import MAX_SOURCE_BYTES

__all__ = [
    "MAX_INPUT_BYTES",
    "MAX_TEXT_BYTES",
    "Draft",
    "ExtractError",
    "ExtractedDocument",
]

MAX_INPUT_BYTES = 100 * 2**20  # a document file larger than this is not read at all
MAX_TEXT_BYTES = MAX_SOURCE_BYTES  # the text must fit in a source file, which is read as UTF-8


class ExtractError(Exception):
    """A document whose text cannot be had; the message is one sentence for the user that names
    the file."""


@dataclass(frozen=True)
class ExtractedDocument:
    """The plain text of a document and what it says about itself.

    `text` is NFC, with paragraphs separated by one blank line, no trailing spaces and a final
    newline. `published` is EDTF text (YYYY, YYYY-MM or YYYY-MM-DD). `language` is an ISO 639-1
    code, from the document or guessed from the script of its text. `encoding` is what a text
    file was decoded from; `notes` are things to tell the user about how the text was made.
    """

    text: str
    title: str | None
    author: str | None
    publisher: str | None
    published: str | None
    url: str | None
    language: str | None
    format: str
    encoding: str | None
    notes: tuple[str, ...]


@dataclass
class Draft:
    """An extractor's raw result, before the text is cleaned and checked (see finish)."""

    text: str
    format: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)
