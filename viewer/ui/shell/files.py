"""Files: save, save as, the working copy of the bundle, autosave, recovery, outside changes."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from viewer.core.store import LoadError, load_timeline
from viewer.core.workspace import (
    FileStamp,
    discard_recovery,
    find_recoveries,
    is_bundled,
    load_recovery,
    remove_working_copy,
    save_as,
    save_working_copy,
    stamp,
    working_copy_path,
    write_recovery,
)
from viewer.core.writer import SaveError, save_timeline
from viewer.resources import bundled_timeline
from viewer.ui.document import Document

AUTOSAVE_MS = 30_000


class FileController(QObject):
    """Keeps the user's files safe: nothing is lost, nothing is overwritten unnoticed."""

    opened = Signal(Path)  # a file was loaded into the document (ask the window to remember it)

    def __init__(self, document: Document, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._parent = parent
        self._stamp: FileStamp | None = None
        self.save = QAction(self, shortcut=QKeySequence.StandardKey.Save, triggered=self.save_file)
        self.save_as = QAction(
            self, shortcut=QKeySequence.StandardKey.SaveAs, triggered=self.save_file_as
        )
        self.revert_bundled = QAction(self, triggered=self.revert_to_bundled)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_recovery_copy)
        document.path_changed.connect(self._watch)
        document.undo_stack.cleanChanged.connect(self._clean_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Apply the UI language to the actions."""
        self.save.setText(self.tr("&Save"))
        self.save_as.setText(self.tr("Save &As…"))
        self.revert_bundled.setText(self.tr("Revert to Bundled Chronology…"))

    def actions(self) -> list[QAction]:
        """The file actions, in menu order."""
        return [self.save, self.save_as, self.revert_bundled]

    # -- saving ----------------------------------------------------------------------------------
    def save_file(self) -> bool:
        """Save to the open file; the bundled chronology is saved as the user's working copy."""
        doc = self._document
        if doc.path is None:
            return self.save_file_as()
        if not self._confirm_lossy_save() or not self._confirm_overwrite_outside_change():
            return False
        try:
            if is_bundled(doc.path, bundled_timeline()):
                target = save_working_copy(doc.timeline, bundled_timeline())
                self._set_saved_path(target)
            else:
                save_timeline(doc.timeline, doc.path)
        except (SaveError, OSError) as exc:
            self._report_save_error(exc)
            return False
        self._saved()
        return True

    def save_file_as(self) -> bool:
        """Save to a new file; the sources are copied beside it."""
        doc = self._document
        start = str(doc.path.parent if doc.path else Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save Timeline As"), start, self.tr("Timelines (*.yaml *.yml)")
        )
        if not name:
            return False
        target = Path(name)
        if target.suffix.lower() not in (".yaml", ".yml"):
            target = target.with_suffix(".yaml")
        return self.save_to(target)

    def save_to(self, target: Path) -> bool:
        """Save As to `target` (the intent behind the file dialog)."""
        doc = self._document
        if not self._confirm_lossy_save():
            return False
        source_folder = doc.path.parent if doc.path else target.parent
        try:
            save_as(doc.timeline, source_folder, target)
        except (SaveError, OSError) as exc:
            self._report_save_error(exc)
            return False
        self._set_saved_path(target)
        self._saved()
        return True

    def maybe_save(self) -> bool:
        """Before closing or opening another file: True when it is safe to go on."""
        if self._document.undo_stack.isClean():
            return True
        answer = QMessageBox.warning(
            self._parent,
            self.tr("Unsaved Changes"),
            self.tr("The timeline has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_file()
        return answer == QMessageBox.StandardButton.Discard

    def revert_to_bundled(self) -> bool:
        """Drop the working copy and open the bundled chronology as shipped."""
        answer = QMessageBox.question(
            self._parent,
            self.tr("Revert to Bundled Chronology"),
            self.tr(
                "Your working copy of the bundled chronology will be deleted and the "
                "chronology reopened as shipped. This cannot be undone."
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        remove_working_copy(bundled_timeline())
        self._document.undo_stack.setClean()
        self._load(bundled_timeline())
        return True

    def closing(self) -> None:
        """A clean exit: no recovery copy is needed."""
        self._autosave.stop()
        discard_recovery(self._document.path)

    # -- recovery --------------------------------------------------------------------------------
    def write_recovery_copy(self) -> None:
        """Write the unsaved state where the next start can find it after a crash."""
        # a failed autosave must not interrupt work; the next tick tries again
        if not self._document.undo_stack.isClean():
            with contextlib.suppress(SaveError, OSError):
                write_recovery(self._document.timeline, self._document.path)

    def offer_recovery(self) -> bool:
        """After a crash: offer to restore the newest recovery copy; True when restored."""
        recoveries = find_recoveries()
        if not recoveries:
            return False
        newest = recoveries[0]
        name = newest.original.name if newest.original else self.tr("an untitled timeline")
        answer = QMessageBox.question(
            self._parent,
            self.tr("Restore Unsaved Changes?"),
            self.tr(
                "The app did not close normally. Unsaved changes to %1 were kept at %2. "
                "Restore them?"
            )
            .replace("%1", name)
            .replace("%2", newest.written.astimezone().strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            discard_recovery(newest.original)
            return False
        try:
            result = load_recovery(newest)
        except LoadError as exc:
            QMessageBox.critical(self._parent, self.tr("Cannot Restore"), exc.problem.format())
            return False
        self._document.load(result)
        self._document.undo_stack.resetClean()  # restored edits are not saved yet
        self.opened.emit(result.path)
        return True

    # -- outside changes -------------------------------------------------------------------------
    def _watch(self) -> None:
        files = self._watcher.files()
        if files:
            self._watcher.removePaths(files)
        path = self._document.path
        # the document was just loaded from or saved to this file: this is how it looks now
        self._stamp = stamp(path) if path is not None else None
        if path is not None and path.exists():
            self._watcher.addPath(str(path))

    def _file_changed(self, name: str) -> None:
        path = Path(name)
        if path.exists() and str(path) not in self._watcher.files():
            self._watcher.addPath(name)  # editors that replace files drop the watch
        now = stamp(path)
        if now == self._stamp:
            return
        if self._document.undo_stack.isClean():
            answer = QMessageBox.question(
                self._parent,
                self.tr("File Changed on Disk"),
                self.tr("%1 was changed by another program. Reload it?").replace("%1", path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._load(path)

    def _confirm_overwrite_outside_change(self) -> bool:
        path = self._document.path
        if path is None or is_bundled(path, bundled_timeline()):
            return True
        current = stamp(path)
        if current is None or current == self._stamp:
            return True
        answer = QMessageBox.warning(
            self._parent,
            self.tr("File Changed on Disk"),
            self.tr(
                "%1 was changed by another program since you opened it. Saving will "
                "replace those changes with yours."
            ).replace("%1", path.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def _confirm_lossy_save(self) -> bool:
        if self._document.complete:
            return True
        answer = QMessageBox.warning(
            self._parent,
            self.tr("Part of the File Could Not Be Read"),
            self.tr(
                "Some entries of this file could not be read (see Problems). Saving will "
                "leave them out. Save anyway?"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    # -- helpers ---------------------------------------------------------------------------------
    def _load(self, path: Path) -> None:
        try:
            result = load_timeline(path)
        except LoadError as exc:
            QMessageBox.critical(
                self._parent, self.tr("Cannot Open Timeline"), exc.problem.format()
            )
            return
        self._document.load(result)
        self.opened.emit(path)

    def _set_saved_path(self, path: Path) -> None:
        self._document.set_path(path)
        self.opened.emit(path)

    def _saved(self) -> None:
        self._stamp = stamp(self._document.path)
        self._document.undo_stack.setClean()
        discard_recovery(self._document.path)

    def _report_save_error(self, error: Exception) -> None:
        QMessageBox.critical(
            self._parent,
            self.tr("Could Not Save"),
            self.tr(
                "The timeline was not saved; your changes are still here and the file on "
                "disk is unchanged.\n\n%1"
            ).replace("%1", str(error)),
        )

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self._autosave.stop()
        else:
            self._autosave.start()


def bundled_or_working_copy() -> Path:
    """The user's working copy of the bundled chronology once saved, else the bundle itself."""
    copy = working_copy_path(bundled_timeline())
    return copy if copy.is_file() else bundled_timeline()
