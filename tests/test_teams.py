"""Teams through git: `merge` as a merge driver and `diff` as a diff driver, end to end in a
temporary repository with two branches; and both commands on their own."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_SOURCE, SAMPLE_TIMELINE
from viewer.app import main

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = f"{sys.executable} -m viewer"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "GIT_AUTHOR_NAME": "A",
        "GIT_AUTHOR_EMAIL": "a@example.org",
        "GIT_COMMITTER_NAME": "A",
        "GIT_COMMITTER_EMAIL": "a@example.org",
        "GIT_CONFIG_NOSYSTEM": "1",
        "HOME": str(repo.parent),
    }
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=check
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository set up as docs/teams.md says, with the sample timeline committed."""
    repo = tmp_path / "chronology"
    (repo / "sources").mkdir(parents=True)
    (repo / "sources" / "news.txt").write_text(SAMPLE_SOURCE, encoding="utf-8")
    (repo / "timeline.yaml").write_text(SAMPLE_TIMELINE, encoding="utf-8")
    (repo / ".gitattributes").write_text("*.yaml merge=timeline diff=timeline\n")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "merge.timeline.name", "timelines merged by id")
    git(repo, "config", "merge.timeline.driver", f"{PROGRAM} merge %O %A %B --name %P")
    git(repo, "config", "diff.timeline.command", f"{PROGRAM} diff")
    main(["format", str(repo / "timeline.yaml")])
    (repo / "timeline.yaml.bak").unlink(missing_ok=True)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "start")
    return repo


def edit(repo: Path, old: str, new: str) -> None:
    path = repo / "timeline.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def branch(repo: Path, name: str, old: str, new: str) -> None:
    git(repo, "checkout", "-q", "-b", name, "main")
    edit(repo, old, new)
    git(repo, "commit", "-q", "-am", name)


def swap_events(repo: Path) -> None:
    path = repo / "timeline.yaml"
    head, events = path.read_text(encoding="utf-8").split("events:\n")
    first, second = events.split("\n\n")
    path.write_text(f"{head}events:\n{second.rstrip()}\n\n{first}\n", encoding="utf-8")


def test_reordered_events_and_an_edit_merge_cleanly_through_git(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "ours", "main")
    swap_events(repo)  # a plain text merge would conflict with any edit of these lines
    edit(repo, 'date: "2023-11-17"', 'date: "2023-11-18"')
    git(repo, "commit", "-q", "-am", "ours")
    branch(repo, "theirs", "en: Altman returns as CEO", "en: Altman is back as CEO")
    git(repo, "checkout", "-q", "ours")
    merged = git(repo, "merge", "-q", "--no-edit", "theirs", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    text = (repo / "timeline.yaml").read_text(encoding="utf-8")
    assert 'date: "2023-11-18"' in text and "en: Altman is back as CEO" in text
    assert "<<<<<<<" not in text and "conflicts:" not in text
    assert main(["check", str(repo / "timeline.yaml")]) == 0
    assert not list(repo.glob("*.bak")), "git keeps the versions: no backup file"


def test_the_same_field_changed_on_both_branches_leaves_a_loadable_conflict(repo: Path) -> None:
    branch(repo, "ours", 'date: "2023-11-17"', 'date: "2023-11-18"')
    branch(repo, "theirs", 'date: "2023-11-17"', 'date: "2023-11-16"')
    git(repo, "checkout", "-q", "ours")
    merged = git(repo, "merge", "-q", "--no-edit", "theirs", check=False)
    assert merged.returncode != 0, "git stops for the conflict to be resolved"
    text = (repo / "timeline.yaml").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text, "no conflict markers: the file still loads"
    assert "conflicts:" in text and 'theirs: "2023-11-16"' in text
    assert main(["check", str(repo / "timeline.yaml")]) == 1


def test_git_diff_tells_the_changes_event_by_event(repo: Path) -> None:
    edit(repo, 'date: "2023-11-17"', 'date: "2023-11-18"')
    shown = git(repo, "diff", check=False).stdout
    assert '~ event altman-fired: date "2023-11-17" -> "2023-11-18" (1 day later)' in shown


def test_git_log_shows_each_changed_field_through_textconv(repo: Path) -> None:
    # git log and git show run no external diff driver unless asked (--ext-diff): textconv
    # turns each version into one line per field, so their line diff names record and field
    git(repo, "config", "diff.timeline.textconv", f"{PROGRAM} diff --textconv")
    edit(repo, 'date: "2023-11-17"', 'date: "2023-11-18"')
    git(repo, "commit", "-q", "-am", "a day later")
    shown = git(repo, "log", "-p", "-1").stdout
    assert '-event altman-fired date: "2023-11-17"' in shown
    assert '+event altman-fired date: "2023-11-18"' in shown
    removed = [line for line in shown.splitlines() if line.startswith("-event")]
    assert len(removed) == 1, "only the changed field differs"


def test_textconv_lists_records_in_id_order_one_field_a_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text(SAMPLE_TIMELINE, encoding="utf-8")
    assert main(["diff", "--textconv", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert 'title.ko: "예시 사태"' in lines
    assert 'actor sam-altman aliases[0]: "올트먼"' in lines
    actors = [line.split()[1] for line in lines if line.startswith("actor ")]
    assert actors == sorted(actors), "records in id order, whatever the file's order"
    assert main(["diff", "--textconv", str(path), str(path)]) == 2


def test_diff_as_json_gives_one_object_per_change(tmp_path: Path, capsys) -> None:
    a = tmp_path / "a" / "timeline.yaml"
    b = tmp_path / "b" / "timeline.yaml"
    for path in (a, b):
        (path.parent / "sources").mkdir(parents=True)
        (path.parent / "sources" / "news.txt").write_text(SAMPLE_SOURCE, encoding="utf-8")
    a.write_text(SAMPLE_TIMELINE, encoding="utf-8")
    b.write_text(SAMPLE_TIMELINE.replace("kind: fact", "kind: claim", 1), encoding="utf-8")
    assert main(["diff", str(a), str(b), "--json"]) == 1
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line) == {
        "kind": "event",
        "id": "altman-fired",
        "change": "changed",
        "field": "kind",
        "old": "fact",
        "new": "claim",
    }
    assert main(["diff", str(a), str(a)]) == 0


def test_merge_and_diff_refuse_what_they_cannot_read(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: [1\n", encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text("schema: 1\n", encoding="utf-8")
    assert main(["merge", str(good), str(broken), str(good)]) == 2
    assert main(["diff", str(good), str(tmp_path / "missing.yaml")]) == 2
    out = capsys.readouterr().out
    assert "broken.yaml:" in out and "Traceback" not in out
    assert broken.read_text(encoding="utf-8") == "schema: [1\n", "ours is left as it was"
