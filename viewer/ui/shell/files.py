"""The one owner of the open file: open, save, save as, the bundle's working copy, reverting,
and changes made by other programs. Nothing is lost, nothing is overwritten unnoticed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from viewer.core.sources import create_timeline
from viewer.core.store import LoadError, LoadResult
from viewer.core.workspace import (
    FileStamp,
    is_bundled,
    remove_working_copy,
    save_as,
    save_working_copy,
    stamp,
    working_copy_path,
)
from viewer.core.writer import ReadOnlyError, SaveError, save_timeline
from viewer.resources import bundled_timeline
from viewer.ui.common.prompts import Answer, Level, Prompts
from viewer.ui.common.shortcuts import give_shortcuts
from viewer.ui.common.text import arg
from viewer.ui.document import Document
from viewer.ui.shell.loading import BackgroundLoad
from viewer.ui.shell.outside_change import OutsideChanges
from viewer.ui.shell.recovery import RecoveryKeeper
from viewer.ui.shell.save_questions import SaveQuestions
from viewer.ui.shell.working_copy import tell_working_copy

TIMELINE_FILTER = "*.yaml *.yml"


class FileController(QObject):
    """Opens timelines into the document and writes the document back to disk."""

    about_to_open = Signal()  # a file was read and will replace the document's timeline
    opened = Signal(Path)  # the document now holds (or was saved to) this file
    open_failed = Signal(str)  # this file, chosen to be opened, could not be

    def __init__(self, document: Document, prompts: Prompts, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._prompts = prompts
        self._parent = parent
        self._stamp: FileStamp | None = None
        self._recovery = RecoveryKeeper(document, prompts, parent)
        self._loading = BackgroundLoad(parent)
        self._loading.finished.connect(self._loaded)
        self.new_timeline = give_shortcuts(
            QAction(self, triggered=self.create_new_timeline), "new-timeline"
        )
        self.open = give_shortcuts(QAction(self, triggered=self.choose_file), "open")
        self.open_bundled = QAction(self, triggered=self.open_bundled_chronology)
        self.save = give_shortcuts(QAction(self, triggered=self.save_file), "save")
        self.save_as = give_shortcuts(QAction(self, triggered=self.save_file_as), "save-as")
        self.revert_bundled = QAction(self, triggered=self.revert_to_bundled)
        self._outside = OutsideChanges(document, prompts, parent, self._reopened)
        self._questions = SaveQuestions(document, prompts, parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        document.path_changed.connect(self._watch)
        self.retranslate()

    def retranslate(self) -> None:
        """Apply the UI language to the actions."""
        self.new_timeline.setText(self.tr("&New Timeline…"))
        self.open.setText(self.tr("&Open…"))
        self.open_bundled.setText(self.tr("Open &Bundled Chronology"))
        self.save.setText(self.tr("&Save"))
        self.save_as.setText(self.tr("Save &As…"))
        self.revert_bundled.setText(self.tr("Revert to Bundled Chronology…"))

    # -- opening ---------------------------------------------------------------------------------
    def create_new_timeline(self) -> bool:
        """Ask for a title and a folder, create an empty timeline there and open it."""
        from viewer.ui.shell.new_timeline_dialog import NewTimelineDialog, default_parent_folder

        if not self.maybe_save():
            return False
        dialog = NewTimelineDialog(self._prompts, default_parent_folder(), self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            folder, title = dialog.folder, dialog.title
        finally:
            dialog.deleteLater()
        try:
            path = create_timeline(folder, title)
        except (SaveError, OSError) as exc:
            self._prompts.tell(
                self._parent,
                self.tr("Cannot Create Timeline"),
                arg(self.tr("The timeline was not created:\n\n%1"), exc),
                Level.ERROR,
            )
            return False
        return self._load(path)

    def open_path(self, path: Path) -> bool:
        """Open a timeline file; on failure say why and keep what was open."""
        if not self.maybe_save():
            return False
        if not self._load(path):
            self.open_failed.emit(str(path))  # it no longer belongs among the recent files
            return False
        return True

    def open_bundled_chronology(self) -> bool:
        """Open the bundled chronology (the user's working copy of it, once saved)."""
        return self.open_path(bundled_or_working_copy())

    def choose_file(self) -> bool:
        """Ask which timeline to open, then open it."""
        folder = str(self._document.path.parent) if self._document.path else ""
        filters = arg(self.tr("Timelines (%1);;All files (*)"), TIMELINE_FILTER)
        path = self._prompts.open_file(
            self._parent, "open-timeline", self.tr("Open Timeline"), folder, filters
        )
        return path is not None and self.open_path(path)

    def offer_recovery(self) -> bool:
        """At a start with no file named: offer the newest copy a crash left for another file
        than the open one (whose copies were offered when it opened); True when restored."""
        result = self._recovery.offer_any(exclude=self._document.path)
        if result is None:
            return False
        self._restore(result)
        return True

    def revert_to_bundled(self) -> bool:
        """Drop the working copy and open the bundled chronology as shipped."""
        answer = self._prompts.ask(
            self._parent,
            "revert-bundled",
            self.tr("Revert to Bundled Chronology"),
            self.tr(
                "Your working copy of the bundled chronology will be deleted and the "
                "chronology reopened as shipped. This cannot be undone."
            ),
            (Answer.DISCARD, Answer.CANCEL),
            Answer.CANCEL,
        )
        if answer is not Answer.DISCARD:
            return False
        remove_working_copy(bundled_timeline())
        self._document.undo_stack.setClean()
        return self._load(bundled_timeline())

    def ensure_own_folder(self) -> bool:
        """Make sure the timeline lives in a folder of the user's own, where source texts can
        be kept: the bundled chronology's working copy is saved first, if the user agrees."""
        path = self._document.path
        if path is None:
            self._prompts.tell(
                self._parent,
                self.tr("No Timeline Open"),
                self.tr("Create a timeline (File ▸ New Timeline…) or open one first."),
                Level.INFO,
            )
            return False
        if not is_bundled(path, bundled_timeline()):
            return True
        answer = self._prompts.ask(
            self._parent,
            "save-working-copy-first",
            self.tr("Save Your Working Copy"),
            self.tr(
                "A source's text is kept beside its timeline, and the bundled chronology is "
                "never changed. Save your working copy of it first, and add the source there?"
            ),
            (Answer.SAVE, Answer.CANCEL),
            Answer.SAVE,
        )
        return answer is Answer.SAVE and self.save_file()

    # -- saving ----------------------------------------------------------------------------------
    def save_file(self) -> bool:
        """Save to the open file; the bundled chronology is saved as the user's working copy."""
        doc = self._document
        if doc.path is None:
            return self.save_file_as()
        if (
            not self._questions.confirm_lossy_save()
            or not self._questions.confirm_overwrite_outside_change(self._stamp)
        ):
            return False
        if is_bundled(doc.path, bundled_timeline()):
            copies: list[Path] = []
            if not self._written(
                lambda _replace: copies.append(save_working_copy(doc.timeline, bundled_timeline()))
            ):
                return False
            self._set_saved_path(copies[0])
            self._saved()
            tell_working_copy(self._prompts, self._parent, copies[0])
            return True
        else:
            path = doc.path
            if not self._written(
                lambda replace: save_timeline(
                    doc.timeline, path, replace_read_only=replace, data=doc.file_bytes()
                )
            ):
                return False
        self._saved()
        return True

    def save_file_as(self) -> bool:
        """Ask where, then save there; the sources are copied beside the new file."""
        doc = self._document
        folder = str(doc.path.parent if doc.path else Path.home())
        filters = arg(self.tr("Timelines (%1)"), TIMELINE_FILTER)
        target = self._prompts.save_file(
            self._parent, "save-timeline", self.tr("Save Timeline As"), folder, filters
        )
        if target is None:
            return False
        if target.suffix.lower() not in (".yaml", ".yml"):
            target = target.with_suffix(".yaml")
        return self.save_to(target)

    def save_to(self, target: Path) -> bool:
        """Save As to `target` (the intent behind the file dialog)."""
        doc = self._document
        if not self._questions.confirm_lossy_save():
            return False
        source_folder = doc.path.parent if doc.path else target.parent
        if not self._written(
            lambda replace: save_as(doc.timeline, source_folder, target, replace_read_only=replace)
        ):
            return False
        self._set_saved_path(target)
        self._saved()
        return True

    def maybe_save(self) -> bool:
        """Before closing or opening another file: True when it is safe to go on."""
        if self._document.undo_stack.isClean():
            return True
        answer = self._prompts.ask(
            self._parent,
            "unsaved-changes",
            self.tr("Unsaved Changes"),
            self.tr("The timeline has changes that are not saved. Save them first?"),
            (Answer.SAVE, Answer.DISCARD, Answer.CANCEL),
            Answer.SAVE,
            warning=True,
        )
        if answer is Answer.SAVE:
            return self.save_file()
        return answer is Answer.DISCARD

    def closing(self) -> None:
        """A clean exit: no recovery copy is needed."""
        self._loading.cancel(wait=True)
        self._recovery.stop()
        self._recovery.discard()

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
        if stamp(path) == self._stamp:
            return
        if not self._document.undo_stack.isClean():
            self._outside.offer(path)
            return
        answer = self._prompts.ask(
            self._parent,
            "reload",
            self.tr("File Changed on Disk"),
            arg(self.tr("%1 was changed by another program. Reload it?"), path.name),
            (Answer.YES, Answer.NO),
            Answer.YES,
        )
        if answer is Answer.YES:
            self._load(path)

    def _reopened(self, path: Path, result: LoadResult) -> None:
        self._opened(path, result)
        self._watch()  # that version is what is on disk now

    # -- helpers ---------------------------------------------------------------------------------
    def _load(self, path: Path) -> bool:
        """Open `path`: at once when small, else in the background (True: it is being read)."""
        try:
            result = self._loading.load(path)
        except LoadError as exc:
            self._cannot_open(exc)
            return False
        if result is not None:
            self._opened(path, result)
        return True

    def _loaded(self, path: Path, outcome: object) -> None:
        if isinstance(outcome, LoadResult):
            self._opened(path, outcome)
        elif isinstance(outcome, LoadError):
            self._cannot_open(outcome)
            self.open_failed.emit(str(path))
        elif isinstance(outcome, BaseException):
            raise outcome  # a fault, not bad input: the error guard reports it

    def _cannot_open(self, error: LoadError) -> None:
        self._prompts.tell(
            self._parent,
            self.tr("Cannot Open Timeline"),
            arg(self.tr("The file could not be opened:\n\n%1"), error.problem.format()),
            Level.ERROR,
        )

    def _opened(self, path: Path, result: LoadResult) -> None:
        self.about_to_open.emit()
        self._document.load(result)
        self.opened.emit(path)
        restored = self._recovery.offer_for(path)  # edits a crash left for this very file
        if restored is not None:
            self._restore(restored)

    def _restore(self, result: LoadResult) -> None:
        self.about_to_open.emit()
        self._document.load(result)
        self._document.undo_stack.resetClean()  # restored edits are not saved yet
        self.opened.emit(result.path)

    def _written(self, write: Callable[[bool], object]) -> bool:
        """Run `write(replace_read_only)`; a read-only file is replaced only when the user says
        so. False when nothing was written (and the user was told why, if it failed)."""
        try:
            try:
                write(False)
            except ReadOnlyError:
                if not self._questions.confirm_replace_read_only():
                    return False
                write(True)
        except (SaveError, OSError) as exc:
            self._questions.report_save_error(exc)
            return False
        return True

    def _set_saved_path(self, path: Path) -> None:
        self._document.set_path(path)
        self.opened.emit(path)

    def _saved(self) -> None:
        self._stamp = stamp(self._document.path)
        self._document.undo_stack.setClean()
        self._recovery.discard()


def bundled_or_working_copy() -> Path:
    """The user's working copy of the bundled chronology once saved, else the bundle itself."""
    copy = working_copy_path(bundled_timeline())
    return copy if copy.is_file() else bundled_timeline()
