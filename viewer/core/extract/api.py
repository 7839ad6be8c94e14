"""The entry points: which extractor reads a file, and the checks every result passes."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from viewer.core.dates import DateError, parse_edtf
from viewer.core.extract.cleaning import clean_text, letter_count
from viewer.core.extract.docx import extract_docx
from viewer.core.extract.html import article_from_tree, extract_html, parse_page
from viewer.core.extract.html_meta import read_page_metadata
from viewer.core.extract.html_text import render_paragraphs
from viewer.core.extract.language import guess_language, language_code
from viewer.core.extract.markdown import extract_markdown
from viewer.core.extract.model import (
    MAX_INPUT_BYTES,
    MAX_TEXT_BYTES,
    Draft,
    ExtractedDocument,
    ExtractError,
)
from viewer.core.extract.pdf import extract_pdf
from viewer.core.extract.text_files import extract_text_file, headline
from viewer.core.problems import one_line
from viewer.core.validation import NotRegularFile, TooLarge, read_regular_file

__all__ = ["SUPPORTED_SUFFIXES", "extract_clipboard_text", "extract_document"]

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")

_EXTRACTORS: dict[str, Callable[[bytes, str], Draft]] = {
    ".txt": extract_text_file,
    ".md": extract_markdown,
    ".markdown": extract_markdown,
    ".html": extract_html,
    ".htm": extract_html,
    ".docx": extract_docx,
    ".pdf": extract_pdf,
}
_PASTED = "the pasted text"
_MB = 2**20


def extract_document(path: Path) -> ExtractedDocument:
    """The text and metadata of the document at `path`, chosen by its suffix; raises
    ExtractError, and nothing else, when there is none to be had."""
    name = one_line(path.name)
    suffix = path.suffix.lower()
    extractor = _EXTRACTORS.get(suffix)
    if extractor is None:
        shown = f"'{suffix}' files are" if suffix else "files without a suffix are"
        raise ExtractError(
            f"'{name}' cannot be used as a source: {shown} not supported, only "
            f"{', '.join(SUPPORTED_SUFFIXES)}."
        )
    data = _read(path, name)
    if not data.strip():
        raise ExtractError(f"'{name}' is empty.")
    try:
        draft = extractor(data, name)
        return finish(draft, name)
    except ExtractError:
        raise
    except MemoryError:
        raise ExtractError(f"'{name}' is too large to extract in the memory there is.") from None
    except Exception as exc:
        # The promise to callers: whatever a library raises on a hostile file (KeyError,
        # struct.error, RecursionError...) reaches them as an ExtractError; the cause is kept.
        raise ExtractError(f"'{name}' could not be read: {_reason(exc)}.") from exc


def _read(path: Path, name: str) -> bytes:
    try:
        return read_regular_file(path, MAX_INPUT_BYTES)
    except FileNotFoundError:
        raise ExtractError(f"'{name}' does not exist.") from None
    except IsADirectoryError:
        raise ExtractError(f"'{name}' is a folder, not a document.") from None
    except NotRegularFile:
        raise ExtractError(f"'{name}' is not a regular file (a device, pipe or socket).") from None
    except TooLarge:
        limit = MAX_INPUT_BYTES // _MB
        raise ExtractError(
            f"'{name}' is larger than {limit} MB, the limit for a document."
        ) from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise ExtractError(f"'{name}' cannot be read: {_reason(exc)}.") from None


def _reason(error: BaseException) -> str:
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return one_line(reason)[:200].rstrip(".")


def finish(draft: Draft, name: str) -> ExtractedDocument:
    """The document an extractor's draft makes, once its text is cleaned and checked."""
    text = clean_text(draft.text)
    if not text:
        raise ExtractError(f"No text found in '{name}'.")
    # UTF-8 takes at most four bytes a character, so most texts need no encoding to measure
    if len(text) * 4 > MAX_TEXT_BYTES and len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise ExtractError(
            f"The text of '{name}' is larger than {MAX_TEXT_BYTES // _MB} MB, "
            "the limit for a source."
        )
    published = draft.published
    if published is not None:
        try:
            published = parse_edtf(published).text
        except DateError:
            published = None
    return ExtractedDocument(
        text=text,
        title=draft.title,
        author=draft.author,
        publisher=draft.publisher,
        published=published,
        url=draft.url,
        language=language_code(draft.language) or guess_language(text),
        format=draft.format,
        encoding=draft.encoding,
        notes=tuple(draft.notes),
    )


def extract_clipboard_text(text: str, html: str | None = None) -> ExtractedDocument:
    """The text pasted as a new source: its HTML written out as paragraphs when the clipboard
    has HTML that holds the same text, else the plain text as it is.

    A selection is what the user chose, so its HTML is written out whole, not searched for an
    article; metadata in it (a page's <meta> tags, when a whole page was copied) is read.
    """
    if html and len(html) <= MAX_INPUT_BYTES:
        try:
            document = _from_clipboard_html(html, text)
        except ExtractError:
            document = None
        if document is not None:
            return document
    try:
        return finish(Draft(text=text, format="txt", title=headline(text)), _PASTED)
    except ExtractError:
        raise ExtractError("The clipboard holds no text to make a source of.") from None


def _from_clipboard_html(html: str, text: str) -> ExtractedDocument | None:
    root = parse_page(html, _PASTED)
    meta = read_page_metadata(root)
    etree.strip_elements(root, "script", "style", "noscript", "template", with_tail=False)
    draft = Draft(text="\n\n".join(render_paragraphs(root)), format="html")
    if letter_count(draft.text) < 0.9 * letter_count(text):
        return None  # the HTML lost text the plain version has: the plain one is better
    draft.title, draft.author, draft.publisher = meta.title, meta.author, meta.publisher
    draft.published, draft.url, draft.language = meta.published, meta.url, meta.language
    if root.find(".//article") is not None and root.find(".//nav") is not None:
        # a whole page was copied, menus and all: its article is what was meant
        with contextlib.suppress(ExtractError):
            draft = article_from_tree(root, _PASTED, Draft(text="", format="html"), meta)
    try:
        return finish(draft, _PASTED)
    except ExtractError:
        return None
