"""A chronology from nothing, as a journalist builds one: a new timeline, four documents of four
kinds, an accepted suggestion, an event from a selection, save, reopen, and a replaced text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
)

from tests.core.extract.builders import (
    ENGLISH,
    PARAGRAPHS,
    TITLE,
    docx_paragraph,
    make_docx,
    make_pdf,
    news_page,
)
from tests.ui.conftest import trigger, when_modal
from tests.ui.editing.fixtures import commit
from tests.ui.prompts import ScriptedPrompts
from viewer.core.store import load_timeline
from viewer.ui.editing.event_dialog import EventDialog
from viewer.ui.shell.new_timeline_dialog import NewTimelineDialog
from viewer.ui.sources.dialog import SourceDialog
from viewer.ui.sources.reanchor_dialog import ReanchorDialog
from viewer.ui.suggestions.panel import SuggestionsPanel

MEMO = "오픈AI 사태 메모\n\n이사회는 지난 17일 올트먼을 해임했다. 직원 700명 이상이 반발했다.\n"


def _ok(dialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _accept_sources(qtbot, titles: list[str], count: int) -> None:
    """Confirm `count` source dialogs in turn, noting the title each proposed."""

    def confirm(dialog: SourceDialog) -> None:
        en = dialog.findChild(QLineEdit, "source_title_en").text()
        titles.append(en or dialog.findChild(QLineEdit, "source_title_ko").text())
        if len(titles) < count:
            when_modal(SourceDialog, confirm)  # the next document's dialog follows this one
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    when_modal(SourceDialog, confirm)


def _name_event(qtbot, english: str, seen: list) -> None:
    def fill(dialog: EventDialog) -> None:
        seen.append(dialog.current_edit().event)
        dialog.findChild(QLineEdit, "eventTitleEn").setText(english)
        assert _ok(dialog).isEnabled(), dialog.problems()
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    when_modal(EventDialog, fill)


def test_a_chronology_from_four_documents_of_ones_own(
    qtbot, open_window, prompts: ScriptedPrompts, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(
        "viewer.ui.shell.new_timeline_dialog.default_parent_folder", lambda: tmp_path
    )
    window = open_window(None)
    doc = window.document

    # File ▸ New Timeline
    def name_it(dialog: NewTimelineDialog) -> None:
        commit(dialog.findChild(QLineEdit, "newTimelineTitle"), "오픈AI 사태")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    when_modal(NewTimelineDialog, name_it)
    trigger(window, "new-timeline")
    timeline_file = tmp_path / "오픈ai-사태" / "timeline.yaml"
    assert doc.path == timeline_file and doc.timeline.sources == ()

    # Sources ▸ Add Source…: a CP949 memo, a saved news page, a Word file and a PDF
    documents = tmp_path / "documents"
    documents.mkdir()
    memo = documents / "memo.txt"
    memo.write_bytes(MEMO.encode("cp949"))
    page = documents / "article.html"
    page.write_text(news_page(), encoding="utf-8")
    word = make_docx(
        documents / "report.docx",
        "".join(docx_paragraph(p) for p in PARAGRAPHS[:2]),
        title="오픈AI 보고서",
        creator="이영희",
    )
    pdf = make_pdf(documents / "wire.pdf", ENGLISH, font="Helvetica", title="Wire report")
    prompts.answer("add-source-files", [memo, page, word, pdf])
    titles: list[str] = []
    _accept_sources(qtbot, titles, 4)
    trigger(window, "add-source")
    assert titles == ["오픈AI 사태 메모", TITLE, "오픈AI 보고서", "Wire report"]
    sources = doc.timeline.sources
    assert len(sources) == 4
    assert all((timeline_file.parent / s.file).is_file() for s in sources)
    assert sources[1].publisher == "한빛일보" and sources[1].published == "2023-11-22"
    assert sources[2].author == "이영희"
    assert PARAGRAPHS[3] in doc.texts[sources[1].id].text
    assert doc.texts[sources[0].id].text == MEMO, "decoded from CP949, stored as UTF-8"
    assert doc.reading_source == sources[-1].id, "the last document added is open to read"

    # accept a suggestion of the news page: its sentence and date fill the new event
    doc.open_source(sources[1].id)
    suggestions = window.findChild(SuggestionsPanel)
    suggestions.parentWidget().raise_()  # the Suggestions tab, behind Details at first
    listed = suggestions.findChild(QTreeWidget, "suggestionsList")
    qtbot.waitUntil(lambda: listed.topLevelItemCount() > 0)
    assert listed.topLevelItemCount() >= 3
    before = listed.topLevelItemCount()
    seen: list = []
    _name_event(qtbot, "Altman fired", seen)
    qtbot.mouseClick(
        suggestions.findChild(QPushButton, "acceptSuggestion"), Qt.MouseButton.LeftButton
    )
    fired = doc.timeline.events[-1]
    assert fired.date == "2023-11-17"
    assert fired.evidence[0].quote.startswith("2023년 11월 17일 금요일 오후")
    assert listed.topLevelItemCount() == before - 1, "the accepted sentence is evidence now"

    # an event from a passage selected in the source pane
    text = window.findChild(QPlainTextEdit, "sourceText")
    passage = "직원 700명 이상이 이사회 전원의 사퇴를 요구하는 서한에 서명했고"
    doc.open_source(sources[1].id)
    found = text.document().find(passage)
    assert not found.isNull()
    cursor = QTextCursor(found)
    text.setTextCursor(cursor)
    _name_event(qtbot, "Staff letter", seen)
    trigger(window, "new-event-from-selection")
    letter = doc.timeline.events[-1]
    assert letter.evidence[0].quote == passage
    assert not any(p.is_error for p in doc.problems)

    # save, reopen: everything is there and checks clean
    trigger(window, "save")
    assert not window.isWindowModified()
    reopened = load_timeline(timeline_file)
    assert [e.title.get("en") for e in reopened.timeline.events] == ["Altman fired", "Staff letter"]
    assert not [p for p in reopened.problems if p.is_error]
    assert window.open_path(timeline_file)
    assert len(window.document.timeline.sources) == 4

    # Replace Source Text: the page's new version changed a number the letter event quotes
    doc = window.document
    newer = documents / "article-v2.html"
    newer.write_text(news_page().replace("700명 이상이", "770명 이상이"), encoding="utf-8")
    prompts.answer("replace-source-file", newer)
    report: list[list[str]] = []

    def read_report(dialog: ReanchorDialog) -> None:
        tree = dialog.findChild(QTreeWidget, "reanchorEntries")
        for i in range(tree.topLevelItemCount()):
            report.append([tree.topLevelItem(i).text(c) for c in range(3)])
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    doc.open_source(sources[1].id)
    when_modal(ReanchorDialog, read_report)
    trigger(window, "replace-source-text")
    assert [row[:2] for row in report] == [
        ["Altman fired", "Exact"],
        ["Staff letter", "Meaning changed"],
    ]
    assert '"700명" became "770명"' in report[1][2]
    page_source = doc.timeline.sources_by_id[sources[1].id]
    assert page_source.file.endswith("-2.txt"), "a new file; the old one stays for undo"
    errors = [p.message for p in doc.problems if p.is_error]
    assert any("differs in meaning" in message for message in errors)
    doc.undo_stack.undo()
    assert doc.timeline.sources_by_id[sources[1].id].file == sources[1].file
    assert QApplication.activeModalWidget() is None
