"""OK and Cancel at the foot of a dialog, wired to accept and reject."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

_BUTTONS = QDialogButtonBox.StandardButton


def ok_cancel(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """The button box of `dialog` and its OK button (which callers enable as fields allow)."""
    box = QDialogButtonBox(_BUTTONS.Ok | _BUTTONS.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, box.button(_BUTTONS.Ok)
