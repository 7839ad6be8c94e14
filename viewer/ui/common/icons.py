"""The app's icons, drawn as SVG in resources/icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from viewer.resources import resources_dir


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg` (an empty icon if it is missing)."""
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
