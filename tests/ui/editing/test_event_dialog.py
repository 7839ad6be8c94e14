"""The event dialog as a whole: its fields together, when OK is allowed, and what it returns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from tests.ui.editing.fixtures import (
    FIRED,
    LETTER,
    choose,
    click_check_box,
    commit,
    is_checked,
    set_quote,
    shown,
    type_text,
    when_modal,
)
from viewer.core.model import Actor, Event, Evidence, LocalText
from viewer.ui.editing.event_dialog import EventChoices, EventDialog, EventDraft, EventEdit
from viewer.ui.editing.new_actor_dialog import NewActorDialog


# -- helpers ---------------------------------------------------------------------------------------
def _open(qtbot, choices: EventChoices, event: Event | None = None) -> EventDialog:
    draft = EventDraft(event or Event(id=""), is_new=event is None)
    return shown(qtbot, EventDialog(draft, choices))  # focus and completers need an active window


def _child(dialog: QWidget, kind: type, name: str, index: int = 0):
    found = [w for w in dialog.findChildren(kind, name) if w.isVisibleTo(dialog) or index < 0]
    return found[index]


def _ok(dialog: EventDialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _spin(dialog: EventDialog, name: str) -> QSpinBox:
    return dialog.findChild(QSpinBox, name)


def _label(dialog: QWidget, name: str, index: int = 0) -> QLabel:
    return dialog.findChildren(QLabel, name)[index]


def _accept(qtbot, dialog: EventDialog) -> EventEdit:
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    edit = dialog.result_edit()
    assert edit is not None
    return edit


# -- creating ------------------------------------------------------------------------------------
def test_a_new_event_made_with_the_quick_controls_returns_what_was_entered(qtbot, choices):
    dialog = _open(qtbot, choices)
    assert dialog.windowTitle() == "New Event"
    assert not _ok(dialog).isEnabled()

    assert dialog.findChild(QLineEdit, "eventId").text() == ""
    assert not _label(dialog, "idError").isVisibleTo(dialog)  # the title is what is missing
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventTitleEn"), "Staff sign a letter")
    assert dialog.findChild(QLineEdit, "eventId").text() == "staff-sign-a-letter"

    choose(qtbot, dialog.findChild(QComboBox, "datePrecision"), "Month")
    type_text(qtbot, _spin(dialog, "dateStartYear"), "2023")
    type_text(qtbot, _spin(dialog, "dateStartMonth"), "11")
    assert dialog.findChild(QLineEdit, "dateText").text() == "2023-11"
    assert _label(dialog, "datePreviewEn").text() == "Nov 2023"
    assert _label(dialog, "datePreviewKo").text() == "2023년 11월"

    click_check_box(qtbot, dialog, "Sam Altman")
    assert is_checked(dialog, "Sam Altman")

    qtbot.mouseClick(dialog.findChild(QPushButton, "addEvidence"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QComboBox, "evidenceSource").currentText() == "예시 기사"
    assert not _ok(dialog).isEnabled()  # an empty quote is not evidence yet
    set_quote(dialog, LETTER)
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
    commit(dialog.findChild(QLineEdit, "eventTitleKo"), "직원 서명")
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
    type_text(qtbot, dialog.findChild(QLineEdit, "dateText"), "2023-13")
    error = _label(dialog, "dateError")
    assert error.isVisibleTo(dialog)
    assert "month 13 is out of range" in error.text()
    assert not _ok(dialog).isEnabled()
    qtbot.keyClick(dialog.findChild(QLineEdit, "dateText"), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result_edit() is None
    type_text(qtbot, dialog.findChild(QLineEdit, "dateText"), "2023-12")
    assert not error.isVisibleTo(dialog)
    assert _ok(dialog).isEnabled()


def test_an_invalid_date_kept_from_the_file_is_shown_and_replaced_when_fixed(qtbot, rich):
    event = rich.timeline.events_by_id["bad-date"]
    assert dict(event.extra)["date"] == "2023-13"
    dialog = _open(qtbot, rich, event)
    assert dialog.findChild(QLineEdit, "dateText").text() == "2023-13"
    assert not _ok(dialog).isEnabled()
    type_text(qtbot, dialog.findChild(QLineEdit, "dateText"), "2023-12")
    edit = _accept(qtbot, dialog)
    assert edit.event.date == "2023-12"
    assert "date" not in dict(edit.event.extra)  # else the file would keep the bad one


# -- evidence ------------------------------------------------------------------------------------
def test_a_quote_not_in_the_source_disables_ok(qtbot, choices):
    event = choices.timeline.events[0]
    dialog = _open(qtbot, choices, event)
    assert _ok(dialog).isEnabled()
    set_quote(dialog, "The board praised Altman at length.")
    assert _label(dialog, "quoteStatus").text() == "Not found"
    assert not _ok(dialog).isEnabled()
    assert dialog.findChild(QPlainTextEdit, "quoteContext").toPlainText() == ""


def test_a_quote_found_only_approximately_or_with_other_spacing_still_allows_ok(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events[0])
    set_quote(dialog, FIRED.replace("해고했다", "해고하였다"))
    assert _label(dialog, "quoteStatus").text().startswith("Approximate match (")
    assert _ok(dialog).isEnabled()
    set_quote(dialog, FIRED.replace(", ", ",   "))
    assert _label(dialog, "quoteStatus").text() == "Found (ignoring spaces and quote marks)"
    assert _ok(dialog).isEnabled()
    assert _accept(qtbot, dialog).event.evidence == (
        Evidence(source="news", quote=FIRED.replace(", ", ",   ")),
    )


def test_a_repeated_quote_is_a_warning_and_the_occurrence_or_hint_picking_it_is_saved(qtbot, rich):
    dialog = _open(qtbot, rich, rich.timeline.events_by_id["fired"])
    set_quote(dialog, "그는 놀랐다.")  # the occurrence number from the file picks one
    qtbot.mouseClick(dialog.findChild(QPushButton, "addEvidence"), Qt.MouseButton.LeftButton)
    set_quote(dialog, "그는 놀랐다.", entry=1)
    assert _label(dialog, "quoteStatus", 1).text() == "Found exactly; occurs 2 times: add context"
    assert _ok(dialog).isEnabled()  # a warning, not an error
    commit(dialog.findChildren(QLineEdit, "evidencePrefix")[1], "환호했다.")
    edit = _accept(qtbot, dialog)
    assert edit.event.evidence == (
        Evidence("news", "그는 놀랐다.", occurrence=1, extra=(("page", 12),)),
        Evidence("news", "그는 놀랐다.", prefix="환호했다."),
    )


def test_an_unfinished_evidence_entry_keeps_ok_disabled_until_removed(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events[0])
    qtbot.mouseClick(dialog.findChild(QPushButton, "addEvidence"), Qt.MouseButton.LeftButton)
    assert len(dialog.findChildren(QPlainTextEdit, "evidenceQuote")) == 2
    assert not _ok(dialog).isEnabled()
    assert "Evidence 2: Enter the quote" in dialog.problems()
    assert _ok(dialog).toolTip() == "Cannot save yet: Evidence 2: Enter the quote"
    second = dialog.findChildren(QPushButton, "removeEvidence")[1]
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert _ok(dialog).isEnabled()
    qtbot.mouseClick(_child(dialog, QPushButton, "removeEvidence"), Qt.MouseButton.LeftButton)
    assert _label(dialog, "evidenceEmpty").isVisibleTo(dialog)
    assert _accept(qtbot, dialog).event.evidence == ()


# -- actors --------------------------------------------------------------------------------------
def test_a_new_actor_is_checked_and_returned_with_the_event(qtbot, choices):
    def fill_in(dialog: NewActorDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newActorNameEn"), "Sam Altman Jr")
        commit(dialog.findChild(QLineEdit, "newActorNameKo"), "샘 주니어")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    dialog = _open(qtbot, choices, choices.timeline.events[0])
    when_modal(NewActorDialog, fill_in)
    qtbot.mouseClick(dialog.findChild(QPushButton, "newActorButton"), Qt.MouseButton.LeftButton)
    assert is_checked(dialog, "Sam Altman Jr (샘 주니어)")
    edit = _accept(qtbot, dialog)
    actor = Actor(
        id="sam-altman-jr", name=LocalText(by_lang=(("en", "Sam Altman Jr"), ("ko", "샘 주니어")))
    )
    assert edit.new_actors == (actor,)
    assert edit.event.actors == ("sam-altman", "openai-board", "sam-altman-jr")


def test_checking_an_actor_adds_it_after_those_the_event_had(qtbot, rich):
    dialog = _open(qtbot, rich, rich.timeline.events_by_id["fired"])
    click_check_box(qtbot, dialog, "OpenAI board")
    edit = _accept(qtbot, dialog)
    assert edit.event.actors == ("sam-altman", "ghost", "openai-board")  # the unknown id kept
    assert edit.new_actors == ()


# -- editing -------------------------------------------------------------------------------------
def test_editing_keeps_unknown_keys_and_fields_the_dialog_does_not_show(qtbot, rich):
    event = rich.timeline.events_by_id["fired"]
    dialog = _open(qtbot, rich, event)
    assert dialog.windowTitle() == "Edit Event — <b>x</b><img src=y>"  # shown literally
    type_text(qtbot, dialog.findChild(QLineEdit, "eventTitleEn"), "Board fires Altman")
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
    qtbot.keyClick(tags, Qt.Key.Key_End)
    qtbot.keyClicks(tags, ", microsoft, governance")  # completing is test_tag_edit's subject
    assert tags.text() == "governance, leadership, microsoft, governance"
    notes = dialog.findChild(QPlainTextEdit, "eventNotes")
    assert notes.toPlainText() == "checked twice"  # the English notes, in an English UI
    notes.selectAll()
    qtbot.keyClicks(notes, "checked once")
    edit = _accept(qtbot, dialog)
    assert edit.event.tags == ("governance", "leadership", "microsoft")  # a repeat kept once
    assert edit.event.notes == LocalText(by_lang=(("en", "checked once"), ("ko", "두 번 확인")))


def test_a_duplicate_id_is_refused(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events_by_id["altman-fired"])
    type_text(qtbot, dialog.findChild(QLineEdit, "eventId"), "altman-returns")
    assert _label(dialog, "idError").text() == "Another event already has the id 'altman-returns'"
    assert not _ok(dialog).isEnabled()
    type_text(qtbot, dialog.findChild(QLineEdit, "eventId"), "altman fired")
    assert _label(dialog, "idError").text() == "An id cannot contain spaces"
    type_text(qtbot, dialog.findChild(QLineEdit, "eventId"), "")
    assert _label(dialog, "idError").text() == "Enter an id"
    type_text(qtbot, dialog.findChild(QLineEdit, "eventId"), "altman-fired")
    assert _ok(dialog).isEnabled()  # its own id is not a duplicate


def test_a_new_event_id_follows_the_title_until_edited(qtbot, choices):
    dialog = _open(qtbot, choices)
    event_id = dialog.findChild(QLineEdit, "eventId")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventTitleEn"), "Altman returns")
    assert event_id.text() == "altman-returns-2"  # "altman-returns" is taken
    type_text(qtbot, event_id, "comeback")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "eventTitleEn"), " as CEO")
    assert event_id.text() == "comeback"
    assert _accept(qtbot, dialog).event.id == "comeback"


def test_the_kind_is_chosen_with_its_explanation(qtbot, choices):
    dialog = _open(qtbot, choices, choices.timeline.events[0])
    help_label = _label(dialog, "eventKindHelp")
    assert help_label.text() == "Something that happened, as the sources report it."
    choose(qtbot, dialog.findChild(QComboBox, "eventKind"), "Speculation")
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


def test_edit_returns_the_result_or_none(qtbot, choices):
    event = choices.timeline.events[0]
    draft = EventDraft(event, is_new=False)
    when_modal(EventDialog, lambda dialog: dialog.reject())
    assert EventDialog.edit(None, draft, choices) is None
    when_modal(EventDialog, lambda dialog: dialog.accept())
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
    assert is_checked(dialog, "샘 올트먼 (Sam Altman)")
    notes = dialog.findChild(QPlainTextEdit, "eventNotes")
    assert notes.toPlainText() == "두 번 확인"
    notes.selectAll()
    commit(notes, "세 번 확인")
    edit = _accept(qtbot, dialog)
    assert edit.event.notes == LocalText(by_lang=(("en", "checked twice"), ("ko", "세 번 확인")))
