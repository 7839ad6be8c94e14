"""What the window's title and status bar say: the timeline's name, the events shown and the
number of problems (also in the Problems panel's title)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from viewer.ui.common.text import arg, shown
from viewer.ui.document import Document

TITLE_LIMIT = 120  # characters of the timeline's title or file name in the window title


class WindowStatus(QObject):
    """Keeps the window title, the status bar's counts and the Problems panel's title."""

    def __init__(
        self,
        window: QMainWindow,
        document: Document,
        problems: QDockWidget,
        counts: tuple[int, int],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._problems = problems
        self._counts = counts
        self._label = QLabel(window)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addWidget(self._label, 1)
        document.path_changed.connect(self.update_title)
        document.timeline_changed.connect(self.update_counts)
        document.filter_changed.connect(self.update_counts)

    def retranslate(self) -> None:
        """Say everything again in the UI language."""
        self.problems_counted(*self._counts)
        self.update_title()

    def problems_counted(self, errors: int, warnings: int) -> None:
        """The Problems panel found `errors` and `warnings`."""
        self._counts = (errors, warnings)
        title = self.tr("Problems")
        if errors or warnings:
            title = arg(self.tr("Problems (%1)"), errors + warnings)
        self._problems.setWindowTitle(title)
        self.update_counts()

    def update_title(self, *_: object) -> None:
        """The window title: the timeline's title, its file, the application."""
        doc = self._document
        parts = []
        if doc.timeline.title:
            parts.append(shown(doc.timeline.title.get(doc.language), TITLE_LIMIT))
        if doc.path:
            parts.append(shown(doc.path.name, TITLE_LIMIT))
        parts.append(self.tr("Timeline Viewer"))
        parts[0] += "[*]"  # where Qt shows the unsaved-changes marker
        self._window.setWindowTitle(" — ".join(parts))

    def update_counts(self, *_: object) -> None:
        """The status bar: how many events are shown, and the problems."""
        doc = self._document
        total = len(doc.timeline.events)
        visible = doc.visible_events()
        if visible is None:
            text = self.tr("%n event(s)", "", total)
        else:
            text = arg(self.tr("%1 of %2 events shown"), len(visible), total)
        errors, warnings = self._counts
        if errors or warnings:
            text += " · " + self.tr("%n problem(s)", "", errors + warnings)
        self._label.setText(text)
