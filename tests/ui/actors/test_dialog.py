"""The Manage Actors dialog: editing, adding, merging and deleting actors as undoable steps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QWidget,
)

from tests.conftest import write_timeline
from tests.ui.prompts import ScriptedPrompts
from viewer.core.store import load_timeline
from viewer.ui.actors.dialog import ActorChoiceProxyModel, ActorDialog
from viewer.ui.actors.model import EVENTS_COLUMN, NAME_COLUMN, OTHER_NAME_COLUMN, ActorModel
from viewer.ui.common.prompts import Answer, Level
from viewer.ui.document import Document

TIMELINE = """\
schema: 1
title: {en: Crisis, ko: 사태}
actors:
  - id: sam-altman
    name: {en: Sam Altman, ko: 샘 올트먼}
    aliases: [올트먼]
    kind: person
    description: {en: Chief executive, ko: 최고경영자}
  - id: altman
    name: {en: Altman, ko: 알트먼}
  - id: openai-board
    name: {en: OpenAI board, ko: 오픈AI 이사회}
    kind: group
  - id: ilya-sutskever
    name: {en: Ilya Sutskever, ko: 일리야 수츠케버}
    aliases: [수츠케버]
  - id: markup
    name: "<b>x</b><img src=x>"
    kind: organization
events:
  - id: altman-fired
    date: "2023-11-17"
    title: {en: Board fires Altman, ko: "이사회, 올트먼 해고"}
    actors: [sam-altman, openai-board]
  - id: altman-returns
    date: "2023-11-21"
    title: {en: Altman returns as CEO, ko: 올트먼 CEO 복귀}
    actors: [altman]
"""


@pytest.fixture
def document(qtbot, tmp_path: Path) -> Document:
    """A document with five actors, two of them used by no event."""
    doc = Document()
    doc.load(load_timeline(write_timeline(tmp_path, TIMELINE)))
    return doc


@pytest.fixture
def dialog(qtbot, document: Document, prompts: ScriptedPrompts) -> Iterator[ActorDialog]:
    """The dialog, shown; closed afterwards dropping any unapplied edits."""
    widget = ActorDialog(document, prompts)
    with qtbot.waitExposed(widget):
        widget.show()
    yield widget
    # Closing with unapplied edits asks; a test's leftovers are simply dropped.
    prompts.answer("unapplied-actor", Answer.DISCARD)
    assert widget.close()
    widget.deleteLater()


def _child(widget: QWidget, kind: type, name: str):  # returns a `kind`
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


def _rows(dialog: ActorDialog) -> list[list[str]]:
    """What the list shows, actor by actor: group title, then the actor's columns."""
    model = _child(dialog, QTreeView, "actorDialogList").model()
    rows = []
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            cells = [str(model.index(row, column, group).data()) for column in range(3)]
            rows.append([*cells, str(group.data())])
    return rows


def _names(dialog: ActorDialog) -> list[str]:
    return [row[NAME_COLUMN] for row in _rows(dialog)]


def _click_actor(qtbot, dialog: ActorDialog, name: str) -> None:
    view = _child(dialog, QTreeView, "actorDialogList")
    model = view.model()
    matches = model.match(
        model.index(0, NAME_COLUMN),
        Qt.ItemDataRole.DisplayRole,
        name,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    assert matches, name
    view.scrollTo(matches[0])
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(matches[0]).center()
    )


