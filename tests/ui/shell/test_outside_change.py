"""The open file changes on disk while there are unsaved edits (a `git pull`): the edits merge
into the new version, conflicts are resolved in a dialog, or the new version is taken."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QPushButton, QTableView

from tests.ui.conftest import trigger, when_modal
from tests.ui.prompts import ScriptedPrompts
from viewer.core.edits import replace_event
from viewer.core.merge import Conflict
from viewer.core.store import load_timeline
from viewer.ui.problems.panel import ProblemsPanel
from viewer.ui.shell.conflict_dialog import ConflictDialog

MERGE = "Merge my changes into the new version"
RELOAD = "Reload the new version (my changes are dropped)"


def edit_kind(window, event_id: str, kind: str) -> None:
    doc = window.document
    event = doc.timeline.events_by_id[event_id]
    doc.apply(replace_event(doc.timeline, event_id, dataclasses.replace(event, kind=kind)), "Edit")


def change_on_disk(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_unsaved_edits_merge_into_the_version_changed_on_disk(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    prompts.answer("outside-change-unsaved", MERGE)
    window = open_window(sample_path)
    edit_kind(window, "altman-returns", "claim")
    change_on_disk(sample_path, "Board fires Altman", "Board removes Altman")
    qtbot.waitUntil(lambda: "outside-change-unsaved" in prompts.keys_asked())
    doc = window.document
    qtbot.waitUntil(
        lambda: doc.timeline.events_by_id["altman-fired"].title.get("en") == "Board removes Altman"
    )
    assert doc.timeline.events_by_id["altman-returns"].kind == "claim", "my edit is kept"
    assert window.isWindowModified()
    doc.undo_stack.undo()  # the merge is one step on top of the new version
    assert doc.timeline.events_by_id["altman-returns"].kind == "fact"
    assert doc.undo_stack.isClean()


def test_a_conflict_is_resolved_in_the_dialog(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    prompts.answer("outside-change-unsaved", MERGE)
    window = open_window(sample_path)
    edit_kind(window, "altman-fired", "claim")
    change_on_disk(sample_path, "kind: fact", "kind: opinion")  # the same field, otherwise

    def take_theirs(dialog: ConflictDialog) -> None:
        assert (
            dialog.findChild(QGroupBox, "conflict0").title() == "event 'altman-fired', field kind"
        )
        dialog.choose(0, "theirs")
        dialog.accept()

    when_modal(ConflictDialog, take_theirs)
    qtbot.waitUntil(lambda: "outside-change-unsaved" in prompts.keys_asked())
    doc = window.document
    qtbot.waitUntil(lambda: doc.timeline.events_by_id["altman-fired"].kind == "opinion")
    assert "conflicts" not in dict(doc.timeline.extra)


def test_a_conflict_left_for_later_stays_in_the_file_and_in_problems(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    prompts.answer("outside-change-unsaved", MERGE)
    window = open_window(sample_path)
    edit_kind(window, "altman-fired", "claim")
    change_on_disk(sample_path, "kind: fact", "kind: opinion")
    when_modal(ConflictDialog, lambda dialog: dialog.reject())
    qtbot.waitUntil(lambda: "conflicts" in dict(window.document.timeline.extra))
    doc = window.document
    assert doc.timeline.events_by_id["altman-fired"].kind == "claim", "ours in place"
    trigger_save(window, prompts)
    problems = [p.message for p in load_timeline(sample_path).errors]
    assert any("merge conflict on event 'altman-fired', field 'kind'" in m for m in problems)


def test_the_new_version_can_be_taken_instead(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    prompts.answer("outside-change-unsaved", RELOAD)
    window = open_window(sample_path)
    edit_kind(window, "altman-fired", "claim")
    change_on_disk(sample_path, "Board fires Altman", "Board removes Altman")
    qtbot.waitUntil(lambda: "outside-change-unsaved" in prompts.keys_asked())
    doc = window.document
    qtbot.waitUntil(lambda: doc.timeline.events_by_id["altman-fired"].kind == "fact")
    assert doc.undo_stack.isClean()


def trigger_save(window, prompts: ScriptedPrompts) -> None:
    trigger(window, "save")


def test_the_problems_panel_resolves_a_conflict_left_in_the_file(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    text = sample_path.read_text(encoding="utf-8")
    conflict = (
        "conflicts:\n  - kind: event\n    id: altman-fired\n    field: kind\n"
        "    ours: fact\n    theirs: opinion\n"
    )
    sample_path.write_text(text + conflict, encoding="utf-8")
    window = open_window(sample_path)
    panel = window.findChild(ProblemsPanel)
    table = window.findChild(QTableView, "problemsTable")
    rows = [table.model().index(r, 3).data() for r in range(table.model().rowCount())]
    assert any("merge conflict on event 'altman-fired', field 'kind'" in row for row in rows)
    panel.resolve(0, "theirs")
    doc = window.document
    assert doc.timeline.events_by_id["altman-fired"].kind == "opinion"
    assert "conflicts" not in dict(doc.timeline.extra)
    qtbot.waitUntil(lambda: not any("merge conflict" in p.message for p in doc.problems))
    doc.undo_stack.undo()
    assert doc.timeline.events_by_id["altman-fired"].kind == "fact"


def test_a_conflict_is_resolved_with_a_value_written_in_the_dialog(
    qtbot, open_window, sample_path: Path, prompts: ScriptedPrompts
) -> None:
    prompts.answer("outside-change-unsaved", MERGE)
    window = open_window(sample_path)
    edit_kind(window, "altman-fired", "claim")
    change_on_disk(sample_path, "kind: fact", "kind: opinion")

    def write_own(dialog: ConflictDialog) -> None:
        editor = dialog.findChild(QPlainTextEdit, "own0")
        assert editor.toPlainText() == "claim", "it starts from mine"
        editor.selectAll()
        qtbot.keyClicks(editor, "speculation")
        assert dialog.choices() == {0: "own"}, "typing chooses it"
        dialog.findChild(QPushButton, "useChoices").click()

    when_modal(ConflictDialog, write_own)
    qtbot.waitUntil(lambda: "outside-change-unsaved" in prompts.keys_asked())
    doc = window.document
    qtbot.waitUntil(lambda: doc.timeline.events_by_id["altman-fired"].kind == "speculation")
    assert "conflicts" not in dict(doc.timeline.extra)


def test_a_value_that_is_not_json_cannot_be_used(qtbot) -> None:
    conflict = Conflict("event", "altman-fired", "title", {"en": "A"}, {"en": "B"})
    dialog = ConflictDialog((conflict,))
    qtbot.addWidget(dialog)
    editor = dialog.findChild(QPlainTextEdit, "own0")
    assert json.loads(editor.toPlainText()) == {"en": "A"}
    editor.setPlainText('{"en": ')
    apply = dialog.findChild(QPushButton, "useChoices")
    assert not apply.isEnabled()
    assert "line 1, column 8" in dialog.findChild(QLabel, "ownInvalid").text()
    editor.setPlainText('{"en": "C"}')
    assert apply.isEnabled() and dialog.own_values() == {0: {"en": "C"}}
    dialog.choose(0, "theirs")
    assert dialog.own_values() == {} and dialog.choices() == {0: "theirs"}
