"""The details panel shows the selected event as plain text and follows the document."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QToolButton, QWidget

from tests.conftest import write_timeline
from tests.ui.conftest import shown
from viewer.core.model import LocalText
from viewer.core.store import load_timeline
from viewer.ui.common.text import SHOWN_LIMIT
from viewer.ui.details.panel import ROWS_AT_ONCE, DetailsPanel
from viewer.ui.document import Document

NEWS = (
    "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다.\n직원 700명 이상이 서명했다.\n"
)
STATEMENT = (
    "Board statement. 🎉 Altman was not consistently candid in his communications with "
    "the board, hindering its ability to exercise its responsibilities. The board no "
    "longer has confidence in his ability to continue leading OpenAI.\n"
)
LONG_WORD = "x" * 150

RICH_TIMELINE = f"""\
schema: 1
sources:
  - id: news
    title: {{en: Sample news, ko: 예시 기사}}
    file: sources/news.txt
  - id: statement
    title: The board statement
    file: sources/statement.txt
actors:
  - id: sam-altman
    name: {{en: Sam Altman, ko: 샘 올트먼}}
  - id: openai-board
    name: {{en: OpenAI board, ko: 오픈AI 이사회}}
    kind: group
events:
  - id: altman-fired
    date: "2023-11-17"
    title:
      en: Board fires Altman
      ko: 이사회, 올트먼 해고
    summary:
      en: The board removed Sam Altman as CEO.
      ko: 이사회가 샘 올트먼을 CEO에서 해임했다.
    actors: [sam-altman, openai-board]
    tags: [leadership, governance]
    kind: claim
    evidence:
      - source: news
        quote: 2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다.
      - source: statement
        quote: >-
          Altman was not consistently candid in his communications with the board, hindering
          its ability to exercise its responsibilities. The board no longer has confidence in
          his ability to continue leading OpenAI.
    notes: Announced in a blog post.
  - id: html-title
    title: "<b>x</b><img src=x>"
    summary: Only one text for every language.
    kind: opinion
  - id: long-words
    date: "2023-11"
    title: "{LONG_WORD}"
    notes: See https://example.com/{"a/" * 60}end
    evidence:
      - source: news
        quote: 직원 700명 이상이 서명했다.
  - id: bad-date
    date: "2023-13-40"
    title: A date that is not valid
    evidence:
      - source: news
        quote: 직원 700명 이상이 서명했다.
