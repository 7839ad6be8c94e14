"""The event dialog's date field: EDTF text, quick controls that write it, a live preview."""

from __future__ import annotations

import calendar
import datetime
import enum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from viewer.core.dates import DateError, DatePoint, EdtfDate, Precision, parse_edtf
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.vocabulary import undated

_QUALIFIER = {(False, False): "", (True, False): "?", (False, True): "~", (True, True): "%"}


class DateMode(enum.IntEnum):
    """The shapes the quick controls offer, in the order of the precision combo."""

    UNDATED = 0
    YEAR = 1
    MONTH = 2
    DAY = 3
    INTERVAL = 4
    OPEN_END = 5
    OPEN_START = 6


_SINGLE_PRECISION = {DateMode.YEAR: 1, DateMode.MONTH: 2, DateMode.DAY: 3}
_INTERVALS = (DateMode.INTERVAL, DateMode.OPEN_END, DateMode.OPEN_START)


class _EndControls:
    """Year, month and day spin boxes for one end of a date; 0 months or days mean "none"."""

    def __init__(self, parent: QWidget, name: str, today: datetime.date) -> None:
        self.label = QLabel(parent)
        self.year_label, self.month_label, self.day_label = (QLabel(parent) for _ in range(3))
        self.year = QSpinBox(parent, objectName=f"{name}Year", minimum=1, maximum=9999)
        self.month = QSpinBox(parent, objectName=f"{name}Month", minimum=0, maximum=12)
        self.day = QSpinBox(parent, objectName=f"{name}Day", minimum=0, maximum=31)
        for label, spin in (
            (self.year_label, self.year),
            (self.month_label, self.month),
            (self.day_label, self.day),
        ):
            label.setBuddy(spin)
        self.month.setSpecialValueText("\u2014")
        self.day.setSpecialValueText("\u2014")
        self.year.setValue(today.year)
        self.month.setValue(today.month)
        self.day.setValue(today.day)

    def widgets(self) -> list[QWidget]:
        return [
            self.label,
            self.year_label,
            self.year,
            self.month_label,
            self.month,
            self.day_label,
            self.day,
        ]

    def spins(self) -> list[QSpinBox]:
        return [self.year, self.month, self.day]

    def configure(self, visible: bool, precision: int | None) -> None:
        """Show the spins a precision needs; None (an interval end) lets month and day be "—"."""
        month = visible and (precision is None or precision >= Precision.MONTH)
        day = visible and (precision is None or precision >= Precision.DAY)
        for widget, shown in zip(
            self.widgets(), (visible, visible, visible, month, month, day, day), strict=True
        ):
            widget.setVisible(shown)
        # A single date's visible spins need a value; an interval end may stop at any unit.
        self.month.setMinimum(1 if precision and precision >= Precision.MONTH else 0)
        self.day.setMinimum(1 if precision and precision >= Precision.DAY else 0)
        self.fit_day()

    def fit_day(self) -> None:
        """A day beyond the month's last is not offered; a day needs a month."""
        month = self.month.value()
        self.day.setMaximum(calendar.monthrange(self.year.value(), month)[1] if month else 31)
        self.day.setEnabled(month > 0)

    def text(self, precision: int | None, flags: tuple[bool, bool]) -> str:
        """The EDTF text of this end; precision None takes it from which spins are "—"."""
        month = self.month.value() if precision is None or precision >= Precision.MONTH else 0
        day = self.day.value() if precision is None or precision >= Precision.DAY else 0
        out = f"{self.year.value():04d}"
        if month:
            out += f"-{month:02d}"
            if day:
                out += f"-{day:02d}"
        return out + _QUALIFIER[flags]

    def show(self, point: DatePoint, single: bool) -> None:
        """Set the spins to `point` (callers block the spins' signals)."""
        self.year.setValue(point.year)
        # A single date leaves the spins it hides alone, to come back if precision goes up.
        if point.month is not None or not single:
            self.month.setValue(point.month or 0)
        self.fit_day()
        if point.day is not None or not single:
            self.day.setValue(point.day or 0)

    def copy(self, other: _EndControls) -> None:
        """Take the values of the other end (callers block the spins' signals)."""
        self.year.setValue(other.year.value())
        self.month.setValue(other.month.value())
        self.fit_day()
        self.day.setValue(other.day.value())


