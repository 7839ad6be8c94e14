"""Saved web pages (.html, .htm): the article, without the page around it.

trafilatura picks the article out of the page (menus, related-article lists, comment threads,
footers and ads left behind) and gives it as XML, which is written out here as paragraphs.
Where it ran paragraphs of the page together (it does on pages with no article container),
they are split again as the page had them. Metadata comes from html_meta, with trafilatura's
as the fallback.
"""

from __future__ import annotations

import codecs
import copy
import itertools
import re
from typing import TYPE_CHECKING

from lxml import etree, html

from viewer.core.extract.cleaning import letter_count
from viewer.core.extract.encoding import Decoded
from viewer.core.extract.html_meta import (
    BYLINE_RE,
    PageMetadata,
    korean_byline,
    read_page_metadata,
    strip_site_name,
)
from viewer.core.extract.html_text import (
    CHROME_TAGS,
    HTML_SKIPPED,
    XML_BLOCKS,
    render_paragraphs,
)
from viewer.core.extract.language import language_code
from viewer.core.extract.metadata import clean_author, clean_title, clean_url, edtf_date, first
from viewer.core.extract.model import Draft, ExtractError
from viewer.core.extract.text_files import decode_or_fail, encoding_note

if TYPE_CHECKING:
    from trafilatura.settings import Document

__all__ = ["decode_page", "extract_html", "parse_page"]

# trafilatura slows more than linearly with the number of elements (5.7 s for 40,000 <p>
# siblings, 181 s for 200,000); a page past this is written out whole instead.
MAX_ELEMENTS = 50_000
_DECLARED_RE = re.compile(
    rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)
_PRESCAN = 16 * 1024  # bytes searched for a declared charset (Korean pages declare it late)
# Labels that browsers read as Windows-949 (CP949), after the WHATWG Encoding Standard.
_KOREAN_LABELS = frozenset(
    "euc-kr euc_kr euckr cp949 ms949 uhc windows-949 x-windows-949 ks_c_5601-1987 ks_c_5601-1989 "
    "ksc5601 ksc_5601 korean csksc56011987 iso-ir-149 csEUCKR".lower().split()
)
_LATIN1_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})
_XML_DECLARATION_RE = re.compile(r"\A\s*<\?xml[^>]*\?>")
_NOISE_TAGS = ("script", "style", "noscript", "template", "svg", "math")
_COPYRIGHT_RE = re.compile(
    r"무단\s*전재|재배포\s*금지|저작권자|all rights reserved|copyright|ⓒ|©", re.IGNORECASE
)
_MIN_LETTERS = 20  # a page with fewer outside its menus and footers has no article
# What a byline or dateline is made of besides the name: '김철수 기자 입력 2023.11.22. 오전 10:31'
_DATELINE_PARTS_RE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[0-9]{4}\s*[./-]\s*[0-9]{1,2}\s*[./-]\s*[0-9]{1,2}\.?|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    r"|기사입력|최종수정|입력|수정|승인|등록|업데이트|발행|송고|오전|오후|\b(?:AM|PM)\b",
    re.IGNORECASE,
)
_FURNITURE_LINES = 3  # how far from either end of the article a byline line is looked for


def decode_page(data: bytes, name: str) -> Decoded:
    """The text of a page, in the charset it declares if the bytes are in it, else detected."""
    match = _DECLARED_RE.search(data[:_PRESCAN])
    label = (match.group(1) or match.group(2)).decode("ascii").lower() if match else None
    if label and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _decode_declared(data, label)
        if declared is not None:
            return declared
    return decode_or_fail(data, name)


def _decode_declared(data: bytes, label: str) -> Decoded | None:
    if label in _KOREAN_LABELS:
        codec, shown = "cp949", label
    elif label in _LATIN1_LABELS:
        codec, shown = "cp1252", "windows-1252"
    elif label.startswith(("utf-16", "utf-32", "utf16", "utf32")):
        return None  # a declaration that ASCII can read cannot be in UTF-16: not to be trusted
    else:
        try:
            codec = shown = codecs.lookup(label).name
        except LookupError:
            return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if codec == "cp949":
        try:
            shown = "euc-kr" if data.decode("euc-kr") == text else "cp949"
        except UnicodeDecodeError:
            shown = "cp949"
    return Decoded(text, shown.replace("_", "-"))


_HUGE_TAG = 64 * 1024
_HUGE_TAG_RE = re.compile(rf"<[A-Za-z][^<>]{{{_HUGE_TAG}}}")


def parse_page(text: str, name: str) -> etree._Element:
    """The parsed tree of a page's text; ExtractError for one lxml cannot parse."""
    # lxml refuses text that declares an encoding, since it is already decoded
    text = _XML_DECLARATION_RE.sub("", text, count=1)
    if _HUGE_TAG_RE.search(text):
        # lxml checks each attribute against the others: a tag with attributes by the ten
        # thousand takes minutes, and no page a person saved has one
        raise ExtractError(
            f"'{name}' was not read: it has a tag over {_HUGE_TAG // 1024} KB long, "
            "which no saved web page has."
        )
    try:
        return html.document_fromstring(text)
    except (etree.LxmlError, ValueError):
        raise ExtractError(f"No article text found in '{name}': it is empty or not HTML.") from None


_KEY = 8  # characters by which a paragraph of the page is looked up


def _restore_paragraphs(found: list[str], page: list[str]) -> list[str]:
    """`found` with each paragraph that runs several of the page's paragraphs together split
    back into them."""
    normal = [" ".join(paragraph.split()) for paragraph in page]
    starts: dict[str, list[int]] = {}
    for index, text in enumerate(normal):
        if text:
            starts.setdefault(text[:_KEY], []).append(index)
    whole = set(normal)
    restored: list[str] = []
    for paragraph in found:
        target = " ".join(paragraph.split())
        pieces = None if target in whole else _split_as_page(target, normal, page, starts)
        restored.extend(pieces or [paragraph])
    return restored


