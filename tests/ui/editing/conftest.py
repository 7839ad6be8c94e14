"""Fixtures of the editing tests: the sample and the rich timeline as the event dialog sees them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.editing.fixtures import load_choices, write_rich_timeline
from viewer.ui.editing.event_dialog import EventChoices


@pytest.fixture
def choices(sample_path: Path) -> EventChoices:
    """The sample timeline: one Korean source, two actors, two events."""
    return load_choices(sample_path)


@pytest.fixture
def rich(tmp_path: Path) -> EventChoices:
    """Three sources (one with an emoji and a repeated sentence), unknown keys, a bad date."""
    return load_choices(write_rich_timeline(tmp_path))