"""


@pytest.fixture
def rich(qtbot, tmp_path: Path) -> Document:
    """A document with two sources, Korean and English texts and some awkward events."""
    path = write_timeline(tmp_path, RICH_TIMELINE, {"news.txt": NEWS, "statement.txt": STATEMENT})
    result = load_timeline(path)
    assert [problem.message for problem in result.errors] == [
        "event date month 13 is out of range in '2023-13-40'"
    ]
    document = Document()
    document.load(result)
    return document


@pytest.fixture
def panel(qtbot, rich: Document) -> DetailsPanel:
    """The panel at dock width, shown."""
    return shown(qtbot, DetailsPanel(rich), 260, 700)


def text_of(panel: QWidget, name: str) -> str:
    """The text of a visible label, "" when the label is hidden."""
    label = panel.findChild(QLabel, name)
    assert label is not None, name
    return label.text() if label.isVisibleTo(panel) else ""


def evidence_rows(panel: QWidget) -> list[QFrame]:
    """The evidence rows the user sees, top to bottom."""
    container = panel.findChild(QWidget, "detailsEvidence")
    rows = [
        row
        for row in container.findChildren(QFrame, "detailsEvidenceRow")
        if row.isVisibleTo(panel)
    ]
    return sorted(rows, key=lambda row: row.y())


def test_shows_no_event_selected_until_an_event_is_selected(panel, rich):
    assert text_of(panel, "detailsEmpty") == "No event selected"
    assert text_of(panel, "detailsTitle") == ""

    rich.select_event("altman-fired")

    assert text_of(panel, "detailsEmpty") == ""
    assert text_of(panel, "detailsTitle") == "Board fires Altman"


def test_selected_event_shows_its_date_kind_actors_tags_texts_and_evidence(panel, rich):
    rich.select_event("altman-fired")

    assert text_of(panel, "detailsDate") == "Nov 17, 2023"
    assert text_of(panel, "detailsEdtf") == "2023-11-17 (EDTF)"
    assert text_of(panel, "detailsKind") == "Claim"
    assert text_of(panel, "detailsActors") == "Sam Altman, OpenAI board"
    assert text_of(panel, "detailsTags") == "leadership, governance"
    assert text_of(panel, "detailsSummary") == "The board removed Sam Altman as CEO."
    assert text_of(panel, "detailsNotes") == "Announced in a blog post."
    rows = evidence_rows(panel)
    assert [row.findChildren(QLabel)[0].text() for row in rows] == [
        "Sample news",
        "The board statement",
    ]


def test_undated_event_says_undated_and_shows_no_edtf(panel, rich):
    rich.select_event("html-title")

    assert text_of(panel, "detailsDate") == "Undated"
    assert text_of(panel, "detailsEdtf") == ""
    assert evidence_rows(panel) == []


def test_invalid_date_is_shown_as_written(panel, rich):
    rich.select_event("bad-date")

    assert text_of(panel, "detailsDate") == "Invalid date"
    assert text_of(panel, "detailsEdtf") == "2023-13-40 (EDTF)"


def test_html_in_a_title_is_shown_literally(panel, rich):
    rich.select_event("html-title")

    title = panel.findChild(QLabel, "detailsTitle")
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert title.text() == "<b>x</b><img src=x>"
    assert title.shown_lines() == ["<b>x</b><img src=x>"]


def test_other_language_button_shows_the_korean_summary_and_back(panel, rich, qtbot):
    rich.select_event("altman-fired")
    button = panel.findChild(QToolButton, "detailsOtherLanguage")
    assert button.isVisibleTo(panel)
    assert button.text() == "Show 한국어"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert text_of(panel, "detailsSummary") == "이사회가 샘 올트먼을 CEO에서 해임했다."
    assert button.text() == "Show English"
    assert text_of(panel, "detailsTitle") == "Board fires Altman"  # only the summary switches

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert text_of(panel, "detailsSummary") == "The board removed Sam Altman as CEO."


def test_other_language_button_is_hidden_without_a_translation(panel, rich):
    rich.select_event("html-title")

    assert text_of(panel, "detailsSummary") == "Only one text for every language."
    assert not panel.findChild(QToolButton, "detailsOtherLanguage").isVisibleTo(panel)


def test_choosing_another_event_shows_it_in_the_document_language_again(panel, rich, qtbot):
    rich.select_event("altman-fired")
    qtbot.mouseClick(
        panel.findChild(QToolButton, "detailsOtherLanguage"), Qt.MouseButton.LeftButton
    )

    rich.select_event("html-title")
    rich.select_event("altman-fired")

    assert text_of(panel, "detailsSummary") == "The board removed Sam Altman as CEO."


def test_clicking_an_evidence_row_reads_that_evidence(panel, rich, qtbot):
    rich.select_event("altman-fired")
    first, second = evidence_rows(panel)
    assert first.property("current") and not second.property("current")

    with qtbot.waitSignal(rich.evidence_changed) as signal:
        qtbot.mouseClick(second, Qt.MouseButton.LeftButton)

    assert signal.args == [1]
    assert rich.evidence_index == 1
    assert second.property("current") and not first.property("current")
    assert second.autoFillBackground()
    assert second.backgroundRole() == QPalette.ColorRole.Highlight


def test_enter_on_a_focused_evidence_row_reads_it(panel, rich, qtbot):
    rich.select_event("altman-fired")
    second = evidence_rows(panel)[1]
    second.setFocus()

    qtbot.keyClick(second, Qt.Key.Key_Return)

    assert rich.evidence_index == 1


def test_an_edited_quote_shows_in_its_evidence_row(panel, rich):
    event = rich.timeline.events_by_id["altman-fired"]
    evidence = dataclasses.replace(event.evidence[1], quote="<i>quoted</i> & more")
    changed = dataclasses.replace(event, evidence=(event.evidence[0], evidence))
    rich.select_event("altman-fired")

    rich.apply(dataclasses.replace(rich.timeline, events=(changed,)), "Edit the quote")

    row = evidence_rows(panel)[1]
    assert row.findChildren(QLabel)[1].text() == "<i>quoted</i> & more"
    assert "&lt;i&gt;quoted&lt;/i&gt; &amp; more" in row.toolTip()


def test_switching_the_data_language_shows_korean_texts(panel, rich):
    rich.select_event("altman-fired")

    rich.set_language("ko")

    assert text_of(panel, "detailsTitle") == "이사회, 올트먼 해고"
    assert text_of(panel, "detailsDate") == "2023년 11월 17일"
    assert text_of(panel, "detailsActors") == "샘 올트먼, 오픈AI 이사회"
    assert text_of(panel, "detailsSummary") == "이사회가 샘 올트먼을 CEO에서 해임했다."
    assert panel.findChild(QToolButton, "detailsOtherLanguage").text() == "Show English"
    assert evidence_rows(panel)[0].findChildren(QLabel)[0].text() == "예시 기사"


def test_an_edit_of_the_selected_event_shows_at_once(panel, rich):
    rich.select_event("altman-fired")
    event = rich.timeline.events_by_id["altman-fired"]
    edited = dataclasses.replace(event, title=LocalText.of("Board removes Altman"), tags=())

    rich.apply(
        dataclasses.replace(rich.timeline, events=(edited, *rich.timeline.events[1:])), "Edit"
    )

    assert text_of(panel, "detailsTitle") == "Board removes Altman"
    assert text_of(panel, "detailsTags") == ""


def test_long_words_wrap_inside_a_narrow_dock(panel, rich, qtbot):
    rich.select_event("long-words")
    scroll = panel.findChild(QScrollArea)
    viewport = scroll.viewport().width()

    def laid_out() -> bool:
        return scroll.widget().width() <= viewport

    qtbot.waitUntil(laid_out)
    assert not scroll.horizontalScrollBar().isVisible()
    for name in ("detailsTitle", "detailsNotes"):
        label = panel.findChild(QLabel, name)
        assert label.geometry().right() < viewport
        assert len(label.shown_lines()) > 1
        assert "".join(label.shown_lines()) == label.text()
        assert label.height() >= label.heightForWidth(label.width())


class _Marking(QTranslator):
    """A translator that brackets every text of one context, to see what gets retranslated."""

    def __init__(self, *contexts: str) -> None:
        super().__init__()
        self._contexts = contexts

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"[{source}]" if context in self._contexts else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp) -> Iterator[QTranslator]:
    translator = _Marking("DetailsPanel", "Vocabulary")
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_changing_the_ui_language_retranslates_the_panel(panel, rich, marking, qtbot):
    rich.select_event("html-title")

    QCoreApplication.installTranslator(marking)  # sends LanguageChange to every widget

    qtbot.waitUntil(lambda: text_of(panel, "detailsDate") == "[Undated]")
    assert text_of(panel, "detailsKind") == "[Opinion]"


def test_a_huge_title_is_shown_cut_and_bidi_controls_are_shown_as_marks(panel, rich):
    event = rich.timeline.events_by_id["altman-fired"]
    huge = dataclasses.replace(event, title=LocalText.of("\u202e" + "가" * 100_000))
    rich.apply(dataclasses.replace(rich.timeline, events=(huge, *rich.timeline.events[1:])), "E")
    rich.select_event("altman-fired")
    title = text_of(panel, "detailsTitle")
    assert title.startswith("[RLO]가가") and title.endswith("…")
    assert len(title) <= SHOWN_LIMIT + len("[RLO]…")


def with_many_quotes(document: Document, count: int) -> None:
    """Give 'altman-fired' `count` evidence entries, the n-th quoting word n."""
    event = document.timeline.events_by_id["altman-fired"]
    entries = tuple(
        dataclasses.replace(event.evidence[0], quote=f"quote {n}") for n in range(count)
    )
    changed = dataclasses.replace(event, evidence=entries)
    document.apply(
        dataclasses.replace(document.timeline, events=(changed, *document.timeline.events[1:])),
        "Many quotes",
    )


def quotes_shown(panel: QWidget) -> list[str]:
    return [row.findChildren(QLabel)[1].text() for row in evidence_rows(panel)]


def test_an_event_citing_many_passages_shows_them_a_batch_at_a_time(panel, rich, qtbot):
    with_many_quotes(rich, ROWS_AT_ONCE * 2 + 20)
    rich.select_event("altman-fired")
    more = panel.findChild(QToolButton, "detailsMoreEvidence")
    assert quotes_shown(panel) == [f"quote {n}" for n in range(ROWS_AT_ONCE)]
    assert more.isVisibleTo(panel)
    assert more.text() == f"Show {ROWS_AT_ONCE} more ({ROWS_AT_ONCE + 20} not shown)"

    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert len(quotes_shown(panel)) == ROWS_AT_ONCE * 2
    assert more.text() == "Show 20 more (20 not shown)"

    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert quotes_shown(panel)[-1] == f"quote {ROWS_AT_ONCE * 2 + 19}"
    assert not more.isVisibleTo(panel)

    rich.select_event("long-words")
    rich.select_event("altman-fired")
    assert len(quotes_shown(panel)) == ROWS_AT_ONCE, "another event starts again at one batch"


def test_reading_an_entry_past_the_batch_shows_the_rows_up_to_it(panel, rich):
    with_many_quotes(rich, ROWS_AT_ONCE * 3)
    rich.select_event("altman-fired")
    wanted = ROWS_AT_ONCE + 7

    rich.select_evidence(wanted)

    rows = evidence_rows(panel)
    assert len(rows) == wanted + 1
    assert rows[wanted].property("current")
    assert [row for row in rows if row.property("current")] == [rows[wanted]]


def test_a_focused_evidence_row_keeps_the_keyboard_through_an_edit(panel, rich, qtbot):
    rich.select_event("altman-fired")
    panel.activateWindow()
    second = evidence_rows(panel)[1]
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)

    with_many_quotes(rich, 3)  # an edit of the event refreshes its rows

    assert evidence_rows(panel)[1].hasFocus()


def test_a_huge_invalid_date_is_shown_cut(qtbot, tmp_path: Path) -> None:
    text = RICH_TIMELINE.replace('"2023-13-40"', '"' + "9" * 1_000_000 + '"')
    path = write_timeline(tmp_path, text, {"news.txt": NEWS, "statement.txt": STATEMENT})
    document = Document()
    document.load(load_timeline(path))
    panel = shown(qtbot, DetailsPanel(document), 260, 700)
    document.select_event("bad-date")
    assert text_of(panel, "detailsDate") == "Invalid date"
    written = text_of(panel, "detailsEdtf")
    assert written.startswith("9999") and written.endswith("… (EDTF)")
    assert len(written) <= SHOWN_LIMIT + len("… (EDTF)")


def test_corroboration_and_what_each_source_says_differently_are_shown(
    qtbot, panel, rich: Document
) -> None:
    rich.select_event("altman-fired")
    assert text_of(panel, "detailsSupport") == "Supported by 2 sources"
    assert text_of(panel, "detailsDispute") == ""
    event = rich.timeline.events_by_id["altman-fired"]
    news, statement = event.evidence
    disputed = dataclasses.replace(
        event,
        evidence=(
            dataclasses.replace(news, claims_date="2023-11-18"),
            dataclasses.replace(statement, claims_note=LocalText.of({"en": "Blames candour."})),
        ),
    )
    events = tuple(disputed if e is event else e for e in rich.timeline.events)
    rich.apply(dataclasses.replace(rich.timeline, events=events), "Record disagreement")
    assert text_of(panel, "detailsDispute") == (
        "The sources give different dates: Nov 17, 2023 · Nov 18, 2023"
    )
    claims = [row.claim() for row in evidence_rows(panel)]
    assert claims == ["Gives Nov 18, 2023", "Blames candour."]
    rich.set_language("ko")
    assert text_of(panel, "detailsDispute").endswith("2023년 11월 17일 · 2023년 11월 18일")
    rich.undo_stack.undo()
    assert text_of(panel, "detailsDispute") == ""
    assert [row.claim() for row in evidence_rows(panel)] == ["", ""]
    rich.select_event("html-title")
    assert text_of(panel, "detailsSupport") == "No source"
