"""The evidence list: adding and removing entries, their numbers, problems and what it returns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton

from tests.ui.editing.fixtures import LETTER, Shouting, choose, set_quote, shown
from viewer.core.model import Evidence
from viewer.ui.editing.event_dialog import EventChoices
from viewer.ui.editing.evidence_editor import EvidenceEditor

EMPTY = "No evidence yet: cite the sentence in a source that supports the event"


def _editor(qtbot, choices: EventChoices, evidence: tuple[Evidence, ...] = ()) -> EvidenceEditor:
    editor = EvidenceEditor(evidence, choices.timeline.sources, choices.texts, choices.language)
    return shown(qtbot, editor)


def _add(qtbot, editor: EvidenceEditor) -> None:
    qtbot.mouseClick(editor.findChild(QPushButton, "addEvidence"), Qt.MouseButton.LeftButton)


def _remove(qtbot, editor: EvidenceEditor, index: int) -> None:
    button = editor.entries()[index].findChild(QPushButton, "removeEvidence")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _sources(editor: EvidenceEditor) -> list[str]:
    return [
        entry.findChild(QComboBox, "evidenceSource").currentText() for entry in editor.entries()
    ]


def test_evidence_can_be_added_and_removed(qtbot, choices):
    editor = _editor(qtbot, choices, choices.timeline.events[0].evidence)
    assert editor.problems() == []
    _add(qtbot, editor)
    assert len(editor.findChildren(QPlainTextEdit, "evidenceQuote")) == 2
    assert editor.problems() == ["Evidence 2: Enter the quote"]
    _remove(qtbot, editor, 1)
    assert len(editor.entries()) == 1
    assert editor.problems() == []
    _remove(qtbot, editor, 0)
    assert editor.entries() == []
    assert editor.findChild(QLabel, "evidenceEmpty").isVisibleTo(editor)
    assert editor.evidence() == ()


def test_without_sources_no_evidence_can_be_added(qtbot):
    editor = shown(qtbot, EvidenceEditor((), (), {}, "en"))
    add = editor.findChild(QPushButton, "addEvidence")
    assert not add.isEnabled()
    assert add.toolTip() == "The timeline has no sources to cite"
    assert editor.first_widget() is add


def test_the_empty_list_says_how_to_start_until_an_entry_is_added(qtbot, choices):
    editor = _editor(qtbot, choices)
    empty = editor.findChild(QLabel, "evidenceEmpty")
    assert empty.isVisibleTo(editor)
    assert (empty.text(), empty.level) == (EMPTY, "info")
    add = editor.findChild(QPushButton, "addEvidence")
    assert add.toolTip() == "Cite a sentence from a source that supports the event"
    _add(qtbot, editor)
    assert not empty.isVisibleTo(editor)


def test_a_new_entry_cites_the_first_source_then_the_last_entrys(qtbot, rich):
    editor = _editor(qtbot, rich)
    _add(qtbot, editor)
    assert _sources(editor) == ["<b>뉴스</b>"]
    choose(qtbot, editor.entries()[0].findChild(QComboBox, "evidenceSource"), "Long")
    _add(qtbot, editor)
    assert _sources(editor) == ["Long", "Long"]
    assert editor.entries()[1].evidence() == Evidence(source="long")


def test_a_new_entry_in_the_sample_cites_its_one_source_and_is_found_when_quoted(qtbot, choices):
    editor = _editor(qtbot, choices)
    _add(qtbot, editor)
    assert _sources(editor) == ["예시 기사"]
    set_quote(editor, LETTER)
    assert editor.problems() == []
    assert editor.evidence() == (Evidence(source="news", quote=LETTER),)


def test_a_new_entry_puts_the_cursor_in_its_quote(qtbot, choices):
    editor = _editor(qtbot, choices, choices.timeline.events[0].evidence)
    _add(qtbot, editor)
    quote = editor.entries()[1].findChild(QPlainTextEdit, "evidenceQuote")
    qtbot.waitUntil(quote.hasFocus)


def test_removing_an_entry_renumbers_the_rest(qtbot, rich):
    editor = _editor(qtbot, rich, rich.timeline.events_by_id["fired"].evidence)
    _add(qtbot, editor)
    _add(qtbot, editor)
    assert [entry.title() for entry in editor.entries()] == [
        "Evidence 1",
        "Evidence 2",
        "Evidence 3",
    ]
    _remove(qtbot, editor, 0)
    assert [entry.title() for entry in editor.entries()] == ["Evidence 1", "Evidence 2"]
    assert editor.problems() == ["Evidence 1: Enter the quote", "Evidence 2: Enter the quote"]


def test_each_entry_that_cannot_be_saved_is_a_numbered_problem(qtbot, rich):
    evidence = (
        Evidence(source="ghost", quote="x"),
        Evidence(source="news", quote="그는 놀랐다."),  # ambiguous: a warning only
        Evidence(source="other", quote="The board praised Altman."),
    )
    editor = _editor(qtbot, rich, evidence)
    assert editor.problems() == [
        "Evidence 1: This source is not in the timeline",
        "Evidence 3: Not found",
    ]


def test_an_untouched_list_gives_back_the_evidence_as_it_was(qtbot, rich):
    original = rich.timeline.events_by_id["fired"].evidence
    editor = _editor(qtbot, rich, original)
    assert editor.evidence() == original
    _add(qtbot, editor)
    _remove(qtbot, editor, 1)
    assert editor.evidence() == original
    assert editor.evidence()[0].extra == (("page", 12),)


def test_an_edited_entry_changes_only_its_own_evidence(qtbot, rich):
    original = (
        Evidence(source="news", quote="그는 놀랐다.", prefix="환호했다."),
        Evidence(source="other", quote="Nothing here.", extra=(("page", 3),)),
    )
    editor = _editor(qtbot, rich, original)
    set_quote(editor, "직원들이 환호했다.", entry=0)
    assert editor.evidence() == (
        Evidence(source="news", quote="직원들이 환호했다.", prefix="환호했다."),
        original[1],
    )


def test_adding_and_removing_announce_the_change_of_entries(qtbot, choices):
    editor = _editor(qtbot, choices)
    with qtbot.waitSignals([editor.entries_changed, editor.changed], timeout=1000):
        _add(qtbot, editor)
    assert len(editor.entries()) == 1
    with qtbot.waitSignals([editor.entries_changed, editor.changed], timeout=1000):
        _remove(qtbot, editor, 0)
    assert editor.entries() == []
    _add(qtbot, editor)
    with qtbot.waitSignal(editor.changed, timeout=1000):
        set_quote(editor, LETTER)


def test_tab_goes_through_each_entry_then_to_add(qtbot, choices):
    editor = _editor(qtbot, choices, choices.timeline.events[0].evidence)
    add = editor.findChild(QPushButton, "addEvidence")
    first = editor.entries()[0]
    assert editor.first_widget() is first.findChild(QComboBox, "evidenceSource")
    _add(qtbot, editor)
    second = editor.entries()[1]
    assert editor.focus_widgets() == [*first.focus_widgets(), *second.focus_widgets(), add]


def test_the_strings_follow_a_change_of_ui_language(qtbot, choices):
    editor = _editor(qtbot, choices)
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        add = editor.findChild(QPushButton, "addEvidence")
        qtbot.waitUntil(lambda: add.text() == "ADD E&VIDENCE")
        assert editor.findChild(QLabel, "evidenceEmpty").text() == EMPTY.upper()
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: add.text() == "Add e&vidence")
