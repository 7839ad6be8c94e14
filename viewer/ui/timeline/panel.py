"""The central area: grouping and colour controls with a legend, the timeline, the overview."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from viewer.core.axis import date_of_day
from viewer.core.bands import GROUPINGS
from viewer.core.changes import Change
from viewer.ui.document import Document
from viewer.ui.timeline.legend import LegendBar
from viewer.ui.timeline.overview import OverviewStrip
from viewer.ui.timeline.style import COLOUR_MODES, legend
from viewer.ui.timeline.view import ZOOM_STEP, TimelineView

CONTROL_GAP = 12  # px between the grouping and the colour controls
LEGEND_GAP = 18  # px before the legend


class TimelinePanel(QWidget):
    """Hosts the timeline view with its controls, legend and overview strip."""

    activated = Signal(str)  # Enter or double-click on an event
    event_moved = Signal(str, int)  # an event was dragged by a number of whole days
    context_requested = Signal(str, float, QPoint)  # event id or "", day, global position
    story_axis_chosen = Signal(bool)  # the user switched the story axis on or off

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._view = TimelineView(document, self)
        self._overview = OverviewStrip(self._view, self)
        self._group_label = QLabel(self)
        self._grouping = QComboBox(self)
        self._grouping.setObjectName("groupingCombo")
        self._colour_label = QLabel(self)
        self._colour = QComboBox(self)
        self._colour.setObjectName("colourCombo")
        # the story axis switch and the legend share a row of their own on a narrow screen
        self._extras = QWidget(self)
        # its width never holds the panel wide: past the controls, it moves to a row below
        self._extras.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._story = QCheckBox(self._extras)
        self._story.setObjectName("storyAxisToggle")
        self._legend = LegendBar(self._extras)
        self._controls = QHBoxLayout()
        self._controls.setContentsMargins(8, 6, 8, 6)
        self._controls.setSpacing(6)
        self._controls.addWidget(self._group_label)
        self._controls.addWidget(self._grouping)
        self._controls.addSpacing(CONTROL_GAP)
        self._controls.addWidget(self._colour_label)
        self._controls.addWidget(self._colour)
        self._controls.addSpacing(CONTROL_GAP)
        extras = QHBoxLayout(self._extras)
        extras.setContentsMargins(0, 0, 0, 0)
        extras.addWidget(self._story)
        extras.addSpacing(LEGEND_GAP)
        extras.addWidget(self._legend, 1)
        self._controls.addWidget(self._extras, 1)
        self._controls.addStretch()  # takes the room when the legend has moved to its own row
        # when the legend does not fit beside the controls it gets a row of its own
        self._legend_row = QHBoxLayout()
        self._legend_row.setContentsMargins(8, 0, 8, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._controls)
        layout.addLayout(self._legend_row)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._overview)
        self._grouping.currentIndexChanged.connect(self._grouping_chosen)
        self._colour.currentIndexChanged.connect(self._colour_chosen)
        self._story.toggled.connect(self._view.set_story_axis)
        self._story.clicked.connect(self.story_axis_chosen)
        self._overview.range_chosen.connect(self._filter_days)
        document.filter_changed.connect(self._show_filter_range)
        self._view.activated.connect(self.activated)
        self._view.event_moved.connect(self.event_moved)
        self._view.context_requested.connect(self.context_requested)
        document.timeline_changed.connect(self._on_timeline_changed)
        document.language_changed.connect(self._refresh_legend)
        self.retranslate()

    # -- intent ----------------------------------------------------------------------------------
    def _filter_days(self, first: float, last: float) -> None:
        """Show only the events of the days from `first` to `last` (a Shift+drag)."""
        start, end = date_of_day(first).isoformat(), date_of_day(last).isoformat()
        self._document.set_filter(
            replace(self._document.event_filter, date_from=start, date_to=end)
        )

    def _show_filter_range(self) -> None:
        first, last = self._document.event_filter.bounds
        self._overview.show_range(
            None if first is None else float(first.toordinal()),
            None if last is None else float(last.toordinal() + 1),
        )

    def zoom_in(self) -> None:
        """Zoom in one step about the middle of the view."""
        self._view.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step about the middle of the view."""
        self._view.zoom(1 / ZOOM_STEP)

    def fit_all(self) -> None:
        """Show the whole timeline."""
        self._view.fit_all()

    def zoom_to_selection(self) -> str:
        """Fit the selected event into the view; why not, when it cannot (see the view's)."""
        return self._view.zoom_to_selection()

    def view_range(self) -> tuple[float, float]:
        """The first and last visible day."""
        return self._view.view_range()

    def set_view_range(self, start: float, end: float) -> None:
        """Show the days from `start` to `end`, within the zoom limits."""
        self._view.set_view_range(start, end)

    def px_per_day(self, day: float | None = None) -> float:
        """The zoom: how many pixels a day takes (around `day`, on a story axis)."""
        if day is None:
            return self._view.current_viewport().px_per_day
        return self._view.px_per_day_at(day)

    def grouping(self) -> str:
        """How events are split into swimlanes."""
        return self._view.grouping

    def colour_mode(self) -> str:
        """What colours mean."""
        return self._view.colour_mode

    def story_axis(self) -> bool:
        """Whether time is stretched where events crowd (the story axis)."""
        return self._view.story_axis

    def set_story_axis(self, on: bool) -> None:
        """Switch the story axis on or off (as the check box does, without it counting as the
        user's choice)."""
        self._story.setChecked(on)

    def suits_story_axis(self) -> bool:
        """Whether the events crowd into a small part of their time."""
        return self._view.crowded()

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
        self._story.setText(self.tr("Story axis"))
        self._story.setToolTip(
            self.tr(
                "Stretch time where events crowd and compress it where nothing happens, so "
                "that long quiet years and one busy week are both readable"
            )
        )
        names = {
            "none": self.tr("Nothing"),
            "actor": self.tr("Actor"),
            "source": self.tr("Source"),
            "tag": self.tr("Tag"),
            "kind": self.tr("Kind"),
        }
        _fill(
            self._grouping, [names[key] for key in GROUPINGS], GROUPINGS.index(self._view.grouping)
        )
        colours = {
            "kind": self.tr("Kind"),
            "source": self.tr("Source"),
            "corroboration": self.tr("Corroboration"),
        }
        _fill(
            self._colour,
            [colours[key] for key in COLOUR_MODES],
            COLOUR_MODES.index(self._view.colour_mode),
        )
        self._refresh_legend()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_legend()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _grouping_chosen(self, index: int) -> None:
        if 0 <= index < len(GROUPINGS):
            self._view.set_grouping(GROUPINGS[index])

    def _colour_chosen(self, index: int) -> None:
        if 0 <= index < len(COLOUR_MODES):
            self._view.set_colour_mode(COLOUR_MODES[index])
            self._refresh_legend()

    def _on_timeline_changed(self, change: Change) -> None:
        if change.reloaded or (change.sources and self._view.colour_mode == "source"):
            self._refresh_legend()

    def _refresh_legend(self, *_: object) -> None:
        self._legend.set_entries(
            legend(self._document.timeline, self._view.colour_mode, self._document.language)
        )
        self._place_legend()

    def _place_legend(self) -> None:
        extras = self._extras
        beside = extras.sizeHint().width() + self._controls_width() <= self.width()
        if beside == (self._controls.indexOf(extras) >= 0):
            return
        if beside:
            self._legend_row.removeWidget(extras)
            self._controls.insertWidget(self._controls.count() - 1, extras, 1)
        else:
            self._controls.removeWidget(extras)
            self._legend_row.addWidget(extras)

    def _controls_width(self) -> int:
        """The width the controls take without the legend."""
        margins = self._controls.contentsMargins()
        widgets = (self._group_label, self._grouping, self._colour_label, self._colour)
        gaps = self._controls.spacing() * len(widgets) + CONTROL_GAP * 2
        edges = margins.left() + margins.right()
        return sum(widget.sizeHint().width() for widget in widgets) + gaps + edges


def _fill(combo: QComboBox, labels: list[str], current: int) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItems(labels)
    combo.setCurrentIndex(current)
    combo.blockSignals(False)
