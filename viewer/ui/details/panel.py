"""The selected event in full: title, date, kind, actors, tags, texts and its evidence."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QEvent, QPointF, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionFocusRect,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Event
from viewer.ui.document import Document

_KIND_COLOURS = {
    "fact": "#2e7d32",
    "claim": "#1565c0",
    "opinion": "#6a1b9a",
    "speculation": "#b45309",
}
_UNKNOWN_KIND_COLOUR = "#616161"
# Language names are written in their own language, as language pickers do.
_LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}
_QUOTE_LINES = 3


def _scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def _wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Break plain text into lines no wider than `width`, inside words when they are too long."""
    if not text:
        return []
    # QTextLayout knows line separators, not "\n".
    shown = text.replace("\r\n", "\n").replace("\n", "\u2028")
    units = shown.encode("utf-16-le")  # QTextLayout positions count UTF-16 units

    def piece(start: int, end: int | None = None) -> str:
        chunk = units[2 * start :] if end is None else units[2 * start : 2 * end]
        return chunk.decode("utf-16-le", errors="replace")

    layout = QTextLayout(shown, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(1.0, width))
        start = line.textStart()
        if max_lines and len(lines) == max_lines - 1:
            rest = piece(start).replace("\u2028", " ")
            metrics = QFontMetricsF(font)
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, max(1.0, width)))
            break
        lines.append(piece(start, start + line.textLength()).rstrip("\u2028"))
    layout.endLayout()
    return lines


class _TextLabel(QLabel):
    """A plain-text label that also breaks words too long for its width, so nothing is cut off.

    QLabel wraps only at word boundaries, so one long URL would widen the whole panel. With
    `max_lines` the text stops after that many lines, the last one elided.
    """

    def __init__(self, parent: QWidget | None = None, max_lines: int = 0) -> None:
        super().__init__(parent)
        self._max_lines = max_lines
        self._cache: tuple[tuple[str, int, str], list[str]] | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # so that QLabel tells layouts its height depends on its width

    def shown_lines(self, width: int | None = None) -> list[str]:
        """The lines as drawn at `width` (the label's own width by default)."""
        margins = self.contentsMargins()
        inner = (
            self.contentsRect().width()
            if width is None
            else (width - margins.left() - margins.right())
        )
        key = (self.text(), inner, self.font().key())
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, _wrap(self.text(), self.font(), inner, self._max_lines))
        return self._cache[1]

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        lines = len(self.shown_lines(width))
        spacing = QFontMetricsF(self.font()).lineSpacing()
        return math.ceil(lines * spacing) + margins.top() + margins.bottom()

    def _width_hint(self, chars: int) -> int:
        metrics = QFontMetricsF(self.font())
        natural = max(
            (metrics.horizontalAdvance(part) for part in self.text().splitlines()), default=0.0
        )
        margins = self.contentsMargins()
        return (
            math.ceil(min(natural, chars * metrics.averageCharWidth()))
            + margins.left()
            + (margins.right())
        )

    def sizeHint(self) -> QSize:
        width = self._width_hint(40)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # One line high: the layout asks heightForWidth for the real height.
        return QSize(self._width_hint(4), self.heightForWidth(1 << 16))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        metrics = QFontMetricsF(self.font())
        rect = self.contentsRect()
        y = rect.top() + metrics.ascent()
        for line in self.shown_lines():
            painter.drawText(QPointF(rect.left(), y), line)
            y += metrics.lineSpacing()


class _EvidenceRow(QFrame):
    """One evidence entry: its source's title and the quote; clicking it reads that entry."""

    clicked = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self.setObjectName("detailsEvidenceRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._source = _TextLabel(self)
        self._source.setFont(_scaled_font(self.font(), 0.9, bold=True))
        self._quote = _TextLabel(self, max_lines=_QUOTE_LINES)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self._source)
        layout.addWidget(self._quote)
        self.set_current(False)

    def show_evidence(self, source_title: str, quote: str) -> None:
        """Show one entry; the tooltip holds the whole quote, escaped since tooltips are rich."""
        self._source.setText(source_title)
        self._quote.setText(quote)
        self.setToolTip(f"<p><b>{html.escape(source_title)}</b></p><p>{html.escape(quote)}</p>")
        self.setAccessibleName(f"{source_title}: {quote}")

    def set_current(self, current: bool) -> None:
        """Highlight the entry being read, in the palette's selection colours."""
        self.setProperty("current", current)
        self.setAutoFillBackground(current)
        self.setBackgroundRole(
            QPalette.ColorRole.Highlight if current else QPalette.ColorRole.Window
        )
        text_role = QPalette.ColorRole.HighlightedText if current else QPalette.ColorRole.WindowText
        for label in (self._source, self._quote):
            label.setForegroundRole(text_role)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(self._index)
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self._index)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # a frame has no focus indicator of its own
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(2, 2, -2, -2)
            painter = QPainter(self)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )


