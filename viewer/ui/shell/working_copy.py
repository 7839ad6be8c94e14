"""What the first save of the bundled chronology says: where the user's own copy went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from viewer.ui.common.prompts import Answer, Prompts
from viewer.ui.common.text import arg


def tell_working_copy(prompts: Prompts, parent: QWidget | None, path: Path) -> None:
    """Say that the bundled chronology's changes went to `path`, and offer to show its folder."""
    answer = prompts.ask(
        parent,
        "working-copy-saved",
        QCoreApplication.translate("WorkingCopy", "Saved as Your Copy"),
        arg(
            QCoreApplication.translate(
                "WorkingCopy",
                "The bundled chronology is never changed: your changes were saved as your own "
                "copy,\n\n%1\n\nwhich File ▸ Open Bundled Chronology opens from now on (Revert "
                "to Bundled Chronology… drops it). Show its folder?",
            ),
            str(path),
        ),
        [Answer.YES, Answer.NO],
        Answer.NO,
    )
    if answer is Answer.YES:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
