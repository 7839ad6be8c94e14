"""File ▸ Import…: a TimelineJS file or a CSV table (its columns confirmed) becomes a new
timeline folder, which opens."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from tests.ui.conftest import trigger, when_modal
from tests.ui.prompts import ScriptedPrompts
from viewer.ui.common.prompts import Level
from viewer.ui.exchange.mapping_dialog import MappingDialog

SLIDES = {
    "title": {"text": {"headline": "오픈AI 사태"}},
    "events": [
        {"start_date": {"year": 2023, "month": 11, "day": 17},
         "text": {"headline": "올트먼 <b>해임</b>", "text": "<p>이사회가 해임했다.</p>"},
         "unique_id": "fired", "group": "board"},
        {"start_date": {"year": 2023, "month": 11}, "text": {"headline": "복귀"}},
    ],
}  # fmt: skip


def test_a_timelinejs_file_becomes_a_new_timeline_that_opens(
    open_window, prompts: ScriptedPrompts, sample_path: Path, tmp_path: Path
) -> None:
    window = open_window(sample_path)
    source = tmp_path / "crisis.json"
    source.write_text(json.dumps(SLIDES, ensure_ascii=False), encoding="utf-8")
    prompts.answer("import-file", source).answer("import-folder", tmp_path)
    trigger(window, "import")
    doc = window.document
    assert doc.path == tmp_path / "crisis" / "timeline.yaml"
    assert doc.timeline.title.get("ko") == "오픈AI 사태"
    assert [(e.id, e.date, e.title.get("en")) for e in doc.timeline.events] == [
        ("fired", "2023-11-17", "올트먼 해임"),
        ("복귀", "2023-11", "복귀"),
    ]
    title, text, _level = prompts.told[-1]
    assert title == "Import Done" and text.startswith("2 events imported")


def test_a_csv_table_asks_which_column_holds_what(
    qtbot, open_window, prompts: ScriptedPrompts, sample_path: Path, tmp_path: Path
) -> None:
    window = open_window(sample_path)
    table = tmp_path / "table.csv"
    table.write_text("When,What,Notes\n2023-11-17,해임,메모\n2015,설립,\n", encoding="utf-8")
    prompts.answer("import-file", table).answer("import-folder", tmp_path)
    seen: list[bool] = []

    def choose(dialog: MappingDialog) -> None:
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen.append(ok.isEnabled())
        for field, column in (("date", "When"), ("title", "What")):
            combo = dialog.findChild(QComboBox, f"mapping_{field}")
            combo.setCurrentIndex(combo.findData(column))
        seen.append(ok.isEnabled())
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(MappingDialog, choose)
    trigger(window, "import")
    assert seen == [False, True], "no title column could be guessed from this header"
    events = window.document.timeline.events
    assert [(e.date, e.title.get("en")) for e in events] == [
        ("2023-11-17", "해임"),
        ("2015", "설립"),
    ]
    assert dict(events[0].extra).get("Notes") == "메모", "a column left out is kept"


def test_a_file_that_is_no_timeline_is_refused_and_nothing_written(
    open_window, prompts: ScriptedPrompts, sample_path: Path, tmp_path: Path
) -> None:
    window = open_window(sample_path)
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    prompts.answer("import-file", broken)
    trigger(window, "import")
    title, text, level = prompts.told[-1]
    assert (title, level) == ("Cannot Import", Level.ERROR)
    assert str(broken) in text
    assert window.document.path == sample_path
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "sources", "timeline.yaml"]
