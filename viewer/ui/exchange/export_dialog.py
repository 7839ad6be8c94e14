"""File ▸ Export…: the format, the language, and which events (the filter, a date range)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.dates import DateError, parse_edtf
from viewer.ui.common.dialog_buttons import ok_cancel
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.text import arg, shown
from viewer.ui.common.vocabulary import LANGUAGE_NAMES

# (format, suffix): what the dialog offers, in its order
FORMATS = (
    ("markdown", ".md"),
    ("html", ".html"),
    ("csv", ".csv"),
    ("csv-evidence", ".csv"),
    ("timelinejs", ".json"),
    ("timeline", ".timeline"),
    ("report", ".pdf"),
    ("pdf", ".pdf"),
    ("svg", ".svg"),
    ("png", ".png"),
)
DRAWN = ("pdf", "svg", "png")  # the timeline as drawn: the dates are the span drawn


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose: the format, the language, the filter and the range (EDTF or "")."""

    format: str
    lang: str
    follow_filter: bool
    date_from: str
    date_to: str

    @property
    def suffix(self) -> str:
        """The file name ending of the format."""
        return dict(FORMATS)[self.format]


class ExportDialog(QDialog):
    """Asks what to export. `view` is the visible range (EDTF texts) for "Use the view";
    `dates` the range the fields start with (the filter's)."""

    def __init__(
        self,
        language: str,
        filtered: int | None,
        view: tuple[str, str],
        parent: QWidget | None = None,
        dates: tuple[str, str] = ("", ""),
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._filtered = filtered
        self._format = QComboBox(self, objectName="exportFormat")
        for name, _suffix in FORMATS:
            self._format.addItem("", name)  # texts come from retranslate()
        self._language = QComboBox(self, objectName="exportLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self._language.addItem(name, code)
        self._language.setCurrentIndex(max(self._language.findData(language), 0))
        self._follow = QCheckBox(self, objectName="exportFollowFilter")
        self._follow.setChecked(filtered is not None)
        self._follow.setEnabled(filtered is not None)
        self._from = QLineEdit(self, objectName="exportFrom")
        self._to = QLineEdit(self, objectName="exportTo")
        self._from.setText(dates[0])
        self._to.setText(dates[1])
        self._use_view = QPushButton(self, objectName="exportUseView")
        self._status = StatusLabel(self, "exportStatus")
        self._buttons, self._ok = ok_cancel(self)
        dates = QHBoxLayout()
        dates.addWidget(self._from, 1)
        dates.addWidget(self._to, 1)
        dates.addWidget(self._use_view)
        self._labels = [QLabel(self) for _ in range(4)]  # texts come from retranslate()
        form = QFormLayout()
        for label, field in zip(
            self._labels, (self._format, self._language, self._follow, self._from), strict=True
        ):
            label.setBuddy(field)
        form.addRow(self._labels[0], self._format)
        form.addRow(self._labels[1], self._language)
        form.addRow(self._labels[2], self._follow)
        form.addRow(self._labels[3], dates)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._status)
        layout.addWidget(self._buttons)
        self._from.textChanged.connect(self._check)
        self._to.textChanged.connect(self._check)
        self._use_view.clicked.connect(self._take_view)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        """Apply the UI language."""
        self.setWindowTitle(self.tr("Export"))
        names = {
            "markdown": self.tr("Markdown: a publishable chronology (.md)"),
            "html": self.tr("HTML: one printable page (.html)"),
            "csv": self.tr("CSV: one row per event (.csv)"),
            "csv-evidence": self.tr("CSV: one row per quote (.csv)"),
            "timelinejs": self.tr("TimelineJS 3 JSON (.json)"),
            "timeline": self.tr("Timeline, the desktop program (.timeline)"),
            "report": self.tr("Chronology report: title page, table of events and quotes (.pdf)"),
            "pdf": self.tr("The timeline as drawn, vector (.pdf)"),
            "svg": self.tr("The timeline as drawn, vector (.svg)"),
            "png": self.tr("The timeline as drawn, picture (.png)"),
        }
        for row, (name, _suffix) in enumerate(FORMATS):
            self._format.setItemText(row, names[name])
        labels = (
            self.tr("&Format:"), self.tr("&Language:"), self.tr("Events:"), self.tr("&Dates:"),
        )  # fmt: skip
        for label, text in zip(self._labels, labels, strict=True):
            label.setText(text)
        if self._filtered is None:
            self._follow.setText(self.tr("All events (nothing is filtered)"))
        else:
            self._follow.setText(
                self.tr("Only the %n event(s) the filter shows", "", self._filtered)
            )
        self._from.setPlaceholderText(self.tr("from (EDTF, optional)"))
        self._to.setPlaceholderText(self.tr("to (EDTF, optional)"))
        self._use_view.setText(self.tr("Use the &View"))
        self._use_view.setToolTip(
            self.tr("The dates the timeline shows now (for a drawing: the span drawn)")
        )
        self._check()

    def choice(self) -> ExportChoice:
        """What the fields say (check `problem()` first)."""
        return ExportChoice(
            format=str(self._format.currentData()),
            lang=str(self._language.currentData()),
            follow_filter=self._follow.isChecked(),
            date_from=self._from.text().strip(),
            date_to=self._to.text().strip(),
        )

    def problem(self) -> str:
        """Why OK is disabled, or ""."""
        for field in (self._from, self._to):
            text = field.text().strip()
            if text:
                try:
                    parse_edtf(text)
                except DateError as exc:
                    return arg(self.tr("Not a date: %1"), shown(str(exc), 200))
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self._status.set_status(problem)
        self._ok.setEnabled(not problem)

    def _take_view(self) -> None:
        self._from.setText(self._view[0])
        self._to.setText(self._view[1])

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        language: str,
        filtered: int | None,
        view: tuple[str, str],
        dates: tuple[str, str] = ("", ""),
    ) -> ExportChoice | None:
        """Show the dialog; the choice, or None when cancelled."""
        dialog = cls(language, filtered, view, parent, dates)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
