"""Saving: deterministic, diff-friendly, lossless for unknown keys, and atomic."""

from __future__ import annotations

import dataclasses
import difflib
import os
import stat
from pathlib import Path

import pytest
import yaml

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from viewer.core import writer
from viewer.core.edits import edited_text
from viewer.core.model import LocalText, Timeline
from viewer.core.store import load_text, load_timeline
from viewer.core.writer import SaveError, dump_timeline, save_timeline
from viewer.core.yaml_scalar import scalar


def test_the_sample_file_is_already_in_saved_form(sample_path: Path) -> None:
    assert dump_timeline(load_timeline(sample_path).timeline) == SAMPLE_TIMELINE


def test_load_save_of_a_normalized_file_is_byte_for_byte_stable(sample_path: Path) -> None:
    save_timeline(load_timeline(sample_path).timeline, sample_path)
    first = sample_path.read_bytes()
    save_timeline(load_timeline(sample_path).timeline, sample_path)
    assert sample_path.read_bytes() == first


def test_round_trip_gives_the_same_timeline(sample_path: Path) -> None:
    before = load_timeline(sample_path).timeline
    save_timeline(before, sample_path)
    assert load_timeline(sample_path).timeline == before


def test_changing_one_event_changes_only_its_lines(sample_path: Path) -> None:
    timeline = load_timeline(sample_path).timeline
    changed = dataclasses.replace(
        timeline.events[1], title=edited_text(timeline.events[1].title, {"en": "Altman is back"})
    )
    edited = dataclasses.replace(timeline, events=(timeline.events[0], changed))
    diff = [
        line
        for line in difflib.unified_diff(
            dump_timeline(timeline).splitlines(), dump_timeline(edited).splitlines(), n=0
        )
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert diff == ["-      en: Altman returns as CEO", "+      en: Altman is back"]


def test_unknown_keys_survive_a_round_trip(tmp_path: Path) -> None:
    text = (
        SAMPLE_TIMELINE.replace("schema: 1\n", "schema: 1\neditor: {name: 이영빈, version: 3}\n")
        .replace("    language: ko\n", "    language: ko\n    paywall: true\n")
        .replace("    kind: group\n", "    kind: group\n    seats: [5, 6]\n")
        .replace("    tags: [leadership]\n", "    tags: [leadership]\n    importance: high\n")
        + "        page: 132\n"
    )
    path = write_timeline(tmp_path, text)
    before = load_timeline(path)
    assert before.problems == []
    save_timeline(before.timeline, path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["editor"] == {"name": "이영빈", "version": 3}
    assert data["sources"][0]["paywall"] is True
    assert data["actors"][1]["seats"] == [5, 6]
    assert data["events"][0]["importance"] == "high"
    assert data["events"][1]["evidence"][0]["page"] == 132
    assert load_timeline(path).timeline == before.timeline


def test_invalid_values_are_written_back_as_they_were(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.replace('date: "2023-11-21"', 'date: "sometime in 2023"')
    path = write_timeline(tmp_path, text)
    save_timeline(load_timeline(path).timeline, path)
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["events"][1]["date"] == (
        "sometime in 2023"
    )


def test_dates_are_quoted_and_korean_is_not_escaped(tmp_path: Path) -> None:
    text = SAMPLE_TIMELINE.replace('date: "2023-11-17"', "date: 2023-11-17").replace(
        'date: "2023-11-21"', "date: 2023"
    )
    path = write_timeline(tmp_path, text)
    saved = dump_timeline(load_timeline(path).timeline)
    assert 'date: "2023-11-17"' in saved
    assert 'date: "2023"' in saved
    assert "올트먼" in saved and "\\u" not in saved


def test_events_are_separated_by_a_blank_line_in_stored_order(sample_path: Path) -> None:
    saved = dump_timeline(load_timeline(sample_path).timeline)
    assert "\n\n  - id: altman-returns\n" in saved
    assert saved.index("altman-fired") < saved.index("altman-returns")


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        "yes",
        "no",
        "null",
        "~",
        "123",
        "1.5",
        "2023-11-17",
        "0x1F",
        "a: b",
        "a #b",
        "- item",
        "#hash",
        "'single'",
        '"double"',
        "trailing ",
        " leading",
        "",
        "[x]",
        "{y}",
        "line\nbreak",
        "tab\there",
        "콜론: 포함",
        "U+2028\u2028inside",
        "end:",
        "@at",
        "`tick`",
        "100%",
        "*star",
        "&amp",
        "!bang",
        "|pipe",
        ">gt",
        "?q",
        ",comma",
        "a,b",
        ".inf",
        "1_000",
        "12:30",
        "NaN",
        "emoji 🙂",
    ],
)
def test_every_scalar_reads_back_as_the_same_string(value: str) -> None:
    assert yaml.safe_load(f"key: {scalar(value)}") == {"key": value}
    assert yaml.safe_load(f"key: [{scalar(value, flow=True)}]") == {"key": [value]}


def test_local_text_as_a_plain_string_stays_a_plain_string(sample_path: Path) -> None:
    timeline = load_timeline(sample_path).timeline
    assert timeline.sources[0].title == LocalText(plain="예시 기사")
    assert "    title: 예시 기사\n" in dump_timeline(timeline)


def test_saving_keeps_the_previous_version_as_bak(sample_path: Path) -> None:
    original = sample_path.read_bytes()
    timeline = load_timeline(sample_path).timeline
    save_timeline(dataclasses.replace(timeline, events=timeline.events[:1]), sample_path)
    assert (sample_path.parent / "timeline.yaml.bak").read_bytes() == original
    assert b"altman-returns" not in sample_path.read_bytes()


def test_a_failure_mid_save_leaves_the_old_file_intact(
    sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = sample_path.read_bytes()
    timeline = load_timeline(sample_path).timeline

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", disk_full)
    with pytest.raises(SaveError, match="No space left on device"):
        save_timeline(dataclasses.replace(timeline, events=()), sample_path)
    assert sample_path.read_bytes() == original
    assert sorted(p.name for p in sample_path.parent.iterdir()) == ["sources", "timeline.yaml"]


def test_a_refused_replace_leaves_the_old_file_and_no_temporary_files(
    sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = sample_path.read_bytes()
    timeline = load_timeline(sample_path).timeline

    def refuse(source: str, target: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(writer.os, "replace", refuse)
    with pytest.raises(SaveError, match="Permission denied"):
        save_timeline(dataclasses.replace(timeline, events=()), sample_path)
    assert sample_path.read_bytes() == original
    assert sorted(p.name for p in sample_path.parent.iterdir()) == ["sources", "timeline.yaml"]


def test_text_that_yaml_1_1_reads_as_an_indicator_reads_back_as_text() -> None:
    timeline = Timeline(extra=(("<<", "="), ("k", ["=", "<<"])))
    again = load_text(dump_timeline(timeline), Path("t.yaml"), texts={})
    assert again.timeline.extra == timeline.extra and again.problems == []


def reloaded_extra(value: object) -> object:
    """`value` under an unknown key, as read back after a save."""
    text = dump_timeline(Timeline(extra=(("kept", value),)))
    return load_text(text, Path("t.yaml"), texts={}).timeline.extra[0][1]


@pytest.mark.parametrize(
    "value",
    [
        [["k1", "v1"], ["k2", "v2"]],  # pairs, not mappings
        [[], {}, [[]], [{}]],
        {"a": [1, [2, {"b": None}]], 3: "int key", "3": "text key"},
        "mojibake \x80\x81\x9f and NEL \x85, LS \u2028, PS \u2029, BOM \ufeff, NUL \x00",
        "  trailing and leading spaces  ",
        "line one\nline two\r\n",
        ["1:30", "0o17", "017", "0x1F", "1e20", ".inf", "yes", "No", "~", "null", "2023-11-17"],
        [float("inf"), float("-inf"), 1e20, -0.0, 1.5e-7, 10**40, -(10**30)],
    ],
)
def test_any_value_under_an_unknown_key_reads_back_equal(value: object) -> None:
    assert reloaded_extra(value) == value


def test_c1_control_characters_are_escaped_so_the_file_reopens() -> None:
    text = dump_timeline(Timeline(title=LocalText(plain="caf\x82 \x9d")))
    assert "\x82" not in text and "\\x82" in text and "\\x9D" in text
    assert load_text(text, Path("t.yaml"), texts={}).timeline.title.plain == "caf\x82 \x9d"


def test_a_nan_is_written_as_yaml_nan() -> None:
    value = reloaded_extra(float("nan"))
    assert isinstance(value, float) and value != value


def test_yaml_1_1_sexagesimal_and_other_number_forms_keep_their_value() -> None:
    text = "schema: 1\nminutes: 1:30\noctal: 017\nhex: 0x1F\nbig: 1_000\n"
    first = load_text(text, Path("t.yaml"), texts={}).timeline
    again = load_text(dump_timeline(first), Path("t.yaml"), texts={}).timeline
    assert (
        dict(again.extra)
        == dict(first.extra)
        == {
            "minutes": 90,
            "octal": 15,
            "hex": 31,
            "big": 1000,
        }
    )


def test_an_integer_of_thousands_of_digits_is_kept_digit_for_digit() -> None:
    digits = "9" * 50_000
    first = load_text(f"schema: 1\nbig: {digits}\n", Path("t.yaml"), texts={}).timeline
    text = dump_timeline(first)
    assert f"big: {digits}\n" in text
    assert load_text(text, Path("t.yaml"), texts={}).timeline == first


def test_an_alias_under_an_unknown_key_is_written_out_and_reads_back_equal() -> None:
    text = "schema: 1\nbase: &b {x: [1, 2]}\ncopy: *b\n"
    first = load_text(text, Path("t.yaml"), texts={}).timeline
    again = load_text(dump_timeline(first), Path("t.yaml"), texts={}).timeline
    assert dict(again.extra) == dict(first.extra) == {"base": {"x": [1, 2]}, "copy": {"x": [1, 2]}}


# -- the saved file keeps its nature ------------------------------------------------------------


def test_saving_through_a_symlink_updates_its_target_and_keeps_the_link(sample_path: Path) -> None:
    real = sample_path.parent / "real.yaml"
    sample_path.rename(real)
    sample_path.symlink_to(real.name)
    timeline = load_timeline(sample_path).timeline
    changed = dataclasses.replace(timeline, title=LocalText(plain="Through the link"))
    save_timeline(changed, sample_path)
    assert sample_path.is_symlink() and sample_path.readlink() == Path("real.yaml")
    assert load_timeline(real).timeline.title.plain == "Through the link"
    assert (sample_path.parent / "real.yaml.bak").is_file()


def test_a_saved_file_keeps_its_permissions(sample_path: Path) -> None:
    sample_path.chmod(0o640)
    save_timeline(load_timeline(sample_path).timeline, sample_path)
    assert stat.S_IMODE(sample_path.stat().st_mode) == 0o640


def test_a_new_file_gets_the_usual_permissions(sample_path: Path, tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = tmp_path / "new.yaml"
        save_timeline(load_timeline(sample_path).timeline, target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    finally:
        os.umask(umask)


def test_a_read_only_file_is_replaced_only_when_asked(sample_path: Path) -> None:
    before = sample_path.read_bytes()
    timeline = dataclasses.replace(
        load_timeline(sample_path).timeline, title=LocalText(plain="Changed")
    )
    sample_path.chmod(0o444)
    with pytest.raises(writer.ReadOnlyError):
        save_timeline(timeline, sample_path)
    assert sample_path.read_bytes() == before
    save_timeline(timeline, sample_path, replace_read_only=True)
    assert load_timeline(sample_path).timeline.title.plain == "Changed"
    assert stat.S_IMODE(sample_path.stat().st_mode) == 0o444, "it stays read-only"


def test_temporary_files_left_by_a_killed_save_are_removed(sample_path: Path) -> None:
    old = sample_path.parent / f".{sample_path.name}.abc123.tmp"
    fresh = sample_path.parent / f".{sample_path.name}.def456.tmp"
    for leftover in (old, fresh):
        leftover.write_bytes(b"half a file")
    os.utime(old, (0, 0))
    save_timeline(load_timeline(sample_path).timeline, sample_path)
    assert not old.exists()
    assert fresh.exists(), "a recent one may belong to a save still running elsewhere"


SAVING_FOREVER = """
import sys
from viewer.core.store import load_timeline
from viewer.core.writer import save_timeline
import dataclasses
from viewer.core.model import LocalText
path = sys.argv[1]
base = load_timeline(path).timeline
titles = [LocalText(plain=f"version {n}" * 200) for n in range(2)]
versions = [dataclasses.replace(base, title=title) for title in titles]
print("ready", flush=True)
n = 0
while True:
    save_timeline(versions[n % 2], path)
    n += 1
"""


def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_file(sample_path: Path) -> None:
    import random
    import signal
    import subprocess
    import sys
    import time

    chooser = random.Random(20231117)  # the same moments on every run
    titles = {f"version {n}" * 200 for n in range(2)} | {"Sample crisis"}
    for _trial in range(12):
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVING_FOREVER, str(sample_path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert saver.stdout is not None and saver.stdout.readline().strip() == "ready"
        time.sleep(chooser.uniform(0.0, 0.05))
        saver.send_signal(signal.SIGKILL)
        saver.wait(timeout=30)
        result = load_timeline(sample_path)
        title = result.timeline.title
        assert (title.plain or title.get("en")) in titles
        assert result.errors == []
    leftovers = [p.name for p in sample_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 12, "each killed save leaves at most its one temporary file"


def test_date_quotes_and_not_mentions_are_written_where_a_reader_expects_them() -> None:
    text = (
        "schema: 1\nsources:\n  - id: s\n    file: s.txt\n"
        "    dismissed:\n      - '날짜, 없는: 문장.'\n"
        "actors:\n  - id: apple\n    name: 애플\n"
        "    not_mentions: [애플리케이션]\nevents:\n  - id: e\n    title: T\n    evidence:\n"
        "      - source: s\n        quote: 복귀했다.\n        date_quote: 11월 21일 화요일\n"
    )
    timeline = load_text(text, Path("t.yaml"), texts={}).timeline
    assert timeline.actors[0].not_mentions == ("애플리케이션",)
    assert timeline.sources[0].dismissed == ("날짜, 없는: 문장.",)
    assert load_text(dump_timeline(timeline), Path("t.yaml"), texts={}).timeline == timeline
    assert timeline.events[0].evidence[0].date_quote == "11월 21일 화요일"
    assert "    not_mentions: [애플리케이션]\n" in dump_timeline(timeline)
    assert "        date_quote: 11월 21일 화요일\n" in dump_timeline(timeline)
