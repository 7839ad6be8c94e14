"""What was dropped on the window: local files only, never a remote address."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

TIMELINE_SUFFIXES = (".yaml", ".yml")


def dropped_files(data: QMimeData | None) -> list[Path]:
    """The local files among what `data` carries, in the order given."""
    if data is None or not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]
