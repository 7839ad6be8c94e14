"""XML read safely, with the line each element starts on.

defusedxml's parser refuses any DTD, and so every entity declaration and external reference
with it: an entity bomb ("billion laughs") or a reference to a file on this machine stops at
its DOCTYPE, before anything is expanded or fetched.
"""

from __future__ import annotations

import xml.parsers.expat
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

import defusedxml
import defusedxml.ElementTree

from viewer.core.importers.report import ImportLog

__all__ = ["XmlDocument", "data_of", "parse_xml", "text_of"]

_DEPTH = 8  # levels of an element kept as structure by `data_of`; deeper ones as their text


@dataclass
class XmlDocument:
    """A parsed document and the line of each of its elements."""

    root: Element
    lines: dict[Element, int]

    def line(self, element: Element | None) -> int | None:
        """The line `element` starts on, or None for none."""
        return None if element is None else self.lines.get(element)


class _LineTarget:
    """A tree builder that notes the line where each element starts, as expat reports it."""

    def __init__(self) -> None:
        self.builder = TreeBuilder()
        self.lines: dict[Element, int] = {}
        self.expat: Any = None

    def start(self, tag: str, attributes: dict[str, str]) -> Element:
        element = self.builder.start(tag, attributes)
        self.lines[element] = self.expat.CurrentLineNumber
        return element

    def end(self, tag: str) -> Element:
        return self.builder.end(tag)

    def data(self, text: str) -> None:
        self.builder.data(text)

    def close(self) -> Element:
        return self.builder.close()


def parse_xml(data: bytes, log: ImportLog) -> XmlDocument:
    """The document in `data`; ImportFailed, located, for XML that is not well-formed or
    holds a DTD, an entity declaration or an external reference."""
    target = _LineTarget()
    parser = defusedxml.ElementTree.XMLParser(
        target=target, forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    target.expat = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except ParseError as exc:
        line, column = exc.position
        reason = xml.parsers.expat.ErrorString(exc.code)
        raise log.failure(
            f"the file is not well-formed XML: {reason}", line=line, column=column + 1
        ) from None
    except defusedxml.DefusedXmlException as exc:
        what = {
            "DTDForbidden": "a document type declaration (DTD), which could declare entities",
            "EntitiesForbidden": "an entity declaration",
            "ExternalReferenceForbidden": "a reference to an external entity",
        }.get(type(exc).__name__, "something unsafe")
        raise log.failure(
            f"the file holds {what}; such XML is refused",
            line=parser.parser.CurrentLineNumber,
            column=parser.parser.CurrentColumnNumber + 1,
        ) from None
    return XmlDocument(root, target.lines)


def text_of(element: Element | None) -> str:
    """The text directly inside `element`; empty for none."""
    return "" if element is None or element.text is None else element.text


def data_of(element: Element, depth: int = 0) -> Any:
    """An element as data to keep: its text, or a mapping of its children's tags to their
    data (a list where a tag repeats)."""
    children = list(element)
    if not children:
        return text_of(element).strip()
    if depth >= _DEPTH:
        return " ".join("".join(element.itertext()).split())
    result: dict[str, Any] = {}
    for child in children:
        value = data_of(child, depth + 1)
        if child.tag not in result:
            result[child.tag] = value
        elif isinstance(result[child.tag], list):
            result[child.tag].append(value)
        else:
            result[child.tag] = [result[child.tag], value]
    return result
