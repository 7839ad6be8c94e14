"""Shared by the actor tests: seven actors of all three kinds in six events."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex

from tests.conftest import write_timeline
from viewer.core.store import load_timeline
from viewer.ui.actors.model import ACTOR_ID_ROLE, NAME_COLUMN, ActorModel
from viewer.ui.document import Document

SOURCE = (
    "오픈AI 이사회는 샘 올트먼을 해고했다. 그레그 브로크먼은 사임했다.\n"
    "마이크로소프트는 올트먼과 브로크먼을 영입했다. 직원들은 이사회에 서한을 보냈다.\n"
    "올트먼은 오픈AI에 복귀했다. 일리야 수츠케버는 후회한다고 밝혔다.\n"
)


def _event(event_id: str, date: str, title: str, actors: str, quote: str) -> str:
    return f"""\
  - id: {event_id}
    date: "{date}"
    title: {title}
    actors: [{actors}]
    evidence:
      - source: news
        quote: {quote}
"""


RICH_TIMELINE = """\
schema: 1
title: {en: Crisis, ko: 사태}
sources:
  - id: news
    title: 기사
    file: sources/news.txt
actors:
  - id: sam-altman
    name: {en: Sam Altman, ko: 샘 올트먼}
    aliases: [올트먼, 알트먼]
    kind: person
  - id: greg-brockman
    name: {en: Greg Brockman, ko: 그레그 브로크먼}
    aliases: [브로크먼]
    kind: person
  - id: ilya-sutskever
    name: {en: Ilya Sutskever, ko: 일리야 수츠케버}
    kind: person
  - id: openai
    name: {en: OpenAI, ko: 오픈AI}
    aliases: [오픈에이아이]
    kind: organization
  - id: microsoft
    name: {en: Microsoft, ko: 마이크로소프트}
    aliases: [MS]
    kind: organization
    description: {en: "<b>x</b><img src=evil.png>", ko: 기업}
  - id: openai-board
    name: {en: OpenAI board, ko: 오픈AI 이사회}
    aliases: [이사회]
    kind: group
  - id: employees
    name: {en: OpenAI employees, ko: 오픈AI 직원}
    kind: group
events:
""" + "".join(
    [
        _event(
            "altman-fired",
            "2023-11-17",
            "Board fires Altman",
            "sam-altman, openai-board",
            "오픈AI 이사회는 샘 올트먼을 해고했다.",
        ),
        _event(
            "brockman-quits",
            "2023-11-17",
            "Brockman quits",
            "greg-brockman, openai",
            "그레그 브로크먼은 사임했다.",
        ),
        _event(
            "microsoft-hires",
            "2023-11-20",
            "Microsoft hires both",
            "microsoft, sam-altman, greg-brockman",
            "마이크로소프트는 올트먼과 브로크먼을 영입했다.",
        ),
        _event(
            "letter",
            "2023-11-20",
            "Staff letter",
            "employees, openai-board",
            "직원들은 이사회에 서한을 보냈다.",
        ),
        _event(
            "altman-returns",
            "2023-11-21",
            "Altman returns",
            "sam-altman, openai",
            "올트먼은 오픈AI에 복귀했다.",
        ),
        _event(
            "regret",
            "2023-11-20",
            "Sutskever regrets",
            "ilya-sutskever",
            "일리야 수츠케버는 후회한다고 밝혔다.",
        ),
    ]
)


def load_rich(folder: Path) -> Document:
    """Seven actors of all three kinds in six events, Korean and English names and aliases."""
    doc = Document()
    doc.load(load_timeline(write_timeline(folder, RICH_TIMELINE, {"news.txt": SOURCE})))
    return doc


PEOPLE, ORGANIZATIONS, GROUPS = range(3)  # the kind groups, in order
# four people, whose names sort by case and by the numbers in them
NUMBERED = """\
schema: 1
actors:
  - id: agent-10
    name: Agent 10
  - id: agent-2
    name: Agent 2
  - id: bob
    name: bob
  - id: alice
    name: Alice
"""


def actor_index(model: ActorModel, actor_id: str, column: int = NAME_COLUMN) -> QModelIndex:
    """The index of `actor_id`'s row in `column`."""
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            if model.index(row, 0, parent).data(ACTOR_ID_ROLE) == actor_id:
                return model.index(row, column, parent)
    raise AssertionError(f"{actor_id} is not in the model")


def ids_by_group(model) -> dict[str, list[str]]:
    """Group title -> the ids of its actors, in the model's order."""
    return {
        model.index(group, 0).data(): [
            model.index(row, 0, model.index(group, 0)).data(ACTOR_ID_ROLE)
            for row in range(model.rowCount(model.index(group, 0)))
        ]
        for group in range(model.rowCount())
    }


def names(model, group: int, column: int = NAME_COLUMN) -> list[str]:
    """The texts of `column` in one group, in the model's order."""
    parent = model.index(group, 0)
    return [str(model.index(row, column, parent).data()) for row in range(model.rowCount(parent))]
