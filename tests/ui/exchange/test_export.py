"""File ▸ Export…: the chosen format, language, actor filter and dates reach the file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLineEdit, QPushButton

from tests.ui.conftest import trigger, when_modal
from tests.ui.prompts import ScriptedPrompts
from viewer.core.query import EventFilter
from viewer.ui.exchange.export_dialog import ExportDialog


def _ok(dialog: ExportDialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _choose(qtbot, fmt: str, lang: str = "en", date_from: str = "", follow: bool | None = None):
    seen: list[dict] = []

    def fill(dialog: ExportDialog) -> None:
        combo = dialog.findChild(QComboBox, "exportFormat")
        combo.setCurrentIndex(combo.findData(fmt))
        language = dialog.findChild(QComboBox, "exportLanguage")
        language.setCurrentIndex(language.findData(lang))
        follow_box = dialog.findChild(QCheckBox, "exportFollowFilter")
        seen.append({"follow": follow_box.isChecked(), "text": follow_box.text()})
        if follow is not None:
            follow_box.setChecked(follow)
        dialog.findChild(QLineEdit, "exportFrom").setText(date_from)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    when_modal(ExportDialog, fill)
    return seen


def test_an_export_follows_the_actor_filter_and_the_language(
    qtbot, open_window, prompts: ScriptedPrompts, sample_path: Path, tmp_path: Path
) -> None:
    window = open_window(sample_path)
    window.document.set_filter(EventFilter(frozenset({"sam-altman"})))
    target = tmp_path / "out.json"
    prompts.answer("export-file", target)
    seen = _choose(qtbot, "timelinejs", lang="ko")
    trigger(window, "export")
    assert seen[0]["follow"], "a ticked actor is followed unless the user says otherwise"
    data = json.loads(target.read_text(encoding="utf-8"))
    shown = window.document.visible_event_ids()
    ids = {slide["unique_id"] for slide in data["events"]}
    assert ids <= set(shown) and ids
    assert "관련 사건" in data["title"]["text"]["text"]


def test_a_csv_export_has_a_byte_order_mark_and_one_row_per_event(
    qtbot, open_window, prompts: ScriptedPrompts, sample_path: Path, tmp_path: Path
) -> None:
    window = open_window(sample_path)
    target = tmp_path / "events"
    prompts.answer("export-file", target)
    seen = _choose(qtbot, "csv")
    trigger(window, "export")
    assert not seen[0]["follow"] and "All events" in seen[0]["text"]
    written = target.with_suffix(".csv")
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [row["id"] for row in rows] == [e.id for e in window.document.timeline.events]


def test_a_date_that_is_no_date_keeps_ok_disabled(qtbot) -> None:
    dialog = ExportDialog("en", None, ("2023-11-01", "2023-11-30"), None)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "exportFrom").setText("2023-13")
    assert not _ok(dialog).isEnabled()
    qtbot.mouseClick(dialog.findChild(QPushButton, "exportUseView"), Qt.MouseButton.LeftButton)
    assert _ok(dialog).isEnabled()
    assert (dialog.choice().date_from, dialog.choice().date_to) == ("2023-11-01", "2023-11-30")


def test_print_previews_the_chosen_report(
    qtbot, open_window, prompts: ScriptedPrompts, sample_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    window = open_window(sample_path)
    prompts.answer("print-what", "The chronology report")
    pages: list[int] = []

    def look(dialog: QPrintPreviewDialog) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        preview = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() > 0)
        pages.append(preview.pageCount())
        dialog.reject()

    when_modal(QPrintPreviewDialog, look)
    trigger(window, "print")
    assert pages and pages[0] >= 2, "a title page, then the events"
    assert prompts.offered[-1] == ["The chronology report", "The timeline as shown"]


def test_a_drawing_and_a_report_are_exported_from_the_dialog(
    qtbot, open_window, prompts: ScriptedPrompts, sample_path: Path, tmp_path: Path
) -> None:
    import pypdfium2

    window = open_window(sample_path)
    for fmt in ("svg", "report"):
        target = tmp_path / f"out-{fmt}"
        prompts.answer("export-file", target)
        _choose(qtbot, fmt)
        trigger(window, "export")
    assert (tmp_path / "out-svg.svg").read_bytes().lstrip().startswith(b"<?xml")
    assert len(pypdfium2.PdfDocument(str(tmp_path / "out-report.pdf"))) >= 2
