"""Turning a user's documents into source texts: .txt, .md, .html, .docx and .pdf files, and
what is pasted from the clipboard. Plain Python: no Qt.

    extract_document(path) -> ExtractedDocument     # or raises ExtractError
    extract_clipboard_text(text, html=None) -> ExtractedDocument

Every failure, whatever a library raised, is an ExtractError whose message is one sentence
for the user that names the file.

The libraries behind the extractors (trafilatura, pypdfium2, markdown-it-py,
charset-normalizer) are imported when a document first needs them: together they take about
250 ms to import, which starting the program should not pay.
"""

from __future__ import annotations

from viewer.core.extract.api import (
    SUPPORTED_SUFFIXES,
    extract_clipboard_text,
    extract_document,
)
from viewer.core.extract.model import (
    MAX_INPUT_BYTES,
    MAX_TEXT_BYTES,
    ExtractedDocument,
    ExtractError,
)

__all__ = [
    "MAX_INPUT_BYTES",
    "MAX_TEXT_BYTES",
    "SUPPORTED_SUFFIXES",
    "ExtractError",
    "ExtractedDocument",
    "extract_clipboard_text",
    "extract_document",
]
