"""`timeline-viewer export --format svg|pdf|png|report`: the drawing and the report need Qt, so
the entry point hands this to the command line, which otherwise knows nothing of Qt."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from viewer.core.dates import DateError, parse_edtf
from viewer.core.export import ExportOptions, unknown_values
from viewer.core.store import load_timeline
from viewer.ui.common.fonts import use_bundled_korean_font
from viewer.ui.common.translations import Translations
from viewer.ui.document import Document


def _days(text: str) -> tuple[float, float] | None:
    """The span `--range` names ("all": None), as day ordinals."""
    if text == "all":
        return None
    try:
        date = parse_edtf(text)
    except DateError as exc:
        raise ValueError(
            f"--range must be 'all' or an EDTF interval such as 2023-11/2023-12: {exc}"
        ) from None
    if date.earliest is None or date.latest is None:
        raise ValueError("--range must have both ends")
    return float(date.earliest.toordinal()), float(date.latest.toordinal() + 1)


def render_file(
    timeline: Path,
    format: str,
    target: Path,
    options: argparse.Namespace,
    chosen: ExportOptions,
) -> None:
    """Draw or lay out `timeline` into `target` as `format`, as `options` (the parsed export
    options) and `chosen` (the filter and language they give) say."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a server has no screen
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    use_bundled_korean_font(app)  # a server seldom has a Korean font
    translations = Translations(app)  # the drawing's own words ("Undated") in its language
    translations.apply(options.lang)
    days = _days(options.range)
    result = load_timeline(timeline)
    document = Document(options.lang)
    document.load(result)
    unknown = unknown_values(result.timeline, chosen)
    if unknown:
        raise ValueError(unknown)
    document.set_filter(chosen.event_filter)
    if format == "report":
        from viewer.core.export.report import to_report_html
        from viewer.ui.exchange.report_pdf import write_report_pdf

        title = result.timeline.title.get(options.lang) or timeline.stem
        write_report_pdf(to_report_html(result.timeline, chosen), target, title)
    else:
        from viewer.ui.timeline.drawing import draw_timeline

        height = max(400, options.width * 9 // 16)
        draw_timeline(
            document, format, target, width=options.width, height=height, days=days, dpi=options.dpi
        )
    del app
