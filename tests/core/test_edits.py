"""Pure edits return new timelines; references follow renames and merges."""

from __future__ import annotations

import pytest

from viewer.core.edits import (
    EditError,
    add_event,
    duplicate_event,
    merge_actors,
    remove_actor,
    remove_event,
    replace_actor,
    replace_event,
    slug,
    unique_id,
)
from viewer.core.model import Actor, Event, LocalText, Timeline

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