class DetailsPanel(QWidget):
    """Everything about the selected event, following the document's selection and language."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._show_other = False  # summary shown in the other language
        self._rows: list[_EvidenceRow] = []
        self._build()
        self.retranslate()
        document.selection_changed.connect(self._reset_and_refresh)
        document.language_changed.connect(self._reset_and_refresh)
        document.timeline_changed.connect(self._refresh)
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
        small = _scaled_font(self.font(), 0.85)
        caption_font = _scaled_font(self.font(), 0.85, bold=True)
        self._empty = self._grey(QLabel(content), self.font())
        self._empty.setObjectName("detailsEmpty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = self._text("detailsTitle", _scaled_font(self.font(), 1.4, bold=True))
        self._date = self._text("detailsDate")
        self._edtf = self._grey(self._text("detailsEdtf"), small)
        self._kind = QLabel(self._body)
        self._kind.setObjectName("detailsKind")
        self._kind.setTextFormat(Qt.TextFormat.PlainText)
        self._kind.setFont(small)
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
        ):
            body.addWidget(widget)
        body.setAlignment(self._kind, Qt.AlignmentFlag.AlignLeft)  # a badge, not a bar
        column = QVBoxLayout(content)
        column.addWidget(self._empty)
        column.addWidget(self._body)
        column.addStretch(1)
        self._scroll.setWidget(content)

    def _text(self, name: str, font: QFont | None = None) -> _TextLabel:
        label = _TextLabel(self._body)
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

    def _kind_texts(self, kind: str) -> tuple[str, str]:
        names = {
            "fact": (self.tr("Fact"), self.tr("An established fact")),
            "claim": (self.tr("Claim"), self.tr("Attributed to someone")),
            "opinion": (self.tr("Opinion"), self.tr("The author's view")),
            "speculation": (self.tr("Speculation"), self.tr("Conjecture")),
        }
        return names.get(kind, (kind, ""))

    # -- showing -----------------------------------------------------------------------------
    def _reset_and_refresh(self, *_: object) -> None:
        # Another event or language: start again from the document's language.
        self._show_other = False
        self._refresh()

    def _refresh(self, *_: object) -> None:
        event = self._document.selected_event()
        self._empty.setVisible(event is None)
        self._body.setVisible(event is not None)
        if event is None:
            return
        language = self._document.language
        self._title.setText(event.title.get(language) or event.id)
        self._show_date(event, language)
        self._show_kind(event.kind)
        actors = self._document.timeline.actors_by_id
        names = [(actors[a].name.get(language) if a in actors else "") or a for a in event.actors]
        self._show_section(self._actors_caption, self._actors, ", ".join(names))
        self._show_section(self._tags_caption, self._tags, ", ".join(event.tags))
        self._show_summary(event, language)
        self._show_section(self._notes_caption, self._notes, event.notes.get(language))
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
            self._date.setText(self.tr("Undated"))
        self._edtf.setVisible(written is not None)
        if written is not None:
            self._edtf.setText(self.tr("{date} (EDTF)").format(date=written))

    def _show_kind(self, kind: str) -> None:
        name, description = self._kind_texts(kind)
        colour = _KIND_COLOURS.get(kind, _UNKNOWN_KIND_COLOUR)
        self._kind.setText(name)
        self._kind.setToolTip(html.escape(description))
        self._kind.setStyleSheet(
            f"QLabel {{ background-color: {colour}; color: white; "
            "border-radius: 3px; padding: 1px 6px; }"
        )

    def _show_summary(self, event: Event, language: str) -> None:
        other = "en" if language == "ko" else "ko"
        shown = event.summary.get(language)
        alternative = event.summary.exact(other)
        has_other = bool(alternative) and alternative != shown
        self._show_other = self._show_other and has_other
        self._other_button.setVisible(has_other)
        with QSignalBlocker(self._other_button):
            self._other_button.setChecked(self._show_other)
        offered = language if self._show_other else other
        self._other_button.setText(
            self.tr("Show {language}").format(language=_LANGUAGE_NAMES.get(offered, offered))
        )
        text = (alternative or "") if self._show_other else shown
        self._show_section(self._summary_header, self._summary, text)

    def _on_other_toggled(self, checked: bool) -> None:
        self._show_other = checked
        event = self._document.selected_event()
        if event is not None:
            self._show_summary(event, self._document.language)

    def _show_evidence(self, event: Event, language: str) -> None:
        sources = self._document.timeline.sources_by_id
        # Rows are reused rather than deleted: a row may be the one whose click got us here.
        while len(self._rows) < len(event.evidence):
            row = _EvidenceRow(len(self._rows), self._evidence)
            row.clicked.connect(self._document.select_evidence)
            self._evidence_rows.addWidget(row)
            self._rows.append(row)
        for index, row in enumerate(self._rows):
            if index < len(event.evidence):
                evidence = event.evidence[index]
                source = sources.get(evidence.source)
                title = source.title.get(language) if source is not None else ""
                row.show_evidence(title or evidence.source, evidence.quote)
            row.setVisible(index < len(event.evidence))
        self._no_evidence.setVisible(not event.evidence)
        self._mark_current()

    def _mark_current(self) -> None:
        current = self._document.evidence_index
        for index, row in enumerate(self._rows):
            row.set_current(index == current)

    def _on_evidence_changed(self, index: int) -> None:
        self._mark_current()
        if 0 <= index < len(self._rows) and not self._rows[index].isHidden():
            self._scroll.ensureWidgetVisible(self._rows[index])
