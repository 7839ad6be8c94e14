"""File ▸ Export… and File ▸ Import…: the UI only chooses; the core writes and reads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QAction, QPageLayout, QPainter
from PySide6.QtWidgets import QDialog, QWidget

from viewer.core.axis import date_of_day
from viewer.core.writer import SaveError, write_atomically
from viewer.ui.common.busy import busy
from viewer.ui.common.prompts import Level, Prompts
from viewer.ui.common.shortcuts import give_shortcuts
from viewer.ui.common.text import arg
from viewer.ui.document import Document
from viewer.ui.exchange.export_dialog import DRAWN, ExportChoice, ExportDialog

if TYPE_CHECKING:  # the exporters and printing load when they are asked for
    from PySide6.QtPrintSupport import QPrinter

    from viewer.core.export import ExportOptions
    from viewer.core.importers import ImportReport

# view() -> the first and last visible day, as date ordinals (floats), of the timeline
ViewRange = Callable[[], tuple[float, float]]


class Drawing(Protocol):
    """How the timeline room draws the timeline into a file or onto a printed page."""

    def draw_timeline(
        self, document: Document, format: str, target: Path, *, days: tuple[float, float] | None
    ) -> None: ...

    def paint_page(
        self, document: Document, painter: QPainter, page: QRectF, days: tuple[float, float]
    ) -> None: ...


class ExchangeController(QObject):
    """Owns the Export and Import actions of one window."""

    def __init__(
        self,
        document: Document,
        prompts: Prompts,
        parent: QWidget,
        view: ViewRange,
        drawing: Drawing,
        open_timeline: Callable[[Path], object],
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._prompts = prompts
        self._parent = parent
        self._view = view
        self._drawing = drawing
        self._open_timeline = open_timeline
        self.export = QAction(self, triggered=self.export_timeline, objectName="export")
        self.import_ = QAction(self, triggered=self.import_timeline, objectName="import")
        self.print = give_shortcuts(
            QAction(self, triggered=self.print_timeline, objectName="print"), "print"
        )
        self.retranslate()

    def actions(self) -> list[QAction]:
        """Every action, as the File menu lists them."""
        return [self.import_, self.export, self.print]

    def retranslate(self) -> None:
        """Apply the UI language."""
        self.export.setText(self.tr("&Export…"))
        self.print.setText(self.tr("&Print…"))
        self.import_.setText(self.tr("&Import…"))

    def export_timeline(self) -> bool:
        """Ask what to export and where; write it. False when nothing was written."""
        doc = self._document
        shown = doc.visible_event_ids()
        start, end = self._view()
        choice = ExportDialog.ask(
            self._parent,
            doc.language,
            None if shown is None else len(shown),
            (date_of_day(start).isoformat(), date_of_day(end - 1).isoformat()),
            (doc.event_filter.date_from, doc.event_filter.date_to),
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
                if choice.format in DRAWN or choice.format == "report":
                    self._draw(choice, target)
                else:
                    write_atomically(target, self._exported(choice))
        except (ValueError, SaveError, OSError) as exc:
            self._prompts.tell(
                self._parent,
                self.tr("Could Not Export"),
                arg(self.tr("The export was not written:\n\n%1"), exc),
                Level.ERROR,
            )
            return False
        return True

    def import_timeline(self) -> bool:
        """Make a new timeline folder from a TimelineJS, Timeline or CSV file, and open it."""
        from viewer.core import importers
        from viewer.core.sources import file_stem
        from viewer.ui.exchange.mapping_dialog import MappingDialog

        path = self._prompts.open_file(
            self._parent,
            "import-file",
            self.tr("Import Timeline"),
            "",
            self.tr(
                "Timelines (*.json *.csv *.timeline *.xml);;TimelineJS (*.json *.csv);;"
                "Timeline (*.timeline);;All files (*)"
            ),
        )
        if path is None:
            return False
        try:
            kind, header = importers.sniff(path)
            mapping = None
            if kind == "csv":
                guess = importers.guess_mapping(header)
                mapping = MappingDialog.ask(self._parent, importers.FIELDS, header, guess)
                if mapping is None:
                    return False
            with busy():
                report = importers.import_file(path, format=kind, mapping=mapping)
        except (importers.ImportFailed, ValueError) as exc:
            problem = exc.problem.format() if isinstance(exc, importers.ImportFailed) else exc
            self._prompts.tell(
                self._parent,
                self.tr("Cannot Import"),
                arg(self.tr("Nothing was imported:\n\n%1"), problem),
                Level.ERROR,
            )
            return False
        parent_folder = self._prompts.choose_folder(
            self._parent, "import-folder", self.tr("Folder for the Imported Timeline"), ""
        )
        if parent_folder is None:
            return False
        folder = parent_folder / (file_stem(path.stem) or "imported")
        try:
            written = importers.write_import(report, folder)
        except (SaveError, OSError) as exc:
            self._prompts.tell(
                self._parent,
                self.tr("Cannot Import"),
                arg(self.tr("The imported timeline was not written:\n\n%1"), exc),
                Level.ERROR,
            )
            return False
        self._tell_imported(report, written)
        self._open_timeline(written)
        return True

    def _tell_imported(self, report: ImportReport, written: Path) -> None:
        warnings = report.warnings
        lines = [self.tr("%n event(s) imported", "", report.imported)]
        if report.timeline.periods:
            lines.append(self.tr("%n period(s), from its eras", "", len(report.timeline.periods)))
        lines += [
            self.tr("%n warning(s)", "", len(warnings)),
            arg(self.tr("The new timeline is %1"), str(written)),
        ]
        listed = [problem.format() for problem in warnings[:30]]
        if len(warnings) > 30:
            listed.append(self.tr("and %n more warning(s)", "", len(warnings) - 30))
        text = "\n".join(lines) + ("\n\n" + "\n".join(listed) if listed else "")
        level = Level.WARNING if warnings else Level.INFO
        self._prompts.tell(self._parent, self.tr("Import Done"), text, level)

    def print_timeline(self) -> bool:
        """Print the chronology report or the timeline as shown, after a preview."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        report, view = self.tr("The chronology report"), self.tr("The timeline as shown")
        what = self._prompts.choose(
            self._parent, "print-what", self.tr("Print"), self.tr("What to print:"), [report, view]
        )
        if what is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self._parent)
        preview.setObjectName("printPreview")
        preview.paintRequested.connect(lambda device: self._paint(device, what == report))
        try:
            return preview.exec() == QDialog.DialogCode.Accepted
        finally:
            preview.deleteLater()

    def _paint(self, printer: QPrinter, report: bool) -> None:
        doc = self._document
        if report:
            from viewer.core.export import ExportOptions
            from viewer.core.export.report import to_report_html
            from viewer.ui.exchange.report_pdf import print_report, report_document

            options = ExportOptions.following(doc.event_filter, doc.language)
            print_report(report_document(to_report_html(doc.timeline, options)), printer)
            return
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        painter = QPainter(printer)
        page = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
        self._drawing.paint_page(doc, painter, page, self._view())
        painter.end()

    def _options(self, choice: ExportChoice) -> ExportOptions:
        from viewer.core.export import ExportOptions

        event_filter = self._document.event_filter
        if not choice.follow_filter:
            event_filter = event_filter.cleared()
        dates = {"date_from": choice.date_from or None, "date_to": choice.date_to or None}
        return ExportOptions.following(event_filter, choice.lang, **dates)

    def _draw(self, choice: ExportChoice, target: Path) -> None:
        doc = self._document
        if choice.format == "report":
            from viewer.core.export.report import to_report_html
            from viewer.ui.exchange.report_pdf import write_report_pdf

            title = doc.timeline.title.get(choice.lang) or target.stem
            write_report_pdf(to_report_html(doc.timeline, self._options(choice)), target, title)
            return
        options = self._options(choice)
        first, last = options.bounds
        days = None
        if first or last:
            start, end = self._view()
            days = (
                float(first.toordinal()) if first else start,
                float(last.toordinal() + 1) if last else end,
            )
        # the drawing shows what the window shows: the same filter, language and colours
        self._drawing.draw_timeline(doc, choice.format, target, days=days)

    def _exported(self, choice: ExportChoice) -> bytes:
        from viewer.core.export import export_bytes

        return export_bytes(self._document.timeline, self._options(choice), choice.format)
