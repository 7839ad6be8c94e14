"""The Search panel and its field (which the window puts in the toolbar): type to find text in
every event and source; arrows choose a result, Enter opens it, Escape goes back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from viewer.core.search import MAX_HITS, SearchHit
from viewer.ui.common.busy import busy
from viewer.ui.common.text import arg, shown
from viewer.ui.document import Document
from viewer.ui.search.delegate import ResultDelegate
from viewer.ui.search.results import HIT_ROLE, ResultRow, SearchResults, event_title

_DELAY_MS = 150  # typing pauses this long before the search runs
BUSY_ABOVE = 20_000  # events: the first search of a file this big shows the wait cursor


class SearchPanel(QWidget):
    """Results of the query in `field`; `open_passage(source_id, start, end)` shows a passage,
    `escaped` says the user left the field with Escape."""

    escaped = Signal()

    def __init__(
        self,
        document: Document,
        open_passage: Callable[[str, int, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._open_passage = open_passage
        self._query = ""
        self._stale = False  # an edit came since the results were found
        # in the panel until the window puts it in the toolbar
        self.field = QLineEdit(self, objectName="searchField")
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self._timer = QTimer(self, singleShot=True, interval=_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self._timer.stop)  # Enter opens, eventFilter says
        self._filters = QCheckBox(self, objectName="searchFilters")
        self._filters.toggled.connect(self._filter_toggled)
        self._status = QLabel(self, objectName="searchStatus")
        self._status.setWordWrap(True)
        self._model = SearchResults(self)
        self._list = QListView(self, objectName="searchResults")
        self._list.setModel(self._model)
        self._list.setItemDelegate(ResultDelegate(self._list))
        self._list.setUniformItemSizes(False)
        self._list.activated.connect(self._open)
        self._list.clicked.connect(self._open)
        self._list.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self._status)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._filters)
        document.timeline_changed.connect(self._timeline_edited)
        document.language_changed.connect(lambda _lang: self.run(again=True))
        document.filter_changed.connect(self._filter_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Apply the UI language."""
        self.field.setPlaceholderText(self.tr("Search events and sources (Ctrl+Shift+F)"))
        self.field.setToolTip(
            self.tr(
                "Finds text in titles, summaries, notes, quotes, actors, tags and the full text "
                "of every source"
            )
        )
        self._filters.setText(self.tr("Only matches on the timeline"))
        self._filters.setToolTip(self.tr("Show only the events that match on the timeline"))
        self._names = {
            "title": self.tr("Title"), "summary": self.tr("Summary"), "notes": self.tr("Notes"),
            "quote": self.tr("Quote"), "actor": self.tr("Actor"), "tag": self.tr("Tag"),
        }  # fmt: skip
        self.run(again=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_field(self) -> None:
        """Put the cursor in the field, its text selected to be typed over."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    # -- searching ---------------------------------------------------------------------------
    def run(self, again: bool = False) -> None:
        """Search for the field's text now (`again`: even if it has not changed)."""
        self._timer.stop()
        query = " ".join(self.field.text().split())
        if query == self._query and not (again or self._stale) and self._model.rowCount():
            return
        self._query = query
        self._stale = False
        doc = self._document
        if self._filters.isChecked():
            doc.set_filter(replace(doc.event_filter, text=query))
        if not query:
            self._model.set_rows([], "")
            self._status.setText(self.tr("Type in the search field to find text anywhere."))
            return
        if len(doc.timeline.events) > BUSY_ABOVE:
            with busy():
                hits = doc.search(query)
        else:
            hits = doc.search(query)
        rows = self._rows(hits)
        self._model.set_rows(rows, query)
        self._show_count(hits)
        first = self._model.hit_rows()
        if first:
            self._list.setCurrentIndex(self._model.index(first[0]))

    def _rows(self, hits: list[SearchHit]) -> list[ResultRow]:
        doc = self._document
        lang = doc.language
        events = [hit for hit in hits if hit.kind == "event"]
        passages = [hit for hit in hits if hit.kind == "source"]
        rows: list[ResultRow] = []
        if events:
            by_event: dict[str, list[SearchHit]] = {}
            for hit in events:
                by_event.setdefault(hit.id, []).append(hit)
            rows.append(ResultRow(None, self.tr("Events (%n)", "", len(by_event))))
            for event_id, found in by_event.items():
                first = found[0]  # fields come in a fixed order: the title first
                label = self._names.get(first.field, first.field)
                also = list(dict.fromkeys(self._names.get(h.field, h.field) for h in found[1:]))
                if also:
                    label = arg(self.tr("%1 (also in %2)"), label, ", ".join(also))
                title = event_title(doc.timeline, event_id, lang)
                rows.append(ResultRow(first, title, label, first.text))
        if passages:
            rows.append(ResultRow(None, self.tr("In sources (%n)", "", len(passages))))
            sources = doc.timeline.sources_by_id
            counted = ("", 0, 1)  # source id, offset, line there: passages come in order
            for hit in passages:
                source = sources.get(hit.id)
                title = shown((source.title.get(lang) if source else "") or hit.id, 200)
                start = hit.start or 0
                since, line = (counted[1], counted[2]) if counted[0] == hit.id else (0, 1)
                line += doc.texts[hit.id].text.count("\n", since, start)
                counted = (hit.id, start, line)
                title = arg(self.tr("%1 · line %2"), title, line)
                rows.append(ResultRow(hit, title, "", f"…{hit.text}…"))
        return rows

    def _show_count(self, hits: list[SearchHit]) -> None:
        if not hits:
            self._status.setText(arg(self.tr("Nothing found for “%1”."), shown(self._query, 80)))
        elif len(hits) >= MAX_HITS:
            self._status.setText(
                arg(self.tr("The first %1 results: type more to narrow them."), MAX_HITS)
            )
        else:
            self._status.setText(self.tr("%n result(s)", "", len(self._model.hit_rows())))

    # -- choosing ----------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if not isinstance(hit, SearchHit):
            return
        if hit.kind == "event":
            self._document.select_event(hit.id)
        elif hit.start is not None and hit.end is not None:
            self._open_passage(hit.id, hit.start, hit.end)

    def _step(self, by: int) -> None:
        rows = self._model.hit_rows()
        if not rows:
            return
        current = self._list.currentIndex().row()
        later = [row for row in rows if (row > current if by > 0 else row < current)]
        target = (later[0] if by > 0 else later[-1]) if later else current
        if target >= 0:
            self._list.setCurrentIndex(self._model.index(target))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if watched is self.field and self.field.text():
                self.field.clear()
            self.escaped.emit()
            return True
        if watched is self.field:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                if self._timer.isActive():
                    self.run()
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run()
                self._open(self._list.currentIndex())
                return True
        return super().eventFilter(watched, event)

    # -- the filter by this search ---------------------------------------------------------------
    def _timeline_edited(self, _change: object) -> None:
        # the results show the timeline as it was: found again once the edits pause
        self._stale = True
        self._timer.start()

    def _filter_toggled(self, on: bool) -> None:
        doc = self._document
        doc.set_filter(replace(doc.event_filter, text=self._query if on else ""))

    def _filter_changed(self) -> None:
        # the filter bar's Clear (or a new file) drops the text: the box says so
        wanted = bool(self._document.event_filter.text)
        if self._filters.isChecked() != wanted:
            self._filters.blockSignals(True)
            self._filters.setChecked(wanted)
            self._filters.blockSignals(False)
