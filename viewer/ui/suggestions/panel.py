"""Suggested events: the dated sentences of the source being read that no event cites yet,
each with the date a reader gives it and the actors it names; accept one or dismiss it."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.changes import Change
from viewer.core.coverage import dismissal_key
from viewer.core.dates import DateError, parse_edtf
from viewer.core.mentions import names_in
from viewer.core.sources import dismiss_sentence
from viewer.ui.common.text import arg, shown
from viewer.ui.document import Document
from viewer.ui.source_analyses import SUGGEST_LIMIT

# accept(source id, start, end, EDTF date or None): open the new event's dialog, filled in
Accept = Callable[[str, int, int, str | None], object]
# show(source id, start, end): show the sentence in the source pane
Show = Callable[[str, int, int], object]
_SPAN_ROLE = Qt.ItemDataRole.UserRole + 1
_LIST_LIMIT = 2000  # rows listed at once; a longer list says how many more there are


class SuggestionsPanel(QWidget):
    """Lists the suggestions of the source on screen; follows the reading and every edit."""

    def __init__(
        self, document: Document, accept: Accept, show: Show, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._accept = accept
        self._show = show
        self._source_id = ""
        self._stale = True  # the list waits until the panel is on screen
        self._heading = QLabel(self, objectName="suggestionsHeading", wordWrap=True)
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        self._heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._list = QTreeWidget(self, objectName="suggestionsList")
        self._list.setRootIsDecorated(False)
        self._list.setColumnCount(3)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setUniformRowHeights(True)
        header = self._list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._list.itemActivated.connect(lambda _item, _col: self.accept_current())
        self._list.currentItemChanged.connect(self._current_changed)
        self._list.installEventFilter(self)
        self._accept_button = QPushButton(self, objectName="acceptSuggestion")
        self._dismiss_button = QPushButton(self, objectName="dismissSuggestion")
        self._accept_button.clicked.connect(self.accept_current)
        self._dismiss_button.clicked.connect(self.dismiss_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._dismiss_button)
        buttons.addWidget(self._accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._heading)
        layout.addWidget(self._list, 1)
        layout.addLayout(buttons)
        for signal in (document.selection_changed, document.evidence_changed):
            signal.connect(self._follow_reading)
        document.source_opened.connect(self._follow_reading)
        document.timeline_changed.connect(self._on_timeline_changed)
        document.analyses.coverage_ready.connect(self._coverage_ready)
        document.language_changed.connect(self._follow_reading)
        self.retranslate()

    # -- intent ----------------------------------------------------------------------------------
    def accept_current(self) -> None:
        """Open the dialog for a new event from the chosen sentence, its date filled in."""
        item = self._list.currentItem()
        if item is not None and self._source_id:
            start, end, date = item.data(0, _SPAN_ROLE)
            self._accept(self._source_id, start, end, date)

    def dismiss_current(self) -> None:
        """Remember that the chosen sentence is no event (one undoable step)."""
        item = self._list.currentItem()
        source = self._document.timeline.sources_by_id.get(self._source_id)
        if item is None or source is None:
            return
        row = self._list.indexOfTopLevelItem(item)
        sentence = item.data(1, _SPAN_ROLE)
        self._document.apply(
            dismiss_sentence(self._document.timeline, source.id, dismissal_key(sentence)),
            arg(self.tr("Dismiss Suggestion “%1”"), shown(sentence, 40)),
        )
        # the next suggestion takes the dismissed one's place, ready for the next decision
        self._list.setCurrentItem(
            self._list.topLevelItem(min(row, self._list.topLevelItemCount() - 1))
        )

    def retranslate(self) -> None:
        """Apply the UI language."""
        self._list.setHeaderLabels([self.tr("Date"), self.tr("Sentence"), self.tr("Actors")])
        self._accept_button.setText(self.tr("&Accept…"))
        self._accept_button.setToolTip(self.tr("Make an event of this sentence (Enter)"))
        self._dismiss_button.setText(self.tr("&Dismiss"))
        self._dismiss_button.setToolTip(self.tr("This sentence is no event (Delete)"))
        self._refill()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        """Delete dismisses the chosen suggestion."""
        if (
            watched is self._list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.dismiss_current()
            return True
        return False

    # -- following the document ------------------------------------------------------------------
    def _follow_reading(self, *_: object) -> None:
        source_id = self._document.reading_source
        if source_id != self._source_id or self._stale:
            self._source_id = source_id
            self._refill()

    def _on_timeline_changed(self, change: Change) -> None:
        self._source_id = self._document.reading_source
        if change.reloaded or change.touches_source(self._source_id) or change.header:
            self._refill()

    def _on_screen(self) -> bool:
        # a dock behind another's tab is "visible" to Qt but shows nothing
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Fill the list left for later, now that it is seen."""
        super().paintEvent(event)
        if self._stale:
            QTimer.singleShot(0, self, self._refill)

    def _coverage_ready(self, source_id: str) -> None:
        if source_id == self._source_id:
            self._refill()

    def _refill(self) -> None:
        # Finding a long source's dated sentences takes a while: not for a hidden panel, whose
        # source changes with every event selected.
        source = self._source_id
        costly = bool(source) and not self._document.analyses.coverage_known(source)
        self._stale = costly and not self._on_screen()
        if self._stale:
            return
        if costly:  # the last source's suggestions are not this one's: none until it is ready
            self._list.clear()
            self._heading.setText(self.tr("Looking for dated sentences…"))
            self._update_buttons()
            self._document.analyses.prepare_coverage(source)  # in the background; filled when ready
            return
        self._list.clear()
        source_id = self._source_id
        document = self._document
        source = document.timeline.sources_by_id.get(source_id)
        coverage = document.analyses.coverage(source_id) if source is not None else None
        if source is None or coverage is None:
            text = document.texts.get(source_id)
            if source is not None and text is not None and len(text.text) > SUGGEST_LIMIT:
                heading = arg(
                    self.tr("This source is too long for suggestions (over %1 characters)."),
                    f"{SUGGEST_LIMIT:,}",
                )
            else:
                heading = self.tr("Open a source to see the events its dated sentences suggest.")
            self._heading.setText(heading)
            self._update_buttons()
            return
        open_spans = set(coverage.unsupported)
        suggestions = [
            s for s in document.analyses.suggestions(source_id) if (s.start, s.end) in open_spans
        ]
        name = shown(source.title.get(document.language) or source_id, 80)
        self._heading.setText(
            arg(self.tr("%1: %2"), name, self.tr("%n suggested event(s)", "", len(suggestions)))
        )
        actors = document.timeline.actors
        by_id = document.timeline.actors_by_id
        language = document.language
        items = []
        for suggestion in suggestions[:_LIST_LIMIT]:
            sentence = " ".join(suggestion.text.split())
            named = names_in(suggestion.text, actors)
            names = ", ".join(shown(by_id[a].name.get(language) or a, 40) for a in named)
            item = QTreeWidgetItem([self._date_text(suggestion.date), shown(sentence, 300), names])
            item.setData(0, _SPAN_ROLE, (suggestion.start, suggestion.end, suggestion.date))
            item.setData(1, _SPAN_ROLE, suggestion.text)
            why = suggestion.reason
            if suggestion.borrowed and suggestion.source.borrowed_from:
                why = arg(self.tr("%1; borrowed from %2"), why, suggestion.source.borrowed_from)
            item.setToolTip(0, html.escape(shown(why, 400)))
            item.setToolTip(1, html.escape(shown(sentence, 1000)))
            items.append(item)
        self._list.addTopLevelItems(items)
        if items:
            self._list.setCurrentItem(items[0])
        self._update_buttons()

    def _date_text(self, date: str | None) -> str:
        if date is None:
            return self.tr("no date of its own")
        try:
            return parse_edtf(date).render(self._document.language)
        except DateError:
            return date

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self._update_buttons()
        if current is not None and self._source_id:
            start, end, _date = current.data(0, _SPAN_ROLE)
            self._show(self._source_id, start, end)

    def _update_buttons(self) -> None:
        has = self._list.currentItem() is not None
        self._accept_button.setEnabled(has)
        self._dismiss_button.setEnabled(has)