def _replace_text(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _commit_text(widget: QWidget, text: str) -> None:
    """Enter text the way an input method does (QTest cannot type Hangul)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _click(qtbot, dialog: ActorDialog, name: str) -> None:
    qtbot.mouseClick(_child(dialog, QPushButton, name), Qt.MouseButton.LeftButton)


def test_the_list_shows_names_other_names_kinds_and_event_counts(dialog: ActorDialog) -> None:
    kind = 3  # _rows puts the kind group's title last
    rows = {row[NAME_COLUMN]: row for row in _rows(dialog)}
    assert rows["Sam Altman"][OTHER_NAME_COLUMN] == "샘 올트먼"
    assert rows["Sam Altman"][kind] == "People"
    assert rows["Sam Altman"][EVENTS_COLUMN] == "1"
    assert rows["OpenAI board"][kind] == "Groups"
    assert rows["<b>x</b><img src=x>"][kind] == "Organizations"
    assert rows["Ilya Sutskever"][EVENTS_COLUMN] == "0"
    assert _names(dialog)[:3] == ["Altman", "Ilya Sutskever", "Sam Altman"]


def test_the_list_has_no_check_boxes(dialog: ActorDialog) -> None:
    model = _child(dialog, QTreeView, "actorDialogList").model()
    first_actor = model.index(0, NAME_COLUMN, model.index(0, 0))
    assert first_actor.data(Qt.ItemDataRole.CheckStateRole) is None
    assert not first_actor.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_switching_the_document_to_korean_shows_korean_names_first(
    dialog: ActorDialog, document: Document
) -> None:
    document.set_language("ko")
    rows = {row[NAME_COLUMN]: row for row in _rows(dialog)}
    assert rows["샘 올트먼"][OTHER_NAME_COLUMN] == "Sam Altman"


def test_the_models_behave(qtmodeltester, document: Document) -> None:
    proxy = ActorChoiceProxyModel()
    proxy.setSourceModel(ActorModel(document, proxy))
    qtmodeltester.check(proxy)


def test_markup_in_a_name_is_shown_literally(qtbot, dialog: ActorDialog) -> None:
    _click_actor(qtbot, dialog, "<b>x</b><img src=x>")
    heading = _child(dialog, QLabel, "actorHeading")
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert heading.text() == "<b>x</b><img src=x>"
    assert _child(dialog, QLineEdit, "actorEnglishNameEdit").text() == "<b>x</b><img src=x>"


def test_clicking_an_actor_shows_its_fields(qtbot, dialog: ActorDialog) -> None:
    _click_actor(qtbot, dialog, "Sam Altman")
    assert dialog.current_actor_id() == "sam-altman"
    assert _child(dialog, QLineEdit, "actorIdEdit").text() == "sam-altman"
    assert _child(dialog, QLineEdit, "actorKoreanNameEdit").text() == "샘 올트먼"
    assert _child(dialog, QComboBox, "actorKindCombo").currentText() == "Person"
    assert _child(dialog, QPlainTextEdit, "actorAliasesEdit").toPlainText() == "올트먼"
    assert _child(dialog, QLineEdit, "actorKoreanDescriptionEdit").text() == "최고경영자"
    assert not _child(dialog, QPushButton, "applyActorButton").isEnabled()


def test_renaming_an_actor_and_applying_is_one_undo_step(
    qtbot, dialog: ActorDialog, document: Document
) -> None:
    _click_actor(qtbot, dialog, "Sam Altman")
    _replace_text(qtbot, _child(dialog, QLineEdit, "actorEnglishNameEdit"), "Samuel Altman")
    with qtbot.waitSignal(document.timeline_changed):
        _click(qtbot, dialog, "applyActorButton")
    actor = document.timeline.actors_by_id["sam-altman"]
    assert actor.name.exact("en") == "Samuel Altman"
    assert actor.name.exact("ko") == "샘 올트먼"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Rename actor 'Sam Altman'"
    assert "Samuel Altman" in _names(dialog)

    document.undo_stack.undo()
    assert document.timeline.actors_by_id["sam-altman"].name.exact("en") == "Sam Altman"
    assert _child(dialog, QLineEdit, "actorEnglishNameEdit").text() == "Sam Altman"
    assert dialog.current_actor_id() == "sam-altman"


def test_changing_the_id_makes_the_events_follow_and_undo_keeps_the_actor_selected(
    qtbot, dialog: ActorDialog, document: Document
) -> None:
    _click_actor(qtbot, dialog, "Sam Altman")
    _replace_text(qtbot, _child(dialog, QLineEdit, "actorIdEdit"), "altman-sam")
    _click(qtbot, dialog, "applyActorButton")
    assert document.timeline.events_by_id["altman-fired"].actors == ("altman-sam", "openai-board")
    assert dialog.current_actor_id() == "altman-sam"
    document.undo_stack.undo()
    assert dialog.current_actor_id() == "sam-altman"
    assert _child(dialog, QLineEdit, "actorIdEdit").text() == "sam-altman"


def test_an_id_taken_by_another_actor_is_refused_in_the_dialog(
    qtbot, dialog: ActorDialog, document: Document
) -> None:
    before = document.timeline
    _click_actor(qtbot, dialog, "Sam Altman")
    _replace_text(qtbot, _child(dialog, QLineEdit, "actorIdEdit"), "altman")
    _click(qtbot, dialog, "applyActorButton")
    assert document.timeline is before
    assert document.undo_stack.count() == 0
    assert "'altman' already exists" in _child(dialog, QLabel, "actorEditError").text()


def test_editing_the_aliases_one_per_line(qtbot, dialog: ActorDialog, document: Document) -> None:
    _click_actor(qtbot, dialog, "Ilya Sutskever")
    aliases = _child(dialog, QPlainTextEdit, "actorAliasesEdit")
    aliases.setFocus()
    aliases.moveCursor(aliases.textCursor().MoveOperation.End)
    qtbot.keyClick(aliases, Qt.Key.Key_Return)
    qtbot.keyClicks(aliases, "  Ilya  ")
    qtbot.keyClick(aliases, Qt.Key.Key_Return)
    qtbot.keyClick(aliases, Qt.Key.Key_Return)  # blank lines are dropped
    _commit_text(aliases, "일리야")
    _click(qtbot, dialog, "applyActorButton")
    actor = document.timeline.actors_by_id["ilya-sutskever"]
    assert actor.aliases == ("수츠케버", "Ilya", "일리야")
    assert document.undo_stack.undoText() == "Edit actor 'Ilya Sutskever'"


def test_changing_the_kind_moves_nothing_but_the_kind(
    qtbot, dialog: ActorDialog, document: Document
) -> None:
    _click_actor(qtbot, dialog, "Ilya Sutskever")
    _child(dialog, QComboBox, "actorKindCombo").setCurrentIndex(2)
    _click(qtbot, dialog, "applyActorButton")
    actor = document.timeline.actors_by_id["ilya-sutskever"]
    assert actor.kind == "group"
    assert actor.aliases == ("수츠케버",)


def test_adding_an_actor_gives_it_a_fresh_slug_id_and_selects_it(
    qtbot, dialog: ActorDialog, document: Document, prompts: ScriptedPrompts
) -> None:
    prompts.answer("new-actor-name", "Altman")
    _click(qtbot, dialog, "addActorButton")
    actor = document.timeline.actors_by_id["altman-2"]
    assert actor.name.exact("en") == "Altman"
    assert document.undo_stack.undoText() == "Add actor 'Altman'"
    assert dialog.current_actor_id() == "altman-2"
    assert _child(dialog, QLineEdit, "actorIdEdit").text() == "altman-2"
    document.undo_stack.undo()
    assert "altman-2" not in document.timeline.actors_by_id
    assert dialog.current_actor_id() == ""


def test_an_added_actor_hidden_by_the_filter_clears_the_filter(
    qtbot, dialog: ActorDialog, prompts: ScriptedPrompts
) -> None:
    _replace_text(qtbot, _child(dialog, QLineEdit, "actorDialogFilter"), "board")
    prompts.answer("new-actor-name", "Mira Murati")
    _click(qtbot, dialog, "addActorButton")
    assert _child(dialog, QLineEdit, "actorDialogFilter").text() == ""
    view = _child(dialog, QTreeView, "actorDialogList")
    assert view.currentIndex().data() == "Mira Murati"


def test_merging_folds_an_actor_into_the_kept_one_and_undo_restores_it(
    qtbot, dialog: ActorDialog, document: Document, prompts: ScriptedPrompts
) -> None:
    prompts.answer("merge-into", "Sam Altman (sam-altman)").answer("merge-actors", Answer.YES)
    before = document.timeline
    _click_actor(qtbot, dialog, "Altman")
    _click(qtbot, dialog, "mergeActorButton")

    assert "Altman (altman)" not in prompts.offered[0]
    assert prompts.asked[-1][1].startswith("Merge 'Altman' into 'Sam Altman'?")
    assert "altman" not in document.timeline.actors_by_id
    assert document.timeline.events_by_id["altman-returns"].actors == ("sam-altman",)
    assert {"Altman", "알트먼"} <= set(document.timeline.actors_by_id["sam-altman"].aliases)
    assert document.undo_stack.undoText() == "Merge 'Altman' into 'Sam Altman'"
    assert dialog.current_actor_id() == "sam-altman"
    document.undo_stack.undo()
    assert document.timeline == before


def test_merging_keeps_the_kept_actors_own_aliases(
    qtbot, dialog: ActorDialog, document: Document, prompts: ScriptedPrompts
) -> None:
    prompts.answer("merge-into", "Sam Altman (sam-altman)").answer("merge-actors", Answer.YES)
    _click_actor(qtbot, dialog, "Altman")
    _click(qtbot, dialog, "mergeActorButton")
    assert document.timeline.actors_by_id["sam-altman"].aliases == ("올트먼", "Altman", "알트먼")


def test_declining_the_merge_changes_nothing(
    qtbot, dialog: ActorDialog, document: Document, prompts: ScriptedPrompts
) -> None:
    prompts.answer("merge-into", "Sam Altman (sam-altman)").answer("merge-actors", Answer.NO)
    _click_actor(qtbot, dialog, "Altman")
    _click(qtbot, dialog, "mergeActorButton")
    assert "altman" in document.timeline.actors_by_id
    assert document.undo_stack.count() == 0


def test_deleting_an_unused_actor_selects_its_neighbour(
    qtbot, dialog: ActorDialog, document: Document
) -> None:
    _click_actor(qtbot, dialog, "Ilya Sutskever")
    _click(qtbot, dialog, "deleteActorButton")
    assert "ilya-sutskever" not in document.timeline.actors_by_id
    assert document.undo_stack.undoText() == "Delete actor 'Ilya Sutskever'"
    assert "Ilya Sutskever" not in _names(dialog)
    assert dialog.current_actor_id() == "sam-altman"  # next in the People group
    assert _child(dialog, QTreeView, "actorDialogList").currentIndex().data() == "Sam Altman"
    document.undo_stack.undo()
    assert "ilya-sutskever" in document.timeline.actors_by_id


def test_deleting_a_used_actor_is_refused_naming_the_event(
    qtbot, dialog: ActorDialog, document: Document, prompts: ScriptedPrompts
) -> None:
    before = document.timeline
    _click_actor(qtbot, dialog, "OpenAI board")
    _click(qtbot, dialog, "deleteActorButton")
    warnings = [text for _title, text, level in prompts.told if level is Level.WARNING]
    assert len(warnings) == 1
    assert "'OpenAI board'" in warnings[0] and "'Board fires Altman'" in warnings[0]
    assert document.timeline is before
    assert document.undo_stack.count() == 0
    assert dialog.current_actor_id() == "openai-board"


def test_the_filter_matches_korean_aliases(qtbot, dialog: ActorDialog) -> None:
    _commit_text(_child(dialog, QLineEdit, "actorDialogFilter"), "수츠")
    assert _names(dialog) == ["Ilya Sutskever"]
    _child(dialog, QLineEdit, "actorDialogFilter").clear()
    _commit_text(_child(dialog, QLineEdit, "actorDialogFilter"), "올트먼")
    assert _names(dialog) == ["Sam Altman"]


def test_filtering_keeps_the_form_on_its_actor(qtbot, dialog: ActorDialog) -> None:
    _click_actor(qtbot, dialog, "OpenAI board")
    _replace_text(qtbot, _child(dialog, QLineEdit, "actorDialogFilter"), "ilya")
    assert dialog.current_actor_id() == "openai-board"
    _child(dialog, QLineEdit, "actorDialogFilter").clear()
    view = _child(dialog, QTreeView, "actorDialogList")
    assert view.currentIndex().data() == "OpenAI board"


def test_an_undo_elsewhere_refreshes_the_list_and_keeps_the_selection(
    qtbot, dialog: ActorDialog, document: Document, prompts: ScriptedPrompts
) -> None:
    prompts.answer("new-actor-name", "Mira Murati")
    _click(qtbot, dialog, "addActorButton")
    _click_actor(qtbot, dialog, "OpenAI board")
    with qtbot.waitSignal(document.timeline_changed):
        document.undo_stack.undo()  # as the main window's Undo does
    assert "Mira Murati" not in _names(dialog)
    view = _child(dialog, QTreeView, "actorDialogList")
    assert view.currentIndex().data() == "OpenAI board"
    assert dialog.current_actor_id() == "openai-board"


def test_choosing_another_actor_with_unapplied_edits_offers_to_apply_them(
    qtbot, dialog: ActorDialog, document: Document, prompts: ScriptedPrompts
) -> None:
    prompts.answer("unapplied-actor", Answer.APPLY)
    _click_actor(qtbot, dialog, "Ilya Sutskever")
    _replace_text(qtbot, _child(dialog, QLineEdit, "actorEnglishNameEdit"), "Ilya S.")
    _click_actor(qtbot, dialog, "OpenAI board")
    qtbot.waitUntil(lambda: dialog.current_actor_id() == "openai-board")
    assert prompts.asked == [("unapplied-actor", "Apply your changes to 'Ilya Sutskever'?")]
    assert document.timeline.actors_by_id["ilya-sutskever"].name.exact("en") == "Ilya S."
    view = _child(dialog, QTreeView, "actorDialogList")
    assert view.currentIndex().data() == "OpenAI board"


def test_cancelling_keeps_the_unapplied_edits_on_their_actor(
    qtbot, dialog: ActorDialog, document: Document, prompts: ScriptedPrompts
) -> None:
    prompts.answer("unapplied-actor", Answer.CANCEL)
    _click_actor(qtbot, dialog, "Ilya Sutskever")
    _replace_text(qtbot, _child(dialog, QLineEdit, "actorEnglishNameEdit"), "Ilya S.")
    _click_actor(qtbot, dialog, "OpenAI board")
    qtbot.waitUntil(lambda: bool(prompts.asked))
    view = _child(dialog, QTreeView, "actorDialogList")
    qtbot.waitUntil(lambda: view.currentIndex().data() == "Ilya Sutskever")
    assert dialog.current_actor_id() == "ilya-sutskever"
    assert _child(dialog, QLineEdit, "actorEnglishNameEdit").text() == "Ilya S."
    assert document.undo_stack.count() == 0


class _Shouting(QTranslator):
    """Translates the dialog's strings to upper case, standing in for a real catalogue."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context.startswith("Actor") else None

    def isEmpty(self) -> bool:
        return False  # Qt announces no language change for an empty translator


def test_the_dialog_follows_a_change_of_ui_language(qtbot, dialog: ActorDialog) -> None:
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "MANAGE ACTORS")
        assert _child(dialog, QPushButton, "deleteActorButton").text() == "&DELETE"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Manage Actors")


def test_an_empty_name_is_refused(qtbot, dialog: ActorDialog, document: Document) -> None:
    _click_actor(qtbot, dialog, "Ilya Sutskever")
    _child(dialog, QLineEdit, "actorEnglishNameEdit").clear()
    _child(dialog, QLineEdit, "actorKoreanNameEdit").clear()
    _click(qtbot, dialog, "applyActorButton")
    assert document.undo_stack.count() == 0
    assert "needs a name" in _child(dialog, QLabel, "actorEditError").text()


def test_nothing_is_selected_in_an_empty_timeline(
    qtbot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    doc = Document()
    doc.load(load_timeline(write_timeline(tmp_path, "schema: 1\n")))
    widget = ActorDialog(doc, prompts)
    qtbot.addWidget(widget)
    assert widget.current_actor_id() == ""
    assert not _child(widget, QPushButton, "deleteActorButton").isEnabled()
    assert not _child(widget, QLineEdit, "actorEnglishNameEdit").isEnabled()
    assert QModelIndex() == _child(widget, QTreeView, "actorDialogList").currentIndex()
