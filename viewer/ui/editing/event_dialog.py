"""The event dialog: takes an event and what it may refer to, returns the edited event."""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from viewer.core.anchoring import SourceText
from viewer.core.edits import edited_text, shown_text, unique_id, without_keys
from viewer.core.model import EMPTY_TEXT, Actor, Event, LocalText, Timeline, is_valid_id
from viewer.ui.common.status_label import StatusLabel
from viewer.ui.common.text import arg, shown
from viewer.ui.common.vocabulary import EVENT_KINDS, LANGUAGE_NAMES, kind_help, kind_name
from viewer.ui.editing.actor_picker import ActorPicker
from viewer.ui.editing.date_editor import DateEditor
from viewer.ui.editing.evidence_editor import EvidenceEditor
from viewer.ui.editing.tag_edit import TagEdit

__all__ = ["EventChoices", "EventDialog", "EventDraft", "EventEdit"]


@dataclass(frozen=True)
class EventDraft:
    """What the dialog starts from: an existing event, or a new one (its id may be "")."""

    event: Event
    is_new: bool


@dataclass(frozen=True)
class EventChoices:
    """What the user can pick from, and which language's names come first."""

    timeline: Timeline
    texts: dict[str, SourceText]  # source id -> text, for checking quotes
    language: str  # "en" | "ko"


@dataclass(frozen=True)
class EventEdit:
    """The dialog's result: the event, and the actors created for it on the way."""

    event: Event
    new_actors: tuple[Actor, ...]


def _pair(text: LocalText) -> tuple[str, str]:
    """The English and Korean texts to show."""
    return shown_text(text, "en"), shown_text(text, "ko")


_LABEL_KEYS = ("en", "ko", "title", "id", "summary", "date", "kind", "actors", "tags", "notes",
               "evidence")  # fmt: skip


