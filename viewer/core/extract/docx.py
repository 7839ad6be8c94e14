"""Word documents (.docx), read from their XML directly.

python-docx was not used: its paragraph text leaves out tracked insertions (<w:ins>), content
controls (<w:sdt>) and simple fields, and text boxes, and it gives no hold on the size of what
it unzips. Here each part's uncompressed size is checked before it is read (a zip bomb
expands no further than the limit), XML entities are not expanded and no DTD is loaded.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from viewer.core.extract.metadata import clean_author, clean_title, edtf_date
from viewer.core.extract.model import Draft, ExtractError

__all__ = ["extract_docx"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_OFFICE_DOCUMENT = "/officeDocument"

MAX_DOCUMENT_XML = 128 * 2**20  # uncompressed bytes of the main part; a long book is ~20 MB
MAX_OTHER_XML = 32 * 2**20  # styles, footnotes, properties
MAX_MEMBERS = 20_000
# Left out with all they hold: deleted text, field instructions, the fallback copy of content
# that markup compatibility gives twice, and the parts of a page around its text.
_SKIPPED = frozenset(
    {
        W + "del",
        W + "delText",
        W + "moveFrom",
        W + "instrText",
        W + "rPr",
        W + "sectPr",
        _MC + "Fallback",
    }
)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
# Windows fills the author from the account name; these are accounts, not authors.
_ACCOUNTS = frozenset({"windows 사용자", "사용자", "user", "owner", "pc", "microsoft office user"})


def _damaged(name: str) -> ExtractError:
    return ExtractError(f"'{name}' is damaged or is not a Word (.docx) document.")


def _open(data: bytes, name: str) -> zipfile.ZipFile:
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # An encrypted .docx is an OLE file that holds the encrypted package; so is a .doc.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ExtractError(f"'{name}' is password-protected: save it without a password.")
        raise ExtractError(f"'{name}' is an old Word (.doc) document: save it as .docx first.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise _damaged(name) from None
    if len(archive.infolist()) > MAX_MEMBERS:
        raise _damaged(name)
    return archive


def _read_part(archive: zipfile.ZipFile, part: str, limit: int, name: str) -> bytes | None:
    """A part's bytes, None when it is missing; ExtractError past `limit` bytes unzipped."""
    try:
        info = archive.getinfo(part)
    except KeyError:
        return None
    if info.file_size > limit:
        raise _too_large(name, limit)
    try:
        with archive.open(info) as member:
            # the size in the header may lie: read no more than the limit either way
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        raise _damaged(name) from None
    if len(data) > limit:
        raise _too_large(name, limit)
    return data


def _too_large(name: str, limit: int) -> ExtractError:
    return ExtractError(
        f"'{name}' holds more than {limit // 2**20} MB of text and markup once unzipped, "
        "more than a document is read for."
    )


def _parse(data: bytes, name: str) -> etree._Element:
    try:
        return etree.fromstring(data, _PARSER)
    except (etree.LxmlError, ValueError):
        raise _damaged(name) from None


def _main_part(archive: zipfile.ZipFile, name: str) -> str:
    """The path of the main document part, from the package's relationships."""
    rels = _read_part(archive, "_rels/.rels", MAX_OTHER_XML, name)
    if rels is not None:
        for relation in _parse(rels, name).iter(_REL + "Relationship"):
            if (relation.get("Type") or "").endswith(_OFFICE_DOCUMENT):
                target = (relation.get("Target") or "").lstrip("/")
                if target:
                    return target
    return "word/document.xml"


def _style_names(archive: zipfile.ZipFile, name: str) -> dict[str, str]:
    data = _read_part(archive, "word/styles.xml", MAX_OTHER_XML, name)
    if data is None:
        return {}
    names: dict[str, str] = {}
    for style in _parse(data, name).iter(W + "style"):
        label = style.find(W + "name")
        if style.get(W + "styleId") and label is not None:
            names[style.get(W + "styleId") or ""] = (label.get(W + "val") or "").lower()
    return names


