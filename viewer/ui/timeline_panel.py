"""The central area: grouping and colour controls with a legend, the timeline, the overview."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from viewer.core.bands import GROUPINGS
from viewer.ui.document import Document
from viewer.ui.overview_strip import OverviewStrip
from viewer.ui.timeline_style import COLOUR_MODES, legend
from viewer.ui.timeline_view import TimelineView


class TimelinePanel(QWidget):
    """Hosts the timeline view with its controls, legend and overview strip."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.view = TimelineView(document, self)
        self._overview = OverviewStrip(self.view, self)
        self._group_label = QLabel(self)
        self._grouping = QComboBox(self)
        self._grouping.setObjectName("groupingCombo")
        self._colour_label = QLabel(self)
        self._colour = QComboBox(self)
        self._colour.setObjectName("colourCombo")
        self._legend = QHBoxLayout()
        self._legend.setSpacing(12)
        controls = QHBoxLayout()
        controls.setContentsMargins(8, 6, 8, 6)
        controls.setSpacing(6)
        controls.addWidget(self._group_label)
        controls.addWidget(self._grouping)
        controls.addSpacing(12)
        controls.addWidget(self._colour_label)
        controls.addWidget(self._colour)
        controls.addSpacing(18)
        controls.addLayout(self._legend)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._overview)
        self._grouping.currentIndexChanged.connect(self._grouping_chosen)
        self._colour.currentIndexChanged.connect(self._colour_chosen)
        document.timeline_changed.connect(self._refresh_legend)
        document.language_changed.connect(self._refresh_legend)
        self.retranslate()

    def set_grouping(self, grouping: str) -> None:
        """Choose the swimlane grouping (as if picked in the combo)."""
        if grouping in GROUPINGS:
            self._grouping.setCurrentIndex(GROUPINGS.index(grouping))

    def set_colour_mode(self, mode: str) -> None:
        """Choose what colours mean (as if picked in the combo)."""
        if mode in COLOUR_MODES:
            self._colour.setCurrentIndex(COLOUR_MODES.index(mode))

    def retranslate(self) -> None:
        """Apply the UI language to every label."""
        self._group_label.setText(self.tr("Group by:"))
        self._colour_label.setText(self.tr("Colour by:"))
        names = {
            "none": self.tr("Nothing"),
            "actor": self.tr("Actor"),
            "source": self.tr("Source"),
            "tag": self.tr("Tag"),
            "kind": self.tr("Kind"),
        }
        _fill(
            self._grouping, [names[key] for key in GROUPINGS], GROUPINGS.index(self.view.grouping)
        )
        colours = {"kind": self.tr("Kind"), "source": self.tr("Source")}
        _fill(
            self._colour,
            [colours[key] for key in COLOUR_MODES],
            COLOUR_MODES.index(self.view.colour_mode),
        )
        self._refresh_legend()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _grouping_chosen(self, index: int) -> None:
        if 0 <= index < len(GROUPINGS):
            self.view.set_grouping(GROUPINGS[index])

    def _colour_chosen(self, index: int) -> None:
        if 0 <= index < len(COLOUR_MODES):
            self.view.set_colour_mode(COLOUR_MODES[index])
            self._refresh_legend()

    def _refresh_legend(self, *_: object) -> None:
        while self._legend.count():
            item = self._legend.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for colour, text in legend(
            self._document.timeline, self.view.colour_mode, self._document.language
        ):
            self._legend.addWidget(_LegendEntry(colour, text, self))


class _LegendEntry(QLabel):
    """A colour swatch and its meaning."""

    def __init__(self, colour: QColor, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, 160))
        self.setContentsMargins(16, 0, 0, 0)
        self._colour = colour

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        qp = QPainter(self)
        qp.setRenderHint(QPainter.RenderHint.Antialiasing)
        qp.setPen(self._colour.darker(130))
        qp.setBrush(self._colour)
        side = 11
        qp.drawRoundedRect(1, (self.height() - side) // 2, side, side, 3, 3)
        qp.end()


def _fill(combo: QComboBox, labels: list[str], current: int) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItems(labels)
    combo.setCurrentIndex(current)
    combo.blockSignals(False)
