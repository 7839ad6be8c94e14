"""The event dialog's evidence: entries of source and quote, each checked live against its text."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence

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

from viewer.core.anchoring import Anchor, MatchKind, SourceText
from viewer.core.model import Evidence, Extra, Source
from viewer.core.validation import anchor_evidence
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.text import arg
from viewer.ui.common.vocabulary import APPROXIMATE_QUOTE_COLOUR, QUOTE_COLOUR

CONTEXT_CHARS = 100  # shown on each side of the match: about 200 characters of context
_ELLIPSIS = "\u2026"


def without_keys(extra: Extra, keys: Iterable[str]) -> Extra:
    """`extra` without `keys`: an invalid value kept there would override the edited field."""
    drop = set(keys)
    return tuple((key, value) for key, value in extra if key not in drop)


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
            self._source.addItem(source.title.get(language) or source.id, source.id)
        self._source.setCurrentIndex(max(self._source.findData(evidence.source), 0))
        self._source_status = StatusLabel(self, "evidenceSourceStatus")
        self._quote = QPlainTextEdit(self, objectName="evidenceQuote")
        self._quote.setTabChangesFocus(True)
        self._quote.setPlainText(evidence.quote)
        _lines(self._quote, 3)
        self._status = StatusLabel(self, "quoteStatus")
        self._context = QPlainTextEdit(self, objectName="quoteContext")
        self._context.setReadOnly(True)
        self._context.setTabChangesFocus(True)
        self._context.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        _lines(self._context, 4)
        self._hints = QCheckBox(self, objectName="evidenceHints")
        self._prefix = QLineEdit(evidence.prefix or "", self, objectName="evidencePrefix")
        self._suffix = QLineEdit(evidence.suffix or "", self, objectName="evidenceSuffix")
        self._remove = QPushButton(self, objectName="removeEvidence")
        self._remove.setAutoDefault(False)

        self._labels = [QLabel(self) for _ in range(5)]  # texts come from retranslate()
        source_label, quote_label, context_label, prefix_label, suffix_label = self._labels
        for label, buddy in (
            (source_label, self._source),
            (quote_label, self._quote),
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
        self._hints.toggled.connect(self._show_hints)
        self._remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.retranslate()

    # -- reading ---------------------------------------------------------------------------------
    def evidence(self) -> Evidence:
        """The entry as edited; what it does not show (occurrence, unknown keys) is kept."""
        original = self._original
        source = self._source.currentData() or ""
        quote = self._quote.toPlainText()
        quote = original.quote if quote == original.quote else quote.strip()
        prefix = self._prefix.text() or None
        suffix = self._suffix.text() or None
        edited = {"source": source, "quote": quote, "prefix": prefix, "suffix": suffix}
        changed = [key for key, value in edited.items() if value != getattr(original, key)]
        if not changed:
            return original
        return dataclasses.replace(original, **edited, extra=without_keys(original.extra, changed))

    def problem(self) -> str:
        """Why the entry cannot be saved ("" when it can; an approximate match can)."""
        for label in (self._source_status, self._status):
            if label.level == "error":
                return label.text()
        return ""

    def anchor(self) -> Anchor | None:
        """Where the quote was found, or None when it could not be looked for."""
        return self._anchor

    def focus_widgets(self) -> list[QWidget]:
        """The focusable children in visual order."""
        return [self._source, self._quote, self._hints, self._prefix, self._suffix, self._remove]

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
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self._quote.setPlaceholderText(self.tr("The supporting sentence, copied from the source"))
        self._quote.setAccessibleName(self.tr("Quote"))
        self._context.setAccessibleName(self.tr("The quote in its source"))
        self._hints.setText(self.tr("Context &hints"))
        self._hints.setToolTip(
            self.tr("Text just before or after the quote, to pick one of several occurrences")
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
            self._status.set_status(*self._describe(self._anchor))
        self._show_context(text)
        self.changed.emit()

    def _describe(self, anchor: Anchor) -> tuple[str, str]:
        if anchor.kind is MatchKind.NOT_FOUND:
            return self.tr("Not found"), "error"
        if anchor.kind is MatchKind.FUZZY:
            percent = str(int(anchor.score * 100))
            return arg(self.tr("Approximate match (%1%)"), percent), "warning"
        if anchor.kind is MatchKind.EXACT:
            found = self.tr("Found exactly")
        else:
            found = self.tr("Found (ignoring spaces and quote marks)")
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
            self._context.hide()
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
        self._context.show()


class EvidenceEditor(QWidget):
    """The event's evidence entries, with Add and each entry's Remove."""

    changed = Signal()
    entries_changed = Signal()  # an entry was added or removed: the tab order needs redoing

    def __init__(
        self,
        evidence: Sequence[Evidence],
        sources: Sequence[Source],
        texts: Mapping[str, SourceText],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = tuple(evidence)
        self._sources = tuple(sources)
        self._texts = texts
        self._language = language
        self._entries: list[EvidenceEntry] = []
        self._empty = StatusLabel(self, "evidenceEmpty")
        self._add = QPushButton(self, objectName="addEvidence")
        self._add.setAutoDefault(False)
        self._add.setEnabled(bool(sources))
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self._add)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._empty)
        layout.addLayout(self._list)
        layout.addLayout(row)
        self._add.clicked.connect(self.add_evidence)
        for item in evidence:
            self._append(item)
        self.retranslate()

    # -- reading ---------------------------------------------------------------------------------
    def evidence(self) -> tuple[Evidence, ...]:
        """The entries as edited."""
        result = tuple(entry.evidence() for entry in self._entries)
        return self._original if result == self._original else result

    def problems(self) -> list[str]:
        """One line per entry that cannot be saved."""
        return [
            arg(self.tr("Evidence %1: %2"), number, problem)
            for number, entry in enumerate(self._entries, 1)
            if (problem := entry.problem())
        ]

    def entries(self) -> list[EvidenceEntry]:
        """The entry widgets, in order."""
        return list(self._entries)

    def focus_widgets(self) -> list[QWidget]:
        """The focusable children in visual order."""
        return [w for entry in self._entries for w in entry.focus_widgets()] + [self._add]

    def first_widget(self) -> QWidget:
        """The widget a label's mnemonic should focus."""
        return self._entries[0].focus_widgets()[0] if self._entries else self._add

    # -- intent ----------------------------------------------------------------------------------
    def add_evidence(self) -> EvidenceEntry:
        """Add an empty entry citing the last entry's source (or the first source)."""
        source = ""
        if self._entries:
            source = self._entries[-1].evidence().source
        elif self._sources:
            source = self._sources[0].id
        entry = self._append(Evidence(source=source))
        self._changed_entries()
        entry.focus_quote()
        return entry

    def remove_evidence(self, index: int) -> None:
        """Remove the entry at `index` (0-based)."""
        entry = self._entries.pop(index)
        self._list.removeWidget(entry)
        entry.hide()
        entry.deleteLater()
        for number, rest in enumerate(self._entries, 1):
            rest.set_number(number)
        self._changed_entries()

    def retranslate(self) -> None:
        """Apply the UI-language strings."""
        self._add.setText(self.tr("Add e&vidence"))
        self._add.setToolTip(
            self.tr("Cite a sentence from a source that supports the event")
            if self._sources
            else self.tr("The timeline has no sources to cite")
        )
        self._show_empty()

    # -- Qt overrides ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Re-apply strings when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- private ---------------------------------------------------------------------------------
    def _append(self, evidence: Evidence) -> EvidenceEntry:
        entry = EvidenceEntry(evidence, self._sources, self._texts, self._language, self)
        self._entries.append(entry)
        entry.set_number(len(self._entries))
        self._list.addWidget(entry)
        entry.show()  # a layout shows a widget added to a visible parent only later
        entry.changed.connect(self.changed)
        entry.remove_requested.connect(lambda e: self.remove_evidence(self._entries.index(e)))
        return entry

    def _changed_entries(self) -> None:
        self._show_empty()
        self.entries_changed.emit()
        self.changed.emit()

    def _show_empty(self) -> None:
        message = self.tr("No evidence yet: cite the sentence in a source that supports the event")
        self._empty.set_status("" if self._entries else message, "info")
