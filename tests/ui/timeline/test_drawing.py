"""The timeline drawn into SVG, PDF and PNG files."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtGui import QImage

from viewer.core.store import load_timeline
from viewer.resources import bundled_timeline
from viewer.ui.common.fonts import use_bundled_korean_font
from viewer.ui.document import Document
from viewer.ui.shell.drawing import WindowDrawing
from viewer.ui.timeline.drawing import draw_timeline, drawn_canvas
from viewer.ui.timeline.panel import TimelinePanel

NOVEMBER = (
    float(datetime.date(2023, 11, 15).toordinal()),
    float(datetime.date(2023, 11, 24).toordinal()),
)


@pytest.fixture
def bundled(qtbot, qapp) -> Document:
    use_bundled_korean_font(qapp)  # as the app does: a machine may have no Korean font
    document = Document("ko")
    document.load(load_timeline(bundled_timeline()))
    return document


def test_an_svg_drawing_carries_its_korean_text_as_outlines(bundled, tmp_path: Path) -> None:
    target = tmp_path / "t.svg"
    draw_timeline(bundled, "svg", target, width=1200, height=700, days=NOVEMBER)
    root = ET.fromstring(target.read_bytes())
    assert root.tag.endswith("svg")
    texts = [e for e in root.iter() if e.tag.endswith("text") and (e.text or "").strip()]
    assert texts == [], "no text that needs a Korean font on the reader's machine"
    assert sum(1 for e in root.iter() if e.tag.endswith("path")) > 40, "each label is a path"


def test_a_pdf_drawing_is_one_page_with_searchable_korean(bundled, tmp_path: Path) -> None:
    target = tmp_path / "t.pdf"
    draw_timeline(bundled, "pdf", target, width=1200, height=700, days=NOVEMBER)
    pdf = pypdfium2.PdfDocument(str(target))
    assert len(pdf) == 1
    assert pdf[0].get_size() == pytest.approx((900, 525))
    assert "알트만" in pdf[0].get_textpage().get_text_range()


def test_a_png_drawing_has_the_size_its_resolution_asks(bundled, tmp_path: Path) -> None:
    target = tmp_path / "t.png"
    draw_timeline(bundled, "png", target, width=800, height=450, days=NOVEMBER, dpi=192)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1600, 900)
    assert image.pixelColor(5, 5).isValid()


def test_a_drawing_too_large_is_refused_and_nothing_written(bundled, tmp_path: Path) -> None:
    target = tmp_path / "t.png"
    with pytest.raises(ValueError, match="pixels"):
        draw_timeline(bundled, "png", target, width=50_000, height=900)
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_a_drawing_keeps_the_story_axis_of_the_window(qtbot, bundled) -> None:
    linear = drawn_canvas(bundled, 1200, 700, None, ("none", "kind", False))
    story = drawn_canvas(bundled, 1200, 700, None, ("none", "kind", True))
    assert linear.scale.linear and not story.scale.linear

    def week_px(canvas) -> float:
        view = canvas.current_viewport()
        return view.x(canvas.scale.position(NOVEMBER[1])) - view.x(
            canvas.scale.position(NOVEMBER[0])
        )

    assert week_px(story) > 10 * week_px(linear)


def test_the_window_draws_and_prints_with_its_own_style(qtbot, open_window) -> None:
    window = open_window(None)
    panel = window.findChild(TimelinePanel)
    assert panel.story_axis()
    assert WindowDrawing(panel)._style() == (panel.grouping(), panel.colour_mode(), True)
