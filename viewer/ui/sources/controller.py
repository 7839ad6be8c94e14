"""Adding, editing and removing sources: documents become plain texts beside the timeline and
sources in it, each change one undoable step."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from viewer.core.model import LocalText, Source
from viewer.core.sources import (
    SourceInUse,
    add_source,
    new_source_id,
    remove_source,
    replace_source,
    update_source,
    write_source_text,
)
from viewer.core.validation import MAX_TOTAL_SOURCE_CHARACTERS
from viewer.core.writer import SaveError
from viewer.ui.common.busy import busy
from viewer.ui.common.prompts import Level, Prompts
from viewer.ui.common.shortcuts import give_shortcuts
from viewer.ui.common.text import arg, shown
from viewer.ui.document import Document
from viewer.ui.sources.dialog import SourceDialog

if TYPE_CHECKING:  # extraction loads its libraries only when a document is added
    from viewer.core.extract import ExtractedDocument

DOCUMENT_FILTER = "*.txt *.md *.markdown *.html *.htm *.docx *.pdf"


class SourcesController(QObject):
    """The source actions. `current` names the source the user means; `own_folder` makes sure
    the timeline has a folder of its own to keep texts in (saving the bundled chronology's
    working copy first), and says False when it has none."""

    def __init__(
        self,
        document: Document,
        prompts: Prompts,
        parent: QWidget,
        current: Callable[[], str],
        own_folder: Callable[[], bool],
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._prompts = prompts
        self._parent = parent
        self._current = current
        self._own_folder = own_folder
        self.add = give_shortcuts(QAction(self, triggered=self.choose_documents), "add-source")
        self.paste = give_shortcuts(
            QAction(self, triggered=self.paste_as_source), "paste-as-source"
        )
        self.edit = QAction(self, triggered=self.edit_current)
        self.replace = QAction(self, triggered=self.replace_current)
        self.remove = QAction(self, triggered=self.remove_current)
        for name, action in (
            ("add-source", self.add),
            ("paste-as-source", self.paste),
            ("edit-source", self.edit),
            ("replace-source-text", self.replace),
            ("remove-source", self.remove),
        ):
            action.setObjectName(name)
        document.timeline_changed.connect(self._update_enabled)
        document.selection_changed.connect(self._update_enabled)
        document.source_opened.connect(self._update_enabled)
        self.retranslate()

    def actions(self) -> list[QAction]:
        """Every action, in the order menus and the panel list them."""
        return [self.add, self.paste, self.edit, self.replace, self.remove]

    def short_texts(self) -> dict[str, str]:
        """Each action's name on a small button, by action name."""
        return {
            "add-source": self.tr("Add…"),
            "paste-as-source": self.tr("Paste"),
            "edit-source": self.tr("Details…"),
            "replace-source-text": self.tr("Replace…"),
            "remove-source": self.tr("Remove"),
        }

    def retranslate(self) -> None:
        """Apply the UI language."""
        self.add.setText(self.tr("&Add Source…"))
        self.paste.setText(self.tr("Paste as New &Source"))
        self.edit.setText(self.tr("Source &Details…"))
        self.replace.setText(self.tr("Replace Source &Text…"))
        self.remove.setText(self.tr("Re&move Source"))
        self._update_enabled()

    def _update_enabled(self, *_: object) -> None:
        has = bool(self._current())
        for action in (self.edit, self.replace, self.remove):
            action.setEnabled(has)

    # -- adding ----------------------------------------------------------------------------------
    def choose_documents(self) -> list[str]:
        """Ask for documents, then add each; returns the ids of the sources added."""
        folder = str(Path.home())
        filters = arg(self.tr("Documents (%1);;All files (*)"), DOCUMENT_FILTER)
        paths = self._prompts.open_files(
            self._parent, "add-source-files", self.tr("Add Source"), folder, filters
        )
        return self.add_documents(paths)

    def add_documents(self, paths: Sequence[Path]) -> list[str]:
        """Extract each document, have the user confirm what it says of itself, keep its text
        beside the timeline and add it as a source. Documents that cannot be read are named
        at the end, with why; nothing is written for them."""
        from viewer.core.extract import ExtractError, extract_document

        if not paths or not self._own_folder():
            return []
        added: list[str] = []
        failed: list[str] = []
        for number, path in enumerate(paths, start=1):
            try:
                with busy():
                    extracted = extract_document(Path(path))
            except ExtractError as exc:
                failed.append(shown(str(exc), 300))
                continue
            same = self._holding(extracted.text)
            if same:
                failed.append(
                    arg(self.tr("'%1' is already the source “%2”."), shown(Path(path).name), same)
                )
                continue
            total = sum(len(text.text) for text in self._document.texts.values())
            if total + len(extracted.text) > MAX_TOTAL_SOURCE_CHARACTERS:
                failed.append(
                    arg(
                        self.tr(
                            "'%1' was not added: the timeline's sources would pass %2 million "
                            "characters together."
                        ),
                        shown(Path(path).name),
                        MAX_TOTAL_SOURCE_CHARACTERS // 10**6,
                    )
                )
                continue
            heading = arg(self.tr("%1 (%2 of %3)"), shown(Path(path).name, 120), number, len(paths))
            source_id = self._add(extracted, Path(path).stem, heading if len(paths) > 1 else "")
            if source_id is None:
                break  # cancelled: the user wants none of the rest either
            added.append(source_id)
        if failed:
            self._prompts.tell(
                self._parent,
                self.tr("Some Documents Were Not Added"),
                self.tr("%n document(s) could not be added:", "", len(failed))
                + "\n\n"
                + "\n".join(failed),
                Level.WARNING,
            )
        if added:
            self._document.open_source(added[-1])
        return added

    def _holding(self, text: str) -> str:
        """The name of a source whose text is `text` already, or ""."""
        timeline, language = self._document.timeline, self._document.language
        for source_id, held in self._document.texts.items():
            if held.text == text and source_id in timeline.sources_by_id:
                title = timeline.sources_by_id[source_id].title.get(language)
                return shown(title or source_id, 80)
        return ""

    def paste_as_source(self) -> str | None:
        """Add the text on the clipboard (its HTML when it has some) as a new source."""
        from viewer.core.extract import ExtractError, extract_clipboard_text

        data = QGuiApplication.clipboard().mimeData()
        text = data.text() if data is not None and data.hasText() else ""
        markup = data.html() if data is not None and data.hasHtml() else None
        if not text.strip() and not (markup or "").strip():
            self._prompts.tell(
                self._parent,
                self.tr("Nothing to Paste"),
                self.tr("The clipboard holds no text."),
                Level.INFO,
            )
            return None
        try:
            extracted = extract_clipboard_text(text, markup)
        except ExtractError as exc:
            self._prompts.tell(self._parent, self.tr("Cannot Paste"), str(exc), Level.WARNING)
            return None
        if not self._own_folder():
            return None
        source_id = self._add(extracted, extracted.title or "pasted", "")
        if source_id is not None:
            self._document.open_source(source_id)
        return source_id

    def _add(self, extracted: ExtractedDocument, stem: str, heading: str) -> str | None:
        timeline = self._document.timeline
        title = extracted.title or stem
        lang = extracted.language
        draft = Source(
            new_source_id(title if extracted.title else stem, timeline),
            title=LocalText.of({"ko" if lang == "ko" else "en": title}),
            published=extracted.published,
            author=extracted.author,
            publisher=extracted.publisher,
            url=extracted.url,
            language=lang,
        )
        facts = "\n".join(extracted.notes)
        confirmed = SourceDialog.ask(self._parent, draft, facts, heading)
        if confirmed is None:
            return None
        assert self._document.path is not None  # own_folder() made sure
        try:
            file = write_source_text(self._document.path, confirmed.id, extracted.text)
        except (SaveError, OSError) as exc:
            self._tell_not_written(exc)
            return None
        source = dataclasses.replace(confirmed, file=file)
        name = shown(source.title.get(self._document.language) or source.id, 60)
        self._document.apply(
            add_source(self._document.timeline, source), arg(self.tr("Add Source “%1”"), name)
        )
        return source.id

    # -- changing and removing -------------------------------------------------------------------
    def edit_current(self) -> bool:
        """Edit the current source's title, byline, date, address, language and notes."""
        source = self._document.timeline.sources_by_id.get(self._current())
        if source is None:
            return False
        changed = SourceDialog.ask(self._parent, source)
        if changed is None or changed == source:
            return False
        name = shown(changed.title.get(self._document.language) or changed.id, 60)
        self._document.apply(
            update_source(self._document.timeline, changed),
            arg(self.tr("Edit Source “%1”"), name),
        )
        return True

    def replace_current(self) -> bool:
        """Replace the current source's text with a new version of the document: every quote
        is anchored in it again and the report shown before anything changes."""
        from viewer.core.extract import ExtractError, extract_document
        from viewer.core.reanchor import apply_reanchor, reanchor
        from viewer.ui.sources.reanchor_dialog import ReanchorDialog

        source = self._document.timeline.sources_by_id.get(self._current())
        if source is None:
            return False
        filters = arg(self.tr("Documents (%1);;All files (*)"), DOCUMENT_FILTER)
        path = self._prompts.open_file(
            self._parent, "replace-source-file", self.tr("Replace Source Text"), "", filters
        )
        if path is None:
            return False
        try:
            extracted = extract_document(path)
        except ExtractError as exc:
            self._prompts.tell(
                self._parent, self.tr("Cannot Read Document"), str(exc), Level.WARNING
            )
            return False
        timeline = self._document.timeline
        report = reanchor(timeline, source.id, extracted.text)
        language = self._document.language
        if not ReanchorDialog.confirm(report, timeline, language, self._parent):
            return False
        if not self._own_folder():
            return False
        assert self._document.path is not None
        try:
            # a new file: the old one stays, so that undo brings the old text back
            file = write_source_text(self._document.path, source.id, extracted.text)
        except (SaveError, OSError) as exc:
            self._tell_not_written(exc)
            return False
        after = replace_source(apply_reanchor(timeline, report), source.id, file)
        name = shown(source.title.get(language) or source.id, 60)
        self._document.apply(after, arg(self.tr("Replace Text of “%1”"), name))
        self._document.open_source(source.id)
        return True

    def remove_current(self) -> bool:
        """Remove the current source; refused, naming the events, while events cite it."""
        source_id = self._current()
        timeline = self._document.timeline
        source = timeline.sources_by_id.get(source_id)
        if source is None:
            return False
        name = shown(source.title.get(self._document.language) or source_id, 60)
        try:
            after = remove_source(timeline, source_id)
        except SourceInUse as exc:
            events = timeline.events_by_id
            titles = [
                shown(events[e].title.get(self._document.language) or e, 100)
                for e in exc.event_ids[:15]
            ]
            more = len(exc.event_ids) - len(titles)
            listing = "\n".join(f"• {t}" for t in titles)
            if more > 0:
                listing += "\n" + self.tr("and %n more event(s)", "", more)
            self._prompts.tell(
                self._parent,
                self.tr("Source Is Cited"),
                arg(
                    self.tr(
                        "“%1” cannot be removed while events cite it. Remove or change their "
                        "evidence first:\n\n%2"
                    ),
                    name,
                    listing,
                ),
                Level.WARNING,
            )
            return False
        self._document.apply(after, arg(self.tr("Remove Source “%1”"), name))
        return True

    def _tell_not_written(self, error: Exception) -> None:
        self._prompts.tell(
            self._parent,
            self.tr("Could Not Add Source"),
            arg(self.tr("The source's text could not be written:\n\n%1"), error),
            Level.ERROR,
        )
