"""Writing an imported timeline as a new timeline folder."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from viewer.core.importers.report import ImportReport
from viewer.core.sources import create_timeline, write_source_text
from viewer.core.writer import save_timeline

__all__ = ["write_import"]


def write_import(report: ImportReport, target: Path) -> Path:
    """Make `target` a new timeline folder holding the imported timeline and the source texts
    the import made (`report.source_texts`), and return the timeline file. Raises SaveError,
    writing nothing, when `target` holds a timeline already or is a file; the timeline is
    saved atomically."""
    timeline_file = create_timeline(Path(target), report.timeline.title.get("en"))
    sources = []
    for source in report.timeline.sources:
        text = report.source_texts.get(source.id)
        if text is not None:
            source = dataclasses.replace(
                source, file=write_source_text(timeline_file, source.id, text)
            )
        sources.append(source)
    save_timeline(dataclasses.replace(report.timeline, sources=tuple(sources)), timeline_file)
    # The save kept the empty timeline create_timeline wrote as its backup, which holds nothing
    # anyone wrote: a new folder has no earlier version to keep.
    timeline_file.with_name(timeline_file.name + ".bak").unlink(missing_ok=True)
    return timeline_file
