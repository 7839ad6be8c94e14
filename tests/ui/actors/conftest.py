"""The actor models over the rich document, checked by the model tester as they change."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.actors.fixtures import load_rich
from viewer.ui.actors.model import NAME_COLUMN, ActorModel
from viewer.ui.actors.proxy import ActorFilterProxyModel
from viewer.ui.document import Document


@pytest.fixture
def rich_document(qtbot, tmp_path: Path) -> Document:
    """Seven actors of all three kinds in six events, Korean and English names and aliases."""
    return load_rich(tmp_path)


@pytest.fixture
def model(qtmodeltester, rich_document: Document) -> ActorModel:
    """The model over the rich document, checked by the model tester as it changes."""
    actors = ActorModel(rich_document)
    qtmodeltester.check(actors)
    return actors


@pytest.fixture
def proxy(qtmodeltester, model: ActorModel) -> ActorFilterProxyModel:
    """The filtering proxy over `model`, sorted by name, checked as it changes."""
    sorted_actors = ActorFilterProxyModel()
    sorted_actors.setSourceModel(model)
    sorted_actors.sort(NAME_COLUMN)
    qtmodeltester.check(sorted_actors)
    return sorted_actors
