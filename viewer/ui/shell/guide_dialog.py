"""Help ▸ User Guide: the guide in docs/, in the UI language, as formatted text."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from viewer.resources import user_guide
from viewer.ui.common.text import arg


class GuideDialog(QDialog):
    """A reader for the user guide; its links to the web open in the browser."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="guideDialog")
        self.setWindowTitle(self.tr("Timeline Viewer User Guide"))
        self._text = QTextBrowser(self, objectName="guideText")
        self._text.setOpenExternalLinks(True)
        path = user_guide(language)
        try:
            self._text.setMarkdown(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeError) as exc:
            self._text.setPlainText(arg(self.tr("The guide could not be read: %1"), exc))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._text, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("M") * 60
        self.resize(width, width * 5 // 4)

    def text(self) -> str:
        """The guide as shown, without formatting."""
        return self._text.toPlainText()
