"""File ▸ Export… and File ▸ Import…: the UI only chooses; the core writes and reads."""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from viewer.core.writer import SaveError, write_atomically
from viewer.ui.common.busy import busy
from viewer.ui.common.prompts import Level, Prompts
from viewer.ui.common.text import arg
from viewer.ui.document import Document
from viewer.ui.exchange.export_dialog import ExportChoice, ExportDialog

# view() -> the first and last visible day, as date ordinals (floats), of the timeline
ViewRange = Callable[[], tuple[float, float]]


def _day(ordinal: float) -> str:
    return datetime.date.fromordinal(max(1, min(math.floor(ordinal), 3652059))).isoformat()


class ExchangeController(QObject):
    """Owns the Export and Import actions of one window."""

    def __init__(
        self, document: Document, prompts: Prompts, parent: QWidget, view: ViewRange
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._prompts = prompts
        self._parent = parent
        self._view = view
        self.export = QAction(self, triggered=self.export_timeline, objectName="export")
        self.retranslate()

    def actions(self) -> list[QAction]:
        """Every action, as the File menu lists them."""
        return [self.export]

    def retranslate(self) -> None:
        """Apply the UI language."""
        self.export.setText(self.tr("&Export…"))

    def export_timeline(self) -> bool:
        """Ask what to export and where; write it. False when nothing was written."""
        doc = self._document
        shown = doc.visible_event_ids()
        start, end = self._view()
        choice = ExportDialog.ask(
            self._parent,
            doc.language,
            None if shown is None else len(shown),
            (_day(start), _day(end - 1)),
        )
        if choice is None:
            return False
        stem = doc.path.stem if doc.path else "timeline"
        if doc.path and doc.path.name == "timeline.yaml":
            stem = doc.path.parent.name  # a timeline folder's name says more than "timeline"
        folder = str(doc.path.parent) if doc.path else ""
        target = self._prompts.save_file(
            self._parent,
            "export-file",
            self.tr("Export Timeline"),
            str(Path(folder) / f"{stem}{choice.suffix}"),
            arg(self.tr("Export (*%1)"), choice.suffix),
        )
        if target is None:
            return False
        if not target.suffix:
            target = target.with_suffix(choice.suffix)
        try:
            with busy():
                data = self._exported(choice)
                write_atomically(target, data)
        except (ValueError, SaveError, OSError) as exc:
            self._prompts.tell(
                self._parent,
                self.tr("Could Not Export"),
                arg(self.tr("The export was not written:\n\n%1"), exc),
                Level.ERROR,
            )
            return False
        return True

    def _exported(self, choice: ExportChoice) -> bytes:
        from viewer.core import export as formats

        doc = self._document
        actor_filter = doc.actor_filter
        options = formats.ExportOptions(
            lang=choice.lang,
            actor_ids=tuple(sorted(actor_filter.actor_ids)) if choice.follow_filter else (),
            actor_mode=actor_filter.mode,
            date_from=choice.date_from or None,
            date_to=choice.date_to or None,
        )
        timeline = doc.timeline
        if choice.format == "markdown":
            return formats.to_markdown(timeline, options).encode("utf-8")
        if choice.format == "html":
            return formats.to_html(timeline, options).encode("utf-8")
        if choice.format in ("csv", "csv-evidence"):
            make = formats.evidence_to_csv if choice.format == "csv-evidence" else formats.to_csv
            return make(timeline, options).encode(formats.CSV_ENCODING)
        data = formats.to_timelinejs(timeline, options)
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
