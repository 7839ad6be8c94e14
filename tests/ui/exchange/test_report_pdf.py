"""The chronology report laid out as a PDF."""

from __future__ import annotations

import datetime
from pathlib import Path

import pypdfium2

from viewer.core.export import ExportOptions
from viewer.core.export.report import to_report_html
from viewer.core.store import load_timeline
from viewer.resources import bundled_timeline
from viewer.ui.exchange.report_pdf import write_report_pdf


def test_the_report_has_a_title_page_then_the_events_on_numbered_pages(
    qtbot, tmp_path: Path
) -> None:
    timeline = load_timeline(bundled_timeline()).timeline
    options = ExportOptions(lang="ko", date_from="2023-11-17", date_to="2023-11-21")
    target = tmp_path / "report.pdf"
    html = to_report_html(timeline, options, today=datetime.date(2026, 12, 3))
    write_report_pdf(html, target, "report")
    pdf = pypdfium2.PdfDocument(str(target))
    assert len(pdf) >= 3
    first = pdf[0].get_textpage().get_text_range()
    assert "연대기 보고서" in first and "2026-12-03 작성" in first and "날짜" not in first
    second = pdf[1].get_textpage().get_text_range()
    assert second.lstrip().startswith("날짜") and "2" in second.splitlines()[-1]
