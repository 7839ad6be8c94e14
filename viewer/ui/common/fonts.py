"""The Korean font the app ships, for machines that have none: without it, the evidence itself
(Korean source texts) would turn into boxes."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase, QGuiApplication

from viewer.resources import resources_dir

KOREAN_FONT_FILE = "TimelineViewerGothic.ttf"


@cache
def _registered() -> str | None:
    """The family of the bundled font, registered once per process (None if unreadable)."""
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / KOREAN_FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def use_bundled_korean_font(app: QGuiApplication) -> str | None:
    """Register the bundled Korean font and, where the system has no Korean font of its own,
    make it the fallback of the application's font (so widgets, painted text and the PDF and
    SVG exports all find Hangul). Returns the family made the fallback, or None."""
    ours = _registered()
    if ours is None:
        return None
    system = [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.Korean) if f != ours]
    if system:
        return None  # the system's own Korean font is the one its user chose
    font = app.font()
    families = font.families() or [font.family()]
    if ours not in families:
        font.setFamilies([*families, ours])
        app.setFont(font)
    return ours
