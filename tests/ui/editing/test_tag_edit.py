"""The tag field: comma-separated tags, completing the one being typed from the tags in use."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt

from tests.ui.editing.fixtures import commit, shown, type_text
from viewer.ui.editing.tag_edit import TagEdit


def _tag_edit(qtbot, tags=(), used=()) -> TagEdit:
    edit = shown(qtbot, TagEdit(tags, used))
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End)
    return edit


def _pick_first_completion(qtbot, edit: TagEdit) -> None:
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def _offered(edit: TagEdit) -> list[str]:
    popup = edit.completer().popup()
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_tag_being_typed_completes_from_the_tags_in_use(qtbot, rich):
    event = rich.timeline.events_by_id["fired"]
    used = {tag for e in rich.timeline.events for tag in e.tags}
    tags = _tag_edit(qtbot, event.tags, used)
    assert tags.text() == "governance, leadership"
    qtbot.keyClicks(tags, ", MICRO")
    popup = tags.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1  # only the tag being typed is matched
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tags.text() == "governance, leadership, microsoft"
    qtbot.keyClicks(tags, ", governance")  # a repeated tag is kept once
    assert tags.tags() == ("governance", "leadership", "microsoft")


def test_tags_are_read_stripped_without_empty_or_repeated_ones(qtbot):
    edit = _tag_edit(qtbot)
    qtbot.keyClicks(edit, " board ,, ,investors,board , ")
    assert edit.tags() == ("board", "investors")
    type_text(qtbot, edit, "")
    assert edit.tags() == ()


def test_the_event_tags_are_shown_comma_separated(qtbot):
    edit = _tag_edit(qtbot, ["governance", "리더십"], [])
    assert edit.text() == "governance, 리더십"
    assert edit.tags() == ("governance", "리더십")


def test_the_tags_in_use_are_offered_once_in_alphabetical_order_ignoring_case(qtbot):
    edit = _tag_edit(qtbot, [], ["microsoft", "Governance", "leadership", "microsoft"])
    assert edit.completer().model().stringList() == ["Governance", "leadership", "microsoft"]


def test_completing_tidies_the_tags_typed_before(qtbot):
    edit = _tag_edit(qtbot, [], ["leadership", "microsoft"])
    qtbot.keyClicks(edit, "governance ,leadership,,mi")
    assert _offered(edit) == ["microsoft"]
    _pick_first_completion(qtbot, edit)
    assert edit.text() == "governance, leadership, microsoft"


def test_only_the_last_tag_is_matched(qtbot):
    edit = _tag_edit(qtbot, [], ["leadership", "microsoft", "layoffs"])
    completer = edit.completer()
    assert completer.splitPath("microsoft,  l") == ["l"]
    qtbot.keyClicks(edit, "microsoft, l")
    qtbot.waitUntil(completer.popup().isVisible)
    assert _offered(edit) == ["layoffs", "leadership"]


def test_a_tag_no_one_uses_yet_offers_nothing_and_is_kept(qtbot):
    edit = _tag_edit(qtbot, ["governance"], ["governance", "microsoft"])
    qtbot.keyClicks(edit, ", zzz")
    assert edit.completer().completionCount() == 0
    assert not edit.completer().popup().isVisible()
    assert edit.tags() == ("governance", "zzz")


def test_a_korean_tag_typed_through_an_input_method_completes(qtbot):
    edit = _tag_edit(qtbot, ["governance"], ["거버넌스", "리더십"])
    commit(edit, ", 거버")
    assert _offered(edit) == ["거버넌스"]
    _pick_first_completion(qtbot, edit)
    assert edit.tags() == ("governance", "거버넌스")


def test_a_korean_tag_typed_in_decomposed_jamo_completes(qtbot):
    edit = _tag_edit(qtbot, [], ["거버넌스", "리더십"])
    commit(edit, unicodedata.normalize("NFD", "거버"))
    assert edit.completer().completionCount() == 1


def test_a_korean_tag_typed_twice_in_different_forms_is_kept_once(qtbot):
    edit = _tag_edit(qtbot, ["거버넌스"], [])
    commit(edit, ", " + unicodedata.normalize("NFD", "거버넌스"))
    assert edit.tags() == ("거버넌스",)
