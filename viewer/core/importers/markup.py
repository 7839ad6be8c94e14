"""HTML in imported text fields (TimelineJS allows it in headlines and texts) as plain text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from viewer.core.extract.cleaning import join_paragraphs
from viewer.core.extract.html_text import render_paragraphs

__all__ = ["Plain", "from_html"]

_TAG_RE = re.compile(r"<[^>]*>")
_BLANK_LINES_RE = re.compile(r"\n\s*\n")
# C0 controls but tab and line ends: lxml refuses text that holds them, and they are no text.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Plain:
    """The plain text of an HTML field, and whether the field linked to something (an href or
    src attribute), which the plain text loses."""

    text: str
    linked: bool = False

    @property
    def line(self) -> str:
        """The text on one line, as a title is written."""
        return " ".join(self.text.split())


def from_html(markup: str) -> Plain:
    """Plain text of an HTML field: tags gone, entities decoded, paragraphs one blank line
    apart, whitespace collapsed as a browser collapses it."""
    markup = _CONTROL_RE.sub("", markup.replace("\r\n", "\n"))
    if "<" not in markup:
        # no markup: the text's own blank lines are its paragraphs
        parts = _BLANK_LINES_RE.split(html.unescape(markup))
        return Plain(join_paragraphs([" ".join(part.split()) for part in parts]))
    parser = lxml_html.HTMLParser()  # one a call: a parser is not to be shared by threads
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div", parser=parser)
    except (etree.LxmlError, ValueError):
        root = None
    if root is None or any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        # libxml2 stops at a depth of 256 without failing, dropping the rest: markup it cannot
        # parse whole still loses its tags, and keeps its text
        stripped = from_html(_TAG_RE.sub(" ", markup).replace("<", "&lt;"))
        return Plain(stripped.text, "href" in markup or "src" in markup)
    linked = any(element.get("href") or element.get("src") for element in root.iter())
    return Plain(join_paragraphs(render_paragraphs(root)), linked)
