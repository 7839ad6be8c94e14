"""How the main window first sits on the screen, sizes its panels and stacks its middle."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget


def add_dock(
    window: QMainWindow, name: str, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    """A closable, movable, floatable panel holding `widget`, added to `area`."""
    dock = QDockWidget(window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetFloatable
    )
    window.addDockWidget(area, dock)
    return dock


BOTTOM_DOCKS = ("problems", "disagreements", "events", "history")


def arrange_docks(window: QMainWindow, docks: Mapping[str, QDockWidget]) -> None:
    """The first arrangement: lists tabbed on the left, the source over the details on the
    right, the tables tabbed under the timeline."""
    for group in (
        BOTTOM_DOCKS,
        ("actors", "sources", "filter", "search"),
        ("details", "suggestions"),
    ):
        for first, second in itertools.pairwise(group):
            window.tabifyDockWidget(docks[first], docks[second])
    # side panels run the full height; problems sit under the timeline only
    window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
    window.splitDockWidget(docks["source"], docks["details"], Qt.Orientation.Vertical)
    for front in ("problems", "actors", "details"):
        docks[front].raise_()
    # the tables under the timeline wait to be asked for (View menu), or for a problem
    for name in BOTTOM_DOCKS:
        docks[name].hide()


def grow_when_raised(window: QMainWindow, dock: QDockWidget, height: int) -> None:
    """Give `dock` at least `height` px whenever it comes to the front (the panels tabbed with
    it keep the size the user gave them until then)."""

    def top_up() -> None:  # the tab bar of tabbed panels counts in the size asked for
        shortfall = height - dock.height()
        if shortfall > 0:
            window.resizeDocks([dock], [height + shortfall], Qt.Orientation.Vertical)

    def raised(visible: bool) -> None:
        if visible and not dock.isFloating() and dock.height() < height:
            window.resizeDocks([dock], [height], Qt.Orientation.Vertical)
            QTimer.singleShot(0, top_up)  # once the layout has placed the dock

    dock.visibilityChanged.connect(raised)


def fit_to_screen(window: QMainWindow) -> None:
    """Most of the screen, centred, for a first start."""
    available = window.screen().availableGeometry()
    width = min(2400, int(available.width() * 0.94))
    height = min(1500, int(available.height() * 0.92))
    window.resize(width, height)
    window.move(available.center() - window.rect().center())


def size_docks(window: QMainWindow, docks: Mapping[str, QDockWidget]) -> None:
    """Default panel sizes in proportion to the window, the timeline keeping the most."""
    width = window.width()
    # the timeline keeps more than half the window at 1280x800
    actors = min(max(int(width * 0.22), 240), 380)
    source = min(max(int(width * 0.19), 240), 520)
    window.resizeDocks([docks["actors"]], [actors], Qt.Orientation.Horizontal)
    window.resizeDocks([docks["source"]], [source], Qt.Orientation.Horizontal)
    window.resizeDocks([docks["source"], docks["details"]], [520, 300], Qt.Orientation.Vertical)
    window.resizeDocks([docks["problems"]], [120], Qt.Orientation.Vertical)


def stacked(*widgets: QWidget) -> QWidget:
    """One widget holding `widgets` top to bottom, the last taking the room left."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.setStretch(len(widgets) - 1, 1)
    return holder
