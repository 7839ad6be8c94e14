"""A small line under a field that says what is wrong with it, or what is worth a look."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

# Dark enough to read on a light window, light enough on a dark one.
_LEVEL_COLOURS = {"error": "#d32f2f", "warning": "#b86e00", "ok": "#2e7d32", "info": ""}


class StatusLabel(QLabel):
    """Plain text in a smaller font, coloured by level; hidden while there is nothing to say."""

    def __init__(
        self, parent: QWidget | None = None, object_name: str = "", keep_room: bool = False
    ) -> None:
        super().__init__(parent, objectName=object_name)
        # keeping its line while silent, so the fields below do not move under the pointer
        self._keep_room = keep_room
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        self.setFont(font)
        self.level = ""
        self.set_status("")

    def set_status(self, text: str, level: str = "error") -> None:
        """Show `text` coloured for `level` ("error", "warning", "ok", "info"); "" hides it."""
        self.level = level if text else ""
        self.setText(text or ("\u00a0" if self._keep_room else ""))
        colour = _LEVEL_COLOURS.get(level, "")
        self.setStyleSheet(f"color: {colour};" if colour else "")
        self.setVisible(bool(text) or self._keep_room)

    def status(self) -> str:
        """What the label says ("" when silent)."""
        return self.text() if self.level else ""
