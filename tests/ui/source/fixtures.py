"""Shared by the source tests: a timeline with several sources, and ways to read the pane."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from tests.conftest import write_timeline
from viewer.core.store import load_timeline
from viewer.ui.document import Document
from viewer.ui.source.marks import MARK_KIND, QUOTE
from viewer.ui.source.pane import SourcePane

FIRED = "The OpenAI board fired Sam Altman on Friday."
PROTEST = "Staff protested the decision."
RETURNED = "Altman returned as CEO on Tuesday."
FILLER = "".join(f"Line {i} of background reporting.\n" for i in range(80))
BOARD = f"{FILLER}{FIRED} {PROTEST} {RETURNED}\n{FILLER}"
WIRE = "Wire report. 오픈AI 이사회가 샘 올트먼을 해고했다. Nothing else.\n"
EMOJI_QUOTE = "올트먼이 복귀했다."
EMOJI = f"🎉😀 축하! {EMOJI_QUOTE} 끝.\n"
EDITED = (
    "The board said Altman was not consistently candid in his communications.\n"
    "Talks resumed. Nobody commented. Talks resumed.\n"
)

TIMELINE = """\
schema: 1
title: Test
sources:
  - id: board
    title: {en: Board statement, ko: 이사회 성명}
    file: sources/board.txt
    published: "2023-11-17"
    author: Jane Doe
    publisher: Example News
  - id: wire
    title: "<b>x</b><img src=x.png>"
    file: sources/wire.txt
  - id: party
    title: Party notes
    file: sources/emoji.txt
  - id: edited
    title: Edited article
    file: sources/edited.txt
actors:
  - id: sam-altman
    name: {en: Sam Altman, ko: 샘 올트먼}
    aliases: [Altman, 올트먼]
  - id: openai-board
    name: {en: OpenAI board, ko: 오픈AI 이사회}
    kind: group
events:
  - id: fired
    date: "2023-11-17"
    title: {en: Board fires Altman, ko: 이사회, 올트먼 해고}
    actors: [sam-altman, openai-board]
    evidence:
      - source: board
        quote: "The OpenAI board fired Sam Altman on Friday."
      - source: wire
        quote: 오픈AI 이사회가 샘 올트먼을 해고했다.
      - source: party
        quote: 올트먼이 복귀했다.
  - id: protest
    date: "2023-11-18"
    title: Staff protest
    evidence:
      - source: board
        quote: Staff protested the decision.
  - id: protest-again
    date: "2023-11-19"
    title: Staff protest, again
    evidence:
      - source: board
        quote: Staff protested the decision.
  - id: returned
    date: "2023-11-21"
    title: Altman returns
    actors: [sam-altman]
    evidence:
      - source: board
        quote: Altman returned as CEO on Tuesday.
        date_quote: "The OpenAI board fired Sam Altman on Friday."
  - id: candid
    title: Not candid
    evidence:
      - source: edited
        quote: The board said Altman was not consistently candid in his communication skills.
  - id: talks
    title: Talks
    evidence:
      - source: edited
        quote: Talks resumed.
  - id: invented
    title: Invented
    evidence:
      - source: edited
        quote: Completely unrelated words that appear nowhere.
"""


def load_rich(folder: Path) -> Document:
    """A document with several sources, shared sentences, an emoji and a fuzzy quote."""
    path = write_timeline(
        folder,
        TIMELINE,
        {
            "board.txt": BOARD,
            "wire.txt": WIRE,
            "emoji.txt": EMOJI,
            "edited.txt": EDITED,
        },
    )
    doc = Document()
    doc.load(load_timeline(path))
    return doc


def child(pane: QWidget, kind: type, name: str):
    """The child of `pane` of type `kind` named `name`; it must exist."""
    found = pane.findChild(kind, name)
    assert found is not None, name
    return found


def text_edit(pane: SourcePane) -> QPlainTextEdit:
    """The pane's source text."""
    return child(pane, QPlainTextEdit, "sourceText")


def marks(pane: SourcePane, kind: str) -> list[str]:
    """The text under every ExtraSelection of one kind."""
    return [
        s.cursor.selectedText()
        for s in text_edit(pane).extraSelections()
        if s.format.property(MARK_KIND) == kind
    ]


def quote_start(pane: SourcePane) -> QTextCursor:
    """A cursor at the start of the quote highlight."""
    selections = text_edit(pane).extraSelections()
    (selection,) = [s for s in selections if s.format.property(MARK_KIND) == QUOTE]
    cursor = QTextCursor(selection.cursor)  # a copy that outlives the selection list
    cursor.setPosition(cursor.selectionStart())
    return cursor


def cursor_at(edit: QPlainTextEdit, text: str, needle: str) -> QTextCursor:
    """A cursor in the middle of `needle` (ASCII-only text before it, so offsets agree)."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(text.index(needle) + len(needle) // 2)
    return cursor
