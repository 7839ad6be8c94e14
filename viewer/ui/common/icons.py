"""The app's icons, drawn as SVG in resources/icons."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from viewer.resources import resources_dir


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg` (an empty icon if it is missing)."""
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application's own icon, at every size it was rendered in (packaging/make_icons.py):
    the window, the task bar and the desktop's menu show it."""
    folder = resources_dir() / "icons" / "app"
    app = QIcon()
    for size in APP_ICON_SIZES:
        app.addFile(str(folder / f"timeline-viewer-{size}.png"), QSize(size, size))
    return app
