"""Where an event's sources agree and disagree: the date each gives, what else each says
differently, and how many sources support the event."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from viewer.core.model import EMPTY_TEXT, Event, Evidence, LocalText, Timeline

MOST_SOURCES = 5  # the colour scale and its legend stop here: "5 sources" means five or more


@dataclass(frozen=True)
class Account:
    """What one evidence entry's source says about its event."""

    index: int  # the entry's position in the event's evidence
    source: str
    quote: str
    date: str | None  # the date this source gives: its own claim, else the event's date
    own_date: bool  # the source gives another date than the event's
    note: LocalText = EMPTY_TEXT  # what else it says differently


def accounts(event: Event) -> list[Account]:
    """Every evidence entry of `event`, as what its source says."""
    found = []
    for index, evidence in enumerate(event.evidence):
        own = evidence.claims_date is not None and evidence.claims_date != event.date
        found.append(
            Account(
                index=index,
                source=evidence.source,
                quote=evidence.quote,
                date=evidence.claims_date if own else event.date,
                own_date=own,
                note=evidence.claims_note,
            )
        )
    return found


def dates_differ(event: Event) -> bool:
    """Whether a source gives the event another date than the one recorded."""
    return any(
        evidence.claims_date is not None and evidence.claims_date != event.date
        for evidence in event.evidence
    )


def disagrees(event: Event) -> bool:
    """Whether any of the event's sources says something different: a date or anything else
    (a note of blanks says nothing)."""
    return dates_differ(event) or any(_says(evidence.claims_note) for evidence in event.evidence)


def _says(note: LocalText) -> bool:
    texts = [note.plain] if note.plain is not None else [text for _, text in note.by_lang]
    return any(text.strip() for text in texts if text)


def dates_by_source(event: Event) -> list[tuple[str | None, list[str]]]:
    """Each date the sources give, with the sources that give it (the event's own date first,
    then the others in the order their first source cites them)."""
    groups: dict[str | None, list[str]] = {}
    for account in sorted(accounts(event), key=lambda account: account.own_date):
        sources = groups.setdefault(account.date, [])
        if account.source not in sources:
            sources.append(account.source)
    return list(groups.items())


def corroboration(event: Event) -> int:
    """How many different sources support the event."""
    return len({evidence.source for evidence in event.evidence if evidence.source})


def corroboration_level(event: Event) -> int:
    """The corroboration on the scale the colours use: 0 to MOST_SOURCES."""
    return min(corroboration(event), MOST_SOURCES)


def disputed_events(timeline: Timeline, ids: Iterable[str] | None = None) -> list[Event]:
    """The events whose sources disagree, in stored order (only among `ids` when given)."""
    wanted = None if ids is None else set(ids)
    return [
        event
        for event in timeline.events
        if (wanted is None or event.id in wanted) and disagrees(event)
    ]


def states_date(evidence: Evidence) -> bool:
    """Whether an evidence entry quotes the event's date: it has a date quote, or its quote
    holds a date expression."""
    if evidence.date_quote and evidence.date_quote.strip():
        return True
    from viewer.core.date_scan import scan  # its patterns compile on first use, not at start-up

    return bool(scan(evidence.quote))


def redated(event: Event, date: str) -> tuple[Event, list[Evidence]]:
    """`event` moved to `date`, with the sources that state the old date keeping it as their
    claim (so the record shows that the new date departs from what they quote); a claim that
    is the new date goes, since that source now agrees. Also returns the entries that now
    depart from the new date because of the move."""
    departing = []
    entries = []
    moved = bool(event.date) and date != event.date
    for evidence in event.evidence:
        if evidence.claims_date == date:
            evidence = dataclasses.replace(evidence, claims_date=None)
        elif moved and evidence.claims_date is None and states_date(evidence):
            evidence = dataclasses.replace(evidence, claims_date=event.date)
            departing.append(evidence)
        entries.append(evidence)
    return dataclasses.replace(event, date=date, evidence=tuple(entries)), departing
