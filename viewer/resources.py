"""The one place that knows where the bundled data and resources live."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _locate(installed: str, checkout: str) -> Path:
    # A frozen bundle unpacks next to sys._MEIPASS; a wheel carries the folders inside the
    # package; a checkout (or an editable install) has them at the top of the repository.
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / checkout] if frozen else []
    candidates += [_PACKAGE / installed, _PACKAGE.parent / checkout]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def data_dir() -> Path:
    """The folder holding the bundled chronologies."""
    return _locate("_data", "data")


def resources_dir() -> Path:
    """The folder holding icons, translations and styles."""
    return _locate("_resources", "resources")


def user_guide(language: str) -> Path:
    """The user guide in `language` ("ko" has its own; any other gets the English one)."""
    folder = _locate("_docs", "docs")
    korean = folder / "guide.ko.md"
    return korean if language == "ko" and korean.is_file() else folder / "guide.md"


def bundled_timeline() -> Path:
    """The chronology the app opens when given no file."""
    return data_dir() / "openai-crisis" / "timeline.yaml"
