"""Help ▸ Keyboard Shortcuts: the window's actions with their keys, then the timeline's keys."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTreeWidget

from viewer.ui.common.shortcuts import ACTION_KEYS, TIMELINE_KEYS, named_sequences
from viewer.ui.shell.shortcuts_dialog import ShortcutsDialog

NATIVE = QKeySequence.SequenceFormat.NativeText


def native(name: str) -> str:
    return ", ".join(
        text for text in (sequence.toString(NATIVE) for sequence in named_sequences(name)) if text
    )


@pytest.fixture
def actions(qapp) -> dict[str, QAction]:
    # in another order than the table's, to show the dialog follows the table
    return {
        "zoom-in": QAction("Zoom &In"),
        "edit-event": QAction("&Edit Event…"),
        "open": QAction("&Open…"),
        "reset-layout": QAction("&Reset Layout"),
    }


@pytest.fixture
def dialog(qtbot, actions: dict[str, QAction]) -> ShortcutsDialog:
    shortcuts = ShortcutsDialog(actions)
    qtbot.addWidget(shortcuts)
    return shortcuts


def groups(dialog: ShortcutsDialog) -> list[tuple[str, int]]:
    tree = dialog.findChild(QTreeWidget, "shortcutsTree")
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).childCount())
        for i in range(tree.topLevelItemCount())
    ]


def test_the_dialog_is_named_and_titled(dialog: ShortcutsDialog) -> None:
    assert dialog.objectName() == "shortcutsDialog"
    assert dialog.windowTitle() == "Keyboard Shortcuts"


def test_the_window_group_lists_the_given_actions_in_the_tables_order(
    dialog: ShortcutsDialog,
) -> None:
    window_rows = dialog.rows()[:3]
    assert window_rows == [
        ("Open…", native("open")),
        ("Edit Event…", "Ctrl+Return, F2"),
        ("Zoom In", native("zoom-in")),
    ]
    assert native("open") == QKeySequence(QKeySequence.StandardKey.Open).toString(NATIVE)
    assert native("zoom-in").endswith(", Ctrl+=")


def test_actions_without_a_declared_shortcut_are_not_listed(dialog: ShortcutsDialog) -> None:
    commands = [command for command, _keys in dialog.rows()]
    assert "Reset Layout" not in commands
    assert groups(dialog) == [("Anywhere in the window", 3), ("On the timeline", 7)]


def test_the_timeline_group_describes_every_timeline_key(dialog: ShortcutsDialog) -> None:
    timeline_rows = dialog.rows()[3:]
    assert len(timeline_rows) == len(TIMELINE_KEYS)
    assert timeline_rows == [
        ("Zoom in", "+, ="),
        ("Zoom out", "-"),
        ("Select the previous event", "Left"),
        ("Select the next event", "Right"),
        ("Select the first event", "Home"),
        ("Select the last event", "End"),
        ("Edit the selected event", "Return, Enter"),
    ]


def test_with_every_action_given_every_action_is_listed(qtbot) -> None:
    everything = {name: QAction(name.replace("-", " ").title()) for name in ACTION_KEYS}
    dialog = ShortcutsDialog(everything)
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert [command for command, _ in rows[: len(ACTION_KEYS)]] == [
        action.text() for action in everything.values()
    ]
    assert dict(rows)["Duplicate Event"] == "Ctrl+D"
    assert dict(rows)["New Event From Selection"] == "Ctrl+Shift+M"
    assert len(rows) == len(ACTION_KEYS) + len(TIMELINE_KEYS)


def test_quit_shows_this_platforms_quit_keys_and_ctrl_q(qtbot) -> None:
    quit_action = QAction("&Quit")
    dialog = ShortcutsDialog({"quit": quit_action})
    qtbot.addWidget(dialog)
    assert dialog.rows()[0] == ("Quit", native("quit"))
    assert "Ctrl+Q" in native("quit"), "Ctrl+Q even where the desktop binds no Quit key"


def test_with_no_actions_only_the_timeline_keys_are_listed(qtbot) -> None:
    dialog = ShortcutsDialog({})
    qtbot.addWidget(dialog)
    assert groups(dialog) == [("Anywhere in the window", 0), ("On the timeline", 7)]


def test_menu_mnemonics_are_left_out_in_either_language(qtbot) -> None:
    actions = {"open": QAction("열기(&O)…"), "save": QAction("Save && &Close")}
    dialog = ShortcutsDialog(actions)
    qtbot.addWidget(dialog)
    assert [command for command, _keys in dialog.rows()[:2]] == ["열기…", "Save & Close"]
