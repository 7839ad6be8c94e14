"""Edit ▸ Periods…: the timeline's periods in a list beside a form (id, title in both
languages, EDTF date, colour, notes); OK applies every change as one undoable step."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.dates import DateError, parse_edtf
from viewer.core.model import LocalText, Period, is_valid_id
from viewer.ui.common.dialog_buttons import ok_cancel
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.text import arg, shown
from viewer.ui.common.vocabulary import PERIOD_COLOUR
from viewer.ui.document import Document

_SWATCH = 14


def _texts(title: LocalText) -> tuple[str, str]:
    """The English and Korean texts of a title (a plain one counts as English)."""
    if title.plain is not None:
        return title.plain, ""
    return title.exact("en") or "", title.exact("ko") or ""


def _title(english: str, korean: str) -> LocalText:
    pairs = {lang: text.strip() for lang, text in (("en", english), ("ko", korean))}
    return LocalText.of({lang: text for lang, text in pairs.items() if text})


class PeriodsDialog(QDialog):
    """The periods of the document's timeline, edited on a copy until OK."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="periodsDialog")
        self._document = document
        self._periods = list(document.timeline.periods)
        self._showing = -1  # the row the form shows
        self._list = QListWidget(self, objectName="periodList")
        # a long title is cut at the list's edge (its tooltip has it whole)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._add = QPushButton(self, objectName="addPeriod")
        self._remove = QPushButton(self, objectName="removePeriod")
        self._id = QLineEdit(self, objectName="periodId")
        self._english = QLineEdit(self, objectName="periodEnglish")
        self._korean = QLineEdit(self, objectName="periodKorean")
        self._date = QLineEdit(self, objectName="periodDate")
        self._colour = QPushButton(self, objectName="periodColour")
        self._notes = QPlainTextEdit(self, objectName="periodNotes")
        self._status = StatusLabel(self, "periodStatus")
        self._buttons, self._ok = ok_cancel(self)
        self._form = QFormLayout()
        self._labels: list[QLabel] = []
        for field in (self._id, self._english, self._korean, self._date, self._colour,
                      self._notes):  # fmt: skip
            label = QLabel(self)
            label.setBuddy(field)
            self._labels.append(label)
            self._form.addRow(label, field)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self._add)
        row_buttons.addWidget(self._remove)
        left = QVBoxLayout()
        left.addWidget(self._list, 1)
        left.addLayout(row_buttons)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(self._form, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self._status)
        layout.addWidget(self._buttons)
        self._list.currentRowChanged.connect(self._show)
        self._add.clicked.connect(self.add_period)
        self._remove.clicked.connect(self.remove_period)
        self._colour.clicked.connect(self._choose_colour)
        for field in (self._id, self._english, self._korean, self._date):
            field.textEdited.connect(self._edited)
        self._notes.textChanged.connect(self._edited)
        self.retranslate()
        self._refill()
        self._list.setCurrentRow(0 if self._periods else -1)
        self._check()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 64, 420)

    def retranslate(self) -> None:
        """Apply the UI language."""
        self.setWindowTitle(self.tr("Periods"))
        self._add.setText(self.tr("&Add"))
        self._remove.setText(self.tr("&Remove"))
        texts = (self.tr("&Id:"), self.tr("&English title:"), self.tr("&Korean title:"),
                 self.tr("&Date:"), self.tr("&Colour:"), self.tr("&Notes:"))  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self._date.setPlaceholderText(self.tr("EDTF, such as 2023-11-17/2023-11-21"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def periods(self) -> list[Period]:
        """The periods as edited so far."""
        return list(self._periods)

    # -- the list ------------------------------------------------------------------------------
    def add_period(self) -> None:
        """Add a period after the others, ready to be named and dated."""
        taken = {period.id for period in self._periods}
        number = len(self._periods) + 1
        while f"period-{number}" in taken:
            number += 1
        self._periods.append(Period(f"period-{number}", LocalText.of(self.tr("New period"))))
        self._refill()
        self._list.setCurrentRow(len(self._periods) - 1)
        self._english.setFocus()
        self._english.selectAll()
        self._check()

    def remove_period(self) -> None:
        """Remove the period the form shows."""
        row = self._list.currentRow()
        if 0 <= row < len(self._periods):
            del self._periods[row]
            self._showing = -1
            self._refill()
            self._list.setCurrentRow(min(row, len(self._periods) - 1))
            self._check()

    def _refill(self) -> None:
        self._list.blockSignals(True)
        self._list.clear()
        lang = self._document.language
        for period in self._periods:
            swatch = QPixmap(_SWATCH, _SWATCH)
            swatch.fill(QColor(period.colour or PERIOD_COLOUR))
            title = shown(period.title.get(lang) or period.id, 80)
            item = QListWidgetItem(QIcon(swatch), f"{title} ({period.date or '?'})", self._list)
            item.setToolTip(item.text())
        self._list.blockSignals(False)
        self._remove.setEnabled(bool(self._periods))

    # -- the form ------------------------------------------------------------------------------
    def _show(self, row: int) -> None:
        self._showing = row
        period = self._periods[row] if 0 <= row < len(self._periods) else None
        fields = (self._id, self._english, self._korean, self._date, self._colour, self._notes)
        for field in fields:
            field.setEnabled(period is not None)
        if period is None:
            return
        english, korean = _texts(period.title)
        for field, text in ((self._id, period.id), (self._english, english),
                            (self._korean, korean), (self._date, period.date or "")):  # fmt: skip
            field.setText(text)
        self._notes.blockSignals(True)
        self._notes.setPlainText(period.notes.get("en"))
        self._notes.blockSignals(False)
        self._show_colour(period.colour)

    def _edited(self, *_: object) -> None:
        row = self._showing
        if not 0 <= row < len(self._periods):
            return
        notes = self._notes.toPlainText().strip()
        self._periods[row] = dataclasses.replace(
            self._periods[row],
            id=self._id.text().strip(),
            title=_title(self._english.text(), self._korean.text()),
            date=self._date.text().strip() or None,
            notes=LocalText.of(notes) if notes else LocalText(),
        )
        item = self._list.item(row)
        period = self._periods[row]
        item.setText(
            f"{shown(period.title.get(self._document.language) or period.id, 80)} "
            f"({period.date or '?'})"
        )
        self._check()

    def _choose_colour(self) -> None:
        row = self._showing
        if not 0 <= row < len(self._periods):
            return
        start = QColor(self._periods[row].colour or PERIOD_COLOUR)
        colour = QColorDialog.getColor(start, self, self.tr("Period Colour"))
        if colour.isValid():
            self.set_colour(colour.name())

    def set_colour(self, colour: str) -> None:
        """Give the period the form shows the colour `colour` (#rrggbb)."""
        row = self._showing
        if 0 <= row < len(self._periods):
            self._periods[row] = dataclasses.replace(self._periods[row], colour=colour)
            self._show_colour(colour)
            self._refill()
            self._list.setCurrentRow(row)

    def _show_colour(self, colour: str | None) -> None:
        swatch = QPixmap(_SWATCH, _SWATCH)
        swatch.fill(QColor(colour or PERIOD_COLOUR))
        self._colour.setIcon(QIcon(swatch))
        self._colour.setText(colour or self.tr("(none)"))

    def problem(self) -> str:
        """Why OK is disabled, or ""."""
        seen: set[str] = set()
        for period in self._periods:
            name = shown(period.id or "?", 40)
            if not is_valid_id(period.id):
                return arg(self.tr("The id “%1” is empty or holds spaces"), name)
            if period.id in seen:
                return arg(self.tr("The id “%1” is used twice"), name)
            seen.add(period.id)
            if not period.title:
                return arg(self.tr("The period “%1” needs a title"), name)
            try:
                parse_edtf(period.date or "")
            except DateError as exc:
                return arg(self.tr("The period “%1” needs a date: %2"), name, shown(str(exc), 120))
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self._status.set_status(problem)
        self._ok.setEnabled(not problem)

    def accept(self) -> None:
        if self.problem():
            return
        doc = self._document
        after = tuple(self._periods)
        if after != doc.timeline.periods:
            doc.apply(dataclasses.replace(doc.timeline, periods=after), self.tr("Edit Periods"))
        super().accept()


def edit_periods(document: Document, parent: QWidget | None) -> bool:
    """Show the dialog; True when the periods were changed."""
    dialog = PeriodsDialog(document, parent)
    before = document.timeline.periods
    try:
        dialog.exec()
        return document.timeline.periods != before
    finally:
        dialog.deleteLater()
