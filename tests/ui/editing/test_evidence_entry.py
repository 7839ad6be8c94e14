"""One evidence entry: its source, the quote checked live, context hints and the preview."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
)

from tests.ui.editing.fixtures import (
    FIRED,
    LETTER,
    RICH_SOURCE,
    Shouting,
    choose,
    commit,
    set_quote,
    shown,
    type_text,
)
from viewer.core.anchoring import MatchKind
from viewer.core.model import Evidence, LocalText, Source
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.vocabulary import APPROXIMATE_QUOTE_COLOUR, QUOTE_COLOUR
from viewer.ui.editing.event_dialog import EventChoices
from viewer.ui.editing.evidence_entry import EvidenceEntry


def _entry(qtbot, choices: EventChoices, evidence: Evidence, language: str = "en"):
    entry = EvidenceEntry(evidence, choices.timeline.sources, choices.texts, language)
    return shown(qtbot, entry)


def _first_evidence(choices: EventChoices, event_id: str) -> Evidence:
    return choices.timeline.events_by_id[event_id].evidence[0]


def _status(entry: EvidenceEntry, name: str = "quoteStatus") -> QLabel:
    return entry.findChild(QLabel, name)


def _context(entry: EvidenceEntry) -> QPlainTextEdit:
    return entry.findChild(QPlainTextEdit, "quoteContext")


def _click_hints(qtbot, entry: EvidenceEntry) -> None:
    """Click the "Context hints" box where its indicator is drawn."""
    box = entry.findChild(QCheckBox, "evidenceHints")
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=rect.center())


# -- the quote, checked against its source -----------------------------------------------------
def test_a_quote_found_exactly_is_fine_and_anchored_where_it_stands(qtbot, choices):
    entry = _entry(qtbot, choices, _first_evidence(choices, "altman-fired"))
    status = _status(entry)
    assert (status.text(), status.level) == ("Found exactly", "ok")
    assert entry.problem() == ""
    anchor = entry.anchor()
    assert anchor.kind is MatchKind.EXACT
    assert choices.texts["news"].text[anchor.start : anchor.end] == FIRED


def test_a_quote_not_in_the_source_is_an_error_with_no_preview(qtbot, choices):
    entry = _entry(qtbot, choices, _first_evidence(choices, "altman-fired"))
    set_quote(entry, "The board praised Altman at length.")
    status = _status(entry)
    assert (status.text(), status.level) == ("Not found", "error")
    assert entry.problem() == "Not found"
    assert entry.anchor().kind is MatchKind.NOT_FOUND
    assert _context(entry).toPlainText() == ""  # kept in place, empty
    assert _context(entry).extraSelections() == []


def test_a_fuzzy_quote_shows_its_similarity_and_is_only_a_warning(qtbot, choices):
    entry = _entry(qtbot, choices, _first_evidence(choices, "altman-fired"))
    set_quote(entry, FIRED.replace("해고했다", "해고하였다"))
    status = _status(entry)
    assert status.text().startswith("Approximate match (")
    percent = int(status.text().removeprefix("Approximate match (").removesuffix("%)"))
    assert 85 <= percent < 100
    assert status.level == "warning"
    assert entry.problem() == ""  # so the dialog still allows OK
    assert entry.anchor().kind is MatchKind.FUZZY
    assert percent == int(entry.anchor().score * 100)


def test_a_quote_that_changes_a_date_or_negates_is_an_error_whatever_its_score(qtbot, choices):
    entry = _entry(qtbot, choices, _first_evidence(choices, "altman-fired"))
    set_quote(entry, FIRED.replace("17일", "18일"))
    status = _status(entry)
    assert entry.anchor().kind is MatchKind.FUZZY and entry.anchor().score > 0.95
    assert status.level == "error"
    assert (
        status.text()
        == 'Differs in meaning: "2023년 11월 18일 금요일" became "2023년 11월 17일 금요일"'
    )
    assert entry.problem() == status.text(), "OK stays disabled"
    set_quote(entry, FIRED.replace("해고했다", "해고하지 않았다"))
    assert _status(entry).level == "error" and "Differs in meaning" in _status(entry).text()


def test_a_quote_with_other_spacing_is_found_ignoring_spaces(qtbot, choices):
    entry = _entry(qtbot, choices, _first_evidence(choices, "altman-fired"))
    set_quote(entry, FIRED.replace(", ", ",   "))
    assert _status(entry).text() == "Found (ignoring spaces and quote marks)"
    assert entry.problem() == ""
    assert entry.anchor().kind is MatchKind.NORMALIZED


def test_a_korean_quote_typed_in_decomposed_jamo_is_found_exactly(qtbot, choices):
    entry = _entry(qtbot, choices, Evidence(source="news"))
    set_quote(entry, unicodedata.normalize("NFD", LETTER))
    assert _status(entry).text() == "Found exactly"
    assert entry.problem() == ""


def test_an_empty_quote_asks_for_one(qtbot, choices):
    entry = _entry(qtbot, choices, Evidence(source="news"))
    status = _status(entry)
    assert (status.text(), status.level) == ("Enter the quote", "error")
    assert entry.problem() == "Enter the quote"
    assert entry.anchor() is None
    assert _context(entry).toPlainText() == ""  # kept in place, empty
    set_quote(entry, "   ")
    assert entry.problem() == "Enter the quote"


def test_a_repeated_quote_asks_for_context_until_a_hint_picks_one(qtbot, rich):
    entry = _entry(qtbot, rich, Evidence(source="news"))
    set_quote(entry, "그는 놀랐다.")
    status = _status(entry)
    assert status.text() == "Found exactly; occurs 2 times: add context"
    assert status.level == "warning"
    assert entry.problem() == ""  # a warning, not an error
    prefix = entry.findChild(QLineEdit, "evidencePrefix")
    assert not prefix.isVisibleTo(entry)
    qtbot.keyClick(entry.findChild(QCheckBox, "evidenceHints"), Qt.Key.Key_Space)
    assert prefix.isVisibleTo(entry)
    commit(prefix, "환호했다.")
    assert status.text() == "Found exactly; the one meant of 2 occurrences"
    assert status.level == "ok"
    assert entry.evidence() == Evidence("news", "그는 놀랐다.", prefix="환호했다.")
    assert RICH_SOURCE[entry.anchor().start - 6 : entry.anchor().start] == "환호했다. "


def test_the_text_after_a_quote_picks_an_occurrence_too(qtbot, rich):
    entry = _entry(qtbot, rich, Evidence(source="news"))
    set_quote(entry, "그는 놀랐다.")
    _click_hints(qtbot, entry)
    suffix = entry.findChild(QLineEdit, "evidenceSuffix")
    assert suffix.isVisibleTo(entry)
    qtbot.keyClicks(suffix, "Microsoft")
    assert _status(entry).text() == "Found exactly; the one meant of 2 occurrences"
    assert entry.evidence().suffix == "Microsoft"
    assert entry.anchor().start == RICH_SOURCE.index("그는 놀랐다.", 30)


def test_an_occurrence_number_from_the_file_still_picks_the_quote(qtbot, rich):
    entry = _entry(qtbot, rich, _first_evidence(rich, "fired"))
    set_quote(entry, "그는 놀랐다.")
    assert _status(entry).text() == "Found exactly; the one meant of 2 occurrences"
    assert entry.evidence().occurrence == 1


def test_a_quote_checks_against_the_chosen_source(qtbot, rich):
    entry = _entry(qtbot, rich, _first_evidence(rich, "fired"))
    source = entry.findChild(QComboBox, "evidenceSource")
    assert source.currentText() == "<b>뉴스</b>"  # titles are shown as written
    assert [source.itemText(row) for row in range(source.count())] == [
        "<b>뉴스</b>",
        "Other",
        "Long",
    ]
    choose(qtbot, source, "Other")
    assert _status(entry).text() == "Not found"
    assert entry.problem() == "Not found"
    assert entry.evidence().source == "other"


# -- the source --------------------------------------------------------------------------------
def test_a_source_missing_from_the_timeline_is_named_and_refused(qtbot, rich):
    entry = _entry(qtbot, rich, Evidence(source="ghost", quote="Nothing here."))
    source = entry.findChild(QComboBox, "evidenceSource")
    assert source.currentText() == "'ghost' (not in the timeline)"
    status = _status(entry, "evidenceSourceStatus")
    assert (status.text(), status.level) == ("This source is not in the timeline", "error")
    assert entry.problem() == "This source is not in the timeline"
    assert _status(entry).status() == ""  # no quote check without the source
    assert entry.anchor() is None
    assert entry.evidence().source == "ghost"  # kept until another is chosen
    choose(qtbot, source, "Other")
    assert status.status() == ""
    assert _status(entry).text() == "Found exactly"
    assert entry.problem() == ""


def test_without_a_source_the_entry_asks_for_one(qtbot, rich):
    entry = _entry(qtbot, rich, Evidence())
    source = entry.findChild(QComboBox, "evidenceSource")
    assert source.currentText() == "Choose a source…"
    assert entry.problem() == "Choose a source"
    assert entry.evidence().source == ""
    choose(qtbot, source, "Long")
    assert entry.problem() == "Enter the quote"


def test_a_source_whose_text_could_not_be_read_is_a_warning_only(qtbot, choices):
    evidence = _first_evidence(choices, "altman-fired")
    entry = shown(qtbot, EvidenceEntry(evidence, choices.timeline.sources, {}, "en"))
    status = _status(entry)
    assert status.text() == "The source's text could not be read, so the quote cannot be checked"
    assert status.level == "warning"
    assert entry.problem() == ""
    assert entry.anchor() is None
    assert _context(entry).toPlainText() == ""  # kept in place, empty


def test_source_titles_are_shown_in_the_data_language(qtbot):
    sources = [
        Source(id="times", title=LocalText(by_lang=(("en", "The Times"), ("ko", "타임스")))),
        Source(id="untitled"),
    ]
    entry = shown(qtbot, EvidenceEntry(Evidence(source="times"), sources, {}, "ko"))
    source = entry.findChild(QComboBox, "evidenceSource")
    assert [source.itemText(row) for row in range(source.count())] == ["타임스", "untitled"]


# -- what the entry gives back -----------------------------------------------------------------
def test_an_untouched_entry_gives_back_the_evidence_as_it_was(qtbot, rich):
    evidence = _first_evidence(rich, "fired")
    entry = _entry(qtbot, rich, evidence)
    assert entry.evidence() == evidence
    assert entry.evidence().extra == (("page", 12),)  # a key the entry does not show


def test_an_edited_quote_is_stripped_and_keeps_what_the_entry_does_not_show(qtbot, rich):
    entry = _entry(qtbot, rich, _first_evidence(rich, "fired"))
    set_quote(entry, "  직원들이 환호했다.\n")
    assert entry.evidence() == Evidence(
        source="news", quote="직원들이 환호했다.", occurrence=1, extra=(("page", 12),)
    )


def test_an_edited_field_drops_the_invalid_value_the_file_kept_for_it(qtbot, rich):
    evidence = Evidence(source="news", quote="그는 놀랐다.", extra=(("prefix", 7), ("page", 12)))
    entry = _entry(qtbot, rich, evidence)
    assert entry.evidence().extra == (("prefix", 7), ("page", 12))
    _click_hints(qtbot, entry)
    commit(entry.findChild(QLineEdit, "evidencePrefix"), "환호했다.")
    assert entry.evidence().prefix == "환호했다."
    assert entry.evidence().extra == (("page", 12),)


def test_hints_from_the_file_are_shown_and_a_cleared_one_is_none(qtbot, rich):
    evidence = Evidence(source="news", quote="그는 놀랐다.", prefix="환호했다.")
    entry = _entry(qtbot, rich, evidence)
    assert entry.findChild(QCheckBox, "evidenceHints").isChecked()
    prefix = entry.findChild(QLineEdit, "evidencePrefix")
    assert prefix.isVisibleTo(entry) and prefix.text() == "환호했다."
    type_text(qtbot, prefix, "")
    assert entry.evidence().prefix is None
    assert _status(entry).text() == "Found exactly; occurs 2 times: add context"


# -- the preview -------------------------------------------------------------------------------
def test_the_preview_highlights_the_quote_after_an_emoji(qtbot, rich):
    entry = _entry(qtbot, rich, _first_evidence(rich, "fired"))
    set_quote(entry, "직원들이 환호했다.")
    context = _context(entry)
    assert context.isVisibleTo(entry)
    assert context.toPlainText().startswith("오픈AI")
    assert context.toPlainText() == RICH_SOURCE  # a short source is shown whole, no "…"
    (selection,) = context.extraSelections()
    assert selection.cursor.selectedText() == "직원들이 환호했다."


def test_the_preview_shows_about_200_characters_around_a_quote_deep_in_a_source(qtbot, rich):
    entry = _entry(qtbot, rich, _first_evidence(rich, "fired"))
    choose(qtbot, entry.findChild(QComboBox, "evidenceSource"), "Long")
    set_quote(entry, "The quote sits here.")
    context = _context(entry)
    shown_text = context.toPlainText()
    assert shown_text.startswith("…") and shown_text.endswith("…")
    assert 200 < len(shown_text) < 260
    (selection,) = context.extraSelections()
    assert selection.cursor.selectedText() == "The quote sits here."


def test_the_highlight_colour_says_how_sure_the_match_is(qtbot, choices):
    entry = _entry(qtbot, choices, _first_evidence(choices, "altman-fired"))
    (exact,) = _context(entry).extraSelections()
    assert exact.format.background().color() == QUOTE_COLOUR
    set_quote(entry, FIRED.replace("해고했다", "해고하였다"))
    (fuzzy,) = _context(entry).extraSelections()
    assert fuzzy.format.background().color() == APPROXIMATE_QUOTE_COLOUR
    assert QUOTE_COLOUR != APPROXIMATE_QUOTE_COLOUR


# -- signals, number, focus, language ----------------------------------------------------------
def test_every_edit_is_announced(qtbot, choices):
    entry = _entry(qtbot, choices, Evidence(source="news"))
    with qtbot.waitSignal(entry.changed, timeout=1000):
        set_quote(entry, LETTER)
    assert entry.problem() == ""


def test_remove_asks_to_remove_this_entry(qtbot, choices):
    entry = _entry(qtbot, choices, Evidence(source="news"))
    remove = entry.findChild(QPushButton, "removeEvidence")
    assert remove.text() == "Remove"
    with qtbot.waitSignal(entry.remove_requested, timeout=1000) as blocker:
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert blocker.args == [entry]


def test_the_entry_is_titled_by_its_number(qtbot, choices):
    entry = _entry(qtbot, choices, Evidence(source="news"))
    assert entry.title() == "Evidence 1"
    entry.set_number(3)
    assert entry.title() == "Evidence 3"


def test_focus_goes_to_the_quote_and_tab_follows_the_visual_order(qtbot, choices):
    entry = _entry(qtbot, choices, Evidence(source="news"))
    entry.focus_quote()
    quote = entry.findChild(QPlainTextEdit, "evidenceQuote")
    qtbot.waitUntil(quote.hasFocus)
    assert [widget.objectName() for widget in entry.focus_widgets()] == [
        "evidenceSource",
        "evidenceQuote",
        "evidenceDateQuote",
        "evidenceHints",
        "evidencePrefix",
        "evidenceSuffix",
        "removeEvidence",
    ]


def test_the_sentence_that_states_the_date_is_checked_and_kept(qtbot, choices):
    original = _first_evidence(choices, "altman-fired")
    entry = _entry(qtbot, choices, original)
    date = entry.findChild(QLineEdit, "evidenceDateQuote")
    status = entry.findChild(StatusLabel, "dateQuoteStatus")
    assert date.text() == "" and status.status() == ""
    assert entry.evidence() is original, "an untouched entry is kept as it was"
    date.setText("a sentence nowhere in the source")
    assert (status.text(), status.level) == ("Not found in the source", "error")
    assert entry.problem() == "Not found in the source"
    sentence = FIRED.split(",")[0]
    date.setText(f"  {sentence} ")
    assert (status.text(), status.level) == ("Found", "ok")
    assert entry.problem() == ""
    assert entry.evidence().date_quote == sentence
    assert entry.evidence().quote == original.quote


def test_the_strings_follow_a_change_of_ui_language(qtbot, rich):
    entry = _entry(qtbot, rich, Evidence(source="ghost"))
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: _status(entry).text() == "ENTER THE QUOTE")
        source = entry.findChild(QComboBox, "evidenceSource")
        assert source.itemText(0) == "'ghost' (NOT IN THE TIMELINE)"
        assert source.itemText(1) == "<b>뉴스</b>"  # data stays as written
        assert entry.title() == "EVIDENCE 1"
        assert entry.findChild(QPushButton, "removeEvidence").text() == "REMOVE"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: _status(entry).text() == "Enter the quote")


def test_a_quote_repeated_past_the_count_says_or_more(qtbot, tmp_path):
    from tests.conftest import SAMPLE_SOURCE, write_timeline
    from tests.ui.editing.fixtures import load_choices

    repeated = SAMPLE_SOURCE + "그는 놀랐다.\n" * 1_200
    choices = load_choices(write_timeline(tmp_path, sources={"news.txt": repeated}))
    entry = _entry(qtbot, choices, Evidence(source="news"))
    set_quote(entry, "그는 놀랐다.")
    assert _status(entry).text() == "Found exactly; occurs 1,000 times or more: add context"


def test_typing_the_quote_does_not_move_the_fields_under_the_pointer(qtbot, choices):
    entry = _entry(qtbot, choices, _first_evidence(choices, "altman-fired"))
    date_quote = entry.findChild(QLineEdit, "evidenceDateQuote")
    where = date_quote.mapTo(entry, date_quote.rect().topLeft())
    for quote in ("The board", "", FIRED, "no such sentence"):
        set_quote(entry, quote)
        entry.layout().activate()
        assert date_quote.mapTo(entry, date_quote.rect().topLeft()) == where, quote
