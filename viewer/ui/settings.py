"""Every persisted UI setting, declared once with its key and default. Never timeline data."""

from __future__ import annotations

import hashlib
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "timeline-viewer"
APPLICATION = "timeline-viewer"
MAX_RECENT = 10


class Settings:
    """Typed access to QSettings for the window, the timeline view and the language."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(str(settings_file()), QSettings.Format.IniFormat)

    def _get(self, key: str, default: object, kind: type) -> object:
        value = self._settings.value(key, default)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    @property
    def geometry(self) -> QByteArray:
        """The main window's geometry."""
        return QByteArray(self._settings.value("window/geometry", QByteArray()))

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        """Dock and toolbar layout."""
        return QByteArray(self._settings.value("window/state", QByteArray()))

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    @property
    def event_table_header(self) -> QByteArray:
        """The Events table's columns: which show, their order and widths, the sort."""
        return QByteArray(self._settings.value("window/event-table", QByteArray()))

    @event_table_header.setter
    def event_table_header(self, value: QByteArray) -> None:
        self._settings.setValue("window/event-table", value)

    @property
    def language(self) -> str:
        """ "en", "ko", or "" to follow the system locale."""
        return str(self._get("ui/language", "", str))

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    @property
    def last_file(self) -> str:
        """The timeline open when the app last closed."""
        return str(self._get("files/last", "", str))

    @last_file.setter
    def last_file(self, value: str) -> None:
        self._settings.setValue("files/last", value)

    @property
    def recent_files(self) -> list[str]:
        """Recently opened timelines, newest first."""
        value = self._settings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in value or [] if item]

    def add_recent_file(self, path: Path) -> None:
        """Put `path` first in the recent files."""
        text = str(path)
        recent = [text, *(item for item in self.recent_files if item != text)]
        self._settings.setValue("files/recent", recent[:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        """Forget a recent file (it no longer opens)."""
        self._settings.setValue("files/recent", [p for p in self.recent_files if p != path])

    def view_range(self, path: Path) -> tuple[float, float] | None:
        """The visible days last used for the timeline at `path`."""
        value = self._settings.value(f"view/{_key(path)}/range")
        try:
            start, end = (float(part) for part in str(value).split(","))
        except (TypeError, ValueError):
            return None
        return start, end

    def set_view_range(self, path: Path, start: float, end: float) -> None:
        """Remember the visible days for the timeline at `path`."""
        self._settings.setValue(f"view/{_key(path)}/range", f"{start:.4f},{end:.4f}")

    def story_axis(self, path: Path) -> bool | None:
        """Whether the user chose the story axis for the timeline at `path` (None: never
        chose; the app then decides by how the events are spread)."""
        value = self._settings.value(f"view/{_key(path)}/story")
        return {"on": True, "off": False}.get(str(value)) if value is not None else None

    def set_story_axis(self, path: Path, on: bool) -> None:
        """Remember the user's choice of the story axis for the timeline at `path`."""
        self._settings.setValue(f"view/{_key(path)}/story", "on" if on else "off")

    @property
    def grouping(self) -> str:
        """How the timeline groups events into swimlanes."""
        return str(self._get("view/grouping", "none", str))

    @grouping.setter
    def grouping(self, value: str) -> None:
        self._settings.setValue("view/grouping", value)

    @property
    def colour_mode(self) -> str:
        """What event colours mean."""
        return str(self._get("view/colour", "kind", str))

    @colour_mode.setter
    def colour_mode(self, value: str) -> None:
        self._settings.setValue("view/colour", value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._settings.sync()


def settings_file() -> Path:
    """Where the settings live: the platform's configuration folder for this app."""
    return platformdirs.user_config_path(APPLICATION, appauthor=False) / "settings.ini"


def _key(path: Path) -> str:
    # QSettings treats "/" as a group separator; a hash keeps the key short and flat.
    return hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:16]
