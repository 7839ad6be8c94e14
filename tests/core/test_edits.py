"""Pure edits return new timelines; references follow renames and merges."""

from __future__ import annotations

import unicodedata

import pytest

from viewer.core.edits import (
    EditError,
    add_event,
    duplicate_event,
    edited_text,
    merge_actors,
    remove_actor,
    remove_event,
    replace_actor,
    replace_event,
    shown_text,
    slug,
    unique_id,
)
from viewer.core.model import EMPTY_TEXT, Actor, Event, LocalText, Timeline

TIMELINE = Timeline(
    actors=(
        Actor("altman", LocalText.of({"en": "Sam Altman", "ko": "샘 알트만"}), ("알트먼",)),
        Actor("altman-dup", LocalText.of({"en": "S. Altman", "ko": "올트먼"})),
        Actor("board", LocalText.of({"en": "Board", "ko": "이사회"})),
    ),
    events=(
        Event("fired", "2023-11-17", LocalText(plain="Fired"), actors=("altman-dup", "board")),
        Event("back", "2023-11-21", LocalText(plain="Back"), actors=("altman",)),
    ),
)


def test_event_edits_keep_the_original_untouched() -> None:
    added = add_event(TIMELINE, Event("new", title=LocalText(plain="New")))
    assert [e.id for e in added.events] == ["fired", "back", "new"]
    assert len(TIMELINE.events) == 2
    changed = replace_event(TIMELINE, "fired", Event("fired", "2023-11-18"))
    assert changed.events[0].date == "2023-11-18" and changed.events[1] is TIMELINE.events[1]
    assert [e.id for e in remove_event(TIMELINE, "fired").events] == ["back"]
    copied, copy = duplicate_event(TIMELINE, "fired")
    assert copy.id == "fired-2" and [e.id for e in copied.events] == ["fired", "fired-2", "back"]
    with pytest.raises(EditError):
        add_event(TIMELINE, Event("back"))


def test_renaming_an_actor_id_is_followed_by_its_events() -> None:
    renamed = replace_actor(TIMELINE, "board", Actor("openai-board", LocalText(plain="Board")))
    assert renamed.events[0].actors == ("altman-dup", "openai-board")


def test_merging_moves_references_and_keeps_every_spelling_as_an_alias() -> None:
    merged = merge_actors(TIMELINE, "altman", "altman-dup")
    assert [a.id for a in merged.actors] == ["altman", "board"]
    assert merged.actors[0].aliases == ("알트먼", "S. Altman", "올트먼")
    assert merged.events[0].actors == ("altman", "board")


def test_an_actor_in_use_cannot_be_removed() -> None:
    with pytest.raises(EditError, match="'Fired'"):
        remove_actor(TIMELINE, "board")
    unused = replace_event(TIMELINE, "fired", Event("fired", actors=("altman-dup",)))
    assert [a.id for a in remove_actor(unused, "board").actors] == ["altman", "altman-dup"]


def test_ids_are_slugs_made_unique() -> None:
    assert slug("Altman returns as CEO!") == "altman-returns-as-ceo"
    assert slug("올트먼 복귀") == "올트먼-복귀"
    assert unique_id({"fired", "fired-2"}, "fired") == "fired-3"
    assert unique_id(set(), "") == "event"


def test_a_bilingual_text_left_as_shown_is_kept_exactly() -> None:
    text = LocalText.of({"en": " Fired ", "ko": "해고", "ja": "解任"})
    assert edited_text(text, {"en": " Fired ", "ko": "해고"}) is text
    assert shown_text(LocalText(plain="Plain"), "en") == "Plain"
    assert shown_text(LocalText(plain="Plain"), "ko") == ""


def test_an_edited_language_is_cleaned_and_the_others_are_kept() -> None:
    text = LocalText.of({"en": " Fired ", "ko": "해고", "ja": "解任"})
    edited = edited_text(text, {"en": " Fired ", "ko": "  해임 "})
    assert dict(edited.by_lang) == {"en": " Fired ", "ko": "해임", "ja": "解任"}
    assert dict(edited_text(text, {"en": "", "ko": "해고"}).by_lang) == {"ko": "해고", "ja": "解任"}


def test_a_plain_text_stays_plain_until_a_second_language_is_added() -> None:
    plain = LocalText(plain="OpenAI")
    assert edited_text(plain, {"en": "OpenAI Inc. ", "ko": ""}) == LocalText(plain="OpenAI Inc.")
    both = edited_text(plain, {"en": "OpenAI", "ko": "오픈AI"})
    assert dict(both.by_lang) == {"en": "OpenAI", "ko": "오픈AI"}
    assert edited_text(plain, {"en": "", "ko": ""}) == EMPTY_TEXT


def test_edited_text_is_nfc_normalized() -> None:
    decomposed = unicodedata.normalize("NFD", "올트먼")
    assert edited_text(EMPTY_TEXT, {"ko": decomposed}).exact("ko") == "올트먼"
