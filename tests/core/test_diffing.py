"""What changed between two timelines, record by record and field by field."""

from __future__ import annotations

import dataclasses

from viewer.core.diffing import Difference, describe, differences
from viewer.core.model import Actor, Event, LocalText, Timeline

FIRED = Event("fired", date="2023-11-17", title=LocalText(plain="Board fires Altman"))
RETURNS = Event("returns", date="2023-11-21", title=LocalText(plain="Altman returns"))
OLD = Timeline(actors=(Actor("sam", LocalText(plain="Sam Altman")),), events=(FIRED, RETURNS))


def test_added_removed_changed_and_moved_are_told_apart() -> None:
    new = dataclasses.replace(
        OLD,
        events=(
            dataclasses.replace(FIRED, date="2023-11-18", kind="claim"),
            Event("talks", date="2023-11-19", title=LocalText(plain="Talks")),
        ),
    )
    found = differences(OLD, new)
    assert [(d.change, d.id, d.field) for d in found] == [
        ("removed", "returns", None),
        ("moved", "fired", "date"),
        ("changed", "fired", "kind"),
        ("added", "talks", None),
    ]
    moved = found[1]
    assert (moved.old, moved.new, moved.days) == ("2023-11-17", "2023-11-18", 1)
    assert describe(moved) == '~ event fired: date "2023-11-17" -> "2023-11-18" (1 day later)'
    assert describe(found[0]) == '- event returns "Altman returns" (2023-11-21)'
    assert describe(found[3]) == '+ event talks "Talks" (2023-11-19)'


def test_moving_records_in_the_file_is_no_change() -> None:
    assert differences(OLD, dataclasses.replace(OLD, events=(RETURNS, FIRED))) == []


def test_the_json_form_leaves_out_what_does_not_apply() -> None:
    added = Difference("event", "talks", "added", new={"id": "talks"})
    assert added.to_data() == {
        "kind": "event",
        "id": "talks",
        "change": "added",
        "new": {"id": "talks"},
    }
    retitled = differences(OLD, dataclasses.replace(OLD, title=LocalText(plain="Crisis")))
    assert retitled[0].to_data() == {
        "kind": "timeline", "id": "", "change": "changed", "field": "title", "old": None,
        "new": "Crisis",
    }  # fmt: skip
