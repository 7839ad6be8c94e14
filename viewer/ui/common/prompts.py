"""Every question the app puts to the user, and every message the user must acknowledge.

The composition root makes one `Prompts` and hands it to whoever asks. Each question has a
key naming it ("unsaved-changes", "reload", ...), so that tests can hand in a `Prompts` of
their own that answers by key and records what was asked, without touching Qt's dialogs.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Answer(enum.Enum):
    """The buttons a question can offer."""

    YES = "yes"
    NO = "no"
    SAVE = "save"
    DISCARD = "discard"
    APPLY = "apply"
    CANCEL = "cancel"


class Level(enum.Enum):
    """How a message is shown."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"
    ABOUT = "about"


_BUTTONS = {
    Answer.YES: QMessageBox.StandardButton.Yes,
    Answer.NO: QMessageBox.StandardButton.No,
    Answer.SAVE: QMessageBox.StandardButton.Save,
    Answer.DISCARD: QMessageBox.StandardButton.Discard,
    Answer.APPLY: QMessageBox.StandardButton.Apply,
    Answer.CANCEL: QMessageBox.StandardButton.Cancel,
}


def _box(parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
    """A message box that shows its text as written: a file called `<b>x</b>.yaml` is never
    rendered as markup."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class Prompts:
    """Asks with Qt's standard dialogs."""

    def ask(
        self,
        parent: QWidget | None,
        key: str,
        title: str,
        text: str,
        answers: Sequence[Answer],
        default: Answer,
        warning: bool = False,
    ) -> Answer:
        """Put the question `key` to the user; the answer is one of `answers` (Escape and
        closing the box give the last one)."""
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
        box = _box(parent, title, text, icon)
        for answer in answers:
            box.addButton(_BUTTONS[answer])
        box.setDefaultButton(_BUTTONS[default])
        pressed = box.exec()
        box.deleteLater()
        return next((a for a in answers if _BUTTONS[a] == pressed), answers[-1])

    def tell(self, parent: QWidget | None, title: str, text: str, level: Level) -> None:
        """Show a message the user acknowledges."""
        icons = {
            Level.INFO: QMessageBox.Icon.Information,
            Level.WARNING: QMessageBox.Icon.Warning,
            Level.ERROR: QMessageBox.Icon.Critical,
            Level.ABOUT: QMessageBox.Icon.NoIcon,
        }
        box = _box(parent, title, text, icons[level])
        if level is Level.ABOUT and parent is not None:
            box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        box.deleteLater()

    def ask_text(
        self, parent: QWidget | None, key: str, title: str, label: str, text: str = ""
    ) -> str | None:
        """A line of text from the user, or None when cancelled."""
        value, ok = QInputDialog.getText(parent, title, label, text=text)
        return value if ok else None

    def choose(
        self, parent: QWidget | None, key: str, title: str, label: str, items: Sequence[str]
    ) -> str | None:
        """One of `items`, or None when cancelled."""
        value, ok = QInputDialog.getItem(parent, title, label, list(items), 0, False)
        return value if ok and value in items else None

    def open_file(
        self, parent: QWidget | None, key: str, title: str, folder: str, filters: str
    ) -> Path | None:
        """An existing file to open, or None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return Path(name) if name else None

    def open_files(
        self, parent: QWidget | None, key: str, title: str, folder: str, filters: str
    ) -> list[Path]:
        """Existing files to open (none when cancelled)."""
        names, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
        return [Path(name) for name in names]

    def choose_folder(
        self, parent: QWidget | None, key: str, title: str, folder: str
    ) -> Path | None:
        """A folder, or None when cancelled."""
        name = QFileDialog.getExistingDirectory(parent, title, folder)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, key: str, title: str, folder: str, filters: str
    ) -> Path | None:
        """Where to save, or None when cancelled (the dialog confirms overwriting)."""
        name, _ = QFileDialog.getSaveFileName(parent, title, folder, filters)
        return Path(name) if name else None
