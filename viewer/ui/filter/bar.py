"""The bar above the timeline while a filter hides events: what it keeps, how many of all the
events it shows, and a one-click Clear."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from viewer.core.query import ALL, EventFilter, describe_parts
from viewer.ui.common.text import arg, shown
from viewer.ui.common.vocabulary import kind_name
from viewer.ui.document import Document

_NAMES_SHOWN = 3  # values of one part named before "+N"


class FilterBar(QWidget):
    """Hidden while nothing is filtered."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._document = document
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText)
        )
        self.setPalette(palette)
        self._full = ""  # the description before it is cut to the bar's width
        self._what = QLabel(self, objectName="filterDescription")
        self._what.setTextFormat(Qt.TextFormat.PlainText)
        self._what.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._count = QLabel(self, objectName="filterCount")
        self._clear = QPushButton(self, objectName="clearFilterBar")
        self._clear.setFlat(True)
        self._clear.clicked.connect(lambda: document.set_filter(document.event_filter.cleared()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(self._what, 1)
        layout.addWidget(self._count)
        layout.addWidget(self._clear)
        document.filter_changed.connect(self._show)
        document.timeline_changed.connect(lambda _change: self._show())
        document.language_changed.connect(lambda _lang: self._show())
        self.retranslate()

    def retranslate(self) -> None:
        """Apply the UI language."""
        self._clear.setText(self.tr("&Clear Filter"))
        self._clear.setToolTip(self.tr("Show every event again"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def description(self, event_filter: EventFilter) -> str:
        """What the filter keeps, in the UI language: "Actors: Sam Altman · Kind: Claim"."""
        doc = self._document
        lang = doc.language
        actors, sources = doc.timeline.actors_by_id, doc.timeline.sources_by_id
        named = {
            "actors": lambda v: (actors[v].name.get(lang) if v in actors else "") or v,
            "kinds": kind_name,
            "sources": lambda v: (sources[v].title.get(lang) if v in sources else "") or v,
        }
        every = event_filter.mode == ALL and len(event_filter.actor_ids) > 1
        titles = {
            "actors": self.tr("All of: %1") if every else self.tr("Actors: %1"),
            "kinds": self.tr("Kind: %1"), "tags": self.tr("Tags: %1"),
            "sources": self.tr("Sources: %1"),
            "from": self.tr("From %1"), "to": self.tr("until %1"),
            "text": self.tr("Text: “%1”"), "evidence": self.tr("with evidence"),
            "undated": self.tr("undated only"),
        }  # fmt: skip
        parts = []
        for name, values in describe_parts(event_filter):
            texts = [named.get(name, str)(value) for value in values]
            listed = ", ".join(shown(text, 40) for text in texts[:_NAMES_SHOWN])
            if len(texts) > _NAMES_SHOWN:
                listed += f" +{len(texts) - _NAMES_SHOWN}"
            parts.append(arg(titles[name], listed) if values else titles[name])
        return " · ".join(parts)

    def _show(self) -> None:
        doc = self._document
        current = doc.event_filter
        if not current.active:
            self.hide()
            return
        shown = doc.visible_events()
        total = len(doc.timeline.events_by_id)
        self._count.setText(
            arg(
                self.tr("%1 of %2 events"),
                len(shown) if shown is not None else total,
                total,
            )
        )
        text = self.description(current)
        self._full = arg(self.tr("Filtered: %1"), text)
        self._what.setToolTip(text)
        self._elide()
        self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        # what does not fit ends in "…" (the tooltip has it all)
        width = max(self._what.width(), 10)
        self._what.setText(
            self._what.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        )