class DateEditor(QWidget):
    """EDTF text with precision, qualifier and year/month/day controls kept in step with it."""

    changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = datetime.date.today()
        self._syncing = False
        self._shown_mode = DateMode.UNDATED
        # (uncertain, approximate) of the start and the end, so an interval like 2015~/2017
        # keeps its per-end qualifiers when only a year is changed.
        self._flags = [(False, False), (False, False)]

        self._mode = QComboBox(self, objectName="datePrecision")
        self._mode.addItems([""] * len(DateMode))  # texts come from retranslate()
        self._uncertain = QCheckBox(self, objectName="dateUncertain")
        self._approximate = QCheckBox(self, objectName="dateApproximate")
        self._start = _EndControls(self, "dateStart", today)
        self._end = _EndControls(self, "dateEnd", today)
        self._text_label = QLabel(self)
        self._text = QLineEdit(self, objectName="dateText")
        self._text_label.setBuddy(self._text)
        self._preview_en = QLabel(self, objectName="datePreviewEn")
        self._preview_ko = QLabel(self, objectName="datePreviewKo")
        for label in (self._preview_en, self._preview_ko):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error = StatusLabel(self, "dateError")

        top = QHBoxLayout()
        top.addWidget(self._mode)
        top.addWidget(self._uncertain)
        top.addWidget(self._approximate)
        top.addStretch(1)
        ends = QGridLayout()
        for row, end in enumerate((self._start, self._end)):
            for column, widget in enumerate(end.widgets()):
                ends.addWidget(widget, row, column)
        ends.setColumnStretch(len(self._start.widgets()), 1)
        text_row = QHBoxLayout()
        text_row.addWidget(self._text_label)
        text_row.addWidget(self._text, 1)
        preview = QHBoxLayout()
        preview.addWidget(self._preview_en)
        preview.addSpacing(16)
        preview.addWidget(self._preview_ko)
        preview.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 0, 0)
        layout.addLayout(ends, 1, 0)
        layout.addLayout(text_row, 2, 0)
        layout.addLayout(preview, 3, 0)
        layout.addWidget(self._error, 4, 0)

        self._mode.currentIndexChanged.connect(self._on_mode)
        self._uncertain.toggled.connect(lambda on: self._on_flag(0, on))
        self._approximate.toggled.connect(lambda on: self._on_flag(1, on))
        for end in (self._start, self._end):
            for spin in end.spins():
                spin.valueChanged.connect(self._on_spin)
        self._text.textChanged.connect(self._on_text_changed)
        # Only what the user types moves the controls; text the controls write is theirs already.
        self._text.textEdited.connect(self._show_in_controls)

        self.retranslate()
        self._syncing = True
        try:
            self._configure(DateMode.UNDATED)
        finally:
            self._syncing = False
        self._text.setText(text)
        self._show_in_controls(text)
        self._on_text_changed()

    # -- reading ---------------------------------------------------------------------------------
    def text(self) -> str:
        """The EDTF text as typed, stripped ("" for undated)."""
        return self._text.text().strip()

    def date(self) -> EdtfDate | None:
        """The parsed date, or None when undated or invalid."""
        try:
            return parse_edtf(self.text()) if self.text() else None
        except DateError:
            return None

    def problem(self) -> str:
        """Why the date is invalid, or "" (an empty date means undated, which is fine)."""
        if not self.text():
            return ""
        try:
            parse_edtf(self.text())
        except DateError as exc:
            return str(exc)
        return ""

    def focus_widgets(self) -> list[QWidget]:
        """The focusable children in visual order."""
        spins = [*self._start.spins(), *self._end.spins()]
        return [self._mode, self._uncertain, self._approximate, *spins, self._text]

    def first_widget(self) -> QWidget:
        """The widget a label's mnemonic should focus."""
        return self._mode

    # -- intent ----------------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Show EDTF `text` and move the controls to it when it parses."""
        self._text.setText(text)
        self._show_in_controls(text)

    def retranslate(self) -> None:
        """Apply the UI-language strings."""
        names = (
            undated(),
            self.tr("Year"),
            self.tr("Month"),
            self.tr("Day"),
            self.tr("Interval"),
            self.tr("Open end"),
            self.tr("Open start"),
        )
        for mode, name in zip(DateMode, names, strict=True):
            self._mode.setItemText(mode, name)
        self._mode.setToolTip(self.tr("How precise the date is, or whether it is a period"))
        self._uncertain.setText(self.tr("&Uncertain"))
        self._uncertain.setToolTip(self.tr("Possibly this date (written with ?)"))
        self._approximate.setText(self.tr("A&pproximate"))
        self._approximate.setToolTip(self.tr("About this date (written with ~)"))
        self._start.label.setText(self.tr("From"))
        self._end.label.setText(self.tr("To"))
        for end in (self._start, self._end):
            end.year_label.setText(self.tr("Year"))
            end.month_label.setText(self.tr("Month"))
            end.day_label.setText(self.tr("Day"))
        self._text_label.setText(self.tr("EDTF te&xt:"))
        self._text.setPlaceholderText(self.tr("e.g. 2023-11-17, 2023-11, 2015~ or 2018/2019"))
        self._text.setToolTip(self.tr("The date as stored in the file; empty means undated"))
        self._on_text_changed()

    # -- Qt overrides ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Re-apply strings when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- private ---------------------------------------------------------------------------------
    def _current_mode(self) -> DateMode:
        return DateMode(max(self._mode.currentIndex(), 0))

    def _configure(self, mode: DateMode) -> None:
        """Show the controls `mode` uses (callers hold `_syncing`)."""
        self._shown_mode = mode
        single = _SINGLE_PRECISION.get(mode)
        self._start.configure(mode not in (DateMode.UNDATED, DateMode.OPEN_START), single)
        self._end.configure(mode in (DateMode.INTERVAL, DateMode.OPEN_START), None)
        # "From"/"To" only mean something for periods.
        self._start.label.setVisible(mode in _INTERVALS and mode != DateMode.OPEN_START)
        self._end.label.setVisible(mode in (DateMode.INTERVAL, DateMode.OPEN_START))
        for box in (self._uncertain, self._approximate):
            box.setEnabled(mode != DateMode.UNDATED)

    def _on_mode(self) -> None:
        if self._syncing:
            return
        mode, before = self._current_mode(), self._shown_mode
        self._syncing = True
        try:
            self._configure(mode)
            single = _SINGLE_PRECISION.get(before)
            if single is not None and mode in _INTERVALS:
                # The period starts at the precision the date had: a year stays a year.
                self._start.month.setValue(self._start.month.value() if single > 1 else 0)
                self._start.day.setValue(self._start.day.value() if single > 2 else 0)
                self._start.fit_day()  # a start without a month takes no day
            if mode in (DateMode.INTERVAL, DateMode.OPEN_START) and before not in (
                DateMode.INTERVAL,
                DateMode.OPEN_START,
            ):
                # A period the user just asked for starts as the date already chosen.
                self._end.copy(self._start)
                self._flags[1] = self._flags[0]
        finally:
            self._syncing = False
        self._write_text()

    def _on_flag(self, which: int, on: bool) -> None:
        if self._syncing:
            return
        for end in (0, 1):
            flags = list(self._flags[end])
            flags[which] = on
            self._flags[end] = (flags[0], flags[1])
        self._write_text()

    def _on_spin(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self._start.fit_day()
            self._end.fit_day()
        finally:
            self._syncing = False
        self._write_text()

    def _write_text(self) -> None:
        """Compose EDTF from the controls (the text then validates it like typed text)."""
        mode = self._current_mode()
        single = _SINGLE_PRECISION.get(mode)
        if mode == DateMode.UNDATED:
            text = ""
        elif single is not None:
            text = self._start.text(single, self._flags[0])
        else:
            start = self._start.text(None, self._flags[0]) if mode != DateMode.OPEN_START else ".."
            end = self._end.text(None, self._flags[1]) if mode != DateMode.OPEN_END else ".."
            text = f"{start}/{end}"
        self._text.setText(text)

    def _show_in_controls(self, text: str) -> None:
        """Move the controls to typed EDTF; text that does not parse leaves them be."""
        text = text.strip()
        try:
            date = parse_edtf(text) if text else None
        except DateError:
            return
        self._syncing = True
        try:
            if date is None:
                mode = DateMode.UNDATED
            elif not date.is_interval:
                mode = DateMode(date.precision)  # Precision 1-3 are DateMode.YEAR..DAY
            elif date.start is None:
                mode = DateMode.OPEN_START
            else:
                mode = DateMode.OPEN_END if date.end is None else DateMode.INTERVAL
            self._mode.setCurrentIndex(mode)
            self._configure(mode)
            if date is not None:
                for index, (point, end) in enumerate(
                    ((date.start, self._start), (date.end, self._end))
                ):
                    if point is not None:
                        end.show(point, not date.is_interval)
                        self._flags[index] = (point.uncertain, point.approximate)
                self._uncertain.setChecked(date.uncertain)
                self._approximate.setChecked(date.approximate)
        finally:
            self._syncing = False

    def _on_text_changed(self) -> None:
        problem = self.problem()
        date = self.date()
        if date is None:
            self._preview_en.setText("" if problem else undated())
            self._preview_ko.setText("")
        else:
            self._preview_en.setText(date.render("en"))
            self._preview_ko.setText(date.render("ko"))
        self._preview_en.setToolTip(self.tr("In English"))
        self._preview_ko.setToolTip(self.tr("In Korean"))
        self._error.set_status(problem)
        self.changed.emit()
