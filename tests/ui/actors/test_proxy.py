"""Tests for the actor proxy: filtering by any spelling, and sorting by name or count."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt

from tests.conftest import write_timeline
from tests.ui.actors.fixtures import NUMBERED, ORGANIZATIONS, PEOPLE, ids_by_group, names
from viewer.core.store import load_timeline
from viewer.ui.actors.model import EVENTS_COLUMN, NAME_COLUMN, ActorModel
from viewer.ui.actors.proxy import ActorFilterProxyModel
from viewer.ui.document import Document


def test_the_filter_matches_any_spelling_in_any_case_and_in_nfd(
    proxy: ActorFilterProxyModel,
) -> None:
    proxy.set_filter_text(unicodedata.normalize("NFD", "브로크"))
    assert ids_by_group(proxy) == {"People": ["greg-brockman"]}
    proxy.set_filter_text("  ms ")
    assert ids_by_group(proxy) == {"Organizations": ["microsoft"]}
    proxy.set_filter_text("OPENAI")
    assert ids_by_group(proxy) == {
        "Organizations": ["openai"],
        "Groups": ["openai-board", "employees"],
    }
    proxy.set_filter_text("")
    assert sum(len(ids) for ids in ids_by_group(proxy).values()) == 7


def test_a_filter_match_never_straddles_two_spellings(proxy: ActorFilterProxyModel) -> None:
    proxy.set_filter_text("Altman 샘")  # the end of one name, the start of the next
    assert proxy.rowCount() == 0
    proxy.set_filter_text("Altman")
    assert ids_by_group(proxy) == {"People": ["sam-altman"]}


def test_groups_keep_their_order_in_either_sort_order(proxy: ActorFilterProxyModel) -> None:
    proxy.sort(NAME_COLUMN, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(row, 0).data() for row in range(3)] == ["People", "Organizations", "Groups"]
    assert names(proxy, PEOPLE) == ["Sam Altman", "Ilya Sutskever", "Greg Brockman"]


def test_counts_sort_by_value(proxy: ActorFilterProxyModel) -> None:
    proxy.sort(EVENTS_COLUMN, Qt.SortOrder.AscendingOrder)
    assert names(proxy, PEOPLE) == ["Ilya Sutskever", "Greg Brockman", "Sam Altman"]
    assert names(proxy, PEOPLE, EVENTS_COLUMN) == ["1", "2", "3"]


def test_names_sort_ignoring_case_with_numbers_by_value(qtbot, tmp_path: Path) -> None:
    document = Document()
    document.load(load_timeline(write_timeline(tmp_path, NUMBERED)))
    proxy = ActorFilterProxyModel()
    proxy.setSourceModel(ActorModel(document, proxy))
    proxy.sort(NAME_COLUMN)
    assert names(proxy, 0) == ["Agent 2", "Agent 10", "Alice", "bob"]


def test_korean_names_sort_in_korean_order(
    proxy: ActorFilterProxyModel, rich_document: Document
) -> None:
    rich_document.set_language("ko")
    assert names(proxy, PEOPLE) == ["그레그 브로크먼", "샘 올트먼", "일리야 수츠케버"]
    assert names(proxy, ORGANIZATIONS) == ["마이크로소프트", "오픈AI"]
