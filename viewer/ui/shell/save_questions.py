"""What the app asks before it saves, and says when saving fails: an outside change would be
replaced, part of the file could not be read, the file is read-only, the disk refused."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from viewer.core.workspace import FileStamp, is_bundled, stamp
from viewer.resources import bundled_timeline
from viewer.ui.common.prompts import Answer, Level, Prompts
from viewer.ui.common.text import arg
from viewer.ui.document import Document


class SaveQuestions(QObject):
    """The questions of saving, put through `prompts`."""

    def __init__(self, document: Document, prompts: Prompts, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._prompts = prompts
        self._parent = parent

    def confirm_overwrite_outside_change(self, known: FileStamp | None) -> bool:
        """True unless the file changed on disk since `known` and the user keeps it."""
        path = self._document.path
        if path is None or is_bundled(path, bundled_timeline()):
            return True
        current = stamp(path)
        if current is None or current == known:
            return True
        answer = self._prompts.ask(
            self._parent,
            "overwrite-outside-change",
            self.tr("File Changed on Disk"),
            arg(
                self.tr(
                    "%1 was changed by another program since you opened it. Saving will "
                    "replace those changes with yours."
                ),
                path.name,
            ),
            (Answer.SAVE, Answer.CANCEL),
            Answer.CANCEL,
            warning=True,
        )
        return answer is Answer.SAVE

    def confirm_lossy_save(self) -> bool:
        """True when the file was read whole, or the user saves what was read anyway."""
        if self._document.complete:
            return True
        answer = self._prompts.ask(
            self._parent,
            "lossy-save",
            self.tr("Part of the File Could Not Be Read"),
            self.tr(
                "Some entries of this file could not be read (see Problems). Saving will "
                "leave them out. Save anyway?"
            ),
            (Answer.SAVE, Answer.CANCEL),
            Answer.CANCEL,
            warning=True,
        )
        return answer is Answer.SAVE

    def confirm_replace_read_only(self) -> bool:
        """Whether to replace the read-only file with the user's changes."""
        path = self._document.path
        answer = self._prompts.ask(
            self._parent,
            "replace-read-only",
            self.tr("File Is Read-Only"),
            arg(
                self.tr("%1 is read-only. Replace it with your changes anyway?"),
                path.name if path else "",
            ),
            (Answer.SAVE, Answer.CANCEL),
            Answer.CANCEL,
            warning=True,
        )
        return answer is Answer.SAVE

    def report_save_error(self, error: Exception) -> None:
        """Say that nothing was saved, and why."""
        self._prompts.tell(
            self._parent,
            self.tr("Could Not Save"),
            arg(
                self.tr(
                    "The timeline was not saved; your changes are still here and the file on "
                    "disk is unchanged.\n\n%1"
                ),
                error,
            ),
            Level.ERROR,
        )
