"""What was dropped on the window: local files only, never a remote address."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDropEvent

TIMELINE_SUFFIXES = (".yaml", ".yml")


def dropped_files(data: QMimeData | None) -> list[Path]:
    """The local files among what `data` carries, in the order given."""
    if data is None or not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


def handle_drop(
    event: QDropEvent,
    open_timeline: Callable[[Path], object],
    add_documents: Callable[[list[Path]], object],
) -> None:
    """Open the first timeline dropped, else add the dropped files as sources."""
    paths = dropped_files(event.mimeData())
    if not paths:
        return
    event.acceptProposedAction()
    timelines = [p for p in paths if p.suffix.lower() in TIMELINE_SUFFIXES]
    if timelines:
        open_timeline(timelines[0])
    else:
        add_documents(paths)
