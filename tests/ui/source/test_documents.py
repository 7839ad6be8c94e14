"""Tests for the kept source documents: each line's layout object is made while idle."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit

from viewer.core.anchoring import SourceText
from viewer.core.query import EventFilter
from viewer.ui.document import HOLD_PREPARING_MS, Document
from viewer.ui.source import documents as documents_module
from viewer.ui.source.documents import TextDocuments, _layouts_made


def lines_document(count: int) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText("\n".join(f"line {n}" for n in range(count)))
    return document


def test_the_lines_are_given_their_layouts_a_few_thousand_a_step(monkeypatch) -> None:
    monkeypatch.setattr(documents_module, "BLOCKS_A_STEP", 2_000)
    document = lines_document(5_000)
    assert sum(1 for _ in _layouts_made(document)) == 2, "a pause after 2,000 and after 4,000"
    shiboken6.delete(document)


def test_a_document_dropped_while_its_lines_are_laid_out_is_let_go(qtbot) -> None:
    document = lines_document(5_000)
    steps = _layouts_made(document)
    next(steps)
    shiboken6.delete(document)
    assert next(steps, "done") == "done"
    dropped_at_once = lines_document(10)
    steps = _layouts_made(dropped_at_once)
    shiboken6.delete(dropped_at_once)  # before its first step
    assert next(steps, "done") == "done"


def test_the_documents_made_while_idle_are_laid_out_before_the_next_is_made(
    qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(documents_module, "BLOCKS_A_STEP", 2_000)
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    handed: list = []
    kept = TextDocuments(edit, handed.append)
    texts = [SourceText("\n".join(f"{name} {n}" for n in range(4_500))) for name in "ab"]
    kept.prepare(texts)
    [steps] = handed
    next(steps)
    assert kept.made_for(texts[0]) is not None and kept.made_for(texts[1]) is None
    for _ in range(2):  # its 4,500 lines, 2,000 a step: the last 500 come with the next
        next(steps)
    assert kept.made_for(texts[1]) is None, "the lines of the first are laid out first"
    next(steps)
    assert kept.made_for(texts[1]) is not None and kept.preparing
    assert list(steps) == [None, None] and not kept.preparing


def preparing_one(qtbot) -> tuple[Document, TextDocuments, SourceText]:
    """A document's idle work making the document of one short text for a shown edit."""
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    document = Document()
    kept = TextDocuments(edit, document.when_idle)
    text = SourceText("\n".join(f"line {n}" for n in range(100)))
    kept.prepare([text])
    return document, kept, text


def test_the_documents_are_made_in_the_documents_idle_work(qtbot) -> None:
    document, kept, text = preparing_one(qtbot)
    assert kept.preparing and document.preparing
    qtbot.waitUntil(lambda: not kept.preparing)
    assert kept.made_for(text) is not None and not document.preparing


def test_the_documents_stand_aside_a_moment_after_the_user_acts(qtbot) -> None:
    document, kept, text = preparing_one(qtbot)
    document.set_filter(EventFilter(tags=frozenset({"board"})))  # a click: the work waits
    assert document._prepare_timer.interval() == HOLD_PREPARING_MS
    qtbot.waitUntil(lambda: not kept.preparing)
    assert kept.made_for(text) is not None


def test_the_documents_of_a_closed_pane_are_made_no_more(qtbot) -> None:
    edit = QPlainTextEdit()
    document = Document()
    kept = TextDocuments(edit, document.when_idle)
    kept.prepare([SourceText("one\ntwo"), SourceText("three")])
    shiboken6.delete(edit)  # the document lives on, its idle work with it
    qtbot.waitUntil(lambda: not document.preparing)
