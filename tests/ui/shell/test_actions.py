"""The window's actions: menus and toolbar, each shortcut from the one table, all listed in Help."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QToolBar

from tests.ui.conftest import trigger
from tests.ui.prompts import ScriptedPrompts
from viewer.ui.common.prompts import Level
from viewer.ui.common.shortcuts import ACTION_KEYS, key_sequences, named_sequences
from viewer.ui.shell.actions import WindowActions
from viewer.ui.shell.shortcuts_dialog import ShortcutsDialog


def test_the_toolbar_offers_new_event_and_undo(qtbot, open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    toolbar = window.findChild(QToolBar, "mainToolBar")
    names = [action.objectName() for action in toolbar.actions() if not action.isSeparator()]
    assert "new-event" in names and "undo" in names
    assert all(not a.icon().isNull() for a in toolbar.actions() if a.objectName())
    assert toolbar.findChild(QLineEdit, "searchField").isVisibleTo(toolbar)


def test_every_declared_shortcut_belongs_to_one_action(open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    owners: dict[str, str] = {}
    for name in ACTION_KEYS:
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert action.shortcuts() == key_sequences(name)
        for sequence in action.shortcuts():
            text = sequence.toString()
            assert text not in owners, f"{text} is both {owners[text]} and {name}"
            owners[text] = name


def test_the_menus_hold_the_file_edit_view_and_help_commands(
    open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert list(menus) == ["&File", "&Edit", "&Sources", "&View", "&Help"]
    names = {
        title: [a.objectName() for a in menu.actions() if a.objectName()]
        for title, menu in menus.items()
    }
    assert names["&File"][:2] == ["new-timeline", "open"] and "save-as" in names["&File"]
    assert names["&Sources"] == [
        "add-source",
        "paste-as-source",
        "edit-source",
        "replace-source-text",
        "remove-source",
        "next-unsupported-sentence",
        "previous-unsupported-sentence",
    ]
    assert names["&File"][-1] == "quit"
    assert {"new-event", "delete-event", "manage-actors"} <= set(names["&Edit"])
    assert names["&Help"] == ["user-guide", "keyboard-shortcuts", "about"]


def test_help_lists_every_shortcut_with_its_keys(qtbot, open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    trigger(window, "keyboard-shortcuts")
    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitExposed(dialog)
    rows = dict(dialog.rows())
    native = QKeySequence.SequenceFormat.NativeText
    new = ", ".join(sequence.toString(native) for sequence in named_sequences("new-event"))
    assert rows["New Event…"] == new and "Ctrl+Shift+N" in new
    timeline = named_sequences("new-timeline")[0].toString(native)
    assert rows["New Timeline…"] == timeline and "Ctrl+N" in timeline
    assert rows["Edit Event…"] == "Ctrl+Return, F2"
    assert rows["Select the next event"] == "Right"
    assert len(rows) == len(ACTION_KEYS) + 7
    dialog.close()


def test_about_names_the_version(open_window, sample_path: Path, prompts: ScriptedPrompts) -> None:
    from viewer import __version__

    window = open_window(sample_path)
    trigger(window, "about")
    title, text, level = prompts.told[-1]
    assert level is Level.ABOUT and __version__ in text and title == "About Timeline Viewer"


def test_quit_closes_the_window(qtbot, open_window, sample_path: Path) -> None:
    window = open_window(sample_path)
    trigger(window, "quit")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert QApplication.instance() is not None


def test_a_recent_file_is_listed_with_its_name_shown_as_written(
    qtbot, open_window, sample_path: Path, tmp_path: Path
) -> None:
    odd = tmp_path / "<b>bold<b>\u202etxt.yaml"
    odd.write_text(sample_path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "sources").mkdir(exist_ok=True)
    for source in (sample_path.parent / "sources").iterdir():
        (tmp_path / "sources" / source.name).write_bytes(source.read_bytes())
    window = open_window(odd)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    recent = next(a.menu() for a in file_menu.actions() if a.text() == "Open &Recent")
    first = recent.actions()[0]
    assert first.text() == "&1 <b>bold<b>[RLO]txt.yaml", "bidi controls are made visible"
    assert "&lt;b&gt;bold&lt;b&gt;[RLO]txt.yaml" in first.toolTip(), "never read as markup"


def test_the_shortcut_list_and_the_guide_come_in_both_languages(
    qtbot, open_window, sample_path: Path
) -> None:
    from viewer.ui.shell.guide_dialog import GuideDialog

    window = open_window(sample_path)
    trigger(window, "keyboard-shortcuts")
    dialog = window.findChild(ShortcutsDialog)
    assert dict(dialog.rows())["Search Everything…"] == "Ctrl+Shift+F"
    assert dict(dialog.rows())["User Guide"] == "F1"
    dialog.close()
    trigger(window, "user-guide")
    guide = window.findChild(GuideDialog)
    assert "Find anything" in guide.text() and "Ctrl+Shift+F" in guide.text()
    guide.close()
    window.language_requested.emit("ko")
    QApplication.processEvents()  # the language change reaches every widget
    trigger(window, "keyboard-shortcuts")
    korean = [d for d in window.findChildren(ShortcutsDialog) if d.isVisible()][-1]
    rows = dict(korean.rows())
    assert rows["전체 검색…"] == "Ctrl+Shift+F"
    assert korean.windowTitle() != "Keyboard Shortcuts"
    trigger(window, "user-guide")
    guide = [d for d in window.findChildren(GuideDialog) if d.isVisible()][-1]
    assert "무엇이든 찾기" in guide.text()


def test_recent_files_of_the_same_name_are_told_apart_by_their_folder(
    open_window, sample_path: Path
) -> None:
    window = open_window(sample_path)
    actions = window.findChild(WindowActions)
    actions.set_recent(["/news/openai/timeline.yaml", "/court/case-12/timeline.yaml", "/a/b.yaml"])
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    recent = next(a.menu() for a in file_menu.actions() if a.text() == "Open &Recent")
    assert [a.text() for a in recent.actions()] == [
        "&1 timeline.yaml — openai",
        "&2 timeline.yaml — case-12",
        "&3 b.yaml",
    ]
