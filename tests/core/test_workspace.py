"""Working copy, Save As with sources, crash recovery and file stamps."""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_SOURCE, write_timeline
from viewer.core import workspace
from viewer.core.model import LocalText
from viewer.core.store import load_timeline
from viewer.core.writer import SaveError, dump_timeline

OTHER_SOURCE = "전혀 다른 기사 내용이다.\n"


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs' data and state folders into the test's temporary folder."""
    home = tmp_path / "user"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    if not workspace.user_data_folder().is_relative_to(home):
        pytest.skip("platformdirs ignores XDG folders on this platform")
    assert workspace.recovery_folder().is_relative_to(home)
    return home


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A fake installed chronology: the sample plus a source file nothing cites."""
    return write_timeline(
        tmp_path / "install" / "openai-crisis",
        sources={"news.txt": SAMPLE_SOURCE, "unused.txt": "not cited\n"},
    )


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` with its bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def retitled(path: Path, title: str):
    """The timeline at `path` with a new English title."""
    timeline = load_timeline(path).timeline
    return dataclasses.replace(timeline, title=LocalText.of({"en": title}))


# -- working copy -----------------------------------------------------------------------------


def test_working_copy_path_is_in_user_data(bundled: Path, user_folders: Path) -> None:
    path = workspace.working_copy_path(bundled)
    assert path == workspace.user_data_folder() / "timelines" / "openai-crisis" / "timeline.yaml"
    assert path.is_relative_to(user_folders / "data")


def test_is_bundled_compares_resolved_paths(bundled: Path) -> None:
    assert workspace.is_bundled(bundled.parent / "sources" / ".." / "timeline.yaml", bundled)
    assert not workspace.is_bundled(workspace.working_copy_path(bundled), bundled)


def test_first_save_creates_working_copy_with_sources(bundled: Path) -> None:
    before = snapshot(bundled.parent)
    timeline = retitled(bundled, "Edited")

    path = workspace.save_working_copy(timeline, bundled)

    assert path == workspace.working_copy_path(bundled)
    assert path.read_text(encoding="utf-8") == dump_timeline(timeline)
    assert (path.parent / "sources" / "news.txt").read_text(encoding="utf-8") == SAMPLE_SOURCE
    assert not (path.parent / "sources" / "unused.txt").exists()
    assert snapshot(bundled.parent) == before
    loaded = load_timeline(path)
    assert loaded.errors == []
    assert loaded.timeline.title.get("en") == "Edited"
    assert loaded.texts["news"].text == load_timeline(bundled).texts["news"].text


def test_remove_working_copy_reverts_and_is_safe_when_missing(bundled: Path) -> None:
    path = workspace.save_working_copy(load_timeline(bundled).timeline, bundled)
    assert path.exists()

    workspace.remove_working_copy(bundled)

    assert not path.parent.exists()
    assert bundled.exists()
    workspace.remove_working_copy(bundled)  # nothing left to remove


# -- Save As ----------------------------------------------------------------------------------


def test_save_as_copies_sources_to_the_new_folder(sample_path: Path, tmp_path: Path) -> None:
    timeline = load_timeline(sample_path).timeline
    target = tmp_path / "elsewhere" / "copy.yaml"
    target.parent.mkdir()

    workspace.save_as(timeline, sample_path.parent, target)

    assert target.read_text(encoding="utf-8") == sample_path.read_text(encoding="utf-8")
    assert (target.parent / "sources" / "news.txt").read_bytes() == (
        sample_path.parent / "sources" / "news.txt"
    ).read_bytes()
    loaded = load_timeline(target)
    assert loaded.errors == []
    assert loaded.timeline.sources[0].file == "sources/news.txt"


def test_save_as_writes_sources_before_the_yaml(
    sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    write, save = workspace.write_atomically, workspace.save_timeline
    monkeypatch.setattr(
        workspace, "write_atomically", lambda p, d: (order.append(p.name), write(p, d))
    )
    monkeypatch.setattr(
        workspace, "save_timeline", lambda t, p, **kw: (order.append(p.name), save(t, p, **kw))
    )
    target = tmp_path / "out" / "copy.yaml"
    target.parent.mkdir()

    workspace.save_as(load_timeline(sample_path).timeline, sample_path.parent, target)

    assert order == ["news.txt", "copy.yaml"]


def test_save_as_keeps_an_identical_file(sample_path: Path, tmp_path: Path) -> None:
    target = write_timeline(tmp_path / "other", "schema: 1\n").with_name("copy.yaml")
    mtime = (target.parent / "sources" / "news.txt").stat().st_mtime_ns

    workspace.save_as(load_timeline(sample_path).timeline, sample_path.parent, target)

    assert (target.parent / "sources" / "news.txt").stat().st_mtime_ns == mtime
    assert load_timeline(target).errors == []


def test_save_as_in_the_same_folder_rewrites_no_source(sample_path: Path) -> None:
    before = snapshot(sample_path.parent / "sources")
    target = sample_path.with_name("renamed.yaml")

    workspace.save_as(load_timeline(sample_path).timeline, sample_path.parent, target)

    assert snapshot(sample_path.parent / "sources") == before
    assert load_timeline(target).errors == []


def test_save_as_refuses_to_overwrite_a_different_file(sample_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    write_timeline(other, "schema: 1\n", sources={"news.txt": OTHER_SOURCE})
    target = other / "copy.yaml"

    with pytest.raises(SaveError, match=r"news\.txt"):
        workspace.save_as(load_timeline(sample_path).timeline, sample_path.parent, target)

    assert (other / "sources" / "news.txt").read_text(encoding="utf-8") == OTHER_SOURCE
    assert not target.exists()


def test_working_copy_refuses_a_stale_different_source(bundled: Path) -> None:
    stale = workspace.working_copy_path(bundled).parent / "sources" / "news.txt"
    stale.parent.mkdir(parents=True)
    stale.write_text(OTHER_SOURCE, encoding="utf-8")

    with pytest.raises(SaveError, match=r"news\.txt"):
        workspace.save_working_copy(load_timeline(bundled).timeline, bundled)

    assert stale.read_text(encoding="utf-8") == OTHER_SOURCE
    assert not workspace.working_copy_path(bundled).exists()


# -- crash recovery ---------------------------------------------------------------------------


def at(minute: int) -> datetime.datetime:
    """A fixed UTC time on one afternoon."""
    return datetime.datetime(2024, 5, 1, 12, minute, tzinfo=datetime.UTC)


def test_recovery_round_trip(
    sample_path: Path, monkeypatch: pytest.MonkeyPatch, user_folders: Path
) -> None:
    monkeypatch.setattr(workspace, "_now", lambda: at(1))
    named = workspace.write_recovery(retitled(sample_path, "First draft"), sample_path, "w1")
    monkeypatch.setattr(workspace, "_now", lambda: at(2))
    untitled = workspace.write_recovery(retitled(sample_path, "Untitled draft"), None, "w1")
    monkeypatch.setattr(workspace, "_now", lambda: at(3))
    again = workspace.write_recovery(retitled(sample_path, "Second draft"), sample_path, "w1")
    monkeypatch.setattr(workspace, "_now", lambda: at(4))
    other = workspace.write_recovery(retitled(sample_path, "Elsewhere"), sample_path, "w2")

    assert again.path == named.path  # one copy per original and instance
    assert other.path != named.path  # another window keeps its own
    assert named.path.is_relative_to(user_folders / "state")
    assert sample_path.read_text(encoding="utf-8").count("Sample crisis") == 1
    found = workspace.find_recoveries()
    assert found == [
        workspace.Recovery(other.path, sample_path.resolve(), at(4), "w2"),
        workspace.Recovery(named.path, sample_path.resolve(), at(3), "w1"),
        workspace.Recovery(untitled.path, None, at(2), "w1"),
    ]
    assert workspace.recoveries_of(sample_path) == found[:2]
    assert workspace.recoveries_of(None) == found[2:]

    result = workspace.load_recovery(found[1])
    assert result.path == sample_path.resolve()
    assert result.timeline.title.get("en") == "Second draft"
    assert result.errors == []  # sources resolved against the original's folder
    assert "news" in result.texts

    untitled_result = workspace.load_recovery(found[2])
    assert untitled_result.timeline.title.get("en") == "Untitled draft"
    assert any("source file" in problem.message for problem in untitled_result.errors)

    for recovery in found:
        workspace.discard_recovery(recovery)
        workspace.discard_recovery(recovery)  # already gone
    assert workspace.find_recoveries() == []
    assert list(workspace.recovery_folder().iterdir()) == []


def test_a_copy_written_before_instances_had_ids_is_still_found(sample_path: Path) -> None:
    workspace.write_recovery(load_timeline(sample_path).timeline, sample_path)
    [recovery] = workspace.find_recoveries()
    assert recovery.instance == "" and recovery.original == sample_path.resolve()


def test_find_recoveries_skips_broken_sidecars(sample_path: Path) -> None:
    good = workspace.write_recovery(load_timeline(sample_path).timeline, sample_path, "w1")
    folder = workspace.recovery_folder()
    for name, sidecar in {
        "garbage": "{not json",
        "missing-keys": "{}",
        "bad-time": json.dumps({"original": None, "written": "yesterday"}),
        "bad-original": json.dumps({"original": 3, "written": at(0).isoformat()}),
        "bad-instance": json.dumps({"original": None, "written": at(0).isoformat(), "instance": 5}),
        "not-a-mapping": json.dumps([1, 2]),
    }.items():
        (folder / f"{name}.json").write_text(sidecar, encoding="utf-8")
        (folder / f"{name}.yaml").write_text("schema: 1\n", encoding="utf-8")
    orphan = {"original": None, "written": at(0).isoformat()}  # its YAML is missing
    (folder / "orphan.json").write_text(json.dumps(orphan), encoding="utf-8")

    assert [recovery.path for recovery in workspace.find_recoveries()] == [good.path]


def test_find_recoveries_without_folder_is_empty() -> None:
    assert not workspace.recovery_folder().exists()
    assert workspace.find_recoveries() == []


# -- file stamps ------------------------------------------------------------------------------


def test_stamp_sees_same_size_change_with_mtime_restored(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_bytes(b"title: abc\n")
    before = workspace.stamp(path)
    assert before is not None
    assert workspace.stamp(path) == before

    path.write_bytes(b"title: xyz\n")
    os.utime(path, ns=(before.mtime_ns, before.mtime_ns))
    after = workspace.stamp(path)

    assert after is not None
    assert (after.mtime_ns, after.size) == (before.mtime_ns, before.size)
    assert after.digest != before.digest
    assert after != before


def test_stamp_of_missing_file_is_none(tmp_path: Path) -> None:
    assert workspace.stamp(tmp_path / "gone.yaml") is None
