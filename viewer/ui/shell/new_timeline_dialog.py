"""File ▸ New Timeline: a title, and the folder that will hold the timeline and its sources."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.sources import SOURCES_FOLDER, TIMELINE_FILE, file_stem
from viewer.ui.common.dialog_buttons import ok_cancel
from viewer.ui.common.prompts import Prompts
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.text import arg


def default_parent_folder() -> Path:
    """Where new timelines go unless the user says otherwise: Documents/Timelines."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Timelines"


class NewTimelineDialog(QDialog):
    """Asks for a title and a folder; the folder follows the title until the user edits it."""

    def __init__(self, prompts: Prompts, parent_folder: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self._parent_folder = parent_folder
        self._folder_edited = False
        self._title = QLineEdit(self, objectName="newTimelineTitle")
        self._folder = QLineEdit(self, objectName="newTimelineFolder")
        self._choose = QPushButton(self, objectName="newTimelineChoose")
        self._status = StatusLabel(self, "newTimelineStatus")
        self._buttons, self._ok = ok_cancel(self)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self._folder, 1)
        folder_row.addWidget(self._choose)
        self._title_label = QLabel(self, buddy=self._title)
        self._folder_label = QLabel(self, buddy=self._folder)
        form = QFormLayout()
        form.addRow(self._title_label, self._title)
        form.addRow(self._folder_label, folder_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._status)
        layout.addStretch(1)
        layout.addWidget(self._buttons)
        self._title.textEdited.connect(self._title_edited)
        self._folder.textEdited.connect(self._folder_typed)
        self._choose.clicked.connect(self._choose_folder)
        self.setMinimumWidth(560)
        self.retranslate()
        self._folder.setText(str(parent_folder))
        self._update()

    def retranslate(self) -> None:
        """Apply the UI language."""
        self.setWindowTitle(self.tr("New Timeline"))
        self._title_label.setText(self.tr("&Title:"))
        self._folder_label.setText(self.tr("&Folder:"))
        self._title.setPlaceholderText(self.tr("What the chronology is about"))
        self._choose.setText(self.tr("&Choose…"))
        self._update()

    @property
    def title(self) -> str:
        """The title typed, spaces collapsed."""
        return " ".join(self._title.text().split())

    @property
    def folder(self) -> Path:
        """The folder that will hold the timeline."""
        return Path(self._folder.text().strip()).expanduser()

    def _title_edited(self) -> None:
        if not self._folder_edited:
            stem = file_stem(self.title)
            self._folder.setText(str(self._parent_folder / stem if stem else self._parent_folder))
        self._update()

    def _folder_typed(self) -> None:
        self._folder_edited = True
        self._update()

    def _choose_folder(self) -> None:
        start = self.folder if self.folder.is_dir() else self._parent_folder
        chosen = self._prompts.choose_folder(
            self, "new-timeline-folder", self.tr("Folder for the New Timeline"), str(start)
        )
        if chosen is not None:
            self._folder_edited = True
            self._folder.setText(str(chosen))
            self._update()

    def _problem(self) -> str:
        if not self.title:
            return self.tr("Give the timeline a title.")
        if not self._folder.text().strip():
            return self.tr("Choose a folder.")
        folder = self.folder
        if folder.exists() and not folder.is_dir():
            return self.tr("This is a file, not a folder.")
        if (folder / TIMELINE_FILE).exists():
            return self.tr("This folder already holds a timeline: open it, or choose another.")
        return ""

    def _update(self) -> None:
        problem = self._problem()
        if problem:
            self._status.set_status(problem, "error" if self.title else "info")
        else:
            where = self.folder
            self._status.set_status(
                arg(
                    self.tr("Creates %1 and a %2 folder for its documents in %3"),
                    TIMELINE_FILE,
                    SOURCES_FOLDER,
                    str(where),
                ),
                "info",
            )
        self._ok.setEnabled(not problem)
