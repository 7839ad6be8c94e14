"""The event dialog: creating and editing events through the real widgets, and what it returns."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from tests.conftest import write_timeline
from viewer.core.model import Actor, Event, Evidence, LocalText
from viewer.core.store import load_timeline
from viewer.ui.editing.actor_choices import ActorChoiceModel
from viewer.ui.editing.event_dialog import EventChoices, EventDialog, EventDraft, EventEdit
from viewer.ui.editing.new_actor_dialog import NewActorDialog

FIRED = "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다."
LETTER = "직원 700명 이상이 해임 반대 서명에 참여했다."

RICH_SOURCE = (
    "오픈AI 이사회는 샘 올트먼을 해고했다. 그는 놀랐다.\n"
    "🎉 직원들이 환호했다. 그는 놀랐다.\n"
    "Microsoft hired Altman and Brockman on Monday.\n"
)
LONG_SOURCE = "🎉 " * 100 + "The quote sits here." + " tail" * 50
RICH_TIMELINE = """\
schema: 1
sources:
  - id: news
    title: "<b>뉴스</b>"
    file: sources/news.txt
  - id: other
    title: Other
    file: sources/other.txt
  - id: long
    title: Long
    file: sources/long.txt
actors:
  - id: sam-altman
    name: {en: Sam Altman, ko: 샘 올트먼}
    aliases: [올트먼]
  - id: openai-board
    name: {en: OpenAI board, ko: 오픈AI 이사회}
    kind: group
events:
  - id: fired
    date: "2023-11-17"
    title:
      en: "<b>x</b><img src=y>"
      ko: 해고
      ja: 解任
    actors: [sam-altman, ghost]
    tags: [governance, leadership]
    evidence:
      - source: news
        quote: 오픈AI 이사회는 샘 올트먼을 해고했다.
        occurrence: 1
        page: 12
    notes: {en: checked twice, ko: 두 번 확인}
    custom: {keep: me}
  - id: hired
    date: "2023-11-20"
    title: Microsoft hires Altman
    tags: [microsoft]
  - id: bad-date
    date: "2023-13"
    title: A bad date
"""


# -- helpers ---------------------------------------------------------------------------------------
def _choices(path: Path, language: str = "en") -> EventChoices:
    result = load_timeline(path)
    return EventChoices(result.timeline, result.texts, language)


@pytest.fixture
def choices(sample_path: Path) -> EventChoices:
    """The sample timeline: one Korean source, two actors, two events."""
    return _choices(sample_path)


@pytest.fixture
def rich(tmp_path: Path) -> EventChoices:
    """Two sources (one with an emoji and a repeated sentence), unknown keys, a bad date."""
    path = write_timeline(
        tmp_path,
        RICH_TIMELINE,
        {"news.txt": RICH_SOURCE, "other.txt": "Nothing here.\n", "long.txt": LONG_SOURCE},
    )
    return _choices(path)


def _open(qtbot, choices: EventChoices, event: Event | None = None) -> EventDialog:
    draft = EventDraft(event or Event(id=""), is_new=event is None)
    dialog = EventDialog(draft, choices)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # focus and completers need an active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def _child(dialog: QWidget, kind: type, name: str, index: int = 0):
    found = [w for w in dialog.findChildren(kind, name) if w.isVisibleTo(dialog) or index < 0]
    return found[index]


def _ok(dialog: EventDialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _type(qtbot, edit: QWidget, text: str) -> None:
    """Replace the text of a line edit or spin box as a user would: select all, type."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)


def _commit(widget: QWidget, text: str) -> None:
    """Type `text` through an input method, as Korean is typed (QTest cannot send Hangul)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _spin(dialog: EventDialog, name: str) -> QSpinBox:
    return dialog.findChild(QSpinBox, name)


def _label(dialog: QWidget, name: str, index: int = 0) -> QLabel:
    return dialog.findChildren(QLabel, name)[index]


def _choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an item as a user does: open the popup, move to the item, press Enter."""
    row = combo.findText(text)
    assert row >= 0, text
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    view.setCurrentIndex(view.model().index(row, 0))  # where the pointer or arrows stopped
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentText() == text


