"""The colour legend: labels share one row, never widen the window, show whole as a tooltip."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.timeline.conftest import TITLES
from viewer.ui.timeline.legend import MAX_LABEL, LegendBar, label_widths


def test_label_widths_keep_short_labels_whole_and_cut_the_longest_to_fit() -> None:
    assert label_widths([40, 60], 200) == [40, 60]
    shared = label_widths([40, 300, 200], 240)
    assert shared[0] == 40 and shared[1] == shared[2] == 100
    assert sum(shared) == pytest.approx(240)
    assert label_widths([50, 50], -10) == [0, 0]


@pytest.fixture
def bar(qtbot) -> LegendBar:
    widget = LegendBar()
    qtbot.addWidget(widget)
    widget.set_entries([(QColor("#1565c0"), title) for title in TITLES])
    widget.show()
    return widget


def test_a_wide_legend_shows_every_label_whole(bar: LegendBar) -> None:
    bar.resize(bar.sizeHint().width() + 50, 24)
    metrics = bar.fontMetrics()
    capped = [metrics.elidedText(t, Qt.TextElideMode.ElideRight, MAX_LABEL) for t in TITLES]
    assert bar.shown_labels() == capped, "only the 160 px cap shortens a label"
    assert bar.shown_labels()[4] == "Short"


def test_a_narrow_legend_elides_labels_so_they_never_overlap(bar: LegendBar) -> None:
    bar.resize(bar.sizeHint().width() // 2, 24)
    metrics = bar.fontMetrics()
    layout = bar.placed_entries()
    assert [text for _, text, _ in layout][4] == "Short", "short labels stay whole"
    for (_, text, x), (_, _, next_x) in itertools.pairwise(layout):
        assert x + 16 + metrics.horizontalAdvance(text) <= next_x
    _, last_text, last_x = layout[-1]
    assert last_x + 16 + metrics.horizontalAdvance(last_text) <= bar.width()
    assert bar.minimumSizeHint().width() <= len(TITLES) * 30, "swatches and gaps only"


def test_the_legend_tooltip_shows_data_text_literally(qtbot, bar: LegendBar) -> None:
    bar.resize(200, 24)
    centre = QPoint(100, 12)
    QApplication.sendEvent(bar, QHelpEvent(QEvent.Type.ToolTip, centre, bar.mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert "&lt;b&gt;x&lt;/b&gt;&lt;img src=evil.png&gt;" in QToolTip.text()
    assert "<img" not in QToolTip.text()
    QToolTip.hideText()
