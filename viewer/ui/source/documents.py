"""The text documents of the last few sources shown, and their marks, so that stepping between
events whose sources differ swaps a document instead of filling and marking one again."""

from __future__ import annotations

import re
from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QTimer
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

    def __init__(self, edit: QPlainTextEdit) -> None:
        self._edit = edit
        self._kept: dict[int, tuple[SourceText | None, QTextDocument]] = {}
        self._marks: dict[int, SourceMarks] = {}  # of the kept documents' texts
        self._long_runs: dict[int, bool] = {}  # of the kept documents' texts
        self._waiting: list[SourceText] = []  # to be made while the app is idle
        self._laying: Iterator[None] | None = None  # the lines of the last made, while idle
        self._idle = QTimer(edit, interval=0, timeout=self._make_next)

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
        self._idle.start()

    def _make_next(self) -> None:
        if self._laying is not None:
            if next(self._laying, _DONE) is _DONE:
                self._laying = None
            return
        while self._waiting and len(self._kept) < KEPT:
            text = self._waiting.pop(0)
            kept = self._kept.get(id(text))
            if kept is None or kept[0] is not text:
                if kept is not None:
                    self._drop(id(text))  # an id reused by a newer text
                made = self._made(text, text.text)
                self._kept = {id(text): made, **self._kept}  # as the oldest
                self._laying = _layouts_made(made[1])
                return
        self._waiting = []
        self._idle.stop()

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


_DONE = object()


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
