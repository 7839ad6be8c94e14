"""Markdown files: the prose without its markup, so that quotes anchor in plain sentences.

markdown-it-py parses (CommonMark, plus tables and strikethrough); the tokens are written back
as plain text: headings without '#', links as their text, images left out, emphasis without
its markers, code kept as it is. YAML front matter gives the title, author and date.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import yaml

from viewer.core.extract.metadata import clean_author, clean_title, clean_url, edtf_date, first
from viewer.core.extract.model import Draft
from viewer.core.extract.text_files import decode_or_fail, encoding_note

if TYPE_CHECKING:
    from markdown_it.token import Token

__all__ = ["extract_markdown", "split_front_matter"]

_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MAX_FRONT_MATTER = 64 * 1024  # characters: metadata, not a document
# markdown-it-py takes about 0.5 s a megabyte of prose, but up to 17 s a megabyte of nothing
# but markup ('![![![...'); a file larger than this, or one past the first size that is mostly
# markup, is kept as it is rather than parsed.
_MAX_PARSED = 4 * 2**20
_MAX_DENSE = 256 * 2**10
_MAX_MARKUP_SHARE = 0.15
_MARKUP_CHARS = frozenset("[]!*_`<>|\\")
# CommonMark does not close '**' between punctuation and a letter ('**"인용"**은'), which
# Korean text often has: markers left over in the text are taken out here.
_LEFTOVER_STRONG_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_TAG_RE = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_BREAK_TAG_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)


def split_front_matter(text: str) -> tuple[str | None, str]:
    """(the YAML between the opening '---' lines, or None; the text after it)."""
    match = _FRONT_MATTER_RE.match(text)
    if not match or match.end() > _MAX_FRONT_MATTER:
        return None, text
    return match.group(1) or "", text[match.end() :]


def _front_matter(source: str, draft: Draft) -> None:
    try:
        values = yaml.safe_load(source)
    except yaml.YAMLError:
        draft.notes.append("the front matter at the top is not valid YAML, so it was left out")
        return
    if not isinstance(values, dict):
        return
    meta = {str(key).lower(): value for key, value in values.items()}
    draft.title = clean_title(meta.get("title"))
    draft.author = clean_author(meta.get("author") or meta.get("authors"))
    draft.publisher = clean_title(first(meta.get("publisher"), meta.get("source")))
    for key in ("published", "date", "pubdate", "created"):
        draft.published = edtf_date(meta.get(key))
        if draft.published:
            break
    draft.url = clean_url(first(meta.get("url"), meta.get("link"), meta.get("canonical_url")))
    language = first(meta.get("lang"), meta.get("language"))
    draft.language = language if isinstance(language, str) else None


def _too_costly(text: str) -> bool:
    if len(text) > _MAX_PARSED:
        return True
    if len(text) <= _MAX_DENSE:
        return False
    markup = sum(text.count(char) for char in _MARKUP_CHARS)
    return markup > _MAX_MARKUP_SHARE * max(len(text), 1)


def _inline(tokens: Sequence[Token]) -> str:
    parts: list[str] = []
    after_image = False  # an image between two spaces leaves one of them
    for token in tokens:
        if token.type in ("text", "code_inline"):
            content = token.content
            if (
                after_image
                and content.startswith(" ")
                and (parts[-1][-1:] if parts else "") in ("", " ", "\n")
            ):
                content = content[1:]
            parts.append(content)
        elif token.type in ("softbreak", "hardbreak") or (
            token.type == "html_inline" and _BREAK_TAG_RE.fullmatch(token.content.strip())
        ):
            parts.append("\n")
        after_image = token.type == "image" or (
            after_image and token.type not in ("text", "code_inline")
        )
        # images, inline HTML and the open/close tokens of links and emphasis leave no text
    return _LEFTOVER_STRONG_RE.sub(r"\1", "".join(parts))


def _html_block(content: str) -> str:
    return html.unescape(_TAG_RE.sub("", _BREAK_TAG_RE.sub("\n", content)))


def render_plain(tokens: Sequence[Token]) -> tuple[list[str], str | None]:
    """(the text blocks of a token stream, the text of its first level-1 heading or None).

    Each paragraph, heading, code block and table is a block. The items of a tight list (no
    blank lines between them) stay together in one block, one item a line.
    """
    blocks: list[str] = []
    title: str | None = None
    row: list[str] = []
    table: list[str] = []
    in_table = False
    lists = 0  # depth of list nesting
    list_block: int | None = None  # the block that a tight list's items are being added to
    previous: Token | None = None
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists -= 1
            if lists == 0:
                list_block = None
        elif kind == "table_open":
            in_table, table = True, []
        elif kind == "table_close":
            in_table = False
            blocks.append("\n".join(table))
        elif kind == "tr_close":
            table.append("\t".join(row))
            row = []
        elif kind == "inline":
            text = _inline(token.children or [])
            if in_table:
                row.append(text.replace("\n", " "))
            elif previous is not None and previous.hidden and lists:
                if list_block is None:
                    blocks.append(text)
                    list_block = len(blocks) - 1
                else:
                    blocks[list_block] += "\n" + text
            else:
                blocks.append(text)
                list_block = None
                if (
                    title is None
                    and previous is not None
                    and previous.type == "heading_open"
                    and previous.tag == "h1"
                ):
                    title = text
        elif kind in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
            list_block = None
        elif kind == "html_block":
            blocks.append(_html_block(token.content))
            list_block = None
        previous = token
    return blocks, title


def extract_markdown(data: bytes, name: str) -> Draft:
    """The plain text of a Markdown file, its front matter read as metadata."""
    decoded = decode_or_fail(data, name)
    draft = Draft(text="", format="md", encoding=decoded.encoding)
    note = encoding_note(decoded)
    if note:
        draft.notes.append(note)
    front, body = split_front_matter(decoded.text.replace("\r\n", "\n"))
    if front is not None:
        _front_matter(front, draft)
    if _too_costly(body):
        draft.text = body
        draft.notes.append("kept with its Markdown markup: the file is too large to strip it")
        return draft
    from markdown_it import MarkdownIt  # imported when first needed (see the package)

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    blocks, heading = render_plain(parser.parse(body))
    draft.text = "\n\n".join(blocks)
    if draft.title is None and heading:
        draft.title = clean_title(heading)
    return draft
