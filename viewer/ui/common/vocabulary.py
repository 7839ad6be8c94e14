"""The domain's words and colours as the UI shows them, each defined once for every room.

Event kinds (order, colour, name, description), actor kinds, language names, "undated" and the
colours that mark a quote in its source. Names are looked up when shown, so they follow a
change of UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from viewer.core.colours import KIND_COLOURS, PERIOD_COLOUR, UNKNOWN_KIND_COLOUR
from viewer.core.model import ACTOR_KINDS, EVENT_KINDS

__all__ = [
    "ACTOR_KINDS",
    "APPROXIMATE_QUOTE_COLOUR",
    "DATE_QUOTE_COLOUR",
    "EVENT_KINDS",
    "LANGUAGE_NAMES",
    "PERIOD_COLOUR",
    "QUOTE_COLOUR",
    "actor_kind_group",
    "actor_kind_name",
    "kind_colour",
    "kind_description",
    "kind_help",
    "kind_name",
    "undated",
]


# Language names are written in their own language, as language pickers do.
LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}

# Translucent, so the highlight reads on light and dark palettes alike.
QUOTE_COLOUR = QColor(255, 196, 0, 120)
APPROXIMATE_QUOTE_COLOUR = QColor(255, 120, 0, 90)
# The sentence that states the date: a second colour, so the date can be checked as well.
DATE_QUOTE_COLOUR = QColor(40, 190, 120, 90)


def kind_colour(kind: str) -> QColor:
    """The colour of an event kind, on the timeline, in its legend and on the Details badge."""
    return QColor(KIND_COLOURS.get(kind, UNKNOWN_KIND_COLOUR))


def kind_name(kind: str) -> str:
    """The translated name of an event kind (an unknown kind as written)."""
    # Literal strings in every call, so that pyside6-lupdate finds them.
    names = {
        "fact": QCoreApplication.translate("Vocabulary", "Fact"),
        "claim": QCoreApplication.translate("Vocabulary", "Claim"),
        "opinion": QCoreApplication.translate("Vocabulary", "Opinion"),
        "speculation": QCoreApplication.translate("Vocabulary", "Speculation"),
    }
    return names.get(kind, kind)


def kind_description(kind: str) -> str:
    """What an event kind means, in a few words."""
    descriptions = {
        "fact": QCoreApplication.translate("Vocabulary", "An established fact"),
        "claim": QCoreApplication.translate("Vocabulary", "Attributed to someone"),
        "opinion": QCoreApplication.translate("Vocabulary", "The author's view"),
        "speculation": QCoreApplication.translate("Vocabulary", "Conjecture"),
    }
    return descriptions.get(kind, "")


def kind_help(kind: str) -> str:
    """What an event kind means, as a sentence for someone choosing one."""
    helps = {
        "fact": QCoreApplication.translate(
            "Vocabulary", "Something that happened, as the sources report it."
        ),
        "claim": QCoreApplication.translate(
            "Vocabulary", "Something someone says happened, attributed to them."
        ),
        "opinion": QCoreApplication.translate("Vocabulary", "The author's view or judgement."),
        "speculation": QCoreApplication.translate(
            "Vocabulary", "A conjecture about what happened or may happen."
        ),
    }
    return helps.get(kind, "")


def actor_kind_name(kind: str) -> str:
    """The translated name of one actor of a kind: Person, Organization, Group."""
    names = {
        "person": QCoreApplication.translate("Vocabulary", "Person"),
        "organization": QCoreApplication.translate("Vocabulary", "Organization"),
        "group": QCoreApplication.translate("Vocabulary", "Group"),
    }
    return names.get(kind, kind)


def actor_kind_group(kind: str) -> str:
    """The translated heading over the actors of a kind: People, Organizations, Groups."""
    names = {
        "person": QCoreApplication.translate("Vocabulary", "People"),
        "organization": QCoreApplication.translate("Vocabulary", "Organizations"),
        "group": QCoreApplication.translate("Vocabulary", "Groups"),
    }
    return names.get(kind, kind)


def undated() -> str:
    """What an event without a date is called."""
    return QCoreApplication.translate("Vocabulary", "Undated")
