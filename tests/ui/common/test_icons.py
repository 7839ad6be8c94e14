"""The app's icons: every one it uses is an SVG in resources/icons that loads and draws."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from viewer.resources import resources_dir
from viewer.ui.common.icons import icon
from viewer.ui.shell.actions import _TOOLBAR

FOLDER = resources_dir() / "icons"
USED = sorted({icon_name for group in _TOOLBAR for _action, icon_name in group})
SHIPPED = sorted(path.stem for path in FOLDER.glob("*.svg"))


def drawn_pixels(image: QImage) -> int:
    return sum(
        image.pixelColor(x, y).alpha() > 0
        for x in range(image.width())
        for y in range(image.height())
    )


def test_the_toolbar_uses_an_icon_for_each_file_edit_and_zoom_command() -> None:
    assert {"open", "save", "undo", "redo", "new-event", "find", "zoom-in", "zoom-out"} <= set(USED)
    assert "zoom-fit" in USED


@pytest.mark.parametrize("name", USED)
def test_every_icon_the_app_uses_is_a_shipped_svg(name: str) -> None:
    assert (FOLDER / f"{name}.svg").is_file()
    assert name in SHIPPED


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_icon_loads_and_draws_something(qapp, name: str) -> None:
    loaded = icon(name)
    assert not loaded.isNull()
    image = loaded.pixmap(24, 24).toImage()
    assert not image.isNull()
    assert drawn_pixels(image) > 0


def test_a_missing_icon_is_an_empty_icon(qapp) -> None:
    assert icon("no-such-icon").isNull()
