"""Tests for the actor model: the kind groups, counts, checks and texts."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from tests.conftest import write_timeline
from tests.ui.actors.fixtures import (
    GROUPS,
    NUMBERED,
    ORGANIZATIONS,
    PEOPLE,
    actor_index,
    ids_by_group,
    names,
)
from viewer.core.model import Actor, LocalText
from viewer.core.query import EventFilter
from viewer.core.store import load_timeline
from viewer.ui.actors.model import (
    ACTOR_ID_ROLE,
    EVENT_COUNT_ROLE,
    EVENTS_COLUMN,
    NAME_COLUMN,
    OTHER_NAME_COLUMN,
    ActorModel,
)
from viewer.ui.actors.proxy import ActorFilterProxyModel
from viewer.ui.document import Document

CHECK = Qt.ItemDataRole.CheckStateRole


def test_actor_models_pass_the_model_tester(
    qtmodeltester, rich_document: Document, tmp_path: Path
) -> None:
    model = ActorModel(rich_document)
    proxy = ActorFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(NAME_COLUMN)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    # The testers stay attached: every change below is checked as it is announced.
    model.setData(
        model.index(0, 0, model.index(0, 0)), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert rich_document.event_filter.actor_ids == {"sam-altman"}
    proxy.set_filter_text("오픈")
    assert proxy.rowCount() == 2
    rich_document.select_event("letter")
    rich_document.set_language("ko")
    other = tmp_path / "other"
    other.mkdir()
    rich_document.load(load_timeline(write_timeline(other)))
    proxy.set_filter_text("")
    assert proxy.rowCount() == 2
    assert model.rowCount() == 3


def test_actors_hang_under_their_kind_in_a_fixed_group_order(model: ActorModel) -> None:
    assert ids_by_group(model) == {
        "People": ["sam-altman", "greg-brockman", "ilya-sutskever"],
        "Organizations": ["openai", "microsoft"],
        "Groups": ["openai-board", "employees"],
    }
    group = model.index(PEOPLE, 0)
    assert model.actor_id(group) == ""
    assert group.data(ACTOR_ID_ROLE) == ""
    assert model.actor_id(actor_index(model, "microsoft", EVENTS_COLUMN)) == "microsoft"
    assert model.columnCount() == 3


def test_a_kind_without_actors_keeps_its_group_only_in_the_model(
    qtmodeltester, document: Document
) -> None:
    model = ActorModel(document)
    proxy = ActorFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() == 3
    assert model.rowCount(model.index(ORGANIZATIONS, 0)) == 0
    assert [proxy.index(row, 0).data() for row in range(proxy.rowCount())] == ["People", "Groups"]


def test_counts_give_the_events_of_each_actor_and_of_each_group_once(model: ActorModel) -> None:
    assert names(model, PEOPLE, EVENTS_COLUMN) == ["3", "2", "1"]
    assert names(model, ORGANIZATIONS, EVENTS_COLUMN) == ["2", "1"]
    assert names(model, GROUPS, EVENTS_COLUMN) == ["2", "1"]
    # an event with two people counts once for the group
    groups = [model.index(group, EVENTS_COLUMN).data() for group in range(3)]
    assert groups == [5, 3, 2]
    assert model.index(PEOPLE, NAME_COLUMN).data(EVENT_COUNT_ROLE) == 5
    assert actor_index(model, "sam-altman").data(EVENT_COUNT_ROLE) == 3
    assert model.index(PEOPLE, EVENTS_COLUMN).data(Qt.ItemDataRole.TextAlignmentRole) == (
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )


def test_only_actor_names_are_checkable(model: ActorModel) -> None:
    group = model.index(PEOPLE, NAME_COLUMN)
    assert group.flags() == Qt.ItemFlag.ItemIsEnabled
    assert group.data(CHECK) is None
    name = actor_index(model, "sam-altman")
    assert name.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert name.flags() & Qt.ItemFlag.ItemIsSelectable
    other = actor_index(model, "sam-altman", OTHER_NAME_COLUMN)
    assert not other.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert other.data(CHECK) is None


def test_checks_mirror_the_documents_actor_filter(
    qtbot, model: ActorModel, rich_document: Document
) -> None:
    name = actor_index(model, "openai")
    assert name.data(CHECK) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(model.dataChanged) as announced:
        rich_document.set_filter(EventFilter(frozenset({"openai", "employees"}), "all"))
    assert CHECK in announced.args[2]
    assert name.data(CHECK) == Qt.CheckState.Checked
    assert actor_index(model, "employees").data(CHECK) == Qt.CheckState.Checked
    assert actor_index(model, "microsoft").data(CHECK) == Qt.CheckState.Unchecked


def test_checking_an_actor_toggles_it_in_the_documents_filter(
    qtbot, model: ActorModel, rich_document: Document
) -> None:
    rich_document.set_filter(EventFilter(mode="all"))
    name = actor_index(model, "microsoft")
    with qtbot.waitSignal(rich_document.filter_changed):
        assert model.setData(name, Qt.CheckState.Checked, CHECK)
    assert rich_document.event_filter == EventFilter(frozenset({"microsoft"}), "all")
    with qtbot.assertNotEmitted(rich_document.filter_changed):
        assert model.setData(name, Qt.CheckState.Checked, CHECK)  # already checked
    model.setData(name, Qt.CheckState.Unchecked.value, CHECK)  # views pass the plain number
    assert rich_document.event_filter == EventFilter(mode="all")


def test_groups_other_columns_and_other_roles_cannot_be_checked(
    qtbot, model: ActorModel, rich_document: Document
) -> None:
    with qtbot.assertNotEmitted(rich_document.filter_changed):
        assert not model.setData(model.index(PEOPLE, 0), Qt.CheckState.Checked, CHECK)
        other = actor_index(model, "openai", OTHER_NAME_COLUMN)
        assert not model.setData(other, Qt.CheckState.Checked, CHECK)
        assert not model.setData(actor_index(model, "openai"), "OpenAI", Qt.ItemDataRole.EditRole)
    assert rich_document.event_filter.actor_ids == frozenset()


def test_names_follow_the_document_language_with_the_other_language_beside(
    qtbot, model: ActorModel, rich_document: Document
) -> None:
    assert names(model, PEOPLE) == ["Sam Altman", "Greg Brockman", "Ilya Sutskever"]
    assert names(model, PEOPLE, OTHER_NAME_COLUMN) == [
        "샘 올트먼",
        "그레그 브로크먼",
        "일리야 수츠케버",
    ]
    with qtbot.waitSignal(model.dataChanged) as announced:
        rich_document.set_language("ko")
    assert Qt.ItemDataRole.DisplayRole in announced.args[2]
    assert model.language() == "ko"
    assert names(model, PEOPLE) == ["샘 올트먼", "그레그 브로크먼", "일리야 수츠케버"]
    assert names(model, PEOPLE, OTHER_NAME_COLUMN) == [
        "Sam Altman",
        "Greg Brockman",
        "Ilya Sutskever",
    ]


def test_a_name_written_once_has_no_other_name(qtbot, tmp_path: Path) -> None:
    document = Document()
    document.load(load_timeline(write_timeline(tmp_path, NUMBERED)))
    model = ActorModel(document)
    assert actor_index(model, "alice").data() == "Alice"
    assert actor_index(model, "alice", OTHER_NAME_COLUMN).data() == ""
    document.set_language("ko")
    assert actor_index(model, "alice").data() == "Alice"  # a plain name serves every language


def test_the_actors_of_the_selected_event_are_bold_and_tinted(
    qtbot, model: ActorModel, rich_document: Document
) -> None:
    with qtbot.waitSignal(model.dataChanged) as announced:
        rich_document.select_event("letter")
    assert Qt.ItemDataRole.FontRole in announced.args[2]
    for actor_id in ("employees", "openai-board"):
        index = actor_index(model, actor_id, OTHER_NAME_COLUMN)
        assert index.data(Qt.ItemDataRole.FontRole).bold()
        assert index.data(Qt.ItemDataRole.BackgroundRole).alpha() == 48
    assert actor_index(model, "sam-altman").data(Qt.ItemDataRole.FontRole) is None
    assert actor_index(model, "sam-altman").data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_new_selection_announces_only_the_actors_that_turn_bold_or_plain(
    qtbot, model: ActorModel, rich_document: Document
) -> None:
    rich_document.select_event("brockman-quits")  # greg-brockman, openai
    announced: list[str] = []

    def note(first: QModelIndex, last: QModelIndex, _roles: list[int]) -> None:
        for row in range(first.row(), last.row() + 1):
            announced.append(model.actor_id(model.index(row, 0, first.parent())))

    model.dataChanged.connect(note)
    rich_document.select_event("microsoft-hires")  # microsoft, sam-altman, greg-brockman
    assert sorted(announced) == ["microsoft", "openai", "sam-altman"]
    assert actor_index(model, "openai").data(Qt.ItemDataRole.FontRole) is None
    assert actor_index(model, "greg-brockman").data(Qt.ItemDataRole.FontRole).bold()
    announced.clear()
    rich_document.select_event("")
    assert sorted(announced) == ["greg-brockman", "microsoft", "sam-altman"]
    assert actor_index(model, "microsoft").data(Qt.ItemDataRole.FontRole) is None


def test_tooltips_escape_names_descriptions_and_aliases(model: ActorModel) -> None:
    assert actor_index(model, "microsoft").data(Qt.ItemDataRole.ToolTipRole) == (
        "<b>Microsoft</b> · 마이크로소프트<br>"
        "&lt;b&gt;x&lt;/b&gt;&lt;img src=evil.png&gt;<br>"
        "Also written: MS"
    )


def test_the_tooltip_follows_the_language(model: ActorModel, rich_document: Document) -> None:
    rich_document.set_language("ko")
    assert actor_index(model, "microsoft").data(Qt.ItemDataRole.ToolTipRole) == (
        "<b>마이크로소프트</b> · Microsoft<br>기업<br>Also written: MS"
    )


def test_headers_name_the_columns(model: ActorModel) -> None:
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(section, horizontal) for section in range(3)] == [
        "Name",
        "Other name",
        "Events",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(3, horizontal) is None


def test_renaming_an_actor_updates_its_row_without_a_reset(
    qtbot, model: ActorModel, rich_document: Document
) -> None:
    timeline = rich_document.timeline
    renamed = [
        dataclasses.replace(a, name=LocalText.of({"en": "MSFT", "ko": "마소"}))
        if a.id == "microsoft"
        else a
        for a in timeline.actors
    ]
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        rich_document.apply(dataclasses.replace(timeline, actors=tuple(renamed)), "Rename")
    assert actor_index(model, "microsoft").data() == "MSFT"
    assert actor_index(model, "microsoft", OTHER_NAME_COLUMN).data() == "마소"


def test_a_new_actor_or_a_new_kind_resets_the_rows(
    qtbot, model: ActorModel, rich_document: Document
) -> None:
    timeline = rich_document.timeline
    mira = Actor("mira-murati", name=LocalText.of({"en": "Mira Murati", "ko": "미라 무라티"}))
    with qtbot.waitSignal(model.modelReset):
        rich_document.apply(dataclasses.replace(timeline, actors=(*timeline.actors, mira)), "Add")
    assert ids_by_group(model)["People"][-1] == "mira-murati"
    moved = [
        dataclasses.replace(a, kind="group") if a.id == "mira-murati" else a
        for a in rich_document.timeline.actors
    ]
    with qtbot.waitSignal(model.modelReset):
        rich_document.apply(dataclasses.replace(timeline, actors=tuple(moved)), "Kind")
    assert ids_by_group(model)["Groups"] == ["openai-board", "employees", "mira-murati"]
    assert "mira-murati" not in ids_by_group(model)["People"]
