"""Where bundled data and resources are found: a frozen bundle, an installed package, a checkout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from viewer import resources
from viewer.resources import bundled_timeline, data_dir, resources_dir

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def checkout_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as from a checkout: not frozen, and no folders carried inside the package."""
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    if (resources._PACKAGE / "_data").is_dir():
        pytest.skip("the viewer package in use is an installed one")


def test_a_checkout_finds_the_folders_at_the_top_of_the_repository(checkout_only) -> None:
    assert data_dir() == ROOT / "data"
    assert resources_dir() == ROOT / "resources"
    assert bundled_timeline() == ROOT / "data" / "openai-crisis" / "timeline.yaml"


def test_the_bundled_data_and_resources_exist(checkout_only) -> None:
    assert data_dir().is_dir()
    assert bundled_timeline().is_file()
    assert (resources_dir() / "icons").is_dir()
    assert (resources_dir() / "translations" / "timeline_viewer_ko.qm").is_file()


def make_bundle(folder: Path) -> Path:
    (folder / "data" / "openai-crisis").mkdir(parents=True)
    (folder / "data" / "openai-crisis" / "timeline.yaml").write_text("schema: 1\n")
    (folder / "resources" / "icons").mkdir(parents=True)
    return folder


def test_a_frozen_bundle_is_preferred_when_it_has_the_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = make_bundle(tmp_path / "bundle")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert data_dir() == bundle / "data"
    assert resources_dir() == bundle / "resources"
    assert bundled_timeline() == bundle / "data" / "openai-crisis" / "timeline.yaml"
    assert bundled_timeline().is_file()


def test_a_frozen_bundle_without_the_folders_falls_back_to_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checkout_only
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "empty"), raising=False)
    assert data_dir() == ROOT / "data"
    assert resources_dir() == ROOT / "resources"


def test_folders_inside_an_installed_package_win_over_a_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    package = tmp_path / "site" / "viewer"
    (package / "_data").mkdir(parents=True)
    (package / "_resources").mkdir()
    (tmp_path / "site" / "data").mkdir()
    monkeypatch.setattr(resources, "_PACKAGE", package)
    assert data_dir() == package / "_data"
    assert resources_dir() == package / "_resources"
    assert bundled_timeline() == package / "_data" / "openai-crisis" / "timeline.yaml"


def test_with_no_folder_anywhere_the_checkout_path_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "empty"), raising=False)
    package = tmp_path / "nowhere" / "viewer"
    monkeypatch.setattr(resources, "_PACKAGE", package)
    assert data_dir() == tmp_path / "nowhere" / "data"
    assert resources_dir() == tmp_path / "nowhere" / "resources"
