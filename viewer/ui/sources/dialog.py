"""A source's metadata: what a document said of itself, shown to be confirmed, or edited later."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.core.dates import DateError, parse_edtf
from viewer.core.edits import edited_text, shown_text
from viewer.core.model import Source
from viewer.ui.common.dialog_buttons import ok_cancel
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.text import arg, shown
from viewer.ui.common.vocabulary import LANGUAGE_NAMES

_FIELDS = ("title_en", "title_ko", "author", "publisher", "published", "url", "language", "notes")


class SourceDialog(QDialog):
    """Title in English and Korean, author, publisher, publication date (EDTF), address,
    language and notes of one source; OK stays disabled while the date is not a date."""

    def __init__(
        self, source: Source, facts: str = "", parent: QWidget | None = None, heading: str = ""
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._edits = {
            name: QLineEdit(self, objectName=f"source_{name}")
            for name in _FIELDS
            if name not in ("language", "notes")
        }
        self._language = QComboBox(self, objectName="source_language")
        self._language.setEditable(True)  # any ISO 639-1 code, not only the UI's languages
        for code, name in LANGUAGE_NAMES.items():
            self._language.addItem(f"{name} ({code})", code)
        self._notes = QPlainTextEdit(self, objectName="source_notes", tabChangesFocus=True)
        self._notes.setMaximumHeight(90)
        self._labels = {name: QLabel(self) for name in _FIELDS}
        self._heading = QLabel(heading, self, objectName="sourceDialogHeading", wordWrap=True)
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        self._heading.setVisible(bool(heading))
        # what extraction found out and the user should know: the encoding, the file's name
        self._facts = StatusLabel(self, "sourceDialogFacts")
        self._facts.set_status(facts, "info")
        self._date_error = StatusLabel(self, "sourceDateError")
        self._buttons, self._ok = ok_cancel(self)
        form = QFormLayout()
        for name in _FIELDS:
            field = {"language": self._language, "notes": self._notes}.get(name)
            field = field or self._edits[name]
            self._labels[name].setBuddy(field)
            form.addRow(self._labels[name], field)
            if name == "published":
                form.addRow("", self._date_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(form)
        layout.addWidget(self._facts)
        layout.addWidget(self._buttons)
        self._edits["published"].textChanged.connect(self._check_date)
        self.setMinimumWidth(560)
        self._fill(source)
        self.retranslate()

    def retranslate(self) -> None:
        """Apply the UI language."""
        self.setWindowTitle(self.tr("Source"))
        texts = {
            "title_en": self.tr("Title (&English):"), "title_ko": self.tr("Title (&Korean):"),
            "author": self.tr("&Author:"), "publisher": self.tr("&Publisher:"),
            "published": self.tr("Pu&blished:"), "url": self.tr("Add&ress:"),
            "language": self.tr("&Language:"), "notes": self.tr("&Notes:"),
        }  # fmt: skip
        for name, text in texts.items():
            self._labels[name].setText(text)
        self._edits["published"].setPlaceholderText(self.tr("e.g. 2023-11-22, 2023-11 or 2023"))
        self._edits["url"].setPlaceholderText("https://")
        self._check_date()

    def _fill(self, source: Source) -> None:
        edits = self._edits
        edits["title_en"].setText(shown_text(source.title, "en"))
        edits["title_ko"].setText(shown_text(source.title, "ko"))
        for name in ("author", "publisher", "published", "url"):
            edits[name].setText(getattr(source, name) or "")
        language = source.language or ""
        index = self._language.findData(language)
        if index >= 0:
            self._language.setCurrentIndex(index)
        else:
            self._language.setEditText(language)
        self._notes.setPlainText(shown_text(source.notes, "en"))

    def _date_problem(self) -> str:
        text = self._edits["published"].text().strip()
        if not text:
            return ""
        try:
            parse_edtf(text)
        except DateError as exc:
            return arg(self.tr("Not a date: %1"), shown(str(exc), 200))
        return ""

    def _check_date(self) -> None:
        problem = self._date_problem()
        self._date_error.set_status(problem)
        self._ok.setEnabled(not problem)

    def _language_code(self) -> str | None:
        index = self._language.currentIndex()
        text = self._language.currentText().strip()
        if index >= 0 and text == self._language.itemText(index):
            return str(self._language.itemData(index))
        return text or None

    def source(self) -> Source:
        """The source as the fields describe it (its id and file are kept)."""
        edits, original = self._edits, self._source
        title = edited_text(
            original.title, {"en": edits["title_en"].text(), "ko": edits["title_ko"].text()}
        )
        values = {
            name: " ".join(edits[name].text().split()) or None
            for name in ("author", "publisher", "url")
        }
        published = edits["published"].text().strip()
        return dataclasses.replace(
            original,
            title=title,
            published=parse_edtf(published).text if published else None,
            language=self._language_code(),
            notes=edited_text(original.notes, {"en": self._notes.toPlainText()}),
            **values,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, source: Source, facts: str = "", heading: str = ""
    ) -> Source | None:
        """Show the dialog; the source as confirmed, or None when cancelled."""
        dialog = cls(source, facts, parent, heading)
        try:
            return dialog.source() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
