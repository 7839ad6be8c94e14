"""The Filter panel: kinds, tags, sources, a date range, a text, only events with evidence,
only undated events. Every change applies at once; the actors are ticked in the Actors panel."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from viewer.core.changes import Change
from viewer.core.dates import DateError, parse_edtf
from viewer.core.model import EVENT_KINDS
from viewer.core.query import EventFilter
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.text import arg, shown
from viewer.ui.common.vocabulary import kind_name
from viewer.ui.document import Document
from viewer.ui.filter.choices import ChoiceList

_TEXT_DELAY_MS = 250  # the text part applies once typing pauses


class FilterPanel(QWidget):
    """Sets the document's filter; follows it when something else changes it."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._applying = False
        self._kinds = {
            kind: QCheckBox(self, objectName=f"filterKind-{kind}") for kind in EVENT_KINDS
        }
        self._tags = ChoiceList("filterTags", self)
        self._sources = ChoiceList("filterSources", self)
        self._from = QLineEdit(self, objectName="filterFrom")
        self._to = QLineEdit(self, objectName="filterTo")
        self._text = QLineEdit(self, objectName="filterText")
        self._text.setClearButtonEnabled(True)
        self._evidence = QCheckBox(self, objectName="filterWithEvidence")
        self._undated = QCheckBox(self, objectName="filterUndated")
        self._status = StatusLabel(self, "filterStatus")
        self._clear = QPushButton(self, objectName="clearFilter")
        self._text_timer = QTimer(self, singleShot=True, interval=_TEXT_DELAY_MS)
        self._kind_box = QGroupBox(self)
        kinds = QGridLayout(self._kind_box)
        for number, box in enumerate(self._kinds.values()):
            kinds.addWidget(box, number // 2, number % 2)
            box.toggled.connect(self._kinds_changed)
        self._tag_box = self._boxed(self._tags)
        self._source_box = self._boxed(self._sources)
        self._when_box = QGroupBox(self)
        when = QFormLayout(self._when_box)
        self._date_labels = (QLabel(self), QLabel(self))
        for label, field in zip(self._date_labels, (self._from, self._to), strict=True):
            label.setBuddy(field)
            when.addRow(label, field)
        self._more_box = QGroupBox(self)
        more = QVBoxLayout(self._more_box)
        for widget in (self._text, self._evidence, self._undated):
            more.addWidget(widget)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        for box in (self._kind_box, self._tag_box, self._source_box, self._when_box,
                    self._more_box):  # fmt: skip
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self._clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._tags.changed.connect(lambda tags: self._apply(tags=tags))
        self._sources.changed.connect(lambda ids: self._apply(source_ids=ids))
        self._from.textChanged.connect(self._dates_changed)
        self._to.textChanged.connect(self._dates_changed)
        self._text.textChanged.connect(lambda _text: self._text_timer.start())
        self._text_timer.timeout.connect(lambda: self._apply(text=self._text.text().strip()))
        self._evidence.toggled.connect(lambda on: self._apply(with_evidence=on))
        self._undated.toggled.connect(lambda on: self._apply(undated_only=on))
        self._clear.clicked.connect(self.clear)
        document.filter_changed.connect(self._show_filter)
        document.timeline_changed.connect(self._fill_lists)
        document.language_changed.connect(lambda _lang: self._fill_lists())
        self.retranslate()
        self._fill_lists()

    def _boxed(self, choices: ChoiceList) -> QGroupBox:
        box = QGroupBox(self)
        QVBoxLayout(box).addWidget(choices)
        choices.setMinimumHeight(self.fontMetrics().height() * 5)
        return box

    def retranslate(self) -> None:
        """Apply the UI language."""
        for kind, box in self._kinds.items():
            box.setText(kind_name(kind))
        self._kind_box.setTitle(self.tr("Kinds"))
        self._tag_box.setTitle(self.tr("Tags (events with any ticked)"))
        self._source_box.setTitle(self.tr("Sources (events citing any ticked)"))
        self._when_box.setTitle(self.tr("Dates (Shift+drag on the overview strip)"))
        for label, text in zip(
            self._date_labels, (self.tr("&From:"), self.tr("&To:")), strict=True
        ):
            label.setText(text)
        self._from.setPlaceholderText(self.tr("EDTF, such as 2023-11"))
        self._to.setPlaceholderText(self.tr("EDTF, such as 2023-11-22"))
        self._more_box.setTitle(self.tr("More"))
        self._text.setPlaceholderText(self.tr("Text the events hold"))
        self._evidence.setText(self.tr("Only events with evidence"))
        self._undated.setText(self.tr("Only undated events"))
        self._clear.setText(self.tr("C&lear Filter"))
        self._clear.setToolTip(self.tr("Show every event again (actors included)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill_lists()
        super().changeEvent(event)

    def clear(self) -> None:
        """Let every event through."""
        self._document.set_filter(self._document.event_filter.cleared())

    # -- applying ----------------------------------------------------------------------------
    def _apply(self, **parts: object) -> None:
        try:
            wanted = replace(self._document.event_filter, **parts)  # type: ignore[arg-type]
        except ValueError as exc:
            self._status.set_status(shown(str(exc), 200))
            return
        self._status.set_status("")
        self._applying = True  # the fields say what the user typed: leave them be
        try:
            self._document.set_filter(wanted)
        finally:
            self._applying = False

    def _kinds_changed(self) -> None:
        self._apply(kinds=frozenset(k for k, box in self._kinds.items() if box.isChecked()))

    def _dates_changed(self) -> None:
        # a side that is not a date (yet) filters nothing, and says why
        dates, problem = [], ""
        for field in (self._from, self._to):
            text = field.text().strip()
            try:
                if text:
                    parse_edtf(text)
            except DateError as exc:
                problem, text = arg(self.tr("Not a date: %1"), shown(str(exc), 200)), ""
            dates.append(text)
        self._apply(date_from=dates[0], date_to=dates[1])
        if problem:
            self._status.set_status(problem)

    # -- following ---------------------------------------------------------------------------
    def _fill_lists(self, _change: Change | None = None) -> None:
        doc = self._document
        timeline, lang = doc.timeline, doc.language
        tags = doc.events_by("tag")  # the filter's own tables: counted once, kept over edits
        self._tags.set_values(
            [(tag, tag, bits.bit_count()) for tag, bits in sorted(tags.items())],
            doc.event_filter.tags,
        )
        cited = doc.events_by("source")
        self._sources.set_values(
            [(s.id, shown(s.title.get(lang) or s.id, 120), cited.get(s.id, 0).bit_count())
             for s in timeline.sources],
            doc.event_filter.source_ids,
        )  # fmt: skip

    def _show_filter(self) -> None:
        current: EventFilter = self._document.event_filter
        for kind, box in self._kinds.items():
            box.blockSignals(True)
            box.setChecked(kind in current.kinds)
            box.blockSignals(False)
        self._tags.show_ticked(current.tags)
        self._sources.show_ticked(current.source_ids)
        for field, value in ((self._from, current.date_from), (self._to, current.date_to),
                             (self._text, current.text)):  # fmt: skip
            if field.text().strip() != value and not self._applying:
                field.blockSignals(True)
                field.setText(value)
                field.blockSignals(False)
        for box, value in ((self._evidence, current.with_evidence),
                           (self._undated, current.undated_only)):  # fmt: skip
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self._clear.setEnabled(current.active)
        if not current.active:
            self._status.set_status("")
