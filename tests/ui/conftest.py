"""Qt fixtures: settings and user folders in the test's own temporary folder, a loaded document."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.store import load_timeline
from viewer.ui.document import Document


@pytest.fixture(autouse=True)
def isolated_user_state(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point settings and platformdirs at a fresh folder so tests never touch real user state."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


@pytest.fixture
def document(qtbot, sample_path: Path) -> Document:
    """A document holding the sample timeline, nothing selected."""
    doc = Document()
    doc.load(load_timeline(sample_path))
    return doc
