"""PDF documents: the text layer, read with pypdfium2 (PDFium, the engine of Chrome's viewer).

Of pypdf, pdfminer.six and pypdfium2, only PDFium read every Korean test document right:
pdfminer.six put a space between all the letters of letter-spaced text and could not decode
an owner-password PDF's CID font; pypdf put each letter of separately placed glyphs on a line
of its own. PDFium opens owner-password (print-protected) files too. It gives lines, with a
box for each character, from which pdf_layout makes paragraphs.
"""

from __future__ import annotations

import ctypes
import threading
import time
from typing import TYPE_CHECKING

from viewer.core.extract.metadata import clean_author, clean_title, edtf_date
from viewer.core.extract.model import MAX_TEXT_BYTES, Draft, ExtractError
from viewer.core.extract.pdf_layout import (
    Line,
    Page,
    lines_from_chars,
    paragraphs_of,
    remove_running_lines,
)

if TYPE_CHECKING:
    import pypdfium2

__all__ = ["extract_pdf"]

# PDFium is not thread-safe: one document at a time, whichever thread asks.
_PDFIUM_LOCK = threading.Lock()
MAX_SECONDS = 300  # a document that takes longer is given up on, not waited for
# Characters of a font that does not say what it draws come out as these, or as private use.
_UNREADABLE = frozenset("\ufffd\ufffe")
_PASSWORD, _SECURITY = 4, 5  # PDFium's FPDF_ERR_PASSWORD and FPDF_ERR_SECURITY


def _open(data: bytes, name: str) -> pypdfium2.PdfDocument:
    import pypdfium2  # imported when first needed (see the package)

    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == _PASSWORD:
            raise ExtractError(
                f"'{name}' is password-protected: open it with its password and save a copy "
                "without one."
            ) from None
        if code == _SECURITY:
            raise ExtractError(f"'{name}' uses a kind of encryption that cannot be read.") from None
        raise ExtractError(f"'{name}' is damaged or is not a PDF document.") from None


def _language(document: pypdfium2.PdfDocument) -> str | None:
    """The document's /Lang, if the catalog has one."""
    import pypdfium2.raw as pdfium_c

    try:
        size = pdfium_c.FPDFCatalog_GetLanguage(document.raw, None, 0)
        if size <= 2:
            return None
        buffer = (ctypes.c_ushort * (size // 2))()  # UTF-16LE, ending in a NUL
        pdfium_c.FPDFCatalog_GetLanguage(document.raw, buffer, size)
        return bytes(buffer)[: size - 2].decode("utf-16-le", "replace")
    except (AttributeError, ctypes.ArgumentError, OSError):
        return None


def _metadata(document: pypdfium2.PdfDocument, draft: Draft) -> None:
    import pypdfium2

    try:
        info = document.get_metadata_dict(skip_empty=True)
    except (pypdfium2.PdfiumError, UnicodeDecodeError, ValueError):
        info = {}
    draft.title = clean_title(info.get("Title"))
    draft.author = clean_author(info.get("Author"))
    draft.language = _language(document)
    created = edtf_date(info.get("CreationDate"), earliest=1990)
    if created:
        draft.published = created
        draft.notes.append(
            "the publication date is the date the PDF was made, from its properties: check it"
        )


def _page(document: pypdfium2.PdfDocument, index: int) -> tuple[Page, str]:
    """A page's lines, and its text as PDFium gives it."""
    page = document[index]
    try:
        height = page.get_height()
        textpage = page.get_textpage()
        try:
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count) if count > 0 else ""
            if len(text) != count:
                # PDFium left characters out of the text, so the boxes no longer line up
                # with it: the page's lines are kept without their geometry.
                lines = [_bare_line(line, height) for line in text.splitlines() if line.strip()]
                return Page(lines, height), text
            boxes = [textpage.get_charbox(i, loose=True) for i in range(count)]
        finally:
            textpage.close()
    finally:
        page.close()
    return Page(lines_from_chars(text, boxes), height), text


def _bare_line(text: str, height: float) -> Line:
    """A line with no geometry: all at one place, each full width, so that a page's lines join
    into one paragraph and none is taken for a header or footer."""
    return Line(text.strip(), 0.0, height / 2, 1.0, height / 2, 0.0, 2.0)


def extract_pdf(data: bytes, name: str) -> Draft:
    """The text layer of a PDF as paragraphs, and its title, author and creation date."""
    draft = Draft(text="", format="pdf")
    with _PDFIUM_LOCK:
        document = _open(data, name)
        try:
            _metadata(document, draft)
            pages, empty, unreadable, total = _read_pages(document, name)
        finally:
            document.close()
    if total == 0:
        raise ExtractError(f"No text found in '{name}': scanned documents need OCR first.")
    if unreadable > 0.3 * total:
        raise ExtractError(
            f"The text of '{name}' cannot be read: its fonts do not say which letters they "
            "draw, so it needs OCR like a scanned document."
        )
    if empty:
        draft.notes.append(
            f"{empty} of {len(pages)} pages have no text (scanned pages need OCR first)"
        )
    remove_running_lines(pages)
    draft.text = "\n\n".join(paragraphs_of(pages))
    return draft


def _read_pages(document: pypdfium2.PdfDocument, name: str) -> tuple[list[Page], int, int, int]:
    """(the pages, how many have no text, unreadable characters, all visible characters)."""
    deadline = time.monotonic() + MAX_SECONDS
    pages: list[Page] = []
    empty = unreadable = total = size = 0
    for index in range(len(document)):
        if time.monotonic() > deadline:
            raise ExtractError(
                f"'{name}' took more than {MAX_SECONDS // 60} minutes to read and was given up."
            )
        page, text = _page(document, index)
        pages.append(page)
        visible = sum(1 for char in text if not char.isspace())
        empty += visible == 0
        total += visible
        unreadable += sum(1 for char in text if char in _UNREADABLE or "\ue000" <= char <= "\uf8ff")
        size += len(text)
        if size > MAX_TEXT_BYTES:  # characters, so a lower bound of the UTF-8 size
            raise ExtractError(
                f"The text of '{name}' is larger than {MAX_TEXT_BYTES // 2**20} MB, "
                "the limit for a source."
            )
    return pages, empty, unreadable, total