def _actor_index(dialog: EventDialog, text: str) -> QModelIndex:
    view = dialog.findChild(QListView, "eventActorList")
    model = view.model()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    return next(index for index in rows if text in index.data())


def _click_check_box(qtbot, dialog: EventDialog, text: str) -> None:
    view = dialog.findChild(QListView, "eventActorList")
    index = _actor_index(dialog, text)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    rect = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _checked(dialog: EventDialog, text: str) -> bool:
    return _actor_index(dialog, text).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def _accept(qtbot, dialog: EventDialog) -> EventEdit:
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    edit = dialog.result_edit()
    assert edit is not None
    return edit


def _set_quote(dialog: EventDialog, text: str, entry: int = 0) -> QPlainTextEdit:
    quote = dialog.findChildren(QPlainTextEdit, "evidenceQuote")[entry]
    quote.selectAll()
    _commit(quote, text)
    return quote


# -- creating ------------------------------------------------------------------------------------
def test_a_new_event_made_with_the_quick_controls_returns_what_was_entered(qtbot, choices):
    dialog = _open(qtbot, choices)
    assert dialog.windowTitle() == "New Event"
    assert not _ok(dialog).isEnabled()

    assert dialog.findChild(QLineEdit, "eventId").text() == ""
    assert not _label(dialog, "idError").isVisibleTo(dialog)  # the title is what is missing
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventTitleEn"), "Staff sign a letter")
    assert dialog.findChild(QLineEdit, "eventId").text() == "staff-sign-a-letter"

    _choose(qtbot, dialog.findChild(QComboBox, "datePrecision"), "Month")
    _type(qtbot, _spin(dialog, "dateStartYear"), "2023")
    _type(qtbot, _spin(dialog, "dateStartMonth"), "11")
    assert dialog.findChild(QLineEdit, "dateText").text() == "2023-11"
    assert _label(dialog, "datePreviewEn").text() == "Nov 2023"
    assert _label(dialog, "datePreviewKo").text() == "2023년 11월"

    _click_check_box(qtbot, dialog, "Sam Altman")
    assert _checked(dialog, "Sam Altman")

    qtbot.mouseClick(dialog.findChild(QPushButton, "addEvidence"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QComboBox, "evidenceSource").currentText() == "예시 기사"
    assert not _ok(dialog).isEnabled()  # an empty quote is not evidence yet
    _set_quote(dialog, LETTER)
    assert _label(dialog, "quoteStatus").text() == "Found exactly"
    assert _ok(dialog).isEnabled()

    edit = _accept(qtbot, dialog)
    assert edit.event == Event(
        id="staff-sign-a-letter",
        date="2023-11",
        title=LocalText(by_lang=(("en", "Staff sign a letter"),)),
        actors=("sam-altman",),
        evidence=(Evidence(source="news", quote=LETTER),),
    )
    assert edit.new_actors == ()


def test_a_korean_title_typed_through_an_input_method_is_enough(qtbot, choices):
    dialog = _open(qtbot, choices)
    _commit(dialog.findChild(QLineEdit, "eventTitleKo"), "직원 서명")
    assert not _label(dialog, "titleError").isVisibleTo(dialog)
    assert dialog.findChild(QLineEdit, "eventId").text() == "직원-서명"
    edit = _accept(qtbot, dialog)
    assert edit.event.title == LocalText(by_lang=(("ko", "직원 서명"),))
    assert edit.event.date is None  # undated background is allowed


def test_without_a_title_ok_is_disabled_and_the_title_says_why(qtbot, choices):
    dialog = _open(qtbot, choices)
    assert _label(dialog, "titleError").text() == "Enter a title in English or Korean"
    assert not _ok(dialog).isEnabled()
    qtbot.keyClick(dialog.findChild(QLineEdit, "eventTitleEn"), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result_edit() is None


# -- dates -----------------------------------------------------------------------------------------
def test_a_bad_date_keeps_ok_disabled_and_shows_the_reason(qtbot, choices):
    dialog = _open(qtbot, choices)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventTitleEn"), "Something")
    assert _ok(dialog).isEnabled()
    _type(qtbot, dialog.findChild(QLineEdit, "dateText"), "2023-13")
    error = _label(dialog, "dateError")
    assert error.isVisibleTo(dialog)
    assert "month 13 is out of range" in error.text()
    assert not _ok(dialog).isEnabled()
    qtbot.keyClick(dialog.findChild(QLineEdit, "dateText"), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result_edit() is None
    _type(qtbot, dialog.findChild(QLineEdit, "dateText"), "2023-12")
    assert not error.isVisibleTo(dialog)
    assert _ok(dialog).isEnabled()


def test_typing_edtf_by_hand_moves_the_quick_controls(qtbot, choices):
    dialog = _open(qtbot, choices)
    _type(qtbot, dialog.findChild(QLineEdit, "dateText"), "2015~/2017-03")
    assert dialog.findChild(QComboBox, "datePrecision").currentText() == "Interval"
    assert _spin(dialog, "dateStartYear").value() == 2015
    assert _spin(dialog, "dateStartMonth").text() == "\u2014"  # the start is a whole year
    assert _spin(dialog, "dateEndYear").value() == 2017
    assert _spin(dialog, "dateEndMonth").value() == 3
    assert dialog.findChild(QCheckBox, "dateApproximate").isChecked()
    assert not dialog.findChild(QCheckBox, "dateUncertain").isChecked()
    assert _label(dialog, "datePreviewEn").text() == "c. 2015 – Mar 2017"

    # A control changed afterwards rewrites the text, each end keeping its own qualifier.
    _type(qtbot, _spin(dialog, "dateEndYear"), "2018")
    assert dialog.findChild(QLineEdit, "dateText").text() == "2015~/2018-03"


def test_the_precision_and_qualifiers_write_edtf(qtbot, choices):
    dialog = _open(qtbot, choices)
    text = dialog.findChild(QLineEdit, "dateText")
    _type(qtbot, text, "2023-11-17")
    assert dialog.findChild(QComboBox, "datePrecision").currentText() == "Day"
    qtbot.mouseClick(dialog.findChild(QCheckBox, "dateUncertain"), Qt.MouseButton.LeftButton)
    assert text.text() == "2023-11-17?"
    assert _label(dialog, "datePreviewKo").text() == "2023년 11월 17일(?)"
    _choose(qtbot, dialog.findChild(QComboBox, "datePrecision"), "Year")
    assert text.text() == "2023?"
    assert not _spin(dialog, "dateStartMonth").isVisibleTo(dialog)
    _choose(qtbot, dialog.findChild(QComboBox, "datePrecision"), "Open end")
    assert text.text() == "2023?/.."
    assert _label(dialog, "datePreviewEn").text() == "2023? onward"
    _choose(qtbot, dialog.findChild(QComboBox, "datePrecision"), "Undated")
    assert text.text() == ""
    assert _ok(dialog).isEnabled() is False  # still no title; the date itself is fine
    assert not _label(dialog, "dateError").isVisibleTo(dialog)


def test_an_invalid_date_kept_from_the_file_is_shown_and_replaced_when_fixed(qtbot, rich):
    event = rich.timeline.events_by_id["bad-date"]
    assert dict(event.extra)["date"] == "2023-13"
    dialog = _open(qtbot, rich, event)
    assert dialog.findChild(QLineEdit, "dateText").text() == "2023-13"
    assert not _ok(dialog).isEnabled()
    _type(qtbot, dialog.findChild(QLineEdit, "dateText"), "2023-12")
    edit = _accept(qtbot, dialog)
    assert edit.event.date == "2023-12"
    assert "date" not in dict(edit.event.extra)  # else the file would keep the bad one


# -- evidence ------------------------------------------------------------------------------------
def test_a_quote_not_in_the_source_disables_ok(qtbot, choices):
    event = choices.timeline.events[0]
    dialog = _open(qtbot, choices, event)
    assert _ok(dialog).isEnabled()
    _set_quote(dialog, "The board praised Altman at length.")
    assert _label(dialog, "quoteStatus").text() == "Not found"
    assert not _ok(dialog).isEnabled()
    assert not dialog.findChild(QPlainTextEdit, "quoteContext").isVisibleTo(dialog)


def test_a_fuzzy_quote_shows_its_similarity_and_still_allows_ok(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events[0])
    _set_quote(dialog, FIRED.replace("해고했다", "해고하였다"))
    status = _label(dialog, "quoteStatus")
    assert status.text().startswith("Approximate match (")
    percent = int(status.text().removeprefix("Approximate match (").removesuffix("%)"))
    assert 85 <= percent < 100
    assert _ok(dialog).isEnabled()


def test_a_quote_with_other_spacing_is_found_ignoring_spaces(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events[0])
    _set_quote(dialog, FIRED.replace(", ", ",   "))
    assert _label(dialog, "quoteStatus").text() == "Found (ignoring spaces and quote marks)"
    assert _ok(dialog).isEnabled()


def test_a_repeated_quote_asks_for_context_until_a_hint_picks_one(qtbot, rich):
    dialog = _open(qtbot, rich, rich.timeline.events_by_id["hired"])
    qtbot.mouseClick(dialog.findChild(QPushButton, "addEvidence"), Qt.MouseButton.LeftButton)
    _set_quote(dialog, "그는 놀랐다.")
    status = _label(dialog, "quoteStatus")
    assert status.text() == "Found exactly; occurs 2 times: add context"
    assert _ok(dialog).isEnabled()  # a warning, not an error
    prefix = dialog.findChild(QLineEdit, "evidencePrefix")
    assert not prefix.isVisibleTo(dialog)
    qtbot.keyClick(dialog.findChild(QCheckBox, "evidenceHints"), Qt.Key.Key_Space)
    assert prefix.isVisibleTo(dialog)
    _commit(prefix, "환호했다.")
    assert status.text() == "Found exactly; the one meant of 2 occurrences"
    edit = _accept(qtbot, dialog)
    assert edit.event.evidence == (Evidence("news", "그는 놀랐다.", prefix="환호했다."),)


def test_an_occurrence_number_from_the_file_still_picks_the_quote(qtbot, rich):
    dialog = _open(qtbot, rich, rich.timeline.events_by_id["fired"])
    _set_quote(dialog, "그는 놀랐다.")
    assert _label(dialog, "quoteStatus").text() == "Found exactly; the one meant of 2 occurrences"
    assert _accept(qtbot, dialog).event.evidence[0].occurrence == 1


def test_the_preview_highlights_the_quote_after_an_emoji(qtbot, rich):
    dialog = _open(qtbot, rich, rich.timeline.events_by_id["fired"])
    _set_quote(dialog, "직원들이 환호했다.")
    context = dialog.findChild(QPlainTextEdit, "quoteContext")
    assert context.isVisibleTo(dialog)
    assert context.toPlainText().startswith("오픈AI")
    (selection,) = context.extraSelections()
    assert selection.cursor.selectedText() == "직원들이 환호했다."


def test_the_preview_shows_about_200_characters_around_a_quote_deep_in_a_source(qtbot, rich):
    dialog = _open(qtbot, rich, rich.timeline.events_by_id["fired"])
    _choose(qtbot, dialog.findChild(QComboBox, "evidenceSource"), "Long")
    _set_quote(dialog, "The quote sits here.")
    context = dialog.findChild(QPlainTextEdit, "quoteContext")
    shown = context.toPlainText()
    assert shown.startswith("…") and shown.endswith("…")
    assert 200 < len(shown) < 260
    (selection,) = context.extraSelections()
    assert selection.cursor.selectedText() == "The quote sits here."


def test_a_quote_checks_against_the_chosen_source(qtbot, rich):
    dialog = _open(qtbot, rich, rich.timeline.events_by_id["fired"])
    source = dialog.findChild(QComboBox, "evidenceSource")
    assert source.currentText() == "<b>뉴스</b>"  # titles are shown as written
    _choose(qtbot, source, "Other")
    assert _label(dialog, "quoteStatus").text() == "Not found"
    assert not _ok(dialog).isEnabled()


def test_evidence_can_be_added_and_removed(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events[0])
    qtbot.mouseClick(dialog.findChild(QPushButton, "addEvidence"), Qt.MouseButton.LeftButton)
    assert len(dialog.findChildren(QPlainTextEdit, "evidenceQuote")) == 2
    assert not _ok(dialog).isEnabled()
    assert "Evidence 2: Enter the quote" in dialog.problems()
    second = dialog.findChildren(QPushButton, "removeEvidence")[1]
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert _ok(dialog).isEnabled()
    qtbot.mouseClick(_child(dialog, QPushButton, "removeEvidence"), Qt.MouseButton.LeftButton)
    assert _label(dialog, "evidenceEmpty").isVisibleTo(dialog)
    assert _accept(qtbot, dialog).event.evidence == ()


# -- actors --------------------------------------------------------------------------------------
def test_the_actor_filter_matches_names_in_both_languages_and_aliases(qtbot, choices):
    dialog = _open(qtbot, choices)
    view = dialog.findChild(QListView, "eventActorList")
    filter_edit = dialog.findChild(QLineEdit, "eventActorFilter")
    _commit(filter_edit, "올트먼")  # an alias
    assert [view.model().index(r, 0).data() for r in range(view.model().rowCount())] == [
        "Sam Altman (샘 올트먼)"
    ]
    _type(qtbot, filter_edit, "BOARD")
    assert view.model().rowCount() == 1
    _type(qtbot, filter_edit, "")
    assert view.model().rowCount() == 2


def test_new_actor_is_created_checked_and_returned(qtbot, choices, monkeypatch):
    def fill_in(self: NewActorDialog) -> int:
        self.findChild(QLineEdit, "newActorNameEn").setText("Sam Altman Jr")
        _commit(self.findChild(QLineEdit, "newActorNameKo"), "샘 주니어")
        assert self.findChild(QLabel, "newActorStatus").text() == ""
        self.accept()
        return self.result()

    monkeypatch.setattr(NewActorDialog, "exec", fill_in)
    dialog = _open(qtbot, choices, choices.timeline.events[0])
    _commit(dialog.findChild(QLineEdit, "eventActorFilter"), "zzz")  # hides every actor
    qtbot.mouseClick(dialog.findChild(QPushButton, "newActorButton"), Qt.MouseButton.LeftButton)
    assert _checked(dialog, "Sam Altman Jr (샘 주니어)")  # the filter was cleared to show it
    edit = _accept(qtbot, dialog)
    actor = Actor(
        id="sam-altman-jr", name=LocalText(by_lang=(("en", "Sam Altman Jr"), ("ko", "샘 주니어")))
    )
    assert edit.new_actors == (actor,)
    assert edit.event.actors == ("sam-altman", "openai-board", "sam-altman-jr")


def test_the_new_actor_dialog_needs_a_name_and_warns_about_a_known_one(qtbot, choices):
    dialog = NewActorDialog(choices.timeline.actors)
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    _commit(dialog.findChild(QLineEdit, "newActorNameKo"), "샘 올트먼")
    assert ok.isEnabled()
    assert dialog.findChild(QLabel, "newActorStatus").text() == (
        "An actor called '샘 올트먼' already exists"
    )
    _choose(qtbot, dialog.findChild(QComboBox, "newActorKind"), "Group")
    assert dialog.values() == ("", "샘 올트먼", "group")


def test_an_actor_unknown_to_the_timeline_stays_listed_and_kept(qtbot, rich):
    event = rich.timeline.events_by_id["fired"]
    dialog = _open(qtbot, rich, event)
    assert _checked(dialog, "ghost (not in the timeline)")
    _click_check_box(qtbot, dialog, "OpenAI board")
    assert _accept(qtbot, dialog).event.actors == ("sam-altman", "ghost", "openai-board")


def test_the_actor_choices_are_a_sound_item_model(qtmodeltester, choices):
    model = ActorChoiceModel(choices.timeline.actors, ["openai-board", "nobody"], "ko")
    qtmodeltester.check(model)
    assert model.index(0).data() == "샘 올트먼 (Sam Altman)"  # Korean names come first


# -- editing -------------------------------------------------------------------------------------
def test_editing_keeps_unknown_keys_and_fields_the_dialog_does_not_show(qtbot, rich):
    event = rich.timeline.events_by_id["fired"]
    dialog = _open(qtbot, rich, event)
    assert dialog.windowTitle() == "Edit Event — <b>x</b><img src=y>"  # shown literally
    _type(qtbot, dialog.findChild(QLineEdit, "eventTitleEn"), "Board fires Altman")
    edit = _accept(qtbot, dialog)
    assert edit.event.title == LocalText(
        by_lang=(("en", "Board fires Altman"), ("ko", "해고"), ("ja", "解任"))
    )
    assert edit.event.extra == event.extra == (("custom", {"keep": "me"}),)
    assert edit.event.evidence == event.evidence  # occurrence and `page` kept
    assert edit.event.notes == event.notes
    assert edit.event.id == "fired"  # an existing event's id does not follow its title


def test_an_untouched_event_comes_back_unchanged(qtbot, rich):
    event = rich.timeline.events_by_id["fired"]
    dialog = _open(qtbot, rich, event)
    assert _accept(qtbot, dialog) == EventEdit(event, ())


def test_tags_and_notes_are_edited(qtbot, rich):
    event = rich.timeline.events_by_id["fired"]
    dialog = _open(qtbot, rich, event)
    tags = dialog.findChild(QLineEdit, "eventTags")
    assert tags.text() == "governance, leadership"
    tags.setFocus()
    qtbot.keyClicks(tags, ", MICRO")
    popup = tags.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1  # only the tag being typed is matched
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tags.text() == "governance, leadership, microsoft"
    qtbot.keyClicks(tags, ", governance")  # a repeated tag is kept once
    notes = dialog.findChild(QPlainTextEdit, "eventNotes")
    assert notes.toPlainText() == "checked twice"  # the English notes, in an English UI
    notes.selectAll()
    qtbot.keyClicks(notes, "checked once")
    edit = _accept(qtbot, dialog)
    assert edit.event.tags == ("governance", "leadership", "microsoft")
    assert edit.event.notes == LocalText(by_lang=(("en", "checked once"), ("ko", "두 번 확인")))


def test_a_duplicate_id_is_refused(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events_by_id["altman-fired"])
    _type(qtbot, dialog.findChild(QLineEdit, "eventId"), "altman-returns")
    assert _label(dialog, "idError").text() == "Another event already has the id 'altman-returns'"
    assert not _ok(dialog).isEnabled()
    _type(qtbot, dialog.findChild(QLineEdit, "eventId"), "altman fired")
    assert _label(dialog, "idError").text() == "An id cannot contain spaces"
    _type(qtbot, dialog.findChild(QLineEdit, "eventId"), "")
    assert _label(dialog, "idError").text() == "Enter an id"
    _type(qtbot, dialog.findChild(QLineEdit, "eventId"), "altman-fired")
    assert _ok(dialog).isEnabled()  # its own id is not a duplicate


def test_a_new_event_id_follows_the_title_until_edited(qtbot, choices):
    dialog = _open(qtbot, choices)
    event_id = dialog.findChild(QLineEdit, "eventId")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventTitleEn"), "Altman returns")
    assert event_id.text() == "altman-returns-2"  # "altman-returns" is taken
    _type(qtbot, event_id, "comeback")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventTitleEn"), " as CEO")
    assert event_id.text() == "comeback"
    assert _accept(qtbot, dialog).event.id == "comeback"


def test_the_kind_is_chosen_with_its_explanation(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events[0])
    help_label = _label(dialog, "eventKindHelp")
    assert help_label.text() == "Something that happened, as the sources report it."
    _choose(qtbot, dialog.findChild(QComboBox, "eventKind"), "Speculation")
    assert help_label.text() == "A conjecture about what happened or may happen."
    assert _accept(qtbot, dialog).event.kind == "speculation"


# -- keyboard and the value interface ------------------------------------------------------------
def test_escape_cancels(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events[0])
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventTitleEn"), " changed")
    qtbot.keyClick(dialog.findChild(QLineEdit, "eventTitleEn"), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.result_edit() is None


def test_enter_in_a_field_accepts_a_valid_event(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events[0])
    qtbot.keyClick(dialog.findChild(QLineEdit, "eventTags"), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_tab_follows_the_visual_order(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events[0])
    qtbot.mouseClick(dialog.findChild(QPushButton, "addEvidence"), Qt.MouseButton.LeftButton)
    order = [
        ("eventTitleEn", QLineEdit),
        ("eventTitleKo", QLineEdit),
        ("eventId", QLineEdit),
        ("eventSummaryEn", QPlainTextEdit),
        ("eventSummaryKo", QPlainTextEdit),
        ("datePrecision", QComboBox),
    ]
    widget = dialog.findChild(QLineEdit, "eventTitleEn")
    for name, kind in order[1:]:
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        assert (widget.objectName(), type(widget)) == (name, kind)
    # The entry just added comes before the Add button, not after OK and Cancel.
    quotes = dialog.findChildren(QPlainTextEdit, "evidenceQuote")
    chain, widget = [], quotes[0]
    while widget is not dialog.findChild(QPushButton, "addEvidence"):
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert quotes[1] in chain
    assert _ok(dialog) not in chain


def test_labels_have_mnemonics_for_their_fields(qtbot, choices):
    dialog = _open(qtbot, choices)
    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert buddies["&Title:"] is dialog.findChild(QLineEdit, "eventTitleEn")
    assert buddies["&Date:"] is dialog.findChild(QComboBox, "datePrecision")
    assert buddies["Ta&gs:"] is dialog.findChild(QLineEdit, "eventTags")
    assert buddies["&Actors:"] is dialog.findChild(QLineEdit, "eventActorFilter")


def test_the_dialog_scrolls_on_a_small_screen(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events[0])
    dialog.resize(dialog.minimumSize())
    area = dialog.findChild(QScrollArea)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    # Tabbing to a field below the fold scrolls it into view.
    tags = dialog.findChild(QLineEdit, "eventTags")
    dialog.findChild(QLineEdit, "eventActorFilter").setFocus()
    widget = dialog.focusWidget()
    while widget is not tags:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = dialog.focusWidget()
    assert area.verticalScrollBar().value() > 0


def test_edit_returns_the_result_or_none(qtbot, choices, monkeypatch):
    event = choices.timeline.events[0]
    draft = EventDraft(event, is_new=False)
    monkeypatch.setattr(EventDialog, "exec", lambda self: (self.reject(), self.result())[1])
    assert EventDialog.edit(None, draft, choices) is None
    monkeypatch.setattr(EventDialog, "exec", lambda self: (self.accept(), self.result())[1])
    assert EventDialog.edit(None, draft, choices) == EventEdit(event, ())


def test_every_string_follows_a_change_of_ui_language(qtbot, choices):
    class Shouting(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper()

        def isEmpty(self):  # Qt announces no language change for an empty translator
            return False

    dialog = _open(qtbot, choices, choices.timeline.events[0])
    qtbot.mouseClick(dialog.findChild(QPushButton, "addEvidence"), Qt.MouseButton.LeftButton)
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        # The language change arrives as an event; the data in the title stays as it is.
        qtbot.waitUntil(lambda: dialog.windowTitle() == "EDIT EVENT — Board fires Altman")
        assert dialog.findChild(QComboBox, "datePrecision").currentText() == "DAY"
        assert _label(dialog, "quoteStatus", 1).text() == "ENTER THE QUOTE"
        assert dialog.findChild(QPushButton, "newActorButton").text() == "&NEW ACTOR…"
        assert dialog.findChild(QComboBox, "eventKind").currentText() == "FACT"
    finally:
        QCoreApplication.removeTranslator(translator)
    kind = dialog.findChild(QComboBox, "eventKind")
    qtbot.waitUntil(lambda: kind.currentText() == "Fact")


def test_korean_data_shows_korean_names_and_notes_first(qtbot, rich):
    choices = EventChoices(rich.timeline, rich.texts, "ko")
    dialog = _open(qtbot, choices, rich.timeline.events_by_id["fired"])
    assert dialog.focusWidget() is dialog.findChild(QLineEdit, "eventTitleKo")
    assert _checked(dialog, "샘 올트먼 (Sam Altman)")
    notes = dialog.findChild(QPlainTextEdit, "eventNotes")
    assert notes.toPlainText() == "두 번 확인"
    notes.selectAll()
    _commit(notes, "세 번 확인")
    edit = _accept(qtbot, dialog)
    assert edit.event.notes == LocalText(by_lang=(("en", "checked twice"), ("ko", "세 번 확인")))


def test_without_sources_no_evidence_can_be_added(qtbot, tmp_path):
    path = write_timeline(tmp_path, "schema: 1\nevents: []\n", {})
    dialog = _open(qtbot, _choices(path))
    add = dialog.findChild(QPushButton, "addEvidence")
    assert not add.isEnabled()
    assert add.toolTip() == "The timeline has no sources to cite"