def _paragraphs(root: etree._Element) -> list[tuple[str, str | None]]:
    """(text, style id) of each paragraph, and each table row as one line of tab-separated
    cells, in document order."""
    found: list[tuple[str, str | None]] = []
    stack: list[list[str]] = []  # the text of each open paragraph (text boxes nest them)
    styles: list[str | None] = []
    rows: list[list[str]] = []  # the cells of each open table row
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if tag in _SKIPPED:
                walker.skip_subtree()
            elif tag == W + "p":
                stack.append([])
                styles.append(None)
            elif tag == W + "pStyle" and styles:
                styles[-1] = element.get(W + "val")
            elif tag == W + "t" and stack:
                stack[-1].append(element.text or "")
            elif tag == W + "tab" and stack:
                stack[-1].append("\t")
            elif tag in (W + "br", W + "cr") and stack:
                stack[-1].append("\n")
            elif tag == W + "noBreakHyphen" and stack:
                stack[-1].append("-")
            elif tag == W + "tr":
                rows.append([])
            elif tag == W + "tc" and rows:
                rows[-1].append("")
            continue
        if tag == W + "p" and stack:
            text = "".join(stack.pop())
            style = styles.pop()
            if rows and rows[-1] and not stack:
                cells = rows[-1]
                cells[-1] = f"{cells[-1]} {text}".strip() if cells[-1] else text
            elif text.strip():
                found.append((text, style))
        elif tag == W + "tr" and rows:
            cells = rows.pop()
            if any(cell.strip() for cell in cells):
                found.append(("\t".join(cell.replace("\t", " ") for cell in cells), None))
    return found


def _notes(archive: zipfile.ZipFile, part: str, tag: str, name: str) -> list[str]:
    data = _read_part(archive, part, MAX_OTHER_XML, name)
    if data is None:
        return []
    texts: list[str] = []
    for note in _parse(data, name).iter(W + tag):
        if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        texts.extend(text for text, _ in _paragraphs(note))
    return texts


def _core_properties(archive: zipfile.ZipFile, draft: Draft, name: str) -> None:
    data = _read_part(archive, "docProps/core.xml", MAX_OTHER_XML, name)
    if data is None:
        return
    root = _parse(data, name)

    def value(tag: str) -> str | None:
        element = root.find(tag)
        return element.text.strip() if element is not None and element.text else None

    draft.title = clean_title(value(_DC + "title"))
    author = clean_author(value(_DC + "creator"))
    draft.author = None if author and author.casefold() in _ACCOUNTS else author
    draft.language = value(_DC + "language")
    created = edtf_date(value(_DCTERMS + "created"), earliest=1990)
    modified = edtf_date(value(_DCTERMS + "modified"), earliest=1990)
    if created and (modified is None or created <= modified):
        # Word has no publication date: the creation date is the nearest it has.
        draft.published = created
        draft.notes.append(
            "the publication date is the date the document was created, from its properties: "
            "check it"
        )


def extract_docx(data: bytes, name: str) -> Draft:
    """The paragraphs and tables of a Word document, then its footnotes and endnotes, and the
    title, author and creation date of its properties."""
    with _open(data, name) as archive:
        main = _read_part(archive, _main_part(archive, name), MAX_DOCUMENT_XML, name)
        if main is None:
            raise _damaged(name)
        body = _parse(main, name)
        paragraphs = _paragraphs(body)
        notes = _notes(archive, "word/footnotes.xml", "footnote", name)
        notes += _notes(archive, "word/endnotes.xml", "endnote", name)
        draft = Draft(text="", format="docx")
        _core_properties(archive, draft, name)
        if draft.title is None:
            style_names = _style_names(archive, name)
            draft.title = next(
                (
                    clean_title(text)
                    for text, style in paragraphs
                    if style and style_names.get(style) in ("title", "heading 1")
                ),
                None,
            )
    draft.text = "\n\n".join([text for text, _ in paragraphs] + notes)
    if notes:
        draft.notes.append(f"{len(notes)} footnote or endnote paragraphs were added at the end")
    return draft
