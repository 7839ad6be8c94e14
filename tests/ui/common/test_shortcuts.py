"""The one shortcut table: actions take their keys from it, key presses are matched against it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

from viewer.ui.common.shortcuts import (
    ACTION_KEYS,
    TIMELINE_KEYS,
    give_shortcuts,
    key_sequences,
    matches,
    named_sequences,
    timeline_key,
    without_clashes,
)

Key = Qt.Key
Mod = Qt.KeyboardModifier
StandardKey = QKeySequence.StandardKey


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers)


def bindings(key: StandardKey | str) -> list[QKeySequence]:
    if isinstance(key, StandardKey):
        return QKeySequence.keyBindings(key)
    return [QKeySequence(key)]


def test_key_sequences_are_the_declared_keys_in_order() -> None:
    assert key_sequences("edit-event") == [QKeySequence("Ctrl+Return"), QKeySequence("F2")]
    assert key_sequences("open") == QKeySequence.keyBindings(StandardKey.Open)
    zoom_in = [*QKeySequence.keyBindings(StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
    assert key_sequences("zoom-in") == list(dict.fromkeys(zoom_in))


def test_a_standard_key_gives_every_binding_this_platform_has_once() -> None:
    for name, keys in ACTION_KEYS.items():
        expected = [sequence for key in keys for sequence in bindings(key)]
        assert key_sequences(name) == list(dict.fromkeys(expected)), name
        assert all(not sequence.isEmpty() for sequence in key_sequences(name)), name


def test_redo_has_both_of_its_usual_keys() -> None:
    texts = [sequence.toString() for sequence in key_sequences("redo")]
    assert "Ctrl+Shift+Z" in texts or "Ctrl+Y" in texts
    assert texts == [s.toString() for s in bindings(StandardKey.Redo)]


def test_quit_has_ctrl_q_even_where_the_desktop_binds_nothing() -> None:
    assert QKeySequence("Ctrl+Q") in key_sequences("quit")


def test_named_sequences_leave_out_a_keyboards_dedicated_keys() -> None:
    assert QKeySequence(Qt.Key.Key_Redo) not in named_sequences("redo")
    assert named_sequences("edit-event") == key_sequences("edit-event")
    for name in ACTION_KEYS:
        assert set(named_sequences(name)) <= set(key_sequences(name))


def test_an_unknown_action_has_no_entry() -> None:
    with pytest.raises(KeyError):
        key_sequences("make-coffee")


def test_give_shortcuts_sets_the_tables_sequences_and_returns_the_action(qapp) -> None:
    action = QAction("Edit")
    assert give_shortcuts(action, "edit-event") is action
    assert action.shortcuts() == key_sequences("edit-event")
    assert action.shortcut() == QKeySequence("Ctrl+Return")


def test_give_shortcuts_replaces_what_the_action_had(qapp) -> None:
    action = QAction("Find")
    action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("F9")])
    give_shortcuts(action, "find-in-source")
    assert action.shortcuts() == key_sequences("find-in-source")
    assert QKeySequence("Ctrl+K") not in action.shortcuts()


def test_no_two_actions_share_a_sequence() -> None:
    owners: dict[str, str] = {}
    for name in ACTION_KEYS:
        for sequence in key_sequences(name):
            text = sequence.toString()
            if not text:  # a standard key this platform gives no binding (Quit on Windows)
                continue
            assert text not in owners, f"{text} is both {owners.get(text)} and {name}"
            owners[text] = name
    assert owners["Ctrl+D"] == "duplicate-event"


def test_a_standard_key_entry_matches_the_platforms_key() -> None:
    assert matches(press(Key.Key_F, Mod.ControlModifier), "find-in-source")
    assert matches(press(Key.Key_O, Mod.ControlModifier), "open")
    assert not matches(press(Key.Key_F), "find-in-source")
    assert not matches(press(Key.Key_F, Mod.ControlModifier), "open")


def test_a_string_entry_matches_exactly_its_key_and_modifiers() -> None:
    assert matches(press(Key.Key_Return, Mod.ControlModifier), "edit-event")
    assert matches(press(Key.Key_F2), "edit-event")
    assert matches(press(Key.Key_Equal, Mod.ControlModifier), "zoom-in")
    assert not matches(press(Key.Key_Return), "edit-event")
    assert not matches(press(Key.Key_D, Mod.ControlModifier | Mod.ShiftModifier), "duplicate-event")


def test_timeline_keys_name_what_they_do() -> None:
    assert timeline_key(Key.Key_Left) == "previous-event"
    assert timeline_key(Key.Key_Right) == "next-event"
    assert timeline_key(Key.Key_Home) == "first-event"
    assert timeline_key(Key.Key_End) == "last-event"
    assert timeline_key(Key.Key_Enter) == timeline_key(Key.Key_Return) == "open-event"
    assert timeline_key(Key.Key_Minus) == "zoom-out"


def test_a_key_the_timeline_does_not_handle_names_nothing() -> None:
    assert timeline_key(Key.Key_A) == ""
    assert timeline_key(Key.Key_Delete) == ""


@pytest.mark.parametrize(
    "modifiers", [Mod.NoModifier, Mod.ShiftModifier, Mod.KeypadModifier | Mod.ShiftModifier]
)
def test_timeline_keys_ignore_modifiers(modifiers: Qt.KeyboardModifier) -> None:
    assert timeline_key(press(Key.Key_Plus, modifiers).key()) == "zoom-in"
    assert timeline_key(press(Key.Key_Equal, modifiers).key()) == "zoom-in"
    assert timeline_key(press(Key.Key_Left, modifiers).key()) == "previous-event"


def test_no_timeline_key_does_two_things() -> None:
    keys = [key for keys in TIMELINE_KEYS.values() for key in keys]
    assert len(keys) == len(set(keys))


def test_an_extra_platform_binding_shared_by_two_actions_belongs_to_neither() -> None:
    # X11 binds Delete to Del and Ctrl+D; Duplicate declares Ctrl+D itself
    declared = {
        "delete-event": [("Del", False), ("Ctrl+D", True)],
        "duplicate-event": [("Ctrl+D", False)],
        "redo": [("Ctrl+Y", False), ("Ctrl+Shift+Z", True), ("", True)],
    }
    assert without_clashes(declared) == {
        "delete-event": ["Del"],
        "duplicate-event": ["Ctrl+D"],
        "redo": ["Ctrl+Y", "Ctrl+Shift+Z"],
    }
