"""The actor panel: grouping, the filter box, checking actors, modes, highlights and languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTreeView,
)

from tests.conftest import write_timeline
from tests.ui.conftest import shown
from viewer.core.query import EventFilter
from viewer.core.store import load_timeline
from viewer.ui.actors.model import (
    EVENTS_COLUMN,
    NAME_COLUMN,
    OTHER_NAME_COLUMN,
)
from viewer.ui.actors.panel import ActorPanel
from viewer.ui.document import Document


@pytest.fixture
def panel(qtbot, rich_document: Document) -> ActorPanel:
    """The panel over the rich document, shown so that clicks land."""
    return shown(qtbot, ActorPanel(rich_document), 500, 600)


def _tree(panel: ActorPanel) -> QTreeView:
    return panel.findChild(QTreeView, "actorTree")


def _status(panel: ActorPanel) -> QLabel:
    return panel.findChild(QLabel, "actorFilterStatus")


def _shown(panel: ActorPanel, column: int = NAME_COLUMN) -> dict[str, list[str]]:
    """What the tree shows: group title -> texts of `column` of its rows, in display order."""
    tree = _tree(panel)
    model = tree.model()
    shown: dict[str, list[str]] = {}
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        assert tree.isExpanded(group)
        shown[group.data()] = [
            str(model.index(row, column, group).data()) for row in range(model.rowCount(group))
        ]
    return shown


def _find(panel: ActorPanel, name: str, column: int = NAME_COLUMN) -> QModelIndex:
    tree = _tree(panel)
    model = tree.model()
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            if model.index(row, NAME_COLUMN, group).data() == name:
                return model.index(row, column, group)
    raise AssertionError(f"{name} is not shown")


def _type_korean(edit: QLineEdit, text: str) -> None:
    """Type Hangul as an input method delivers it: a committed string (QTest only types Latin-1)."""
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def _double_click(qtbot, view: QTreeView, index: QModelIndex) -> None:
    """A real double click: press and release, then the double-click press and release."""
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _check_box_centre(tree: QTreeView, index: QModelIndex) -> QPoint:
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    rect = tree.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree
    )
    return rect.center()


def _click_check_box(qtbot, panel: ActorPanel, document: Document, name: str) -> None:
    tree = _tree(panel)
    index = _find(panel, name)
    with qtbot.waitSignal(document.filter_changed):
        qtbot.mouseClick(
            tree.viewport(), Qt.MouseButton.LeftButton, pos=_check_box_centre(tree, index)
        )


def _is_checked(panel: ActorPanel, name: str) -> bool:
    return _find(panel, name).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_actors_are_grouped_by_kind_and_sorted_by_name(panel: ActorPanel) -> None:
    assert _shown(panel) == {
        "People": ["Greg Brockman", "Ilya Sutskever", "Sam Altman"],
        "Organizations": ["Microsoft", "OpenAI"],
        "Groups": ["OpenAI board", "OpenAI employees"],
    }


def test_each_actor_shows_its_other_language_name_and_event_count(panel: ActorPanel) -> None:
    assert _shown(panel, OTHER_NAME_COLUMN)["People"] == [
        "그레그 브로크먼",
        "일리야 수츠케버",
        "샘 올트먼",
    ]
    assert _shown(panel, EVENTS_COLUMN)["People"] == ["2", "1", "3"]
    assert _shown(panel, EVENTS_COLUMN)["Organizations"] == ["1", "2"]
    count = _find(panel, "Sam Altman", EVENTS_COLUMN)
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_groups_without_actors_are_hidden(qtbot, document: Document) -> None:
    widget = ActorPanel(document)
    qtbot.addWidget(widget)
    assert list(_shown(widget)) == ["People", "Groups"]


def test_typing_a_korean_alias_narrows_the_tree(qtbot, panel: ActorPanel) -> None:
    _type_korean(panel.findChild(QLineEdit, "actorFilter"), "브로크먼")
    assert _shown(panel) == {"People": ["Greg Brockman"]}


def test_typing_an_english_name_in_any_case_narrows_the_tree(qtbot, panel: ActorPanel) -> None:
    qtbot.keyClicks(panel.findChild(QLineEdit, "actorFilter"), "openai")
    assert _shown(panel) == {
        "Organizations": ["OpenAI"],
        "Groups": ["OpenAI board", "OpenAI employees"],
    }


def test_the_filter_matches_korean_names_while_showing_english(qtbot, panel: ActorPanel) -> None:
    _type_korean(panel.findChild(QLineEdit, "actorFilter"), "이사회")
    assert _shown(panel) == {"Groups": ["OpenAI board"]}


def test_escape_clears_the_filter_box_and_shows_everyone(qtbot, panel: ActorPanel) -> None:
    edit = panel.findChild(QLineEdit, "actorFilter")
    qtbot.keyClicks(edit, "MS")
    assert _shown(panel) == {"Organizations": ["Microsoft"]}
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""
    assert sum(len(names) for names in _shown(panel).values()) == 7


def test_clicking_a_check_box_filters_the_events_to_that_actor(
    qtbot, panel: ActorPanel, rich_document: Document
) -> None:
    status = _status(panel)
    assert not status.isVisible()
    _click_check_box(qtbot, panel, rich_document, "Sam Altman")
    assert rich_document.event_filter.actor_ids == {"sam-altman"}
    assert _is_checked(panel, "Sam Altman")
    assert not _is_checked(panel, "Greg Brockman")
    assert status.isVisible()
    assert status.text() == "Events shown: 3 of 6"
    _click_check_box(qtbot, panel, rich_document, "Sam Altman")
    assert not _is_checked(panel, "Sam Altman")
    assert not status.isVisible()


def test_space_toggles_the_current_actor_from_any_column(qtbot, panel: ActorPanel) -> None:
    tree = _tree(panel)
    tree.setFocus()
    tree.setCurrentIndex(_find(panel, "Microsoft", EVENTS_COLUMN))
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert _is_checked(panel, "Microsoft")
    assert _status(panel).text() == "Events shown: 1 of 6"


def test_double_clicking_an_actor_name_toggles_its_check(
    qtbot, panel: ActorPanel, rich_document: Document
) -> None:
    _double_click(qtbot, _tree(panel), _find(panel, "OpenAI board"))
    assert rich_document.event_filter.actor_ids == {"openai-board"}
    assert _is_checked(panel, "OpenAI board")
    _double_click(qtbot, _tree(panel), _find(panel, "OpenAI board"))
    assert rich_document.event_filter.actor_ids == set()


def test_double_clicking_a_group_checks_nothing(
    qtbot, panel: ActorPanel, rich_document: Document
) -> None:
    tree = _tree(panel)
    _double_click(qtbot, tree, tree.model().index(0, EVENTS_COLUMN))
    assert rich_document.event_filter.actor_ids == set()


def test_all_mode_shows_only_events_with_every_checked_actor(
    qtbot, panel: ActorPanel, rich_document: Document
) -> None:
    _click_check_box(qtbot, panel, rich_document, "Sam Altman")
    _click_check_box(qtbot, panel, rich_document, "Greg Brockman")
    assert _status(panel).text() == "Events shown: 4 of 6"
    combo = panel.findChild(QComboBox, "actorFilterMode")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "all checked actors"
    assert rich_document.event_filter == EventFilter(
        frozenset({"sam-altman", "greg-brockman"}), "all"
    )
    assert _status(panel).text() == "Events shown: 1 of 6"
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert _status(panel).text() == "Events shown: 4 of 6"


def test_clear_unchecks_every_actor_and_keeps_the_mode(
    qtbot, panel: ActorPanel, rich_document: Document
) -> None:
    clear = panel.findChild(QPushButton, "clearActorFilter")
    assert not clear.isVisible(), "nothing to clear"
    rich_document.set_filter(EventFilter(frozenset({"openai", "employees"}), "all"))
    assert clear.isVisible() and clear.isEnabled()
    assert panel.findChild(QComboBox, "actorFilterMode").currentText() == "all checked actors"
    assert _is_checked(panel, "OpenAI") and _is_checked(panel, "OpenAI employees")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert rich_document.event_filter == EventFilter(mode="all")
    assert not _is_checked(panel, "OpenAI")
    assert not _is_checked(panel, "OpenAI employees")
    assert not _status(panel).isVisible()
    assert not clear.isVisible()


def test_selecting_an_event_makes_its_actors_bold(
    qtbot, panel: ActorPanel, rich_document: Document
) -> None:
    def bold(name: str) -> bool:
        font = _find(panel, name).data(Qt.ItemDataRole.FontRole)
        return font is not None and font.bold()

    with qtbot.waitSignal(rich_document.selection_changed):
        rich_document.select_event("microsoft-hires")
    assert [bold(name) for name in ("Microsoft", "Sam Altman", "Greg Brockman")] == [True] * 3
    assert not bold("OpenAI") and not bold("Ilya Sutskever")
    assert _find(panel, "Microsoft").data(Qt.ItemDataRole.BackgroundRole) is not None
    rich_document.select_event("")
    assert not bold("Microsoft")
    assert _find(panel, "Microsoft").data(Qt.ItemDataRole.BackgroundRole) is None


def test_switching_to_korean_shows_korean_names_sorted_in_korean(
    panel: ActorPanel, rich_document: Document
) -> None:
    rich_document.set_language("ko")
    shown = _shown(panel)
    assert shown["People"] == ["그레그 브로크먼", "샘 올트먼", "일리야 수츠케버"]
    assert shown["Organizations"] == ["마이크로소프트", "오픈AI"]
    assert _shown(panel, OTHER_NAME_COLUMN)["People"] == [
        "Greg Brockman",
        "Sam Altman",
        "Ilya Sutskever",
    ]


def test_clicking_the_events_header_sorts_by_count_keeping_groups_in_order(
    qtbot, panel: ActorPanel
) -> None:
    tree = _tree(panel)
    header = tree.header()
    x = header.sectionViewportPosition(EVENTS_COLUMN) + header.sectionSize(EVENTS_COLUMN) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    shown = _shown(panel)
    assert list(shown) == ["People", "Organizations", "Groups"]
    assert shown["People"] == ["Sam Altman", "Greg Brockman", "Ilya Sutskever"]


def test_the_events_column_fits_its_title_and_every_count(
    panel: ActorPanel, rich_document: Document
) -> None:
    tree = _tree(panel)
    proxy = tree.model()
    groups = [proxy.index(group, 0) for group in range(proxy.rowCount())]
    actors = [
        proxy.index(row, EVENTS_COLUMN, group)
        for group in groups
        for row in range(proxy.rowCount(group))
    ]
    assert len(actors) == len(rich_document.timeline.actors)
    counts = actors + [group.siblingAtColumn(EVENTS_COLUMN) for group in groups]
    widest = max(tree.sizeHintForIndex(index).width() for index in counts)
    # as wide as needed and no wider, so the names keep the room
    assert tree.header().sectionSize(EVENTS_COLUMN) == max(
        widest, tree.header().sectionSizeHint(EVENTS_COLUMN)
    )


def test_a_narrow_panel_hides_the_other_names_and_the_tooltip_still_gives_them(
    qtbot, panel: ActorPanel
) -> None:
    tree = _tree(panel)
    assert not tree.isColumnHidden(OTHER_NAME_COLUMN)
    panel.resize(240, 600)
    qtbot.waitUntil(lambda: tree.isColumnHidden(OTHER_NAME_COLUMN))
    name = _find(panel, "Sam Altman")
    assert tree.visualRect(name).width() > 120, "the names get the room"
    assert "샘 올트먼" in name.data(Qt.ItemDataRole.ToolTipRole)
    panel.resize(500, 600)
    qtbot.waitUntil(lambda: not tree.isColumnHidden(OTHER_NAME_COLUMN))


def test_data_text_is_escaped_in_tooltips(panel: ActorPanel) -> None:
    tip = _find(panel, "Microsoft").data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;x&lt;/b&gt;&lt;img src=evil.png&gt;" in tip
    assert "<img" not in tip


def test_reloading_a_timeline_clears_checks_and_keeps_groups_expanded(
    qtbot, panel: ActorPanel, rich_document: Document, tmp_path: Path
) -> None:
    _click_check_box(qtbot, panel, rich_document, "OpenAI")
    other = tmp_path / "other"
    other.mkdir()
    rich_document.load(load_timeline(write_timeline(other)))
    assert _shown(panel) == {"People": ["Sam Altman"], "Groups": ["OpenAI board"]}
    assert not _status(panel).isVisible()
