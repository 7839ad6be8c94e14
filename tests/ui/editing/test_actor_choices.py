"""The actor choices: checkable rows with both names, the order of checking, and their filter."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, Qt

from viewer.core.model import Actor, LocalText
from viewer.ui.editing.actor_choices import (
    ID_ROLE,
    SEARCH_ROLE,
    ActorChoiceModel,
    ActorFilterProxy,
)

CHECK = Qt.ItemDataRole.CheckStateRole
SAM = Actor(
    id="sam-altman",
    name=LocalText(by_lang=(("en", "Sam Altman"), ("ko", "샘 올트먼"))),
    aliases=("올트먼",),
)
BOARD = Actor(
    id="openai-board",
    name=LocalText(by_lang=(("en", "OpenAI board"), ("ko", "오픈AI 이사회"))),
    kind="group",
)


def _labels(model) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _filtered(actors: list[Actor], needle: str) -> ActorFilterProxy:
    model = ActorChoiceModel(actors, [], "en")
    proxy = ActorFilterProxy()
    proxy.setSourceModel(model)
    model.setParent(proxy)  # the proxy does not keep its source alive
    proxy.set_needle(needle)
    return proxy


# -- the rows ------------------------------------------------------------------------------------
def test_the_actor_choices_are_a_sound_item_model(qtmodeltester, choices):
    model = ActorChoiceModel(choices.timeline.actors, ["openai-board", "nobody"], "ko")
    qtmodeltester.check(model)
    assert model.index(0).data() == "샘 올트먼 (Sam Altman)"  # Korean names come first


def test_names_show_in_the_data_language_first_and_the_other_after_it(qtbot):
    actors = [
        SAM,
        Actor(id="bob", name=LocalText(by_lang=(("en", "Bob"),))),
        Actor(id="min", name=LocalText(by_lang=(("ko", "민"),))),
        Actor(id="same", name=LocalText(by_lang=(("en", "IBM"), ("ko", "IBM")))),
        Actor(id="plain", name=LocalText(plain="Reuters")),
        Actor(id="nameless"),
    ]
    english = ActorChoiceModel(actors, [], "en")
    assert _labels(english) == ["Sam Altman (샘 올트먼)", "Bob", "민", "IBM", "Reuters", "nameless"]
    korean = ActorChoiceModel(actors, [], "ko")
    assert _labels(korean) == ["샘 올트먼 (Sam Altman)", "Bob", "민", "IBM", "Reuters", "nameless"]


def test_an_actor_unknown_to_the_timeline_stays_listed_and_checked(qtbot):
    model = ActorChoiceModel([SAM, BOARD], ["ghost", "sam-altman"], "en")
    assert _labels(model) == [
        "Sam Altman (샘 올트먼)",
        "OpenAI board (오픈AI 이사회)",
        "ghost (not in the timeline)",
    ]
    assert model.index(2).data(CHECK) == Qt.CheckState.Checked
    assert model.index(2).data(ID_ROLE) == "ghost"
    assert model.checked_ids() == ("ghost", "sam-altman")


def test_rows_are_checkable_items_without_children(qtbot):
    model = ActorChoiceModel([SAM], [], "en")
    flags = model.flags(model.index(0))
    assert flags & Qt.ItemFlag.ItemIsUserCheckable
    assert flags & Qt.ItemFlag.ItemIsEnabled
    assert flags & Qt.ItemFlag.ItemNeverHasChildren
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.rowCount(model.index(0)) == 0


def test_the_tooltip_lists_the_id_and_every_spelling_escaped(qtbot):
    actor = Actor(id="att", name=LocalText(plain="<b>AT&T</b>"), aliases=("Ma Bell",))
    model = ActorChoiceModel([SAM, actor], [], "en")
    assert (
        model.index(0).data(Qt.ItemDataRole.ToolTipRole)
        == "sam-altman · Sam Altman · 샘 올트먼 · 올트먼"
    )
    assert model.index(1).data(Qt.ItemDataRole.ToolTipRole) == (
        "att · &lt;b&gt;AT&amp;T&lt;/b&gt; · Ma Bell"
    )


def test_the_search_text_is_the_id_and_spellings_in_nfc_case_folded(qtbot):
    stored = Actor(
        id="Min-Ji", name=LocalText(by_lang=(("ko", unicodedata.normalize("NFD", "민지")),))
    )
    model = ActorChoiceModel([stored], [], "en")
    assert model.index(0).data(SEARCH_ROLE) == "min-ji\n민지"
    assert unicodedata.is_normalized("NFC", model.index(0).data(SEARCH_ROLE))


# -- checking ------------------------------------------------------------------------------------
def test_checked_ids_keep_the_events_order_then_the_order_of_checking(qtbot):
    model = ActorChoiceModel([SAM, BOARD], ["openai-board", "openai-board"], "en")
    assert model.checked_ids() == ("openai-board",)  # a repeated id is kept once
    assert model.setData(model.index(0), Qt.CheckState.Checked, CHECK)
    assert model.checked_ids() == ("openai-board", "sam-altman")
    assert model.setData(model.index(1), Qt.CheckState.Unchecked, CHECK)
    assert model.setData(model.index(1), Qt.CheckState.Checked.value, CHECK)  # as views send it
    assert model.checked_ids() == ("sam-altman", "openai-board")
    assert model.index(1).data(CHECK) == Qt.CheckState.Checked


def test_checking_twice_or_unchecking_an_unchecked_actor_changes_nothing(qtbot):
    model = ActorChoiceModel([SAM, BOARD], ["sam-altman"], "en")
    model.setData(model.index(0), Qt.CheckState.Checked, CHECK)
    model.setData(model.index(1), Qt.CheckState.Unchecked, CHECK)
    assert model.checked_ids() == ("sam-altman",)


def test_checking_is_announced_for_the_check_state_only(qtbot):
    model = ActorChoiceModel([SAM, BOARD], [], "en")
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as blocker:
        model.setData(model.index(1), Qt.CheckState.Checked, CHECK)
    first, last, roles = blocker.args
    assert (first.row(), last.row()) == (1, 1)
    assert roles == [CHECK]


def test_only_the_check_state_can_be_set(qtbot):
    model = ActorChoiceModel([SAM], [], "en")
    assert not model.setData(model.index(0), "Someone else", Qt.ItemDataRole.EditRole)
    assert not model.setData(QModelIndex(), Qt.CheckState.Checked, CHECK)
    assert model.index(0).data() == "Sam Altman (샘 올트먼)"
    assert model.checked_ids() == ()


def test_an_added_actor_is_appended_checked(qtmodeltester):
    model = ActorChoiceModel([SAM], ["sam-altman"], "en")
    junior = Actor(id="sam-jr", name=LocalText(by_lang=(("en", "Sam Jr"),)))
    index = model.add(junior)
    assert index.row() == 1
    assert index.data() == "Sam Jr"
    assert index.data(CHECK) == Qt.CheckState.Checked
    assert model.checked_ids() == ("sam-altman", "sam-jr")
    qtmodeltester.check(model)


def test_retranslating_refreshes_every_label(qtbot):
    model = ActorChoiceModel([SAM, BOARD], ["ghost"], "en")
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as blocker:
        model.retranslate()
    first, last, roles = blocker.args
    assert (first.row(), last.row()) == (0, 2)
    assert roles == [Qt.ItemDataRole.DisplayRole]


# -- the filter ----------------------------------------------------------------------------------
def test_the_filtered_choices_are_a_sound_item_model(qtmodeltester):
    proxy = _filtered([SAM, BOARD], "board")
    qtmodeltester.check(proxy)
    assert _labels(proxy) == ["OpenAI board (오픈AI 이사회)"]


def test_the_filter_matches_names_in_both_languages_aliases_and_ids(qtbot):
    proxy = _filtered([SAM, BOARD], "")
    assert proxy.rowCount() == 2
    for needle, expected in (
        ("올트먼", ["Sam Altman (샘 올트먼)"]),  # an alias (and part of the Korean name)
        ("이사회", ["OpenAI board (오픈AI 이사회)"]),
        ("altman", ["Sam Altman (샘 올트먼)"]),
        ("openai-b", ["OpenAI board (오픈AI 이사회)"]),  # the id
        ("  BOARD  ", ["OpenAI board (오픈AI 이사회)"]),  # spaces around are ignored
        ("a", ["Sam Altman (샘 올트먼)", "OpenAI board (오픈AI 이사회)"]),
        ("nobody", []),
        ("", ["Sam Altman (샘 올트먼)", "OpenAI board (오픈AI 이사회)"]),
    ):
        proxy.set_needle(needle)
        assert _labels(proxy) == expected, needle


def test_the_filter_ignores_case_in_any_script(qtbot):
    street = Actor(id="strasse", name=LocalText(plain="Straße Verlag"))
    proxy = _filtered([SAM, street], "SAM ALTMAN")
    assert _labels(proxy) == ["Sam Altman (샘 올트먼)"]
    proxy.set_needle("STRASSE")  # case folding, not only lower case
    assert _labels(proxy) == ["Straße Verlag"]


def test_korean_typed_in_decomposed_jamo_matches_stored_syllables(qtbot):
    proxy = _filtered([SAM, BOARD], unicodedata.normalize("NFD", "올트먼"))
    assert _labels(proxy) == ["Sam Altman (샘 올트먼)"]


def test_korean_stored_in_decomposed_jamo_matches_typed_syllables(qtbot):
    decomposed = Actor(id="min-ji", name=LocalText(plain=unicodedata.normalize("NFD", "김민지")))
    proxy = _filtered([SAM, decomposed], "민지")
    assert [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())] == ["min-ji"]
