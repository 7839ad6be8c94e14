"""Qt's standard dialogs behind `Prompts`: each answer is a button, and the button pressed comes
back as the answer. Each box is driven the way a user would, by clicking it once it is up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from viewer.ui.common.prompts import Answer, Level, Prompts

Button = QMessageBox.StandardButton
BUTTONS = {
    Answer.YES: Button.Yes,
    Answer.NO: Button.No,
    Answer.SAVE: Button.Save,
    Answer.DISCARD: Button.Discard,
    Answer.APPLY: Button.Apply,
    Answer.CANCEL: Button.Cancel,
}


class Seen:
    """What the dialog looked like when it came up (it is gone once the call returns)."""

    def __init__(self) -> None:
        self.kind: type | None = None
        self.parent: QWidget | None = None
        self.buttons: set[Button] = set()
        self.default: Button | None = None
        self.title = ""
        self.text = ""
        self.icon: QMessageBox.Icon | None = None


def when_shown(act: Callable[[QDialog], None], tries: int = 200) -> Seen:
    """Once a modal dialog is up, note what it shows and hand it to `act`."""
    seen = Seen()

    def poll(left: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(10, lambda: poll(left - 1))
            return
        seen.kind = type(dialog)
        seen.parent = dialog.parentWidget()
        seen.title = dialog.windowTitle()
        if isinstance(dialog, QMessageBox):
            seen.buttons = {dialog.standardButton(b) for b in dialog.buttons()}
            default = dialog.defaultButton()
            seen.default = dialog.standardButton(default) if default else None
            seen.text = dialog.text()
            seen.icon = dialog.icon()
        try:
            act(dialog)
        except BaseException:
            dialog.reject()  # a failing test must not leave the app waiting on the dialog
            raise

    QTimer.singleShot(0, poll)
    return seen


def click(button: Button) -> Callable[[QDialog], None]:
    return lambda box: box.button(button).click()


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def ask(parent: QWidget, answers: tuple[Answer, ...], default: Answer, **options) -> Answer:
    return Prompts().ask(
        parent,
        "unsaved-changes",
        "Save Changes?",
        "Save before closing?",
        answers,
        default,
        **options,
    )


@pytest.mark.parametrize("pressed", list(Answer))
def test_each_answer_is_its_button_and_pressing_it_gives_it_back(
    parent: QWidget, pressed: Answer
) -> None:
    answers = tuple(Answer)
    seen = when_shown(click(BUTTONS[pressed]))
    assert ask(parent, answers, Answer.CANCEL) is pressed
    assert seen.buttons == set(BUTTONS.values())


def test_only_the_answers_offered_are_buttons_and_the_default_is_marked(parent: QWidget) -> None:
    seen = when_shown(click(Button.Discard))
    answer = ask(parent, (Answer.SAVE, Answer.DISCARD, Answer.CANCEL), Answer.SAVE)
    assert answer is Answer.DISCARD
    assert seen.buttons == {Button.Save, Button.Discard, Button.Cancel}
    assert seen.default == Button.Save
    assert (seen.title, seen.text) == ("Save Changes?", "Save before closing?")
    assert seen.parent is parent


def test_a_question_has_the_question_icon_and_a_warning_the_warning_icon(parent: QWidget) -> None:
    question = when_shown(click(Button.Yes))
    ask(parent, (Answer.YES, Answer.NO), Answer.NO)
    warning = when_shown(click(Button.Yes))
    ask(parent, (Answer.YES, Answer.NO), Answer.NO, warning=True)
    assert question.icon == QMessageBox.Icon.Question
    assert warning.icon == QMessageBox.Icon.Warning


def test_escape_gives_the_last_answer(qtbot, parent: QWidget) -> None:
    when_shown(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert ask(parent, (Answer.SAVE, Answer.DISCARD, Answer.CANCEL), Answer.SAVE) is Answer.CANCEL
    when_shown(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert ask(parent, (Answer.YES, Answer.NO), Answer.YES) is Answer.NO


def test_a_box_closed_without_a_button_gives_the_last_answer(parent: QWidget) -> None:
    when_shown(lambda box: box.reject())
    assert ask(parent, (Answer.YES, Answer.DISCARD), Answer.YES) is Answer.DISCARD


@pytest.mark.parametrize(
    ("level", "icon"),
    [
        (Level.INFO, QMessageBox.Icon.Information),
        (Level.WARNING, QMessageBox.Icon.Warning),
        (Level.ERROR, QMessageBox.Icon.Critical),
    ],
)
def test_a_message_shows_the_icon_of_its_level(
    parent: QWidget, level: Level, icon: QMessageBox.Icon
) -> None:
    seen = when_shown(click(Button.Ok))
    Prompts().tell(parent, "Saved", "The timeline was saved.", level)
    assert seen.icon == icon
    assert (seen.title, seen.text) == ("Saved", "The timeline was saved.")
    assert seen.buttons == {Button.Ok}


def test_about_shows_its_text_in_a_box_of_its_own(parent: QWidget) -> None:
    seen = when_shown(click(Button.Ok))
    Prompts().tell(parent, "About Timeline Viewer", "Version 0.1", Level.ABOUT)
    assert (seen.title, seen.text) == ("About Timeline Viewer", "Version 0.1")
    assert seen.kind is QMessageBox


def fill_in(text: str) -> Callable[[QDialog], None]:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(text)
        dialog.accept()

    return act


def test_ask_text_gives_what_was_typed_or_none_when_cancelled(parent: QWidget) -> None:
    prompts = Prompts()
    seen = when_shown(fill_in("board-members"))
    assert prompts.ask_text(parent, "new-id", "New Id", "Id:", "board") == "board-members"
    assert seen.title == "New Id"
    when_shown(lambda dialog: dialog.reject())
    assert prompts.ask_text(parent, "new-id", "New Id", "Id:", "board") is None


def test_ask_text_starts_from_the_text_given(parent: QWidget) -> None:
    start: list[str] = []
    when_shown(lambda dialog: (start.append(dialog.textValue()), dialog.accept()))
    assert Prompts().ask_text(parent, "new-id", "New Id", "Id:", "board") == "board"
    assert start == ["board"]


def test_choose_gives_the_item_picked_or_none_when_cancelled(parent: QWidget) -> None:
    prompts = Prompts()
    items = ["Sam Altman", "OpenAI board"]
    offered: list[list[str]] = []

    def pick(dialog: QDialog) -> None:
        offered.append(dialog.comboBoxItems())
        dialog.setTextValue("OpenAI board")
        dialog.accept()

    when_shown(pick)
    assert prompts.choose(parent, "merge", "Merge", "Into:", items) == "OpenAI board"
    assert offered == [items]
    when_shown(lambda dialog: dialog.accept())
    assert prompts.choose(parent, "merge", "Merge", "Into:", items) == "Sam Altman"
    when_shown(lambda dialog: dialog.reject())
    assert prompts.choose(parent, "merge", "Merge", "Into:", items) is None


def test_open_file_gives_the_chosen_file_or_none_when_cancelled(
    parent: QWidget, tmp_path: Path
) -> None:
    chosen = tmp_path / "timeline.yaml"
    chosen.write_text("schema: 1\n", encoding="utf-8")
    prompts = Prompts()

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(chosen))
        dialog.accept()

    seen = when_shown(pick)
    assert (
        prompts.open_file(parent, "open", "Open Timeline", str(tmp_path), "YAML (*.yaml)") == chosen
    )
    assert seen.title == "Open Timeline"
    when_shown(lambda dialog: dialog.reject())
    assert prompts.open_file(parent, "open", "Open", str(tmp_path), "YAML (*.yaml)") is None


def test_save_file_gives_where_to_save_or_none_when_cancelled(
    parent: QWidget, tmp_path: Path
) -> None:
    target = tmp_path / "copy.yaml"
    prompts = Prompts()

    def pick(dialog: QDialog) -> None:
        dialog.selectFile(str(target))
        dialog.accept()

    when_shown(pick)
    assert prompts.save_file(parent, "save-as", "Save As", str(tmp_path), "YAML (*.yaml)") == target
    when_shown(lambda dialog: dialog.reject())
    assert prompts.save_file(parent, "save-as", "Save As", str(tmp_path), "YAML (*.yaml)") is None


def test_a_file_name_with_markup_is_shown_as_written(qtbot) -> None:
    seen: list[tuple[Qt.TextFormat, str]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append((box.textFormat(), box.text()))
        box.reject()

    QTimer.singleShot(0, look)
    Prompts().ask(
        None, "reload", "Changed", "<b>x</b>.yaml was changed", (Answer.YES, Answer.NO), Answer.YES
    )
    assert seen == [(Qt.TextFormat.PlainText, "<b>x</b>.yaml was changed")]
