"""The event dialog's evidence: a list of entries with Add, each entry with its Remove."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from viewer.core.anchoring import SourceText
from viewer.core.model import Evidence, Source
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.text import arg
from viewer.ui.editing.evidence_entry import EvidenceEntry


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
