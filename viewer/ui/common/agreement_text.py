"""How the UI words what one source says differently and how many sources support an event."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from viewer.core.agreement import MOST_SOURCES, Account, dates_by_source
from viewer.core.colours import CORROBORATION_COLOURS, DISPUTE_COLOUR
from viewer.core.dates import DateError, parse_edtf
from viewer.core.model import Event
from viewer.ui.common.text import arg, shown
from viewer.ui.common.vocabulary import undated


def dispute_colour() -> QColor:
    """The colour of the marks that say an event's sources disagree."""
    return QColor(DISPUTE_COLOUR)


def corroboration_colour(level: int) -> QColor:
    """The colour of an event supported by `level` sources (0 to MOST_SOURCES)."""
    return QColor(CORROBORATION_COLOURS[max(0, min(level, MOST_SOURCES))])


def corroboration_name(level: int) -> str:
    """ "No source", "1 source" … "5 or more sources": the steps of the corroboration scale."""
    # One literal a step: pyside6-lupdate finds plural forms only in a QObject's `tr`.
    names = (
        QCoreApplication.translate("Agreement", "No source"),
        QCoreApplication.translate("Agreement", "1 source"),
        QCoreApplication.translate("Agreement", "2 sources"),
        QCoreApplication.translate("Agreement", "3 sources"),
        QCoreApplication.translate("Agreement", "4 sources"),
        QCoreApplication.translate("Agreement", "5 or more sources"),
    )
    return names[max(0, min(level, MOST_SOURCES))]


def date_text(date: str | None, lang: str) -> str:
    """An EDTF date as people read it (as written when it does not parse)."""
    if date is None:
        return undated()
    try:
        return parse_edtf(date).render(lang)
    except DateError:
        return shown(date)


def account_text(account: Account, lang: str) -> str:
    """What one source says differently: its own date and its note, or "" when nothing."""
    parts = []
    if account.own_date:
        parts.append(
            arg(QCoreApplication.translate("Agreement", "Gives %1"), date_text(account.date, lang))
        )
    note = shown(account.note.get(lang))
    if note:
        parts.append(note)
    return " · ".join(parts)


def given_dates(event: Event, lang: str) -> str:
    """Every date the event's sources give, the event's own first: "17 … · 18 November 2023"."""
    return " · ".join(date_text(date, lang) for date, _ in dates_by_source(event))
