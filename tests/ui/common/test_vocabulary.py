"""The domain's words and colours: one per event kind and actor kind, translated when shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QColor

from viewer.core.model import LANGUAGES
from viewer.resources import resources_dir
from viewer.ui.common.vocabulary import (
    ACTOR_KINDS,
    APPROXIMATE_QUOTE_COLOUR,
    EVENT_KINDS,
    LANGUAGE_NAMES,
    QUOTE_COLOUR,
    actor_kind_group,
    actor_kind_name,
    kind_colour,
    kind_description,
    kind_help,
    kind_name,
    undated,
)


class MarkingTranslator(QTranslator):
    """Translates every "Vocabulary" message into itself in angle brackets, and nothing else."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != "Vocabulary":
            return ""
        self.asked.append(source)
        return f"<{source}>"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking() -> Iterator[MarkingTranslator]:
    translator = MarkingTranslator()
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def korean() -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load("timeline_viewer_ko", str(resources_dir() / "translations"))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_event_kinds_come_in_the_models_order() -> None:
    assert EVENT_KINDS == ("fact", "claim", "opinion", "speculation")
    assert ACTOR_KINDS == ("person", "organization", "group")


def test_every_event_kind_has_a_colour_of_its_own() -> None:
    colours = [kind_colour(kind).name() for kind in EVENT_KINDS]
    assert colours == ["#2f6fdb", "#d9822b", "#2e9e6a", "#9b51e0"]
    assert all(kind_colour(kind).isValid() for kind in EVENT_KINDS)


def test_an_unknown_kind_is_grey_unlike_every_known_kind() -> None:
    grey = kind_colour("rumour")
    assert grey == QColor("#616161")
    assert grey not in [kind_colour(kind) for kind in EVENT_KINDS]
    assert kind_colour("") == grey


def test_every_event_kind_has_a_name_description_and_help_in_english() -> None:
    assert [kind_name(kind) for kind in EVENT_KINDS] == ["Fact", "Claim", "Opinion", "Speculation"]
    assert [kind_description(kind) for kind in EVENT_KINDS] == [
        "An established fact",
        "Attributed to someone",
        "The author's view",
        "Conjecture",
    ]
    helps = [kind_help(kind) for kind in EVENT_KINDS]
    assert helps[0] == "Something that happened, as the sources report it."
    assert len(set(helps)) == len(EVENT_KINDS)
    assert all(text.endswith(".") for text in helps)


def test_an_unknown_event_kind_is_named_as_written_and_has_no_description() -> None:
    assert kind_name("rumour") == "rumour"
    assert kind_description("rumour") == ""
    assert kind_help("rumour") == ""


def test_actor_kinds_have_a_name_for_one_and_a_heading_for_several() -> None:
    assert [actor_kind_name(kind) for kind in ACTOR_KINDS] == ["Person", "Organization", "Group"]
    assert [actor_kind_group(kind) for kind in ACTOR_KINDS] == ["People", "Organizations", "Groups"]


def test_an_unknown_actor_kind_is_shown_as_written() -> None:
    assert actor_kind_name("robot") == "robot"
    assert actor_kind_group("robot") == "robot"


def test_an_event_without_a_date_is_undated() -> None:
    assert undated() == "Undated"


def test_every_name_is_looked_up_when_shown_so_it_follows_the_installed_translator(
    marking: MarkingTranslator,
) -> None:
    assert [kind_name(kind) for kind in EVENT_KINDS] == [
        "<Fact>",
        "<Claim>",
        "<Opinion>",
        "<Speculation>",
    ]
    assert kind_description("claim") == "<Attributed to someone>"
    assert kind_help("opinion") == "<The author's view or judgement.>"
    assert actor_kind_name("organization") == "<Organization>"
    assert actor_kind_group("group") == "<Groups>"
    assert undated() == "<Undated>"
    assert "Undated" in marking.asked


def test_names_go_back_to_english_once_the_translator_is_removed(
    marking: MarkingTranslator,
) -> None:
    assert kind_name("fact") == "<Fact>"
    QCoreApplication.removeTranslator(marking)
    assert kind_name("fact") == "Fact"
    assert undated() == "Undated"


def test_an_unknown_kind_is_not_translated(marking: MarkingTranslator) -> None:
    assert kind_name("rumour") == "rumour"
    assert actor_kind_name("robot") == "robot"


def test_the_korean_catalogue_names_every_kind(korean: QTranslator) -> None:
    assert [kind_name(kind) for kind in EVENT_KINDS] == ["사실", "주장", "의견", "추측"]
    assert [actor_kind_name(kind) for kind in ACTOR_KINDS] == ["인물", "조직", "집단"]
    for kind in EVENT_KINDS:
        assert kind_description(kind) and not kind_description(kind).isascii()
        assert kind_help(kind) and not kind_help(kind).isascii()


def test_every_data_language_has_a_name_written_in_that_language() -> None:
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)
    assert LANGUAGE_NAMES == {"en": "English", "ko": "한국어"}


def test_quote_highlights_are_translucent_and_an_approximate_quote_looks_different() -> None:
    assert 0 < QUOTE_COLOUR.alpha() < 255
    assert 0 < APPROXIMATE_QUOTE_COLOUR.alpha() < 255
    assert QUOTE_COLOUR != APPROXIMATE_QUOTE_COLOUR
