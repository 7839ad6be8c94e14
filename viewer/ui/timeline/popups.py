"""What the timeline says on hover and lists on request: tooltips (of events, the "more"
chip and periods), and the undated events that did not fit in their strip."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from viewer.core.agreement import dates_differ, disagrees
from viewer.core.model import Period, Timeline
from viewer.ui.common.agreement_text import given_dates
from viewer.ui.common.text import shown
from viewer.ui.common.vocabulary import undated
from viewer.ui.timeline.geometry import Hit


def period_tooltip(period: Period, language: str) -> str:
    """The rich-text tooltip of a period: its title, its dates in words and its notes."""
    parts = [f"<b>{html.escape(shown(period.title.get(language) or period.id))}</b>"]
    if period.edtf is not None:
        parts.append(html.escape(period.edtf.render(language)))
    notes = period.notes.get(language)
    if notes:
        parts.append(html.escape(shown(notes, 400)))
    return "<br>".join(parts)


def tooltip_html(hit: Hit | None, timeline: Timeline, language: str) -> str:
    """The rich-text tooltip of an event or of the "more" chip ("" for anything else); data is
    escaped. (A cluster's tooltip counts its events: the view translates it, since pyside6-lupdate
    finds plural forms only in a QObject's `tr`.)"""
    if hit is None:
        return ""
    kind, payload = hit
    if kind == "event":
        event = timeline.events[payload]  # type: ignore[index]
        date = event.edtf.render(language) if event.edtf else undated()
        tip = f"<b>{html.escape(date)}</b><br>{html.escape(shown(event.title.get(language)))}"
        if dates_differ(event):
            dates = given_dates(event, language)
            said = QCoreApplication.translate("TimelineView", "The sources give different dates")
            tip += f"<br><i>{html.escape(said)}: {html.escape(dates)}</i>"
        elif disagrees(event):
            said = QCoreApplication.translate("TimelineView", "The sources differ")
            tip += f"<br><i>{html.escape(said)}</i>"
        return tip
    if kind == "more":
        text = QCoreApplication.translate("TimelineView", "Show the other undated events")
        return html.escape(text)
    return ""


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
        title = shown(timeline.events[index].title.get(language), 200)
        action = menu.addAction(title.replace("&", "&&"))
        action.triggered.connect(lambda _=False, i=index: select(i))
    return menu
