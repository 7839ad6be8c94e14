"""The open file changed on disk while the user has unsaved edits (a `git pull`, a colleague's
save): merge the edits into the new version, take the new version, or keep editing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from viewer.core.changes import Change
from viewer.core.conflicts import resolve_entries
from viewer.core.merge import merge_timelines
from viewer.core.model import Timeline
from viewer.core.store import LoadError, LoadResult, load_timeline
from viewer.ui.common.prompts import Level, Prompts
from viewer.ui.common.text import arg
from viewer.ui.document import Document


class OutsideChanges(QObject):
    """Knows the version the user started from (as loaded or last saved), and offers the
    three-way merge of their edits into the version now on disk."""

    def __init__(
        self,
        document: Document,
        prompts: Prompts,
        parent: QWidget,
        reopen: Callable[[Path, LoadResult], None],
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._prompts = prompts
        self._parent = parent
        self._reopen = reopen  # show `result` as the file at `path`, as opening it does
        self._base: Timeline = document.timeline
        document.timeline_changed.connect(self._timeline_changed)
        document.undo_stack.cleanChanged.connect(self._clean_changed)

    def offer(self, path: Path) -> None:
        """Ask what to do now that `path` changed under unsaved edits, and do it."""
        merge = self.tr("Merge my changes into the new version")
        reload = self.tr("Reload the new version (my changes are dropped)")
        keep = self.tr("Keep my version (saving replaces the new one)")
        choice = self._prompts.choose(
            self._parent,
            "outside-change-unsaved",
            self.tr("File Changed on Disk"),
            arg(
                self.tr("%1 was changed by another program while you have unsaved changes."),
                path.name,
            ),
            [merge, reload, keep],
        )
        if choice == merge:
            self.merge(path)
        elif choice == reload:
            result = self._read(path)
            if result is not None:
                self._reopen(path, result)

    def merge(self, path: Path) -> bool:
        """Merge the unsaved edits into the version of `path` on disk: the new version is
        opened, the edits become one undoable step on top of it; conflicts are offered for
        resolution (what is left stays under `conflicts:`). False when nothing was merged."""
        theirs = self._read(path)
        if theirs is None or theirs.timeline is None:
            return False
        result = merge_timelines(self._base, self._document.timeline, theirs.timeline)
        timeline = result.timeline
        if result.conflicts:
            from viewer.ui.shell.conflict_dialog import ConflictDialog

            dialog = ConflictDialog(result.conflicts, self._parent)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                timeline = resolve_entries(timeline, dialog.choices(), dialog.own_values())
        self._reopen(path, theirs)
        self._document.apply(timeline, self.tr("Merge My Changes"))
        return True

    def _read(self, path: Path) -> LoadResult | None:
        try:
            result = load_timeline(path)
        except LoadError as exc:
            result = None
            problem = exc.problem.format()
        else:
            problem = "" if result.complete else self.tr("part of it could not be read")
        if result is None or problem:
            self._prompts.tell(
                self._parent,
                self.tr("Cannot Merge"),
                arg(self.tr("The new version could not be read whole:\n\n%1"), problem),
                Level.ERROR,
            )
            return None
        return result

    def _timeline_changed(self, change: Change) -> None:
        if change.reloaded:
            self._base = self._document.timeline

    def _clean_changed(self, clean: bool) -> None:
        if clean:  # saved (or undone back to what was saved): that is on disk now
            self._base = self._document.timeline
