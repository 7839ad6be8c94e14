"""The chronology report on paper: its HTML laid out by Qt into numbered A4 pages, as a PDF
(Korean fonts embedded) or on a printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from viewer.core.writer import write_atomically

_MARGINS_MM = QMarginsF(15, 15, 15, 15)


def report_document(html: str) -> QTextDocument:
    """The report laid out once; printing it numbers its pages."""
    document = QTextDocument()
    document.setHtml(html)
    return document


def print_report(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay `document` out on A4 pages of `device` (a PDF writer or a printer)."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            _MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    # A document without a page size of its own is broken into the device's pages, and
    # QTextDocument.print_ numbers them at the foot of each page.
    document.print_(device)


def write_report_pdf(html: str, target: Path, title: str) -> None:
    """Write the report to `target`, replaced whole or not at all."""
    temp = target.with_name(f".{target.name}.report")
    try:
        writer = QPdfWriter(str(temp))
        writer.setTitle(title)
        print_report(report_document(html), writer)
        del writer  # the file is complete once the writer is gone
        write_atomically(target, temp.read_bytes())
    finally:
        temp.unlink(missing_ok=True)
