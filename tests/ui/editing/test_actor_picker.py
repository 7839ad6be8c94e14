"""The actor field: the filtered checklist, and creating an actor with "New actor…"."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
)

from tests.ui.editing.fixtures import (
    Shouting,
    actor_rows,
    choose,
    click_check_box,
    commit,
    is_checked,
    shown,
    type_text,
    when_modal,
)
from viewer.core.model import Actor, LocalText
from viewer.ui.editing.actor_picker import ActorPicker
from viewer.ui.editing.new_actor_dialog import NewActorDialog


def _picker(qtbot, actors: Sequence[Actor], checked: Iterable[str] = (), language: str = "en"):
    return shown(qtbot, ActorPicker(actors, checked, language))


def _filter(picker: ActorPicker) -> QLineEdit:
    return picker.findChild(QLineEdit, "eventActorFilter")


def _new(qtbot, picker: ActorPicker, fill) -> Actor | None:
    """Ask for a new actor, `fill(dialog)` acting on the dialog that opens; what was created."""
    when_modal(NewActorDialog, fill)
    return picker.ask_new_actor()


def _ok(dialog: NewActorDialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


# -- the checklist -------------------------------------------------------------------------------
def test_the_actor_filter_matches_names_in_both_languages_and_aliases(qtbot, choices):
    picker = _picker(qtbot, choices.timeline.actors)
    view = picker.findChild(QListView, "eventActorList")
    filter_edit = _filter(picker)
    commit(filter_edit, "올트먼")  # an alias
    assert [view.model().index(r, 0).data() for r in range(view.model().rowCount())] == [
        "Sam Altman (샘 올트먼)"
    ]
    type_text(qtbot, filter_edit, "BOARD")
    assert view.model().rowCount() == 1
    type_text(qtbot, filter_edit, "")
    assert view.model().rowCount() == 2


def test_korean_typed_in_decomposed_jamo_filters_by_korean_names(qtbot, choices):
    picker = _picker(qtbot, choices.timeline.actors, language="ko")
    commit(_filter(picker), unicodedata.normalize("NFD", "이사회"))
    assert actor_rows(picker) == ["오픈AI 이사회 (OpenAI board)"]


def test_actors_are_listed_by_name(qtbot):
    names = ["Zoe", "Bob", "Mia"]
    actors = [Actor(id=name.lower(), name=LocalText(plain=name)) for name in names]
    picker = _picker(qtbot, actors)
    assert actor_rows(picker) == ["Bob", "Mia", "Zoe"]


def test_the_actors_ticked_when_it_opens_come_first_and_a_tick_moves_nothing(qtbot, choices):
    names = ["Zoe", "Bob", "Mia", "Ann"]
    actors = [Actor(id=name.lower(), name=LocalText(plain=name)) for name in names]
    picker = _picker(qtbot, actors, ["zoe", "mia"])
    assert actor_rows(picker) == ["Mia", "Zoe", "Ann", "Bob"]
    click_check_box(qtbot, picker, "Bob")
    assert actor_rows(picker) == ["Mia", "Zoe", "Ann", "Bob"], "the list does not shift"


def test_clicking_a_check_box_checks_the_actor_and_again_unchecks_it(qtbot, choices):
    picker = _picker(qtbot, choices.timeline.actors, ["openai-board"])
    with qtbot.waitSignal(picker.changed, timeout=1000):
        click_check_box(qtbot, picker, "Sam Altman")
    assert is_checked(picker, "Sam Altman")
    assert picker.checked_ids() == ("openai-board", "sam-altman")
    click_check_box(qtbot, picker, "OpenAI board")
    assert not is_checked(picker, "OpenAI board")
    assert picker.checked_ids() == ("sam-altman",)


def test_an_actor_unknown_to_the_timeline_stays_listed_and_kept(qtbot, rich):
    event = rich.timeline.events_by_id["fired"]
    picker = _picker(qtbot, rich.timeline.actors, event.actors)
    assert is_checked(picker, "ghost (not in the timeline)")
    click_check_box(qtbot, picker, "OpenAI board")
    assert picker.checked_ids() == ("sam-altman", "ghost", "openai-board")
    assert picker.new_actors() == ()


def test_a_checked_actor_hidden_by_the_filter_stays_checked(qtbot, choices):
    picker = _picker(qtbot, choices.timeline.actors, ["sam-altman"])
    qtbot.keyClicks(_filter(picker), "board")
    assert actor_rows(picker) == ["OpenAI board (오픈AI 이사회)"]
    assert picker.checked_ids() == ("sam-altman",)


# -- new actors ----------------------------------------------------------------------------------
def test_new_actor_is_created_checked_and_returned(qtbot, choices):
    def fill_in(dialog: NewActorDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newActorNameEn"), "Sam Altman Jr")
        commit(dialog.findChild(QLineEdit, "newActorNameKo"), "샘 주니어")
        assert dialog.findChild(QLabel, "newActorStatus").text() == ""
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    event = choices.timeline.events[0]
    picker = _picker(qtbot, choices.timeline.actors, event.actors)
    commit(_filter(picker), "zzz")  # hides every actor
    assert actor_rows(picker) == []
    when_modal(NewActorDialog, fill_in)
    qtbot.mouseClick(picker.findChild(QPushButton, "newActorButton"), Qt.MouseButton.LeftButton)
    assert is_checked(picker, "Sam Altman Jr (샘 주니어)")  # the filter was cleared to show it
    assert _filter(picker).text() == ""
    actor = Actor(
        id="sam-altman-jr", name=LocalText(by_lang=(("en", "Sam Altman Jr"), ("ko", "샘 주니어")))
    )
    assert picker.new_actors() == (actor,)
    assert picker.checked_ids() == ("sam-altman", "openai-board", "sam-altman-jr")


def test_the_kind_chosen_for_a_new_actor_is_kept(qtbot, choices):
    def fill_in(dialog: NewActorDialog) -> None:
        commit(dialog.findChild(QLineEdit, "newActorNameKo"), "오픈AI 직원들")
        choose(qtbot, dialog.findChild(QComboBox, "newActorKind"), "Group")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    picker = _picker(qtbot, choices.timeline.actors)
    actor = _new(qtbot, picker, fill_in)
    assert actor == Actor(
        id="오픈ai-직원들", name=LocalText(by_lang=(("ko", "오픈AI 직원들"),)), kind="group"
    )
    assert picker.new_actors() == (actor,)


def test_cancelling_the_new_actor_dialog_creates_nothing(qtbot, choices):
    def cancel(dialog: NewActorDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newActorNameEn"), "Ilya")
        qtbot.keyClick(dialog.findChild(QLineEdit, "newActorNameEn"), Qt.Key.Key_Escape)
        assert not dialog.isVisible()  # Escape closed it, not the helper's fallback

    picker = _picker(qtbot, choices.timeline.actors)
    assert _new(qtbot, picker, cancel) is None
    assert actor_rows(picker) == ["OpenAI board (오픈AI 이사회)", "Sam Altman (샘 올트먼)"]
    assert (picker.checked_ids(), picker.new_actors()) == ((), ())


def test_the_new_actor_dialog_warns_about_an_actor_created_before(qtbot, choices):
    seen: list[str] = []

    def look(dialog: NewActorDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newActorNameEn"), "ilya")
        seen.append(dialog.findChild(QLabel, "newActorStatus").text())
        dialog.reject()

    picker = _picker(qtbot, choices.timeline.actors)
    picker.create_actor("Ilya", "")
    assert _new(qtbot, picker, look) is None
    assert seen == ["An actor called 'ilya' already exists"]


def test_a_new_actor_gets_an_id_no_other_actor_has(qtbot, rich):
    picker = _picker(qtbot, rich.timeline.actors, ["ghost"])
    assert picker.create_actor("Sam Altman", "").id == "sam-altman-2"
    assert picker.create_actor("Sam Altman", "").id == "sam-altman-3"
    assert picker.create_actor("Ghost", "").id == "ghost-2"  # the unknown id is taken too
    assert picker.create_actor("", "샘 주니어").id == "샘-주니어"
    assert picker.create_actor("", "!!!").id == "actor"  # nothing to make a slug of
    assert [actor.id for actor in picker.new_actors()] == [
        "sam-altman-2",
        "sam-altman-3",
        "ghost-2",
        "샘-주니어",
        "actor",
    ]


def test_a_new_actor_becomes_the_current_row(qtbot, choices):
    picker = _picker(qtbot, choices.timeline.actors)
    picker.create_actor("Adam D'Angelo", "애덤 디안젤로", "person")
    view = picker.findChild(QListView, "eventActorList")
    assert view.currentIndex().data() == "Adam D'Angelo (애덤 디안젤로)"
    assert actor_rows(picker)[0] == "Adam D'Angelo (애덤 디안젤로)"  # listed in order


def test_an_unchecked_new_actor_is_dropped(qtbot, choices):
    picker = _picker(qtbot, choices.timeline.actors)
    picker.create_actor("Ilya Sutskever", "일리야 수츠케버")
    picker.create_actor("Helen Toner", "")
    click_check_box(qtbot, picker, "Ilya Sutskever")
    assert picker.checked_ids() == ("helen-toner",)
    assert [actor.id for actor in picker.new_actors()] == ["helen-toner"]
    assert "Ilya Sutskever (일리야 수츠케버)" in actor_rows(picker)  # still listed, to check again


def test_a_korean_name_typed_in_decomposed_jamo_is_stored_in_nfc(qtbot, choices):
    picker = _picker(qtbot, choices.timeline.actors)
    actor = picker.create_actor("", unicodedata.normalize("NFD", "샘 주니어"))
    assert actor.id == "샘-주니어"
    assert actor.name == LocalText(by_lang=(("ko", "샘 주니어"),))


# -- focus and language ----------------------------------------------------------------------
def test_tab_goes_filter_new_actor_list(qtbot, choices):
    picker = _picker(qtbot, choices.timeline.actors)
    assert picker.first_widget() is _filter(picker)
    assert [widget.objectName() for widget in picker.focus_widgets()] == [
        "eventActorFilter",
        "newActorButton",
        "eventActorList",
    ]


def test_the_strings_follow_a_change_of_ui_language(qtbot, rich):
    picker = _picker(qtbot, rich.timeline.actors, ["ghost"])
    button = picker.findChild(QPushButton, "newActorButton")
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: button.text() == "&NEW ACTOR…")
        assert _filter(picker).placeholderText() == "FILTER BY NAME OR ALIAS"
        assert "ghost (NOT IN THE TIMELINE)" in actor_rows(picker)
        assert "Sam Altman (샘 올트먼)" in actor_rows(picker)  # names stay as written
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: button.text() == "&New actor…")
