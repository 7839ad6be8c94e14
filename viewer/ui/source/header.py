"""Above the source text: which evidence of the event is read, who reported the event, the
source's title and byline, and how the quote was found."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from viewer.core.evidence_index import evidence_sources
from viewer.core.model import Event, Source, Timeline
from viewer.ui.common.text import arg, shown

_NOTICE_STYLE = (
    "QLabel#anchorNotice { background-color: rgba(255, 170, 0, 55);"
    " border: 1px solid rgba(200, 120, 0, 150); border-radius: 3px; padding: 3px 6px; }"
)


def source_name(timeline: Timeline, source_id: str, language: str) -> str:
    """A source's title in `language`, else its id."""
    source = timeline.sources_by_id.get(source_id)
    title = source.title.get(language) if source else ""
    return shown(title or source_id)


class EvidenceHeader(QWidget):
    """ "2 of 3" with arrows and a list of the event's sources, the agreement line, the title and
    byline of the source on screen, and a notice when the quote is not found exactly."""

    evidence_chosen = Signal(int)  # the user asked to read the event's evidence entry N

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = 0
        self._nav = QWidget(self)
        self._prev = self._arrow_button("evidencePrev", Qt.ArrowType.LeftArrow, -1)
        self._counter = _plain_label("evidenceCounter", self._nav)
        self._counter.setWordWrap(False)
        self._next = self._arrow_button("evidenceNext", Qt.ArrowType.RightArrow, 1)
        self._sources = QComboBox(self._nav)
        self._sources.setObjectName("evidenceSources")
        # Long titles must not widen the pane; the full title shows above the text.
        policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self._sources.setSizeAdjustPolicy(policy)
        self._sources.setMinimumContentsLength(16)
        self._sources.activated.connect(self.evidence_chosen)
        nav = QHBoxLayout(self._nav)
        nav.setContentsMargins(0, 0, 0, 0)
        for widget in (self._prev, self._counter, self._next, self._sources):
            nav.addWidget(widget)
        nav.setStretch(3, 1)
        self._agreement = _plain_label("evidenceAgreement", self)
        self._title = _plain_label("sourceTitle", self)
        font = QFont(self._title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._title.setFont(font)
        self._meta = _plain_label("sourceMeta", self)
        self._notice = _plain_label("anchorNotice", self)
        self._notice.setStyleSheet(_NOTICE_STYLE)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self._nav, self._agreement, self._title, self._meta, self._notice):
            column.addWidget(widget)
        self.set_notice("")
        self.retranslate()

    def show_event(self, event: Event, index: int, timeline: Timeline, language: str) -> None:
        """Show which of `event`'s evidence entries (`index`) is read, and who reported it."""
        self._index = index
        count = len(event.evidence)
        self._nav.setVisible(count > 1)
        self._counter.setText(arg(self.tr("%1 of %2"), index + 1, count))
        self._prev.setEnabled(index > 0)
        self._next.setEnabled(index < count - 1)
        self._sources.blockSignals(True)
        self._sources.clear()
        for position, entry in enumerate(event.evidence):
            name = source_name(timeline, entry.source, language)
            self._sources.addItem(f"{position + 1}. {name}")
        self._sources.setCurrentIndex(index)
        self._sources.blockSignals(False)
        names = [source_name(timeline, s, language) for s in evidence_sources(event)]
        self._agreement.setVisible(len(names) > 1)
        # the count on screen, the names on hover: a long list would crowd out the text
        self._agreement.setText(self.tr("Reported by %n source(s)", "", len(names)))
        reported = arg(self.tr("Reported by %n source(s): %1", "", len(names)), ", ".join(names))
        self._agreement.setToolTip(html.escape(reported))

    def show_reading(self) -> None:
        """A source read on its own: no event, so no evidence to step through."""
        self._nav.hide()
        self._agreement.hide()

    def show_source(
        self, source: Source | None, source_id: str, timeline: Timeline, language: str
    ) -> None:
        """Name the source on screen ("" for none), with its author, publisher and date."""
        self._title.setText(source_name(timeline, source_id, language) if source_id else "")
        self._title.setToolTip(html.escape(shown(source.url)) if source and source.url else "")
        parts: list[str] = []
        if source is not None:
            date = source.published_date
            published = date.render(language) if date else source.published
            parts = [shown(p) for p in (source.author, source.publisher, published) if p]
        self._meta.setText(" · ".join(parts))
        self._meta.setVisible(bool(parts))

    def set_notice(self, text: str) -> None:
        """Say how the quote was found, or why nothing is highlighted ("" hides the notice)."""
        self._notice.setText(text)
        self._notice.setVisible(bool(text))

    def retranslate(self) -> None:
        """Re-apply the user-visible strings in the current UI language."""
        self._prev.setToolTip(self.tr("Previous evidence"))
        self._prev.setAccessibleName(self.tr("Previous evidence"))
        self._next.setToolTip(self.tr("Next evidence"))
        self._next.setAccessibleName(self.tr("Next evidence"))
        self._sources.setToolTip(self.tr("Sources cited for this event"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _arrow_button(self, name: str, arrow: Qt.ArrowType, step: int) -> QToolButton:
        button = QToolButton(self._nav)
        button.setObjectName(name)
        button.setArrowType(arrow)
        button.clicked.connect(lambda: self.evidence_chosen.emit(self._index + step))
        return button


def _plain_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # data text, never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
