"""The event dialog's tags: comma-separated, completing from the tags already in use."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

_Index = QModelIndex | QPersistentModelIndex


class _TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def splitPath(self, path: str) -> list[str]:
        """Only the last tag is matched, NFC like the tags it is matched against."""
        return [unicodedata.normalize("NFC", path.split(",")[-1].lstrip())]

    def pathFromIndex(self, index: _Index) -> str:
        """The tags before the last comma, then the chosen one."""
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        done = [tag.strip() for tag in typed.split(",")[:-1] if tag.strip()]
        return ", ".join([*done, super().pathFromIndex(index)])


class TagEdit(QLineEdit):
    """Comma-separated tags, completing from the tags the timeline already uses."""

    def __init__(
        self, tags: Iterable[str], used: Iterable[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(", ".join(tags), parent, objectName="eventTags")
        # The model needs a parent: the completer does not keep the Python object alive.
        tags = {unicodedata.normalize("NFC", tag) for tag in used}
        model = QStringListModel(sorted(tags, key=str.casefold), self)
        completer = _TagCompleter(model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def tags(self) -> tuple[str, ...]:
        """The tags as typed: stripped and NFC, without empty or repeated ones."""
        typed = (unicodedata.normalize("NFC", tag.strip()) for tag in self.text().split(","))
        return tuple(dict.fromkeys(tag for tag in typed if tag))
