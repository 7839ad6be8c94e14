"""Tests for the actor form: filling it from an actor, reading the edits back, refusing bad ones."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from tests.ui.conftest import shown
from viewer.core.model import Actor, LocalText
from viewer.ui.actors.form import ActorForm, actor_name

SAM = Actor(
    "sam-altman",
    name=LocalText.of({"en": "Sam Altman", "ko": "샘 올트먼"}),
    aliases=("올트먼", "알트먼"),
    kind="organization",
    description=LocalText.of({"en": "Chief executive", "ko": "최고경영자"}),
)
PLAIN = Actor("openai", name=LocalText.of("OpenAI"))
NAME_FIELDS = ("actorEnglishNameEdit", "actorKoreanNameEdit")
LINE_FIELDS = (
    "actorIdEdit",
    *NAME_FIELDS,
    "actorEnglishDescriptionEdit",
    "actorKoreanDescriptionEdit",
)


@pytest.fixture
def form(qtbot) -> ActorForm:
    """A shown form filled from SAM in English."""
    widget = shown(qtbot, ActorForm(), 420, 360)
    widget.show_actor(SAM, "en")
    return widget


def field(form: QWidget, name: str) -> QLineEdit:
    found = form.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def aliases_edit(form: QWidget) -> QPlainTextEdit:
    return form.findChild(QPlainTextEdit, "actorAliasesEdit")


def kind_combo(form: QWidget) -> QComboBox:
    return form.findChild(QComboBox, "actorKindCombo")


def heading(form: QWidget) -> QLabel:
    return form.findChild(QLabel, "actorHeading")


def replace_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Select all of the field and type `text` over it."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def commit(widget: QWidget, text: str) -> None:
    """Enter text as an input method does (QTest types Latin-1 only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_actor_name_is_the_name_in_the_language_else_the_id() -> None:
    assert actor_name(SAM, "ko") == "샘 올트먼"
    assert actor_name(SAM, "en") == "Sam Altman"
    assert actor_name(Actor("nameless"), "ko") == "nameless"
    assert actor_name(Actor("only-en", name=LocalText.of({"en": "Only"})), "ko") == "Only"


def test_show_actor_fills_every_field(form: ActorForm) -> None:
    assert [field(form, name).text() for name in LINE_FIELDS] == [
        "sam-altman",
        "Sam Altman",
        "샘 올트먼",
        "Chief executive",
        "최고경영자",
    ]
    assert aliases_edit(form).toPlainText() == "올트먼\n알트먼"
    assert kind_combo(form).currentText() == "Organization"
    assert heading(form).text() == "Sam Altman"
    assert form.shown() == SAM
    assert all(field(form, name).isEnabled() for name in LINE_FIELDS)


def test_the_kinds_are_offered_by_their_names(qtbot, form: ActorForm) -> None:
    combo = kind_combo(form)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Person", "Organization", "Group"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert form.edited().kind == "group"


def test_the_heading_names_the_actor_in_the_language_as_plain_text(form: ActorForm) -> None:
    form.show_actor(SAM, "ko")
    assert heading(form).text() == "샘 올트먼"
    form.set_language("en")
    assert heading(form).text() == "Sam Altman"
    form.show_actor(Actor("markup", name=LocalText.of("<b>x</b><img src=x>")), "en")
    assert heading(form).textFormat() == Qt.TextFormat.PlainText
    assert heading(form).text() == "<b>x</b><img src=x>"


def test_no_actor_empties_and_disables_the_fields(form: ActorForm) -> None:
    form.show_actor(None, "en")
    assert [field(form, name).text() for name in LINE_FIELDS] == [""] * 5
    assert aliases_edit(form).toPlainText() == ""
    assert not any(field(form, name).isEnabled() for name in LINE_FIELDS)
    assert not aliases_edit(form).isEnabled()
    assert heading(form).text() == "No actor selected"
    assert form.edited() is None
    assert not form.pending()


def test_a_plain_name_shows_in_the_english_field_only(qtbot, form: ActorForm) -> None:
    form.show_actor(PLAIN, "ko")
    assert field(form, "actorEnglishNameEdit").text() == "OpenAI"
    assert field(form, "actorKoreanNameEdit").text() == ""
    assert form.edited().name == LocalText(plain="OpenAI")  # still one plain string
    korean = field(form, "actorKoreanNameEdit")
    korean.setFocus()
    commit(korean, "오픈AI")
    assert form.edited().name == LocalText.of({"en": "OpenAI", "ko": "오픈AI"})


def test_an_untouched_form_describes_the_actor_unchanged(qtbot, form: ActorForm) -> None:
    assert form.edited() == SAM
    assert not form.pending()
    english = field(form, "actorEnglishNameEdit")
    english.setFocus()
    english.end(False)
    qtbot.keyClicks(english, "x")
    assert form.pending()
    qtbot.keyClick(english, Qt.Key.Key_Backspace)
    assert not form.pending()  # typed back to what was shown


def test_edited_keeps_an_untouched_field_exactly_and_nfc_cleans_edited_ones(
    qtbot, form: ActorForm
) -> None:
    nfd_name = unicodedata.normalize("NFD", "샘 올트먼")
    odd = Actor(
        "sam-altman",
        name=LocalText.of({"en": "  Sam  Altman ", "ko": nfd_name}),
        description=LocalText.of({"en": "Chief executive"}),
    )
    form.show_actor(odd, "en")
    replace_text(qtbot, field(form, "actorEnglishDescriptionEdit"), "  Former CEO  ")
    korean = field(form, "actorKoreanDescriptionEdit")
    korean.setFocus()
    commit(korean, unicodedata.normalize("NFD", " 전 최고경영자 "))

    edited = form.edited()

    assert edited.name == odd.name  # stray spaces and NFD kept where nothing was typed
    assert edited.name.exact("ko") == nfd_name
    assert edited.description == LocalText.of({"en": "Former CEO", "ko": "전 최고경영자"})
    assert unicodedata.is_normalized("NFC", edited.description.exact("ko"))


def test_edited_aliases_are_one_per_line_cleaned_and_unique(qtbot, form: ActorForm) -> None:
    aliases = aliases_edit(form)
    aliases.setFocus()
    aliases.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(aliases, Qt.Key.Key_Return)
    qtbot.keyClicks(aliases, "  Altman  ")
    qtbot.keyClick(aliases, Qt.Key.Key_Return)
    qtbot.keyClick(aliases, Qt.Key.Key_Return)  # a blank line is dropped
    commit(aliases, unicodedata.normalize("NFD", "올트먼"))  # the first alias again, in NFD
    assert form.edited().aliases == ("올트먼", "알트먼", "Altman")


def test_untouched_aliases_are_kept_exactly(form: ActorForm) -> None:
    spaced = Actor("sam-altman", name=SAM.name, aliases=("Altman ",))
    form.show_actor(spaced, "en")
    assert form.edited() == spaced
    assert not form.pending()


def test_an_edited_id_is_stripped(qtbot, form: ActorForm) -> None:
    replace_text(qtbot, field(form, "actorIdEdit"), "  altman-sam ")
    assert form.edited().id == "altman-sam"


def test_problem_refuses_an_empty_id(qtbot, form: ActorForm) -> None:
    replace_text(qtbot, field(form, "actorIdEdit"), "   ")
    assert form.problem(form.edited()) == "an actor needs an id"


def test_problem_refuses_an_id_with_spaces(qtbot, form: ActorForm) -> None:
    replace_text(qtbot, field(form, "actorIdEdit"), "sam altman")
    assert form.problem(form.edited()) == "an id cannot contain spaces"


def test_problem_refuses_an_actor_without_a_name(form: ActorForm) -> None:
    field(form, "actorEnglishNameEdit").clear()
    assert form.problem(form.edited()) == ""  # the Korean name is enough
    field(form, "actorKoreanNameEdit").clear()
    assert form.problem(form.edited()) == "an actor needs a name"


def test_problem_accepts_a_valid_actor(form: ActorForm) -> None:
    assert form.problem(form.edited()) == ""
    assert form.problem(PLAIN) == ""


def test_changed_is_not_emitted_while_filling(qtbot, form: ActorForm) -> None:
    with qtbot.assertNotEmitted(form.changed):
        form.show_actor(PLAIN, "en")
        form.show_actor(SAM, "ko")
        form.show_actor(None, "en")
        form.set_language("en")


@pytest.mark.parametrize("name", LINE_FIELDS)
def test_typing_in_a_field_emits_changed(qtbot, form: ActorForm, name: str) -> None:
    edit = field(form, name)
    edit.setFocus()
    with qtbot.waitSignal(form.changed):
        qtbot.keyClicks(edit, "x")


def test_editing_the_aliases_or_the_kind_emits_changed(qtbot, form: ActorForm) -> None:
    aliases = aliases_edit(form)
    aliases.setFocus()
    with qtbot.waitSignal(form.changed):
        qtbot.keyClicks(aliases, "x")
    combo = kind_combo(form)
    combo.setFocus()
    with qtbot.waitSignal(form.changed):
        qtbot.keyClick(combo, Qt.Key.Key_Up)


def test_an_error_shows_until_another_actor_is_shown(form: ActorForm) -> None:
    error = form.findChild(QLabel, "actorEditError")
    form.set_error("Cannot apply: 'altman' <b>already</b> exists")
    assert error.textFormat() == Qt.TextFormat.PlainText
    assert error.text() == "Cannot apply: 'altman' <b>already</b> exists"
    form.show_actor(PLAIN, "en")
    assert error.text() == ""


def test_focus_korean_name_puts_the_cursor_in_the_korean_field(qtbot, form: ActorForm) -> None:
    with qtbot.waitActive(form):
        form.activateWindow()
    form.focus_korean_name()
    assert field(form, "actorKoreanNameEdit").hasFocus()
