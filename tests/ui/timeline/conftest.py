"""Timeline fixtures: a small timeline of dated and undated events, as a document or a view."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from tests.conftest import write_timeline
from tests.ui.conftest import shown
from viewer.core.store import load_timeline
from viewer.ui.document import Document
from viewer.ui.timeline.view import TimelineView

SOURCE = "첫 문장이다.\n두 번째 문장이다.\n"

EVENTS = [
    ("founding", "2015-12", ["alice"]),
    ("split", "2018", ["alice", "bob"]),
    ("fired", "2023-11-17", ["bob"]),
    ("returned", "2023-11-21", ["alice"]),
    ("background", None, ["bob"]),
]

TITLES = [
    "OpenAI를 둘러싼 일론 머스크와 샘 알트만의 갈등",
    "OpenAI DevDay 이후 급변하는 OpenAI 상황",
    "Microsoft, the white knight of the OpenAI saga",
    "<b>x</b><img src=evil.png>",
    "Short",
]

EventRow = tuple[str, str | None, list[str]]  # id, EDTF date or None, actor ids


def timeline_yaml(events: Iterable[EventRow]) -> str:
    lines = [
        "schema: 1",
        "sources:",
        "  - id: s",
        "    file: sources/news.txt",
        "actors:",
        "  - id: alice",
        "    name: {en: Alice, ko: 앨리스}",
        "  - id: bob",
        "    name: {en: Bob, ko: 밥}",
        "events:",
    ]
    for event_id, date, actors in events:
        lines.append(f"  - id: {event_id}")
        if date:
            lines.append(f'    date: "{date}"')
        lines.append(f"    title: {{en: Title {event_id}, ko: 제목 {event_id}}}")
        lines.append(f"    actors: [{', '.join(actors)}]")
        lines.append("    evidence:\n      - source: s\n        quote: 첫 문장이다.")
    return "\n".join(lines) + "\n"


@pytest.fixture
def make_document(tmp_path: Path) -> Callable[[Iterable[EventRow]], Document]:
    """Make a document holding a timeline of `events` (see `timeline_yaml`), nothing selected."""

    def make(events: Iterable[EventRow]) -> Document:
        path = write_timeline(tmp_path, timeline_yaml(events), {"news.txt": SOURCE})
        document = Document()
        document.load(load_timeline(path))
        return document

    return make


@pytest.fixture
def make_view(qtbot, make_document):
    def make(events) -> tuple[TimelineView, Document]:
        document = make_document(events)
        view = shown(qtbot, TimelineView(document), 1000, 500)
        view.fit_all()
        return view, document

    return make
