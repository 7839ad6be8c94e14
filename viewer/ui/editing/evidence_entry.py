"""One evidence entry of the event dialog: source, quote and context hints, checked live
against the source text, with the quote shown highlighted in its context."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.core.anchoring import MAX_COUNTED, Anchor, MatchKind, SourceText
from viewer.core.edits import without_keys
from viewer.core.meaning import describe_changes, meaning_changes_at
from viewer.core.model import Evidence, Source
from viewer.core.validation import anchor_date_quote, anchor_evidence
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.text import arg, shown
from viewer.ui.common.vocabulary import APPROXIMATE_QUOTE_COLOUR, QUOTE_COLOUR

CONTEXT_CHARS = 100  # shown on each side of the match: about 200 characters of context
_ELLIPSIS = "\u2026"


def _lines(edit: QPlainTextEdit, count: int) -> None:
    margins = edit.contentsMargins()
    # Frame, margins and the document's own margin on both sides.
    frame = edit.frameWidth() * 2 + margins.top() + margins.bottom()
    padding = int(edit.document().documentMargin() * 2) + 4
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * count + frame + padding)


class EvidenceEntry(QGroupBox):
    """One evidence entry: source, quote, optional context hints, match status and preview."""

    changed = Signal()
    remove_requested = Signal(object)  # this entry

    def __init__(
        self,
        evidence: Evidence,
        sources: Sequence[Source],
        texts: Mapping[str, SourceText],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = evidence
        self._sources = {source.id: source for source in sources}
        self._texts = texts
        self._number = 1
        self._anchor: Anchor | None = None

        self._source = QComboBox(self, objectName="evidenceSource")
        self._has_placeholder = not evidence.source or evidence.source not in self._sources
        if self._has_placeholder:
            self._source.addItem("", evidence.source)  # text comes from retranslate()
        for source in sources:
            self._source.addItem(shown(source.title.get(language) or source.id), source.id)
        self._source.setCurrentIndex(max(self._source.findData(evidence.source), 0))
        self._source_status = StatusLabel(self, "evidenceSourceStatus", keep_room=True)
        self._quote = QPlainTextEdit(self, objectName="evidenceQuote")
        self._quote.setTabChangesFocus(True)
        self._quote.setPlainText(evidence.quote)
        _lines(self._quote, 3)
        self._status = StatusLabel(self, "quoteStatus", keep_room=True)
        self._context = QPlainTextEdit(self, objectName="quoteContext")
        self._context.setReadOnly(True)
        self._context.setTabChangesFocus(True)
        self._context.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        _lines(self._context, 4)
        # the sentence stating the date, when the quote does not (it is evidence too)
        self._date_quote = QLineEdit(
            evidence.date_quote or "", self, objectName="evidenceDateQuote"
        )
        self._date_status = StatusLabel(self, "dateQuoteStatus", keep_room=True)
        self._hints = QCheckBox(self, objectName="evidenceHints")
        self._prefix = QLineEdit(evidence.prefix or "", self, objectName="evidencePrefix")
        self._suffix = QLineEdit(evidence.suffix or "", self, objectName="evidenceSuffix")
        self._remove = QPushButton(self, objectName="removeEvidence")
        self._remove.setAutoDefault(False)

        self._labels = [QLabel(self) for _ in range(6)]  # texts come from retranslate()
        source_label, quote_label, context_label, prefix_label, suffix_label, date_label = (
            self._labels
        )
        for label, buddy in (
            (source_label, self._source),
            (quote_label, self._quote),
            (date_label, self._date_quote),
            (prefix_label, self._prefix),
            (suffix_label, self._suffix),
        ):
            label.setBuddy(buddy)
        self._form = QFormLayout()
        self._form.addRow(source_label, self._source)
        self._form.addRow("", self._source_status)
        self._form.addRow(quote_label, self._quote)
        self._form.addRow("", self._status)
        self._form.addRow(context_label, self._context)
        self._form.addRow(date_label, self._date_quote)
        self._form.addRow("", self._date_status)
        self._form.addRow("", self._hints)
        self._form.addRow(prefix_label, self._prefix)
        self._form.addRow(suffix_label, self._suffix)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self._remove)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addLayout(bottom)

        self._hints.setChecked(bool(evidence.prefix or evidence.suffix))
        self._show_hints(self._hints.isChecked())
        self._source.currentIndexChanged.connect(self._check)
        self._quote.textChanged.connect(self._check)
        self._prefix.textChanged.connect(self._check)
        self._suffix.textChanged.connect(self._check)
        self._date_quote.textChanged.connect(self._check)
        self._hints.toggled.connect(self._show_hints)
        self._remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.retranslate()

    # -- reading ---------------------------------------------------------------------------------
    def evidence(self) -> Evidence:
        """The entry as edited; what it does not show (occurrence, unknown keys) is kept."""
        original = self._original
        source = self._source.currentData() or ""
        quote = self._quote.toPlainText()
        # an edited quote is NFC, as the source texts are once read
        quote = (
            original.quote
            if quote == original.quote
            else unicodedata.normalize("NFC", quote.strip())
        )
        prefix = self._prefix.text() or None
        suffix = self._suffix.text() or None
        date_text = self._date_quote.text()
        date_quote = (
            original.date_quote
            if date_text == (original.date_quote or "")
            else unicodedata.normalize("NFC", date_text.strip()) or None
        )
        edited = {
            "source": source,
            "quote": quote,
            "prefix": prefix,
            "suffix": suffix,
            "date_quote": date_quote,
        }
        changed = [key for key, value in edited.items() if value != getattr(original, key)]
        if not changed:
            return original
        return dataclasses.replace(original, **edited, extra=without_keys(original.extra, changed))

    def problem(self) -> str:
        """Why the entry cannot be saved ("" when it can; an approximate match can)."""
        for label in (self._source_status, self._status, self._date_status):
            if label.level == "error":
                return label.text()
        return ""

    def anchor(self) -> Anchor | None:
        """Where the quote was found, or None when it could not be looked for."""
        return self._anchor

    def focus_widgets(self) -> list[QWidget]:
        """The focusable children in visual order."""
        return [
            self._source,
            self._quote,
            self._date_quote,
            self._hints,
            self._prefix,
            self._suffix,
            self._remove,
        ]

    # -- intent ----------------------------------------------------------------------------------
    def set_number(self, number: int) -> None:
        """Show this entry as the `number`th (1-based)."""
        self._number = number
        self.setTitle(arg(self.tr("Evidence %1"), number))

    def focus_quote(self) -> None:
        """Put the cursor in the quote."""
        self._quote.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        """Apply the UI-language strings."""
        texts = (
            self.tr("Sou&rce:"),
            self.tr("&Quote:"),
            self.tr("In context:"),
            self.tr("Text before:"),
            self.tr("Text after:"),
            self.tr("&Date stated in:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self._quote.setPlaceholderText(self.tr("The supporting sentence, copied from the source"))
        self._quote.setAccessibleName(self.tr("Quote"))
        self._context.setAccessibleName(self.tr("The quote in its source"))
        self._context.setPlaceholderText(self.tr("The quote shows here in its source once found"))
        self._hints.setText(self.tr("Context &hints"))
        self._hints.setToolTip(
            self.tr("Text just before or after the quote, to pick one of several occurrences")
        )
        self._date_quote.setPlaceholderText(
            self.tr("the sentence giving the date, if the quote does not (optional)")
        )
        self._prefix.setPlaceholderText(self.tr("optional"))
        self._suffix.setPlaceholderText(self.tr("optional"))
        self._remove.setText(self.tr("Remove"))
        self._remove.setToolTip(self.tr("Remove this evidence entry"))
        if self._has_placeholder:
            missing = self._source.itemData(0)
            self._source.setItemText(
                0,
                arg(self.tr("'%1' (not in the timeline)"), missing)
                if missing
                else self.tr("Choose a source…"),
            )
        self.set_number(self._number)
        self._check()

    # -- Qt overrides ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Re-apply strings when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- private ---------------------------------------------------------------------------------
    def _show_hints(self, shown: bool) -> None:
        for field in (self._prefix, self._suffix):
            field.setVisible(shown)
            label = self._form.labelForField(field)
            if label is not None:
                label.setVisible(shown)

    def _check(self) -> None:
        """Look the quote up in its source and say how it was found."""
        self._anchor = None
        source_id = self._source.currentData() or ""
        if not source_id:
            self._source_status.set_status(self.tr("Choose a source"))
        elif source_id not in self._sources:
            self._source_status.set_status(self.tr("This source is not in the timeline"))
        else:
            self._source_status.set_status("")
        evidence = self.evidence()
        text = self._texts.get(source_id)
        if not evidence.quote.strip():
            self._status.set_status(self.tr("Enter the quote"))
        elif source_id not in self._sources:
            self._status.set_status("")
        elif text is None:
            self._status.set_status(
                self.tr("The source's text could not be read, so the quote cannot be checked"),
                "warning",
            )
        else:
            self._anchor = anchor_evidence(text, evidence)
            self._status.set_status(*self._describe(self._anchor, evidence.quote, text))
        self._date_status.set_status(*self._describe_date(evidence, text))
        self._show_context(text)
        self.changed.emit()

    def _describe_date(self, evidence: Evidence, text: SourceText | None) -> tuple[str, str]:
        if not evidence.date_quote or text is None:
            return "", ""
        found = anchor_date_quote(text, evidence, near=self._anchor)
        if not found.found:
            return self.tr("Not found in the source"), "error"
        if found.kind is MatchKind.FUZZY:
            return self.tr("Found only approximately: copy the sentence exactly"), "warning"
        return self.tr("Found"), "ok"

    def _describe(self, anchor: Anchor, quote: str, text: SourceText) -> tuple[str, str]:
        if anchor.kind is MatchKind.NOT_FOUND:
            return self.tr("Not found"), "error"
        changes = meaning_changes_at(anchor, quote, text)
        if changes:
            # a number, date or negation differs: never a typo, whatever the score
            return arg(self.tr("Differs in meaning: %1"), describe_changes(changes)), "error"
        if anchor.kind is MatchKind.FUZZY:
            percent = str(int(anchor.score * 100))
            return arg(self.tr("Approximate match (%1%)"), percent), "warning"
        if anchor.kind is MatchKind.EXACT:
            found = self.tr("Found exactly")
        else:
            found = self.tr("Found (ignoring spaces and quote marks)")
        if anchor.ambiguous and anchor.occurrences >= MAX_COUNTED:  # counting stopped there
            more = arg(self.tr("occurs %1 times or more: add context"), f"{MAX_COUNTED:,}")
            return f"{found}; {more}", "warning"
        if anchor.ambiguous:
            more = self.tr("occurs %n times: add context", "", anchor.occurrences)
            return f"{found}; {more}", "warning"
        if anchor.occurrences > 1:
            # The hints (or an occurrence number kept from the file) picked one.
            more = self.tr("the one meant of %n occurrences", "", anchor.occurrences)
            return f"{found}; {more}", "ok"
        return found, "ok"

    def _show_context(self, text: SourceText | None) -> None:
        """About 200 characters around the match, the match highlighted."""
        anchor = self._anchor
        if text is None or anchor is None or not anchor.found:
            # kept in place, empty: the dialog does not jump while the quote is typed
            self._context.setPlainText("")
            self._context.setExtraSelections([])
            return
        lo = max(0, anchor.start - CONTEXT_CHARS)
        hi = min(len(text.text), anchor.end + CONTEXT_CHARS)
        lead = _ELLIPSIS if lo > 0 else ""
        shown = lead + text.text[lo:hi] + (_ELLIPSIS if hi < len(text.text) else "")
        if self._context.toPlainText() != shown:
            self._context.setPlainText(shown)
        # Qt counts UTF-16 units: an emoji before the quote is two of them.
        base = text.utf16_offset(lo) - len(lead)
        cursor = QTextCursor(self._context.document())
        cursor.setPosition(text.utf16_offset(anchor.start) - base)
        cursor.setPosition(text.utf16_offset(anchor.end) - base, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fuzzy = anchor.kind is MatchKind.FUZZY
        fmt.setBackground(APPROXIMATE_QUOTE_COLOUR if fuzzy else QUOTE_COLOUR)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        self._context.setExtraSelections([selection])
