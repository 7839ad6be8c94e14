"""The source pane: the text behind the selected event's evidence, its quote highlighted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QPalette,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from viewer.core.anchoring import Anchor, SourceText
from viewer.core.changes import Change
from viewer.core.evidence_index import SupportSegment, evidence_sources
from viewer.ui.common.shortcuts import matches
from viewer.ui.common.text import arg
from viewer.ui.document import Document
from viewer.ui.source.coverage_margin import CoverageMargin
from viewer.ui.source.documents import TextDocuments
from viewer.ui.source.find_bar import FindBar
from viewer.ui.source.header import EvidenceHeader
from viewer.ui.source.marking import ViewMarker
from viewer.ui.source.marks import SourceMarks
from viewer.ui.source.notices import AnchorNotices
from viewer.ui.source.pointer import SupportPointer


class SourcePane(QWidget):
    """Shows the source of the selected event's current evidence and where it supports events."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._shown: tuple[str, SourceText] | None = None  # the (source id, text) on screen
        self._marks: SourceMarks | None = None
        self._center_pending = False
        self._busy = False  # set while the pane itself changes the selection
        self._selection_actions: list[QAction] = []
        self._build()
        document.timeline_changed.connect(self._on_timeline_changed)
        document.analyses.coverage_ready.connect(self._coverage_ready)
        # methods, not lambdas: these connections end with the pane, the document may live on
        document.selection_changed.connect(self._on_reading_changed)
        document.evidence_changed.connect(self._on_reading_changed)
        document.source_opened.connect(self._on_reading_changed)
        document.language_changed.connect(self._on_language_changed)
        self.retranslate()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self._stack = QStackedWidget(self)
        self._empty = QLabel(self._stack)
        self._empty.setObjectName("sourceEmpty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._stack.addWidget(self._empty)

        page = QWidget(self._stack)
        self._header = EvidenceHeader(page)
        self._header.evidence_chosen.connect(self._choose_evidence)

        self._text = QPlainTextEdit(page)
        self._text.setObjectName("sourceText")
        self._documents = TextDocuments(self._text, self._document.when_idle)
        self._marker = ViewMarker(self._text)
        self._text.setReadOnly(True)
        self._text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._text.viewport().setMouseTracking(True)
        self._text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._text.customContextMenuRequested.connect(self._context_menu)
        self._pointer = SupportPointer(
            self._text, self._document, self._segment_at, self._click, self._viewport_resized
        )
        # a scroll, or a long text laid out, moves the bar many times: look once they settle
        self._follow_later = QTimer(self, singleShot=True, interval=0, timeout=self._marker.follow)
        self._text.verticalScrollBar().valueChanged.connect(lambda _: self._follow_later.start())
        self._margin = CoverageMargin(self._text)
        self._notices = AnchorNotices(self)

        self._find = FindBar(page)
        self._find.found.connect(self._select_match)
        self._find.closed.connect(lambda: self._text.setFocus(Qt.FocusReason.OtherFocusReason))

        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._header)
        column.addWidget(self._text, 1)
        column.addWidget(self._find)
        self._stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self._stack)

    # -- intent ------------------------------------------------------------------------------
    def show_find_bar(self) -> None:
        """Open the find bar over the shown source, searching from the reading position."""
        if self._shown is None:
            return
        position = self._text.textCursor().selectionStart()
        self._find.open(self._shown[1].from_utf16_offset(position))

    def retranslate(self) -> None:
        """Re-apply the user-visible strings in the current UI language."""
        self._empty.setText(
            self.tr("Select an event to read its source, or open a source in the Sources panel")
        )
        self._margin.set_tooltip(self.tr("A dated sentence that supports no event yet"))
        self._refresh(scroll=False)

    # -- following the document --------------------------------------------------------------
    def _on_reading_changed(self, *_: object) -> None:
        self._refresh()

    def _on_language_changed(self, _language: str) -> None:
        self._refresh(scroll=False)

    def _on_timeline_changed(self, change: Change) -> None:
        if change.reloaded:  # the most cited sources are likeliest to be read first
            cited = self._document.events_by("source")
            texts = sorted(
                self._document.texts.items(), key=lambda i: -cited.get(i[0], 0).bit_count()
            )
            self._documents.prepare([text for _, text in texts])
        # Only the sources the change touched are indexed (by the document) and marked again.
        if self._shown is not None and change.touches_source(self._shown[0]):
            self._marks = None
            QTimer.singleShot(0, self, self._show_coverage)  # what is used may differ now
        event = self._document.selected_event()
        cited = evidence_sources(event) if event is not None else ()
        if (
            self._marks is None
            or change.touches_event(self._document.selected_event_id)
            or any(change.touches_source(source_id) for source_id in cited)
        ):
            self._refresh(scroll=False)

    def _refresh(self, scroll: bool = True) -> None:
        if self._busy:
            return
        event = self._document.selected_event()
        if event is None:
            self._show_reading_source(self._document.reading_source)
            return
        self._stack.setCurrentIndex(1)
        evidence = event.evidence
        index = min(max(self._document.evidence_index, 0), len(evidence) - 1)
        timeline, language = self._document.timeline, self._document.language
        self._header.show_event(event, index, timeline, language)
        if index < 0:
            self._header.show_source(None, "", timeline, language)
            self._show_text(None, "")
            self._header.set_notice(self.tr("This event cites no source."))
            return
        entry = evidence[index]
        source = self._document.timeline.sources_by_id.get(entry.source)
        self._header.show_source(source, entry.source, timeline, language)
        text = self._document.texts.get(entry.source)
        reloaded = self._show_text(text, entry.source)
        if self._marks is None:
            if source is None:
                notice = self.tr("This evidence cites an unknown source “%1”.")
            else:
                notice = self.tr("The file of this source could not be read.")
            self._header.set_notice(arg(notice, entry.source))
            return
        anchor = self._marks.support.anchor(event.id, index)
        self._marker.clear()
        if anchor is None:  # only for a repeated event id; the first event owns the marks
            self._text.setExtraSelections([])
            self._header.set_notice("")
            return
        self._header.set_notice(self._notices.text(entry, anchor, self._marks.text))
        actors = self._document.timeline.actors_by_id
        date = self._marks.support.date_anchors.get((event.id, index))
        if anchor.found and (scroll or reloaded):
            self._scroll_to(anchor)
        self._marker.mark(
            self._marks, anchor, date, [actors[a] for a in event.actors if a in actors]
        )

    def _show_reading_source(self, source_id: str) -> None:
        """A source read on its own: its text and what in it supports events, no quote."""
        self._marker.clear()
        if not source_id:
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        timeline, language = self._document.timeline, self._document.language
        self._header.show_reading()
        self._header.show_source(
            timeline.sources_by_id.get(source_id), source_id, timeline, language
        )
        reloaded = self._show_text(self._document.texts.get(source_id), source_id)
        if self._marks is None:
            self._header.set_notice(self.tr("The file of this source could not be read."))
            return
        self._header.set_notice("")
        if reloaded:
            self._text.moveCursor(QTextCursor.MoveOperation.Start)
        self._marker.mark(self._marks, None, None, [])

    def selected_passage(self) -> tuple[str, int, int] | None:
        """The shown source's id and the span (Python offsets) of the text the user selected."""
        cursor = self._text.textCursor()
        if self._shown is None or not cursor.hasSelection():
            return None
        source_id, text = self._shown
        start = text.from_utf16_offset(cursor.selectionStart())
        end = text.from_utf16_offset(cursor.selectionEnd())
        return source_id, start, end

    def set_selection_actions(self, actions: list[QAction]) -> None:
        """Offer `actions` (for example "New Event from Selection") in the text's menu."""
        self._selection_actions = actions

    def _context_menu(self, pos: QPoint) -> None:
        menu = self._text.createStandardContextMenu(pos)
        if self._selection_actions:
            menu.addSeparator()
            for action in self._selection_actions:
                menu.addAction(action)
        menu.exec(self._text.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _show_text(self, text: SourceText | None, source_id: str) -> bool:
        """Put `text` on screen unless it already is; True when the text was (re)loaded."""
        shown = (source_id, text) if text is not None else None
        if self._marks is not None and shown is not None and self._shown == shown:
            return False  # SourceText compares by identity: the same loaded text
        reloaded = text is None or self._shown is None or self._shown[1] is not text
        self._shown = shown
        self._marks = None
        self._marker.clear()
        if reloaded:
            plain = text.text if text is not None else ""
            wrap = QTextOption.WrapMode
            self._text.setExtraSelections([])  # they hold cursors into the old text
            self._text.setDocument(self._documents.showing(text, plain))
            anywhere = self._documents.has_long_run(text)
            self._text.setWordWrapMode(wrap.WrapAnywhere if anywhere else wrap.WordWrap)
        if text is not None:
            self._marks = self._documents.marks(
                text, self._document.analyses.support(source_id, text)
            )
        if reloaded:  # after the marks exist, so a match in the new text can be selected
            self._find.set_text(text.text if text is not None else "")
        if reloaded:
            self._margin.show_coverage(None, None)
            # Finding the dated sentences takes a while in a long source: after the text is up.
            QTimer.singleShot(0, self, self._show_coverage)
        return reloaded

    def _show_coverage(self) -> None:
        if self._shown is None:
            return
        source_id, text = self._shown
        if not self._document.analyses.coverage_known(source_id):
            self._document.analyses.prepare_coverage(
                source_id
            )  # in the background; shown when ready
            return
        self._margin.show_coverage(text, self._document.analyses.coverage(source_id))

    def _coverage_ready(self, source_id: str) -> None:
        if self._shown is not None and self._shown[0] == source_id:
            self._show_coverage()

    def show_passage(self, source_id: str, start: int, end: int) -> bool:
        """Select and center text[start:end] if the source `source_id` is on screen."""
        if self._shown is None or self._shown[0] != source_id or self._marks is None:
            return False
        self._text.setTextCursor(self._marks.cursor(start, end))
        self._text.centerCursor()
        return True

    def go_to_unsupported(self, backwards: bool = False) -> bool:
        """Select the next dated sentence of the shown source that supports no event yet (the
        one before the cursor, `backwards`); False when there is none."""
        if self._shown is None:
            return False
        source_id, text = self._shown
        coverage = self._document.analyses.coverage(source_id)
        position = text.from_utf16_offset(self._text.textCursor().selectionStart())
        span = coverage.next_unsupported(position, backwards=backwards) if coverage else None
        if span is None or self._marks is None:
            return False
        self._text.setTextCursor(self._marks.cursor(*span))
        self._text.centerCursor()
        return True

    # -- scrolling and selecting -------------------------------------------------------------
    def _scroll_to(self, anchor: Anchor) -> None:
        assert self._marks is not None
        self._text.setTextCursor(self._marks.cursor(anchor.start, anchor.start))
        self._center_pending = not self._text.isVisible()
        if not self._center_pending:
            self._text.centerCursor()
            # the panel above the text may still change height once laid out: center again then
            QTimer.singleShot(0, self._text, self._text.centerCursor)

    def showEvent(self, event: QEvent) -> None:
        """Center a quote chosen while hidden, once the layout has its real size."""
        super().showEvent(event)
        if self._center_pending:
            self._center_pending = False
            QTimer.singleShot(0, self._text, self._text.centerCursor)

    def _select_match(self, start: int, end: int) -> None:
        if self._marks is not None:
            self._text.setTextCursor(self._marks.cursor(start, end))
            self._text.ensureCursorVisible()

    def _choose_evidence(self, index: int) -> None:
        event = self._document.selected_event()
        if event is not None:
            self._document.select_evidence(min(max(index, 0), len(event.evidence) - 1))

    # -- the text's viewport: clicks and tooltips on supporting sentences --------------------
    def _segment_at(self, pos: QPoint) -> SupportSegment | None:
        return self._marks.segment_at(pos) if self._marks is not None else None

    def _viewport_resized(self) -> None:
        self._marker.follow()
        self._margin.place()

    def _click(self, pos: QPoint) -> None:
        segment = self._segment_at(pos)
        if segment is None or self._marks is None:
            return
        document = self._document
        current = (document.selected_event_id, document.evidence_index)
        picked = self._marks.support.pick(segment.start, current)
        if picked is None or picked == current:
            return
        self._busy = True  # one refresh after both changes, not one per signal
        try:
            document.select_event(picked[0])
            document.select_evidence(picked[1])
        finally:
            self._busy = False
        self._refresh(scroll=False)  # the sentence is under the pointer: do not move it

    def event(self, event: QEvent) -> bool:
        """Claim Ctrl+F while the focus is in the pane."""
        # A window-wide Find action may use the same keys; a second QShortcut would make them
        # ambiguous and neither would fire. Claiming the override turns the keys into a key
        # press that reaches keyPressEvent below, here only; elsewhere the window's action runs.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and matches(event, "find-in-source")
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+F opens the find bar."""
        if matches(event, "find-in-source"):
            self.show_find_bar()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
