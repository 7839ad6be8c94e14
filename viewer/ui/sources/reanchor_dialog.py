"""Before a source's text is replaced: how each quote citing it stands in the new version."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.meaning import describe_changes
from viewer.core.model import Timeline
from viewer.core.reanchor import ReanchorReport, ReanchorStatus
from viewer.ui.common.dialog_buttons import ok_cancel
from viewer.ui.common.text import arg, shown

_COLOURS = {  # readable on light and dark palettes
    ReanchorStatus.EXACT: QColor(46, 125, 50),
    ReanchorStatus.NORMALIZED: QColor(46, 125, 50),
    ReanchorStatus.FUZZY: QColor(184, 110, 0),
    ReanchorStatus.CHANGED: QColor(211, 47, 47),
    ReanchorStatus.LOST: QColor(211, 47, 47),
}


def status_name(status: ReanchorStatus) -> str:
    """The translated name of a status."""
    names = {
        ReanchorStatus.EXACT: QCoreApplication.translate("ReanchorDialog", "Exact"),
        ReanchorStatus.NORMALIZED: QCoreApplication.translate("ReanchorDialog", "Normalized"),
        ReanchorStatus.FUZZY: QCoreApplication.translate("ReanchorDialog", "Reworded"),
        ReanchorStatus.CHANGED: QCoreApplication.translate("ReanchorDialog", "Meaning changed"),
        ReanchorStatus.LOST: QCoreApplication.translate("ReanchorDialog", "Lost"),
    }
    return names[status]


class ReanchorDialog(QDialog):
    """Lists every evidence entry citing the source: exact, normalized, reworded (its quote
    will take the new wording), changed in meaning or lost (both left for the user to fix)."""

    def __init__(
        self, report: ReanchorReport, timeline: Timeline, language: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._report = report
        self._summary = QLabel(self, objectName="reanchorSummary", wordWrap=True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._tree = QTreeWidget(self, objectName="reanchorEntries")
        self._tree.setRootIsDecorated(False)
        self._tree.setWordWrap(True)
        self._tree.setUniformRowHeights(False)
        self._tree.setColumnCount(3)
        header = self._tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        events = timeline.events
        for entry in report.entries:
            event = events[entry.event_index]
            title = shown(event.title.get(language) or event.id, 120)
            detail = shown(entry.evidence.quote.strip(), 300)
            if entry.status is ReanchorStatus.CHANGED:
                detail = arg(self.tr("%1 — %2"), describe_changes(entry.changes), entry.diff)
            elif entry.status is ReanchorStatus.FUZZY:
                detail = shown(entry.diff, 400)
            elif entry.status is ReanchorStatus.LOST:
                detail = arg(self.tr("Not in the new text: “%1”"), detail)
            item = QTreeWidgetItem([title, status_name(entry.status), detail])
            item.setForeground(1, QBrush(_COLOURS[entry.status]))
            item.setToolTip(2, detail)
            self._tree.addTopLevelItem(item)
        self._buttons, self._ok = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary)
        layout.addWidget(self._tree, 1)
        layout.addWidget(self._buttons)
        self.resize(900, 520)
        self.retranslate()

    def retranslate(self) -> None:
        """Apply the UI language."""
        self.setWindowTitle(self.tr("Replace Source Text"))
        self._tree.setHeaderLabels([self.tr("Event"), self.tr("Status"), self.tr("Quote")])
        self._tree.setColumnWidth(0, 240)
        self._ok.setText(self.tr("&Replace"))
        counts = Counter(entry.status for entry in self._report.entries)
        parts = [
            f"{status_name(status)}: {counts[status]}"
            for status in ReanchorStatus
            if counts[status]
        ]
        lines = [" · ".join(parts) if parts else self.tr("No evidence cites this source.")]
        if counts[ReanchorStatus.FUZZY]:
            lines.append(self.tr("Reworded quotes will take the new text's wording."))
        if counts[ReanchorStatus.CHANGED] or counts[ReanchorStatus.LOST]:
            lines.append(
                self.tr(
                    "Quotes whose meaning changed or that were lost stay as they are and will be "
                    "listed under Problems, to be checked."
                )
            )
        self._summary.setText("\n".join(lines))

    @classmethod
    def confirm(
        cls, report: ReanchorReport, timeline: Timeline, language: str, parent: QWidget | None
    ) -> bool:
        """Show the report; True when the user chose to replace the text."""
        dialog = cls(report, timeline, language, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
