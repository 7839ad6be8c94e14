"""The text documents of the last few sources shown, and their marks, so that stepping between
events whose sources differ swaps a document instead of filling and marking one again."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit

from viewer.core.anchoring import SourceText
from viewer.core.evidence_index import SourceSupport
from viewer.ui.source.marks import SourceMarks

KEPT = 4  # documents; a 1 MB source's takes about 20 MB
BLOCKS_A_STEP = 2_000  # lines given their layout object while idle at a time: about 6 ms
_LONG_RUN = re.compile(r"\S{10000}")  # no prose has a word this long; a blob or a hostile file


class TextDocuments:
    """Documents for an edit, one per source text (by identity), the least recent dropped.
    A fresh document also carries no cursors of the last text's marks, which Qt would move
    one by one while the text was replaced (seconds for the marks of a 1 MB source)."""

    def __init__(self, edit: QPlainTextEdit, when_idle: Callable[[Iterator[object]], None]) -> None:
        """Documents for `edit`, the kept ones made by steps handed to `when_idle`, which
        takes them one at a time while the app is idle."""
        self._edit = edit
        self._when_idle = when_idle
        self._kept: dict[int, tuple[SourceText | None, QTextDocument]] = {}
        self._marks: dict[int, SourceMarks] = {}  # of the kept documents' texts
        self._long_runs: dict[int, bool] = {}  # of the kept documents' texts
        self._waiting: list[SourceText] = []  # to be made while the app is idle
        self._preparing: Iterator[object] | None = None  # the steps handed over, if going on

    def prepare(self, texts: list[SourceText]) -> None:
        """Make the documents of `texts` (the likeliest to be read first) while the app is
        idle, one at a time, as long as there is room among the KEPT: the first event shown
        from a 1 MB source waited 50 ms for its document to be filled."""
        wanted = {id(text) for text in texts}
        shown = self._edit.document()
        for key, (_, document) in list(self._kept.items()):
            if key not in wanted and document is not shown:  # of texts read no more
                self._drop(key)
        self._waiting = list(texts)
        # the steps handed over before may have been dropped (a file opened anew): new ones
        self._preparing = self._steps()
        self._when_idle(self._preparing)

    @property
    def preparing(self) -> bool:
        """Whether documents are still being made while idle."""
        return self._preparing is not None

    def _steps(self) -> Iterator[object]:
        """Make the next waiting document, then lay out its lines, a step at a time."""
        mine = self._preparing
        while self._waiting and len(self._kept) < KEPT:
            if self._preparing is not mine:  # newer steps were handed over
                return
            if not shiboken6.isValid(self._edit):  # the pane closed; the document lives on
                return
            text = self._waiting.pop(0)
            kept = self._kept.get(id(text))
            if kept is None or kept[0] is not text:
                if kept is not None:
                    self._drop(id(text))  # an id reused by a newer text
                made = self._made(text, text.text)
                self._kept = {id(text): made, **self._kept}  # as the oldest
                yield None
                yield from _layouts_made(made[1])
        if self._preparing is mine:
            self._waiting, self._preparing = [], None

    def made_for(self, text: SourceText) -> QTextDocument | None:
        """The document kept for `text`, if one is."""
        kept = self._kept.get(id(text))
        return kept[1] if kept is not None and kept[0] is text else None

    def _drop(self, key: int) -> None:
        _, document = self._kept.pop(key)
        self._marks.pop(key, None)
        self._long_runs.pop(key, None)
        document.deleteLater()

    def showing(self, text: SourceText | None, plain: str) -> QTextDocument:
        """The document holding `plain`, the text of `text`: made the first time it is asked
        for, kept while it is among the last KEPT shown."""
        kept = self._kept.pop(id(text), None)
        if kept is None or kept[0] is not text:
            if kept is not None:
                kept[1].deleteLater()  # an id reused by a newer text
                self._marks.pop(id(text), None)
            kept = self._made(text, plain)
        self._kept[id(text)] = kept  # the most recent last
        while len(self._kept) > KEPT:
            self._drop(next(iter(self._kept)))
        return kept[1]

    def _made(self, text: SourceText | None, plain: str) -> tuple[SourceText | None, QTextDocument]:
        self._long_runs[id(text)] = _LONG_RUN.search(plain) is not None
        document = QTextDocument(self._edit)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        document.setDefaultFont(self._edit.font())
        document.setUndoRedoEnabled(False)  # read-only text
        document.setPlainText(plain)
        return text, document

    def has_long_run(self, text: SourceText | None) -> bool:
        """Whether `text`, kept by `showing`, holds a run of 10,000 letters without a
        space: Qt lays out a line it cannot break in time that grows with its square (a run of
        400,000 letters takes 8 s), so such a text wraps anywhere. Looked for once per text."""
        return self._long_runs.get(id(text), False)

    def marks(self, text: SourceText, support: SourceSupport) -> SourceMarks:
        """The marks of `text`, shown now, with what `support` found in it: made again only
        when the support changed (an edit touched the source) or the text was dropped."""
        marks = self._marks.get(id(text))
        if marks is None or marks.text is not text or marks.support is not support:
            marks = self._marks[id(text)] = SourceMarks(self._edit, text, support)
        return marks


def _layouts_made(document: QTextDocument) -> Iterator[None]:
    """Give each line of `document` its layout object, BLOCKS_A_STEP lines a step. The text
    edit makes them for every line the first time it shows a document, 15 ms of a step to an
    event in a 1 MB source read for the first time; made ahead, the show takes 7 ms."""
    if not shiboken6.isValid(document):  # dropped before the first step
        return
    block = document.begin()
    while True:
        for _ in range(BLOCKS_A_STEP):
            if not block.isValid():
                return
            block.layout()
            block = block.next()
        yield None
        if not shiboken6.isValid(document):  # dropped meanwhile
            return
