"""The new-actor dialog: names in English and Korean, a kind, and a warning for a known name."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from tests.ui.editing.fixtures import Shouting, choose, commit, shown, when_modal
from viewer.ui.editing.new_actor_dialog import NewActorDialog


def _dialog(qtbot, choices) -> NewActorDialog:
    return shown(qtbot, NewActorDialog(choices.timeline.actors))


def _ok(dialog: NewActorDialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _status(dialog: NewActorDialog) -> QLabel:
    return dialog.findChild(QLabel, "newActorStatus")


def _en(dialog: NewActorDialog) -> QLineEdit:
    return dialog.findChild(QLineEdit, "newActorNameEn")


def _ko(dialog: NewActorDialog) -> QLineEdit:
    return dialog.findChild(QLineEdit, "newActorNameKo")


def test_the_new_actor_dialog_needs_a_name_and_warns_about_a_known_one(qtbot, choices):
    dialog = NewActorDialog(choices.timeline.actors)
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    commit(dialog.findChild(QLineEdit, "newActorNameKo"), "샘 올트먼")
    assert ok.isEnabled()
    assert dialog.findChild(QLabel, "newActorStatus").text() == (
        "An actor called '샘 올트먼' already exists"
    )
    choose(qtbot, dialog.findChild(QComboBox, "newActorKind"), "Group")
    assert dialog.values() == ("", "샘 올트먼", "group")


def test_it_opens_asking_for_a_name_of_a_person(qtbot, choices):
    dialog = _dialog(qtbot, choices)
    assert dialog.windowTitle() == "New Actor"
    status = _status(dialog)
    assert (status.text(), status.level) == ("Enter a name in English or Korean", "error")
    assert not _ok(dialog).isEnabled()
    kind = dialog.findChild(QComboBox, "newActorKind")
    assert [kind.itemText(row) for row in range(kind.count())] == [
        "Person",
        "Organization",
        "Group",
    ]
    assert dialog.values() == ("", "", "person")


def test_without_a_name_enter_does_not_close_it(qtbot, choices):
    dialog = _dialog(qtbot, choices)
    qtbot.keyClicks(_en(dialog), "   ")
    assert not _ok(dialog).isEnabled()  # spaces are no name
    qtbot.keyClick(_en(dialog), Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_names_are_given_back_stripped(qtbot, choices):
    dialog = _dialog(qtbot, choices)
    qtbot.keyClicks(_en(dialog), "  Ilya Sutskever ")
    commit(_ko(dialog), " 일리야 수츠케버  ")
    assert dialog.values() == ("Ilya Sutskever", "일리야 수츠케버", "person")
    assert _status(dialog).text() == ""
    assert not _status(dialog).isVisibleTo(dialog)


def test_a_known_name_is_recognised_whatever_its_case(qtbot, choices):
    dialog = _dialog(qtbot, choices)
    qtbot.keyClicks(_en(dialog), "SAM altman")
    status = _status(dialog)
    assert (status.text(), status.level) == (
        "An actor called 'SAM altman' already exists",
        "warning",
    )
    assert _ok(dialog).isEnabled()  # a warning: two actors may share a name
    qtbot.keyClicks(_en(dialog), " Jr")
    assert status.text() == ""


def test_a_known_alias_typed_in_decomposed_jamo_is_recognised(qtbot, choices):
    dialog = _dialog(qtbot, choices)
    typed = unicodedata.normalize("NFD", "올트먼")
    commit(_ko(dialog), typed)
    assert _status(dialog).text() == f"An actor called '{typed}' already exists"
    assert _status(dialog).level == "warning"


def test_without_known_actors_no_name_is_taken(qtbot):
    dialog = shown(qtbot, NewActorDialog())
    commit(_ko(dialog), "샘 올트먼")
    assert _status(dialog).text() == ""
    assert _ok(dialog).isEnabled()


def test_ok_accepts_the_dialog_opened_with_exec(qtbot, choices):
    def fill(dialog: NewActorDialog) -> None:
        qtbot.keyClicks(_en(dialog), "OpenAI staff")
        choose(qtbot, dialog.findChild(QComboBox, "newActorKind"), "Organization")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    dialog = NewActorDialog(choices.timeline.actors)
    qtbot.addWidget(dialog)
    when_modal(NewActorDialog, fill)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert dialog.values() == ("OpenAI staff", "", "organization")


def test_cancel_rejects_the_dialog_opened_with_exec(qtbot, choices):
    def cancel(dialog: NewActorDialog) -> None:
        qtbot.keyClicks(_en(dialog), "OpenAI staff")
        cancel_button = dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()  # the button closed it, not the helper's fallback

    dialog = NewActorDialog(choices.timeline.actors)
    qtbot.addWidget(dialog)
    when_modal(NewActorDialog, cancel)
    assert dialog.exec() == QDialog.DialogCode.Rejected


def test_labels_have_mnemonics_for_their_fields(qtbot, choices):
    dialog = _dialog(qtbot, choices)
    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert buddies["&English name:"] is _en(dialog)
    assert buddies["&Korean name:"] is _ko(dialog)
    assert buddies["Kin&d:"] is dialog.findChild(QComboBox, "newActorKind")


def test_the_strings_follow_a_change_of_ui_language(qtbot, choices):
    dialog = _dialog(qtbot, choices)
    commit(_ko(dialog), "샘 올트먼")
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "NEW ACTOR")
        assert dialog.findChild(QComboBox, "newActorKind").currentText() == "PERSON"
        assert _status(dialog).text() == "AN ACTOR CALLED '샘 올트먼' ALREADY EXISTS"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "New Actor")