class EventDialog(QDialog):
    """Edit an event's texts, date, kind, actors, tags, notes and evidence."""

    def __init__(
        self, draft: EventDraft, choices: EventChoices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._draft = draft
        self._choices = choices
        self._result: EventEdit | None = None
        event, timeline = draft.event, choices.timeline
        extra = dict(event.extra)
        others = [e.id for e in timeline.events]
        if not draft.is_new and event.id in others:
            others.remove(event.id)  # once: a second event with the same id still clashes
        self._taken = set(others)

        content = QWidget(self)
        # Row labels (and the language headers), their texts set in retranslate().
        self._labels = {key: QLabel(content) for key in _LABEL_KEYS}
        self._title_en = QLineEdit(content, objectName="eventTitleEn")
        self._title_ko = QLineEdit(content, objectName="eventTitleKo")
        self._title_error = StatusLabel(content, "titleError")
        self._id = QLineEdit(content, objectName="eventId")
        self._id_error = StatusLabel(content, "idError")
        small = QFont(self._id.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 7.0))
        for widget in (self._labels["id"], self._id):
            widget.setFont(small)  # the id is for the file; most users never need it
        self._summary_en = QPlainTextEdit(content, objectName="eventSummaryEn")
        self._summary_ko = QPlainTextEdit(content, objectName="eventSummaryKo")
        date_text = event.date or ""
        if "date" in extra:  # an invalid date kept as written: show it, so it can be fixed
            date_text = str(extra["date"])
        self._date = DateEditor(date_text, content)
        self._kind = QComboBox(content, objectName="eventKind")
        kinds = EVENT_KINDS if event.kind in EVENT_KINDS else (*EVENT_KINDS, event.kind)
        for kind in kinds:
            self._kind.addItem(kind, kind)  # texts come from retranslate()
        self._kind_help = QLabel(content, objectName="eventKindHelp")
        self._kind_help.setTextFormat(Qt.TextFormat.PlainText)
        self._kind_help.setWordWrap(True)
        self._actors = ActorPicker(timeline.actors, event.actors, choices.language, content)
        used = {tag for e in timeline.events for tag in e.tags}
        self._tags = TagEdit(event.tags, used, content)
        self._notes = QPlainTextEdit(content, objectName="eventNotes")
        self._notes.setTabChangesFocus(True)
        self._evidence = EvidenceEditor(
            event.evidence, timeline.sources, choices.texts, choices.language, content
        )
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setDefault(True)

        for edit in (self._summary_en, self._summary_ko):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        self._notes.setFixedHeight(self._notes.fontMetrics().lineSpacing() * 3 + 12)
        buddies = {
            "title": self._title_en, "id": self._id, "summary": self._summary_en,
            "date": self._date.first_widget(), "kind": self._kind,
            "actors": self._actors.first_widget(), "tags": self._tags, "notes": self._notes,
            "evidence": self._evidence.first_widget(),
        }  # fmt: skip
        for key, buddy in buddies.items():
            self._labels[key].setBuddy(buddy)
        self._lay_out(content)

        # What the fields showed at first: a field left as it was keeps the event's own value.
        title, summary = _pair(event.title), _pair(event.summary)
        self._title_en.setText(title[0])
        self._title_ko.setText(title[1])
        self._summary_en.setPlainText(summary[0])
        self._summary_ko.setPlainText(summary[1])
        notes = event.notes
        self._notes_lang = "en"
        if notes.plain is None and notes.by_lang:
            langs = dict(notes.by_lang)
            self._notes_lang = next(
                (lang for lang in (choices.language, "en") if lang in langs), next(iter(langs))
            )
        self._notes.setPlainText(notes.get(self._notes_lang))
        self._kind.setCurrentIndex(max(self._kind.findData(event.kind), 0))
        shown_id = str(extra["id"]) if "id" in extra and not event.id else event.id
        self._id.setText(shown_id)
        # A new event's id follows its title until the user types one.
        self._id_follows = draft.is_new and not event.id
        self._initial = self._ui_state()

        self._title_en.textChanged.connect(self._on_title)
        self._title_ko.textChanged.connect(self._on_title)
        self._id.textEdited.connect(self._on_id_edited)
        for signal in (self._id.textChanged, self._date.changed, self._kind.currentIndexChanged,
                       self._actors.changed, self._evidence.changed):  # fmt: skip
            signal.connect(self._revalidate)
        self._kind.currentIndexChanged.connect(self._show_kind_help)
        self._evidence.entries_changed.connect(self._on_entries_changed)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        self.retranslate()
        self._on_title()
        self._update_tab_order()
        (self._title_ko if choices.language == "ko" else self._title_en).setFocus()
        self.setMinimumSize(560, 420)
        screen = QGuiApplication.primaryScreen()
        height = screen.availableGeometry().height() - 80 if screen else 880
        self.resize(780, max(420, min(900, height)))

    @classmethod
    def edit(
        cls, parent: QWidget | None, draft: EventDraft, choices: EventChoices
    ) -> EventEdit | None:
        """Show the dialog; return the edit, or None when cancelled."""
        dialog = cls(draft, choices, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_edit()
            return None
        finally:
            dialog.deleteLater()

    # -- reading ---------------------------------------------------------------------------------
    def result_edit(self) -> EventEdit | None:
        """The accepted edit, or None before the dialog was accepted."""
        return self._result

    def current_edit(self) -> EventEdit:
        """The edit the fields hold now (check `problems()` first: it may be invalid)."""
        event = self._draft.event
        now, before = self._ui_state(), self._initial
        date = self._date.date()
        values: dict[str, Any] = {
            "id": now["id"],
            "date": date.text if date else None,
            "title": edited_text(event.title, dict(zip(("en", "ko"), now["title"], strict=True))),
            "summary": edited_text(
                event.summary, dict(zip(("en", "ko"), now["summary"], strict=True))
            ),
            "actors": now["actors"],
            "tags": self._tags.tags(),
            "kind": now["kind"],
            "evidence": self._evidence.evidence(),
            "notes": self._notes_value(now["notes"]),
        }
        # A field left as it was keeps the event's own value, and an invalid value the file
        # holds for it in `extra`; an edited field replaces both.
        changed = [key for key in now if now[key] != before[key]]
        if values["evidence"] != event.evidence:
            changed.append("evidence")
        result = event
        if changed:
            updates = {key: values[key] for key in changed}
            extra = without_keys(event.extra, changed)
            result = dataclasses.replace(event, **updates, extra=extra)
        return EventEdit(result, self._actors.new_actors())

    def problems(self) -> list[str]:
        """Why the event cannot be saved yet; empty when OK is enabled."""
        fields = [problem for problem in self._field_problems().values() if problem]
        return fields + self._evidence.problems()

    # -- intent ----------------------------------------------------------------------------------
    def accept(self) -> None:
        """Close with the edit, unless the event is invalid (Enter in a field then does nothing)."""
        if self.problems():
            return
        self._result = self.current_edit()
        super().accept()

    def retranslate(self) -> None:
        """Apply the UI-language strings."""
        event = self._draft.event
        if self._draft.is_new:
            title = self.tr("New Event")
        else:
            name = shown(event.title.get(self._choices.language) or event.id)
            # "[*]" in a window title is Qt's modified marker; "[**]" shows it literally.
            title = arg(self.tr("Edit Event — %1"), name.replace("[*]", "[**]"))
        self.setWindowTitle(title)
        texts = {
            "en": LANGUAGE_NAMES["en"], "ko": LANGUAGE_NAMES["ko"], "title": self.tr("&Title:"),
            "id": self.tr("&Id:"), "summary": self.tr("&Summary:"), "date": self.tr("&Date:"),
            "kind": self.tr("&Kind:"), "actors": self.tr("&Actors:"), "tags": self.tr("Ta&gs:"),
            "notes": self.tr("N&otes:"), "evidence": self.tr("&Evidence:"),
        }  # fmt: skip
        for key, text in texts.items():
            self._labels[key].setText(text)
        self._id.setToolTip(self.tr("How the file and links refer to this event"))
        self._id.setPlaceholderText(self.tr("made from the title"))
        self._tags.setPlaceholderText(self.tr("comma separated, e.g. governance, investors"))
        self._title_en.setAccessibleName(self.tr("Title in English"))
        self._title_ko.setAccessibleName(self.tr("Title in Korean"))
        self._summary_en.setAccessibleName(self.tr("Summary in English"))
        self._summary_ko.setAccessibleName(self.tr("Summary in Korean"))
        for index in range(self._kind.count()):
            self._kind.setItemText(index, kind_name(self._kind.itemData(index)))
        self._show_kind_help()
        self._revalidate()

    # -- Qt overrides ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Re-apply strings when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- private ---------------------------------------------------------------------------------
    def _lay_out(self, content: QWidget) -> None:
        grid = QGridLayout(content)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self._labels["en"], 0, 1)
        grid.addWidget(self._labels["ko"], 0, 2)
        rows: list[tuple[str, list[QWidget | None]]] = [
            ("title", [self._title_en, self._title_ko]),
            ("", [self._title_error]),
            ("id", [self._id, None]),
            ("", [self._id_error]),
            ("summary", [self._summary_en, self._summary_ko]),
            ("date", [self._date]),
            ("kind", [self._kind]),
            ("", [self._kind_help]),
            ("actors", [self._actors]),
            ("tags", [self._tags]),
            ("notes", [self._notes]),
            ("evidence", [self._evidence]),
        ]
        for row, (label, fields) in enumerate(rows, 1):
            if label:
                grid.addWidget(self._labels[label], row, 0, Qt.AlignmentFlag.AlignTop)
            for column, field in enumerate(fields, 1):
                if field is not None:
                    grid.addWidget(field, row, column, 1, 3 - len(fields))
        grid.setRowStretch(len(rows) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._buttons)

    def _ui_state(self) -> dict[str, Any]:
        return {
            "id": self._id.text().strip(),
            "date": self._date.text(),
            "title": (self._title_en.text(), self._title_ko.text()),
            "summary": (self._summary_en.toPlainText(), self._summary_ko.toPlainText()),
            "actors": self._actors.checked_ids(),
            "tags": self._tags.text(),
            "kind": self._kind.currentData(),
            "notes": self._notes.toPlainText(),
        }

    def _notes_value(self, text: str) -> LocalText:
        notes = self._draft.event.notes
        if notes.plain is not None or not notes:
            return LocalText(plain=text.strip()) if text.strip() else EMPTY_TEXT
        return edited_text(notes, {self._notes_lang: text})

    def _on_title(self) -> None:
        if self._id_follows:
            title = self._title_en.text().strip() or self._title_ko.text().strip()
            self._id.setText(unique_id(self._taken, title) if title else "")
        self._revalidate()

    def _on_id_edited(self) -> None:
        self._id_follows = False

    def _field_problems(self) -> dict[str, str]:
        """Each checked field's problem, "" when it is fine."""
        en, ko = self._title_en.text().strip(), self._title_ko.text().strip()
        title = edited_text(self._draft.event.title, {"en": en, "ko": ko})
        event_id = self._id.text().strip()
        if not event_id:
            # While the id follows the title, the missing title is the one thing to say.
            id_problem = "" if self._id_follows else self.tr("Enter an id")
        elif not is_valid_id(event_id):
            id_problem = self.tr("An id cannot contain spaces")
        elif event_id in self._taken:
            id_problem = arg(self.tr("Another event already has the id '%1'"), event_id)
        else:
            id_problem = ""
        return {
            "title": "" if title else self.tr("Enter a title in English or Korean"),
            "id": id_problem,
            "date": self._date.problem(),  # the date editor shows its own
        }

    def _revalidate(self) -> None:
        found = self._field_problems()
        self._title_error.set_status(found["title"])
        self._id_error.set_status(found["id"])
        problems = self.problems()
        self._ok.setEnabled(not problems)
        reason = arg(self.tr("Cannot save yet: %1"), problems[0]) if problems else ""
        self._ok.setToolTip(reason)

    def _show_kind_help(self) -> None:
        self._kind_help.setText(kind_help(self._kind.currentData()))

    def _on_entries_changed(self) -> None:
        self._labels["evidence"].setBuddy(self._evidence.first_widget())
        self._update_tab_order()

    def _update_tab_order(self) -> None:
        """Tab follows the visual order, also through evidence entries added later."""
        box = self._buttons.layout()
        buttons = [box.itemAt(i).widget() for i in range(box.count()) if box.itemAt(i).widget()]
        chain: list[QWidget] = [
            self._title_en, self._title_ko, self._id, self._summary_en, self._summary_ko,
            *self._date.focus_widgets(), self._kind, *self._actors.focus_widgets(), self._tags,
            self._notes, *self._evidence.focus_widgets(), *buttons,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
