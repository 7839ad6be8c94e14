"""Paragraphs from a PDF's lines, by their geometry.

A PDF holds lines, not paragraphs. A line break is taken for a paragraph break when:
- the space above the next line is clearly more than between the lines around it;
- the next line is indented (a first-line indent);
- the line ended short although the next line's first word would have fitted in the room left:
  a typesetter would have put the word there, so the line ended a paragraph.
The lines of a paragraph join with a space, except where CJK ideographs or kana meet (Chinese
and Japanese use no spaces) or a line ends in a hyphen. Korean lines join with a space too:
a PDF does not say whether a line broke at a space or inside a word, and most Korean text
breaks at spaces. Running headers and footers, and page numbers, are left out.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Line", "Page", "lines_from_chars", "paragraphs_of", "remove_running_lines"]

Box = tuple[float, float, float, float]  # left, bottom, right, top, as pdfium gives them

_PAGE_NUMBER_RE = re.compile(
    r"[-–—\s]*(?:page\s*|p\.\s*)?[0-9]{1,4}(?:\s*(?:/|of)\s*[0-9]{1,4})?\s*(?:쪽|페이지)?[-–—\s]*",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(r"[0-9]+")
_NO_SPACE_RE = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SENTENCE_END = tuple('.!?。！？…"”’)」』')
_MAX_COLUMN_LINES = 1000  # lines on a page past which each line's column is not worked out


@dataclass
class Line:
    """One line of text with the box of its visible characters."""

    text: str
    left: float
    bottom: float
    right: float
    top: float
    size: float  # the height of its characters
    first_word: float  # the width of its first word


@dataclass
class Page:
    """The lines of one page, in the order of its content, and the page's height."""

    lines: list[Line]
    height: float


def lines_from_chars(text: str, boxes: Sequence[Box]) -> list[Line]:
    """The lines of a page from its text (pdfium's, lines ended by \\r\\n) and a box for each
    character of it; boxes of spaces and line ends are not used, as pdfium makes those up."""
    lines: list[Line] = []
    start = 0
    for index in range(len(text) + 1):
        if index == len(text) or text[index] == "\n":
            line = _line(text, boxes, start, index)
            if line is not None:
                lines.append(line)
            start = index + 1
    return lines


def _line(text: str, boxes: Sequence[Box], start: int, end: int) -> Line | None:
    chars = [i for i in range(start, end) if not text[i].isspace()]
    if not chars:
        return None
    left = min(boxes[i][0] for i in chars)
    right = max(boxes[i][2] for i in chars)
    bottom = min(boxes[i][1] for i in chars)
    top = max(boxes[i][3] for i in chars)
    size = statistics.median(boxes[i][3] - boxes[i][1] for i in chars) or (top - bottom) or 1.0
    first_end = chars[0]
    if not _NO_SPACE_RE.match(text[first_end]):  # in Chinese and Japanese a word is a character
        for i in range(first_end + 1, end):
            if text[i].isspace():
                break
            first_end = i
    first_word = boxes[first_end][2] - left
    return Line(text[start:end].strip(), left, bottom, right, top, size, first_word)


def remove_running_lines(pages: list[Page]) -> None:
    """Leave out page numbers, and headers and footers that recur on most pages."""
    edges: list[list[int]] = []
    for page in pages:
        edge = [
            index
            for index, line in enumerate(page.lines)
            if line.top > 0.88 * page.height or line.bottom < 0.12 * page.height
        ]
        edges.append(edge)
    keys = Counter(
        _DIGITS_RE.sub("#", page.lines[index].text)
        for page, edge in zip(pages, edges, strict=True)
        for index in set(edge)
    )
    recurring = max(3, len(pages) // 2)
    for page, edge in zip(pages, edges, strict=True):
        drop = {
            index
            for index in edge
            if _PAGE_NUMBER_RE.fullmatch(page.lines[index].text)
            or (len(pages) >= 3 and keys[_DIGITS_RE.sub("#", page.lines[index].text)] >= recurring)
        }
        page.lines = [line for index, line in enumerate(page.lines) if index not in drop]


def _overlaps(a: Line, b: Line) -> bool:
    return min(a.right, b.right) - max(a.left, b.left) > 0


def _right_edges(lines: list[Line]) -> list[float]:
    """The right edge of each line's column: the rightmost end of the lines it overlaps."""
    if len(lines) > _MAX_COLUMN_LINES:
        edge = max(line.right for line in lines)
        return [edge] * len(lines)
    return [max(other.right for other in lines if _overlaps(line, other)) for line in lines]


def _typical_pitch(lines: list[Line]) -> float | None:
    pitches = [
        previous.bottom - line.bottom
        for previous, line in itertools.pairwise(lines)
        if 0 < previous.bottom - line.bottom < 3 * line.size and _overlaps(previous, line)
    ]
    return statistics.median(pitches) if len(pitches) >= 2 else None


def _ends_paragraph(previous: Line, line: Line, edge: float, pitch: float | None) -> bool:
    """Whether the break between these two lines of one page is a paragraph break."""
    size = max(previous.size, line.size)
    below = line.top <= previous.top - 0.5 * size and _overlaps(previous, line)
    if below:
        step = previous.bottom - line.bottom
        if pitch is not None and step > 1.35 * pitch + 0.5:
            return True
        if pitch is None and previous.bottom - line.top > 0.9 * size:
            return True  # a gap of a blank line between the two
        if line.left - previous.left > 0.9 * size:
            return True  # a first-line indent
    return _ended_short(previous, line, edge)


def _ended_short(previous: Line, line: Line, edge: float) -> bool:
    """The line left room at its end for the next line's first word."""
    return edge - previous.right > line.first_word + 0.6 * max(previous.size, line.size)


def _join(left: str, right: str) -> str:
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha() and right[:1].islower():
        return left + right
    if _NO_SPACE_RE.match(left[-1:]) or _NO_SPACE_RE.match(right[:1]):
        return left + right
    return f"{left} {right}"


def paragraphs_of(pages: list[Page]) -> list[str]:
    """The paragraphs of a document's pages; a paragraph may go on from one page to the next."""
    paragraphs: list[str] = []
    current: str | None = None
    last: tuple[Line, float] | None = None  # the previous page's last line and its edge
    for page in pages:
        lines = page.lines
        if not lines:
            continue
        edges = _right_edges(lines)
        pitch = _typical_pitch(lines)
        margin = min(line.left for line in lines)
        for index, line in enumerate(lines):
            if current is None:
                current = line.text
            elif index == 0:
                assert last is not None
                previous, edge = last
                goes_on = (
                    not _ended_short(previous, line, edge)
                    and not previous.text.endswith(_SENTENCE_END)
                    and line.left - margin < 0.9 * line.size
                )
                if goes_on:
                    current = _join(current, line.text)
                else:
                    paragraphs.append(current)
                    current = line.text
            elif _ends_paragraph(lines[index - 1], line, edges[index - 1], pitch):
                paragraphs.append(current)
                current = line.text
            else:
                current = _join(current, line.text)
        last = (lines[-1], edges[-1])
    if current is not None:
        paragraphs.append(current)
    return paragraphs
