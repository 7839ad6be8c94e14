"""A small find-in-text bar: a field, next/previous, a match count and a close button."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from viewer.core.anchoring import nfc
from viewer.ui.common.text import arg


def find_matches(text: str, needle: str) -> list[tuple[int, int]]:
    """Every non-overlapping (start, end) of `needle` in `text`, ignoring case."""
    needle = nfc(needle)
    if not needle:
        return []
    return [m.span() for m in re.finditer(re.escape(needle), text, re.IGNORECASE)]


class FindBar(QWidget):
    """Searches a text as the user types; Enter finds the next match, Shift+Enter the previous."""

    found = Signal(int, int)  # (start, end) of the current match, as Python str offsets
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._text = ""
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self._origin = 0  # where searching starts: the reader's position when the bar opened

        self._field = QLineEdit(self)
        self._field.setObjectName("findField")
        self._field.setClearButtonEnabled(True)
        self._field.installEventFilter(self)
        self._field.textChanged.connect(self._search)
        self._status = QLabel(self)
        self._status.setObjectName("findStatus")
        self._previous = QToolButton(self)
        self._previous.setArrowType(Qt.ArrowType.UpArrow)
        self._previous.clicked.connect(self.find_previous)
        self._next = QToolButton(self)
        self._next.setArrowType(Qt.ArrowType.DownArrow)
        self._next.clicked.connect(self.find_next)
        self._close = QToolButton(self)
        self._close.setText("\u00d7")  # a multiplication sign reads as "close" in any language
        self._close.setAutoRaise(True)
        self._close.clicked.connect(self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        for widget in (self._field, self._status, self._previous, self._next, self._close):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.retranslate()
        self.hide()

    # -- intent ------------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Search `text` from now on (a new source was loaded); matches start over."""
        self._text = text
        self._origin = 0
        self._current = -1
        if self.isVisible():
            self._search()

    def open(self, origin: int = 0) -> None:
        """Show the bar, focus the field and select its text; search from `origin` onwards."""
        self._origin = origin
        self._current = -1  # search from the reader's position, not from the last match
        self.show()
        self._field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._field.selectAll()
        if self._field.text():
            self._search()

    def close_bar(self) -> None:
        """Hide the bar and say so (the owner gives the focus back to the text)."""
        self.hide()
        self.closed.emit()

    def find_next(self) -> None:
        """Go to the next match, wrapping around at the end."""
        self._step(1)

    def find_previous(self) -> None:
        """Go to the previous match, wrapping around at the start."""
        self._step(-1)

    # -- internals ---------------------------------------------------------------------------
    def _search(self) -> None:
        # Typing more letters keeps the current match if it still matches (incremental search).
        if 0 <= self._current < len(self._matches):
            self._origin = self._matches[self._current][0]
        self._matches = find_matches(self._text, self._field.text())
        self._current = next(
            (i for i, (start, _) in enumerate(self._matches) if start >= self._origin), 0
        )
        if not self._matches:
            self._current = -1
        self._announce()

    def _step(self, delta: int) -> None:
        if not self._matches:
            self._search()
        if self._matches:
            self._current = (self._current + delta) % len(self._matches)
            self._announce()

    def _announce(self) -> None:
        self._show_status()
        if self._current >= 0:
            self.found.emit(*self._matches[self._current])

    def _show_status(self) -> None:
        if not self._field.text():
            self._status.setText("")
        elif not self._matches:
            self._status.setText(self.tr("not found"))
        else:
            self._status.setText(arg(self.tr("%1 of %2"), self._current + 1, len(self._matches)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter, Shift+Enter and Escape in the field."""
        if watched is self._field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        """Re-apply the user-visible strings in the current UI language."""
        self._field.setPlaceholderText(self.tr("Find in source"))
        self._previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self._next.setToolTip(self.tr("Next match (Enter)"))
        self._close.setToolTip(self.tr("Close (Esc)"))
        self._close.setAccessibleName(self.tr("Close find bar"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
