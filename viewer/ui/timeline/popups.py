"""What the timeline says on hover and lists on request: tooltips, and the undated events
that did not fit in their strip."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from viewer.core.model import Timeline
from viewer.ui.common.vocabulary import undated
from viewer.ui.timeline.geometry import Hit


def tooltip_html(hit: Hit | None, timeline: Timeline, language: str) -> str:
    """The rich-text tooltip of what is under the pointer ("" for nothing); data is escaped."""
    if hit is None:
        return ""
    kind, payload = hit
    if kind == "event":
        event = timeline.events[payload]  # type: ignore[index]
        date = event.edtf.render(language) if event.edtf else undated()
        return f"<b>{html.escape(date)}</b><br>{html.escape(event.title.get(language))}"
    if kind == "cluster":
        count = payload.count  # type: ignore[attr-defined]
        return html.escape(
            QCoreApplication.translate(
                "TimelineView", "%n events here: click to zoom in", "", count
            )
        )
    return html.escape(QCoreApplication.translate("TimelineView", "Show the other undated events"))


def undated_menu(
    parent: QWidget,
    timeline: Timeline,
    indexes: Iterable[int],
    language: str,
    select: Callable[[int], None],
) -> QMenu:
    """A menu of the events at `indexes` by title; choosing one calls `select` with its index."""
    menu = QMenu(parent)
    for index in indexes:
        title = timeline.events[index].title.get(language)
        action = menu.addAction(title.replace("&", "&&"))
        action.triggered.connect(lambda _=False, i=index: select(i))
    return menu
