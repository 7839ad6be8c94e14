"""The selected event in full: title, date, kind, actors, tags, texts and its evidence."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.agreement import accounts, corroboration, dates_differ, disagrees
from viewer.core.changes import Change
from viewer.core.model import Event
from viewer.ui.common.agreement_text import account_text, dispute_colour, given_dates
from viewer.ui.common.evidence_row import EvidenceRow
from viewer.ui.common.text import arg, shown
from viewer.ui.common.text_label import TextLabel, scaled_font
from viewer.ui.common.vocabulary import (
    LANGUAGE_NAMES,
    kind_colour,
    kind_description,
    kind_name,
    undated,
)
from viewer.ui.document import Document

ROWS_AT_ONCE = 50  # evidence rows built per step: an event may cite thousands of passages


class DetailsPanel(QWidget):
    """Everything about the selected event, following the document's selection and language."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._show_other = False  # summary shown in the other language
        self._rows: list[EvidenceRow] = []
        self._rows_wanted = ROWS_AT_ONCE
        self._build()
        self.retranslate()
        document.selection_changed.connect(self._reset_and_refresh)
        document.language_changed.connect(self._reset_and_refresh)
        document.timeline_changed.connect(self._on_timeline_changed)
        document.evidence_changed.connect(self._on_evidence_changed)

    def _build(self) -> None:
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        content = QWidget()
        self._body = QWidget(content)
        small = scaled_font(self.font(), 0.85)
        caption_font = scaled_font(self.font(), 0.85, bold=True)
        self._empty = self._grey(QLabel(content), self.font())
        self._empty.setObjectName("detailsEmpty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = self._text("detailsTitle", scaled_font(self.font(), 1.4, bold=True))
        self._date = self._text("detailsDate")
        self._edtf = self._grey(self._text("detailsEdtf"), small)
        self._kind = QLabel(self._body)
        self._kind.setObjectName("detailsKind")
        self._kind.setTextFormat(Qt.TextFormat.PlainText)
        self._kind.setFont(small)
        self._support = self._grey(self._text("detailsSupport"), small)
        self._dispute = self._text("detailsDispute", small)
        palette = self._dispute.palette()
        palette.setColor(QPalette.ColorRole.WindowText, dispute_colour())
        self._dispute.setPalette(palette)
        self._actors_caption = self._grey(QLabel(self._body), caption_font)
        self._actors = self._text("detailsActors")
        self._tags_caption = self._grey(QLabel(self._body), caption_font)
        self._tags = self._text("detailsTags")
        self._summary_header = QWidget(self._body)
        self._summary_caption = self._grey(QLabel(self._summary_header), caption_font)
        self._other_button = QToolButton(self._summary_header)
        self._other_button.setObjectName("detailsOtherLanguage")
        self._other_button.setCheckable(True)
        self._other_button.setAutoRaise(True)
        self._other_button.setFont(small)
        self._other_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self._other_button.toggled.connect(self._on_other_toggled)
        self._summary = self._text("detailsSummary")
        self._notes_caption = self._grey(QLabel(self._body), caption_font)
        self._notes = self._text("detailsNotes")
        self._evidence_caption = self._grey(QLabel(self._body), caption_font)
        self._evidence = QWidget(self._body)
        self._evidence.setObjectName("detailsEvidence")
        self._no_evidence = self._grey(QLabel(self._evidence), self.font())
        self._more_evidence = QToolButton(self._body)
        self._more_evidence.setObjectName("detailsMoreEvidence")
        self._more_evidence.setAutoRaise(True)
        self._more_evidence.setCursor(Qt.CursorShape.PointingHandCursor)
        self._more_evidence.clicked.connect(self._show_more_evidence)

        header = QHBoxLayout(self._summary_header)
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self._summary_caption, 1)
        header.addWidget(self._other_button)
        self._evidence_rows = QVBoxLayout(self._evidence)
        self._evidence_rows.setContentsMargins(0, 0, 0, 0)
        self._evidence_rows.setSpacing(4)
        self._evidence_rows.addWidget(self._no_evidence)
        body = QVBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self._title,
            self._date,
            self._edtf,
            self._kind,
            self._support,
            self._dispute,
            self._actors_caption,
            self._actors,
            self._tags_caption,
            self._tags,
            self._summary_header,
            self._summary,
            self._notes_caption,
            self._notes,
            self._evidence_caption,
            self._evidence,
            self._more_evidence,
        ):
            body.addWidget(widget)
        body.setAlignment(self._kind, Qt.AlignmentFlag.AlignLeft)  # a badge, not a bar
        body.setAlignment(self._more_evidence, Qt.AlignmentFlag.AlignLeft)
        column = QVBoxLayout(content)
        column.addWidget(self._empty)
        column.addWidget(self._body)
        column.addStretch(1)
        self._scroll.setWidget(content)

    def _text(self, name: str, font: QFont | None = None) -> TextLabel:
        label = TextLabel(self._body)
        label.setObjectName(name)
        label.setFont(font or self.font())
        return label

    @staticmethod
    def _grey(label: QLabel, font: QFont) -> QLabel:
        label.setFont(font)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    # -- strings -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-apply every user-visible string in the current UI language."""
        self._empty.setText(self.tr("No event selected"))
        self._actors_caption.setText(self.tr("Actors"))
        self._tags_caption.setText(self.tr("Tags"))
        self._summary_caption.setText(self.tr("Summary"))
        self._notes_caption.setText(self.tr("Notes"))
        self._evidence_caption.setText(self.tr("Evidence"))
        self._no_evidence.setText(self.tr("No evidence"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing -----------------------------------------------------------------------------
    def _reset_and_refresh(self, *_: object) -> None:
        # Another event or language: start again from the document's language.
        self._show_other = False
        self._rows_wanted = ROWS_AT_ONCE
        self._refresh()

    def _on_timeline_changed(self, change: Change) -> None:
        event = self._document.selected_event()
        if event is None:
            return
        if (
            change.touches_event(event.id)
            or any(change.touches_source(entry.source) for entry in event.evidence)
            or (change.actors_changed | change.actors_removed).intersection(event.actors)
        ):
            self._refresh()

    def _refresh(self, *_: object) -> None:
        event = self._document.selected_event()
        self._empty.setVisible(event is None)
        self._body.setVisible(event is not None)
        if event is None:
            return
        language = self._document.language
        self._title.setText(shown(event.title.get(language) or event.id))
        self._show_date(event, language)
        self._show_kind(event.kind)
        self._show_agreement(event, language)
        actors = self._document.timeline.actors_by_id
        names = [(actors[a].name.get(language) if a in actors else "") or a for a in event.actors]
        self._show_section(self._actors_caption, self._actors, shown(", ".join(names)))
        self._show_section(self._tags_caption, self._tags, shown(", ".join(event.tags)))
        self._show_summary(event, language)
        self._show_section(self._notes_caption, self._notes, shown(event.notes.get(language)))
        self._show_evidence(event, language)

    @staticmethod
    def _show_section(caption: QWidget, label: QLabel, text: str) -> None:
        label.setText(text)
        caption.setVisible(bool(text))
        label.setVisible(bool(text))

    def _show_date(self, event: Event, language: str) -> None:
        edtf = event.edtf
        # An invalid date is kept among the event's extra keys so that saving keeps it.
        written = event.date or dict(event.extra).get("date")
        if edtf is not None:
            self._date.setText(edtf.render(language))
            written = edtf.text
        elif written is not None:
            self._date.setText(self.tr("Invalid date"))
        else:
            self._date.setText(undated())
        self._edtf.setVisible(written is not None)
        if written is not None:
            self._edtf.setText(arg(self.tr("%1 (EDTF)"), shown(str(written))))

    def _show_kind(self, kind: str) -> None:
        self._kind.setText(kind_name(kind))
        self._kind.setToolTip(html.escape(kind_description(kind)))
        style = (
            f"QLabel {{ background-color: {kind_colour(kind).name()}; color: white; "
            "border-radius: 3px; padding: 1px 6px; }"
        )
        if style != self._kind.styleSheet():  # a style sheet set again is polished again: 4 ms
            self._kind.setStyleSheet(style)

    def _show_agreement(self, event: Event, language: str) -> None:
        count = corroboration(event)
        self._support.setText(
            self.tr("Supported by %n source(s)", "", count) if count else self.tr("No source")
        )
        self._dispute.setVisible(disagrees(event))
        if dates_differ(event):
            dates = given_dates(event, language)
            self._dispute.setText(arg(self.tr("The sources give different dates: %1"), dates))
        else:
            self._dispute.setText(self.tr("The sources differ: see each below"))

    def _show_summary(self, event: Event, language: str) -> None:
        other = "en" if language == "ko" else "ko"
        current = event.summary.get(language)
        alternative = event.summary.exact(other)
        has_other = bool(alternative) and alternative != current
        self._show_other = self._show_other and has_other
        self._other_button.setVisible(has_other)
        with QSignalBlocker(self._other_button):
            self._other_button.setChecked(self._show_other)
        offered = language if self._show_other else other
        self._other_button.setText(arg(self.tr("Show %1"), LANGUAGE_NAMES.get(offered, offered)))
        text = (alternative or "") if self._show_other else current
        self._show_section(self._summary_header, self._summary, shown(text))

    def _on_other_toggled(self, checked: bool) -> None:
        self._show_other = checked
        event = self._document.selected_event()
        if event is not None:
            self._show_summary(event, self._document.language)

    def _show_evidence(self, event: Event, language: str) -> None:
        sources = self._document.timeline.sources_by_id
        # the first rows, and always the one being read
        count = min(len(event.evidence), max(self._rows_wanted, self._document.evidence_index + 1))
        # Hidden while its rows change, the list is laid out once, not once a row; the row
        # that had the keyboard keeps it.
        focused = QApplication.focusWidget()
        if focused is not None and not self._evidence.isAncestorOf(focused):
            focused = None
        self._evidence.hide()
        # Rows are reused rather than deleted: a row may be the one whose click got us here.
        while len(self._rows) < count:
            row = EvidenceRow(len(self._rows), self._evidence)
            row.clicked.connect(self._document.select_evidence)
            self._evidence_rows.addWidget(row)
            self._rows.append(row)
        told = accounts(event)
        for index, row in enumerate(self._rows):
            if index < count:
                evidence = event.evidence[index]
                source = sources.get(evidence.source)
                title = shown(source.title.get(language)) if source is not None else ""
                claim = account_text(told[index], language)
                row.show_evidence(title or shown(evidence.source), shown(evidence.quote), claim)
            row.setVisible(index < count)
        self._evidence.show()
        if focused is not None and focused.isVisible():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
        self._no_evidence.setVisible(not event.evidence)
        hidden = len(event.evidence) - count
        self._more_evidence.setVisible(hidden > 0)
        if hidden > 0:
            self._more_evidence.setText(
                arg(self.tr("Show %1 more (%n not shown)", "", hidden), min(hidden, ROWS_AT_ONCE))
            )
        self._mark_current()

    def _show_more_evidence(self) -> None:
        event = self._document.selected_event()
        if event is not None:
            self._rows_wanted = max(self._rows_wanted, self._visible_rows()) + ROWS_AT_ONCE
            self._show_evidence(event, self._document.language)

    def _visible_rows(self) -> int:
        return sum(1 for row in self._rows if not row.isHidden())

    def _mark_current(self) -> None:
        current = self._document.evidence_index
        for index, row in enumerate(self._rows):
            row.set_current(index == current)

    def _on_evidence_changed(self, index: int) -> None:
        event = self._document.selected_event()
        if event is not None and index >= self._visible_rows():
            self._show_evidence(event, self._document.language)  # shows the rows up to it
        self._mark_current()
        if 0 <= index < len(self._rows) and not self._rows[index].isHidden():
            self._scroll.ensureWidgetVisible(self._rows[index])