def _split_as_page(
    target: str, normal: list[str], page: list[str], starts: dict[str, list[int]]
) -> list[str] | None:
    # the page paragraph it starts with may be shorter than the key
    candidates = (i for k in range(1, _KEY + 1) for i in starts.get(target[:k], []))
    for start in itertools.islice(candidates, 50):
        pieces: list[str] = []
        position, index = 0, start
        while index < len(normal) and position < len(target):
            text = normal[index]
            if not text or not target.startswith(text, position):
                break
            pieces.append(page[index])
            position += len(text)
            if target.startswith(" ", position):
                position += 1
            index += 1
        if position >= len(target) and len(pieces) > 1:
            return pieces
    return None


def _is_dateline(paragraph: str) -> bool:
    """A line of nothing but a reporter's name, e-mail address and dates."""
    if len(paragraph) > 80:
        return False
    rest = _DATELINE_PARTS_RE.sub("", BYLINE_RE.sub("", paragraph))
    return rest != paragraph and letter_count(rest) == 0


def _drop_furniture(paragraphs: list[str], title: str | None) -> list[str]:
    """Without the headline repeated at the top, bylines and datelines at either end, and the
    copyright lines Korean articles end with ('무단 전재 및 재배포 금지')."""
    kept = list(paragraphs)
    if kept and title and " ".join(kept[0].split()) == " ".join(title.split()):
        kept.pop(0)
    for _ in range(_FURNITURE_LINES):
        if kept and _is_dateline(kept[0]):
            kept.pop(0)
    while (
        kept and len(kept[-1]) < 150 and (_COPYRIGHT_RE.search(kept[-1]) or _is_dateline(kept[-1]))
    ):
        kept.pop()
    return kept


def _element_count(root: etree._Element) -> int:
    return sum(1 for _ in root.iter())


def extract_html(data: bytes, name: str) -> Draft:
    """The article of a saved web page, with its metadata."""
    decoded = decode_page(data, name)
    root = parse_page(decoded.text, name)
    draft = Draft(text="", format="html", encoding=decoded.encoding)
    note = encoding_note(decoded)
    if note:
        draft.notes.append(note)
    meta = read_page_metadata(root)  # before the scripts go: JSON-LD is in one
    etree.strip_elements(root, *_NOISE_TAGS, with_tail=False)
    return article_from_tree(root, name, draft, meta)


def article_from_tree(root: etree._Element, name: str, draft: Draft, meta: PageMetadata) -> Draft:
    """Fill `draft` with the article of the parsed page `root` and its metadata."""
    page = render_paragraphs(root)
    outside_chrome = render_paragraphs(root, skipped=HTML_SKIPPED | CHROME_TAGS)
    if letter_count("".join(outside_chrome)[:10_000]) < _MIN_LETTERS:
        if letter_count("".join(page)[:10_000]) >= _MIN_LETTERS:
            reason = "the page holds only menus, links or forms"
        else:
            reason = "the page has no text"
        raise ExtractError(f"No article text found in '{name}': {reason}.")
    found: Document | None = None
    if _element_count(root) > MAX_ELEMENTS:
        paragraphs = outside_chrome
        draft.notes.append(
            f"the page has more than {MAX_ELEMENTS:,} elements, too many to pick out its "
            "article: all of its text outside menus and footers was kept"
        )
    else:
        found = _run_trafilatura(root, meta.url)
        if found is None or found.body is None:
            raise ExtractError(f"No article text found in '{name}'.")
        paragraphs = render_paragraphs(found.body, blocks=XML_BLOCKS, skipped=frozenset())
        paragraphs = _restore_paragraphs(paragraphs, page)
    byline = korean_byline("\n".join(paragraphs[:2] + paragraphs[-3:]))
    _fill_metadata(draft, meta, found, byline)
    paragraphs = _drop_furniture(paragraphs, draft.title)
    if letter_count("".join(paragraphs)[:10_000]) == 0:
        raise ExtractError(f"No article text found in '{name}'.")
    draft.text = "\n\n".join(paragraphs)
    return draft


def _run_trafilatura(root: etree._Element, url: str | None) -> Document | None:
    import trafilatura  # imported when first needed (see the package)
    from trafilatura.settings import Document

    try:
        found = trafilatura.bare_extraction(
            copy.deepcopy(root),  # trafilatura prunes the tree it is given
            url=url,
            include_comments=False,
            include_tables=True,
            include_formatting=True,  # its plain-text mode loses <br> paragraph breaks
            include_images=False,
            include_links=False,
            with_metadata=True,
            # the page's first publication, and not a date guessed from anywhere in its text
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except (ValueError, TypeError, AttributeError, RecursionError, etree.LxmlError):
        return None  # trafilatura fails on some malformed trees; no article is then found
    return found if isinstance(found, Document) else None


def _fill_metadata(
    draft: Draft, page: PageMetadata, found: Document | None, byline: str | None
) -> None:
    """The page's own metadata first, then trafilatura's, then a byline in the article."""
    if found is None:
        from trafilatura.settings import Document

        found = Document()
    draft.publisher = first(page.publisher, clean_title(found.sitename))
    title = strip_site_name(clean_title(found.title), draft.publisher)
    draft.title = first(page.title, title)
    draft.author = first(page.author, clean_author(found.author), byline)
    draft.published = first(page.published, edtf_date(found.date))
    draft.url = first(page.url, clean_url(found.url))
    draft.language = first(page.language, language_code(found.language))
