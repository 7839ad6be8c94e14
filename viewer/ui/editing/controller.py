"""Editing intents: new, edit, duplicate, delete and move events, each as one undo step."""

from __future__ import annotations

import dataclasses
import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from viewer.core.agreement import redated
from viewer.core.dates import DateError, Precision, edtf_from_interval
from viewer.core.edits import (
    add_actor,
    add_event,
    duplicate_event,
    remove_event,
    replace_event,
)
from viewer.core.mentions import names_in
from viewer.core.model import Event, Evidence, Timeline
from viewer.ui.common.agreement_text import date_text
from viewer.ui.common.shortcuts import give_shortcuts
from viewer.ui.common.text import arg, shown
from viewer.ui.document import Document

if TYPE_CHECKING:
    from viewer.ui.editing.event_dialog import EventEdit


class EditController(QObject):
    """Owns the editing actions and turns each finished edit into an undo command."""

    notice = Signal(str)  # something the user should know about an edit just made

    def __init__(self, document: Document, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._parent = parent
        self.new_event = give_shortcuts(
            QAction(self, triggered=lambda: self.create_event()), "new-event"
        )
        self.edit_event = give_shortcuts(
            QAction(self, triggered=lambda: self.edit_selected()), "edit-event"
        )
        self.duplicate = give_shortcuts(
            QAction(self, triggered=lambda: self.duplicate_selected()), "duplicate-event"
        )
        self.delete = give_shortcuts(
            QAction(self, triggered=lambda: self.delete_selected()), "delete-event"
        )
        document.selection_changed.connect(self._update_enabled)
        self._update_enabled()
        self.retranslate()

    def retranslate(self) -> None:
        """Apply the UI language to the actions."""
        self.new_event.setText(self.tr("&New Event…"))
        self.edit_event.setText(self.tr("&Edit Event…"))
        self.duplicate.setText(self.tr("Dupli&cate Event"))
        self.delete.setText(self.tr("&Delete Event"))

    def actions(self) -> list[QAction]:
        """The event actions, in menu order."""
        return [self.new_event, self.edit_event, self.duplicate, self.delete]

    # -- intents ---------------------------------------------------------------------------------
    def create_event(
        self,
        date: str | None = None,
        evidence: Evidence | None = None,
        actors: tuple[str, ...] = (),
    ) -> bool:
        """Open the dialog for a new event, optionally prefilled; add it when accepted."""
        event = Event("", date=date, actors=actors, evidence=(evidence,) if evidence else ())
        result = self._run_dialog(event, is_new=True)
        if result is None:
            return False
        timeline = self._with_new_actors(result)
        title = shown(result.event.title.get(self._document.language) or result.event.id)
        self._document.apply(
            add_event(timeline, result.event),
            arg(self.tr("Add event '%1'"), title),
            result.event.id,
        )
        return True

    def edit_selected(self) -> bool:
        """Open the dialog on the selected event; apply the changes when accepted."""
        event = self._document.selected_event()
        if event is None:
            return False
        result = self._run_dialog(event, is_new=False)
        if result is None or (result.event == event and not result.new_actors):
            return False
        timeline = self._with_new_actors(result)
        title = shown(result.event.title.get(self._document.language) or result.event.id)
        self._document.apply(
            replace_event(timeline, event.id, result.event),
            arg(self.tr("Edit event '%1'"), title),
            result.event.id,
        )
        return True

    def duplicate_selected(self) -> None:
        """Insert a copy of the selected event and select the copy."""
        event = self._document.selected_event()
        if event is None:
            return
        timeline, copy = duplicate_event(self._document.timeline, event.id)
        self._document.apply(
            timeline,
            arg(self.tr("Duplicate event '%1'"), self._title(event)),
            select=copy.id,
        )

    def delete_selected(self) -> None:
        """Delete the selected event (undo brings it back, so no confirmation is asked)."""
        event = self._document.selected_event()
        if event is None:
            return
        self._document.apply(
            remove_event(self._document.timeline, event.id),
            arg(self.tr("Delete event '%1'"), self._title(event)),
            select="",
        )

    def add_evidence(self, evidence: Evidence) -> bool:
        """Add a piece of evidence to the selected event."""
        event = self._document.selected_event()
        if event is None:
            return False
        changed = dataclasses.replace(event, evidence=(*event.evidence, evidence))
        self._document.apply(
            replace_event(self._document.timeline, event.id, changed),
            arg(self.tr("Add evidence to '%1'"), self._title(event)),
            select=event.id,
        )
        self._document.select_evidence(len(changed.evidence) - 1)
        return True

    def create_from_passage(
        self, source_id: str, start: int, end: int, date: str | None = None
    ) -> bool:
        """New event quoting a passage of a source, with its actors and `date`, else the date
        suggested for the passage."""
        # imported on first use: compiling its patterns would cost every start-up ~6 ms
        from viewer.core.date_suggest import suggest_date

        text = self._document.texts[source_id].text
        quote = text[start:end].strip()
        source = self._document.timeline.sources_by_id.get(source_id)
        published = source.published_date if source else None
        suggestion = suggest_date(text, start, end, published=published.text if published else None)
        actors = names_in(quote, self._document.timeline.actors)
        date_quote = None
        if date is None and suggestion is not None:
            date = suggestion.edtf
            if date is not None and not (start <= suggestion.start and suggestion.end <= end):
                # the date is stated in another sentence: record it, so it can be checked too
                sentence = self._document.texts[source_id].sentence_at(suggestion.start)
                if sentence is not None:
                    date_quote = text[sentence[0] : sentence[1]].strip() or None
        return self.create_event(
            date=date,
            evidence=Evidence(source_id, quote, date_quote=date_quote),
            actors=actors,
        )

    def add_passage_as_evidence(self, source_id: str, start: int, end: int) -> bool:
        """Quote a passage of a source as further evidence for the selected event."""
        quote = self._document.texts[source_id].text[start:end].strip()
        return bool(quote) and self.add_evidence(Evidence(source_id, quote))

    def move_event(self, event_id: str, days: int) -> bool:
        """Shift an event's date by whole days, keeping its precision."""
        event = self._document.timeline.events_by_id.get(event_id)
        if event is None or event.edtf is None or days == 0:
            return False
        try:
            moved = event.edtf.shifted(days)
        except DateError:
            return False
        changed, departing = redated(event, moved.text)
        self._document.apply(
            replace_event(self._document.timeline, event_id, changed),
            arg(self.tr("Edit date of '%1'"), self._title(event)),
            select=event_id,
        )
        if departing:
            stated = date_text(event.date, self._document.language)
            self.notice.emit(
                arg(
                    self.tr(
                        "The new date departs from the date quoted in %n source(s) (%1), "
                        "kept as what they say. Undo to put it back.",
                        "",
                        len(departing),
                    ),
                    stated,
                )
            )
        return True

    # -- helpers ---------------------------------------------------------------------------------
    def _run_dialog(self, event: Event, is_new: bool) -> EventEdit | None:
        # the dialog's modules load on first use: they are not needed to show the timeline
        from viewer.ui.editing.event_dialog import EventChoices, EventDialog, EventDraft

        doc = self._document
        choices = EventChoices(doc.timeline, doc.texts, doc.language)
        return EventDialog.edit(self._parent, EventDraft(event, is_new), choices)

    def _with_new_actors(self, result: EventEdit) -> Timeline:
        timeline = self._document.timeline
        for actor in result.new_actors:
            timeline = add_actor(timeline, actor)
        return timeline

    def _title(self, event: Event) -> str:
        return shown(event.title.get(self._document.language) or event.id)

    def _update_enabled(self, *_: object) -> None:
        has_event = self._document.selected_event() is not None
        for action in (self.edit_event, self.duplicate, self.delete):
            action.setEnabled(has_event)


def date_at(day: float, px_per_day: float) -> str:
    """The EDTF of a clicked day, as precise as the zoom lets a user aim."""
    ordinal = max(1, int(day))
    date = datetime.date.fromordinal(ordinal)
    precision = (
        Precision.DAY
        if px_per_day >= 12
        else Precision.MONTH
        if px_per_day >= 0.4
        else Precision.YEAR
    )
    return edtf_from_interval(date, date, precision).text
