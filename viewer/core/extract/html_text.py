"""An HTML (or trafilatura XML) tree written out as plain paragraphs.

Block elements start and end paragraphs, <br> breaks a line, table cells are separated by
tabs; whitespace collapses as a browser collapses it, except inside <pre>. The walk is
iterative, so no depth of nesting can exhaust Python's stack.
"""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["CHROME_TAGS", "HTML_BLOCKS", "HTML_SKIPPED", "XML_BLOCKS", "render_paragraphs"]

HTML_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    ]
)
# trafilatura's XML: head is a heading, list/item, quote and row are its lists, quotes and
# table rows, and code is a block of its own (in HTML, <code> is inline).
XML_BLOCKS = HTML_BLOCKS | {
    "doc",
    "main",
    "comments",
    "head",
    "list",
    "item",
    "quote",
    "row",
    "code",
}
CELL_TAGS = frozenset({"td", "th", "cell"})
BREAK_TAGS = frozenset({"br", "lb"})
# Never text: code, styles, media and form controls; the HTML <head> too (not trafilatura's).
HTML_SKIPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "svg",
        "math",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "canvas",
        "img",
        "picture",
        "video",
        "audio",
        "source",
        "track",
        "map",
        "area",
        "select",
        "option",
        "datalist",
        "input",
        "textarea",
        "button",
    ]
)
# The parts of a page around its content: menus, banners, footers, forms, asides.
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu"})
_SPACES_RE = re.compile(r"[ \t\n\r\f]+")


def _tag(element: etree._Element) -> str | None:
    tag = element.tag
    if not isinstance(tag, str):
        return None  # a comment or a processing instruction
    return tag.rsplit("}", 1)[-1].lower()


class _Writer:
    """Collects text into paragraphs, collapsing whitespace outside <pre>."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.parts: list[str] = []
        self.pre = 0
        self.cell_open = False

    def text(self, text: str | None) -> None:
        if text:
            self.parts.append(text if self.pre else _SPACES_RE.sub(" ", text))

    def line_break(self) -> None:
        self.parts.append("\n")

    def cell(self) -> None:
        if self.cell_open:
            self.parts.append("\t")
        self.cell_open = True

    def end_paragraph(self) -> None:
        self.cell_open = False
        if not self.parts:
            return
        text = "".join(self.parts)
        self.parts = []
        if not self.pre:
            # spaces around a line break, and at either end, are not text
            text = "\n".join(line.strip(" ") for line in text.split("\n")).strip("\n")
        if text.strip():
            self.paragraphs.append(text)


def render_paragraphs(
    root: etree._Element,
    *,
    blocks: frozenset[str] = HTML_BLOCKS,
    skipped: frozenset[str] = HTML_SKIPPED,
) -> list[str]:
    """The paragraphs of the tree under `root` (which counts too): `blocks` are the elements
    that stand as paragraphs; those in `skipped` are left out with everything inside them."""
    writer = _Writer()
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = _tag(element)
        if event == "start":
            if tag is None or tag in skipped:
                # lxml still reports the end of a skipped element, whose tail is written there
                walker.skip_subtree()
                continue
            if tag in blocks:
                writer.end_paragraph()
                if tag == "pre":
                    writer.pre += 1
            elif tag in BREAK_TAGS:
                writer.line_break()
            elif tag in CELL_TAGS:
                writer.cell()
            writer.text(element.text)
        else:
            if tag in blocks:
                writer.end_paragraph()
                if tag == "pre":
                    writer.pre -= 1
            if element is not root:
                writer.text(element.tail)
    writer.end_paragraph()
    return writer.paragraphs
