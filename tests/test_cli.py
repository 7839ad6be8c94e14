"""The command line: `check` output format and exit codes, --version and --help."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from viewer import __version__
from viewer.app import main

PROBLEM_LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (error|warning): .+$")


def test_check_of_a_clean_file_exits_0(sample_path: Path, capsys) -> None:
    assert main(["check", str(sample_path)]) == 0
    assert capsys.readouterr().out == "1 file checked: 0 errors, 0 warnings\n"


def test_check_prints_problems_in_the_editor_format_and_exits_1(tmp_path: Path, capsys) -> None:
    text = SAMPLE_TIMELINE.replace("actors: [sam-altman]", "actors: [sam-altman, nobody]")
    path = write_timeline(tmp_path, text)
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    match = PROBLEM_LINE.match(lines[0])
    assert match, lines
    assert match["file"] == str(path)
    assert int(match["line"]) == text.splitlines().index("    actors: [sam-altman, nobody]") + 1
    assert "unknown actor 'nobody'" in lines[0]
    assert lines[-1] == "1 file checked: 1 error, 0 warnings"


def test_check_exits_2_when_a_file_is_not_yaml(tmp_path: Path, sample_path: Path, capsys) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: 1\nevents: [\n", encoding="utf-8")
    assert main(["check", str(sample_path), str(broken)]) == 2
    out = capsys.readouterr().out.splitlines()
    assert PROBLEM_LINE.match(out[0]) and "YAML syntax error" in out[0]
    assert out[-1] == "2 files checked: 1 error, 0 warnings"


def test_check_exits_2_when_a_file_cannot_be_read(tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path / "missing.yaml")]) == 2
    assert "cannot read the file" in capsys.readouterr().out


def test_check_never_answers_bad_input_with_a_traceback(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.yaml"
    garbage.write_bytes(b"\xff\xfe\x00binary")
    done = subprocess.run(
        [sys.executable, "-m", "viewer", "check", str(garbage)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stdout + done.stderr
    assert "not UTF-8" in done.stdout


def test_version_and_help(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"timeline-viewer {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "check FILE..." in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "Exit status" in capsys.readouterr().out


def test_format_check_names_a_file_not_in_canonical_form_at_its_first_different_line(
    sample_path: Path, capsys
) -> None:
    assert main(["format", str(sample_path)]) == 0  # the sample is made canonical first
    canonical = sample_path.read_text(encoding="utf-8")
    lines = canonical.splitlines()
    lines[3] = lines[3] + "   "  # trailing spaces on line 4
    sample_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["format", "--check", str(sample_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0] == f"{sample_path}:4:1: error: not in the canonical form; run timeline-viewer format"
    )
    assert out[-1] == "1 file would be reformatted, 1 checked"
    assert sample_path.read_text(encoding="utf-8") != canonical, "--check changes nothing"


def test_format_rewrites_atomically_keeping_a_backup_and_then_checks_clean(
    sample_path: Path, capsys
) -> None:
    messy = sample_path.read_text(encoding="utf-8").replace("schema: 1", "schema:    1")
    sample_path.write_text(messy, encoding="utf-8")
    assert main(["format", str(sample_path)]) == 0
    assert sample_path.with_name("timeline.yaml.bak").read_text(encoding="utf-8") == messy
    assert sample_path.read_text(encoding="utf-8").startswith("schema: 1\n")
    assert main(["format", "--check", str(sample_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0 files would be reformatted, 1 checked"


def test_a_canonical_file_is_not_touched(sample_path: Path) -> None:
    assert main(["format", str(sample_path)]) == 0
    before = sample_path.stat().st_mtime_ns
    assert main(["format", str(sample_path)]) == 0
    assert sample_path.stat().st_mtime_ns == before


def test_format_leaves_a_file_it_cannot_read_whole_and_goes_on(
    tmp_path: Path, sample_path: Path, capsys
) -> None:
    partial = write_timeline(tmp_path / "partial", "schema: 1\nevents:\n  - 5\n", sources={})
    before = partial.read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("events: [\n", encoding="utf-8")
    messy = sample_path.read_text(encoding="utf-8").replace("schema: 1", "schema:  1")
    sample_path.write_text(messy, encoding="utf-8")
    assert main(["format", str(partial), str(broken), str(sample_path)]) == 2
    out = capsys.readouterr().out
    assert partial.read_text(encoding="utf-8") == before
    assert "could not be read (see check)" in out and "YAML syntax error" in out
    assert out.splitlines()[-1] == "1 file reformatted, 3 checked"


def test_format_help_starts_with_its_usage_line(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["format", "--help"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("usage: timeline-viewer format")


def test_one_file_that_breaks_the_reader_does_not_stop_the_others(
    tmp_path: Path, sample_path: Path, capsys, monkeypatch
) -> None:
    from viewer.cli import timelines as cli

    real = cli.load_timeline

    def flaky(name):
        if "evil" in str(name):
            raise KeyError("a bug")
        return real(name)

    monkeypatch.setattr(cli, "load_timeline", flaky)
    assert main(["check", str(tmp_path / "evil.yaml"), str(sample_path)]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{tmp_path / 'evil.yaml'}:1:1: error: internal error")
    assert lines[-1] == "2 files checked: 1 error, 0 warnings"


def test_new_creates_a_timeline_that_checks_clean_and_never_replaces_one(
    tmp_path: Path, capsys
) -> None:
    folder = tmp_path / "기사 모음"
    assert main(["new", str(folder), "--title", "내 연대기"]) == 0
    assert capsys.readouterr().out == f"{folder / 'timeline.yaml'}\n"
    assert (folder / "sources").is_dir()
    assert main(["check", str(folder / "timeline.yaml")]) == 0
    capsys.readouterr()
    assert main(["new", str(folder)]) == 2
    assert capsys.readouterr().out.startswith(f"{folder}:1:1: error: ")
    assert "title: 내 연대기" in (folder / "timeline.yaml").read_text(encoding="utf-8")


def test_new_help_starts_with_its_usage_line(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["new", "--help"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("usage: timeline-viewer new ")


def test_add_source_keeps_the_text_beside_the_timeline_and_prints_the_new_ids(
    tmp_path: Path, capsys
) -> None:
    main(["new", str(tmp_path / "t"), "--title", "T"])
    timeline = tmp_path / "t" / "timeline.yaml"
    article = tmp_path / "기사.txt"
    article.write_bytes("이사회는 지난 17일 올트먼을 해임했다.\n".encode("cp949"))
    capsys.readouterr()
    code = main(
        ["add-source", str(timeline), str(article), "--title", "해임", "--published", "2023-11-22"]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out == "해임\n", "only the ids on standard output"
    assert captured.err.startswith(f"{article}:1:1: warning: decoded as")
    stored = tmp_path / "t" / "sources" / "해임.txt"
    assert stored.read_text(encoding="utf-8") == "이사회는 지난 17일 올트먼을 해임했다.\n"
    assert main(["check", str(timeline)]) == 0
    from viewer.core.store import load_timeline

    (source,) = load_timeline(timeline).timeline.sources
    assert (source.published, source.file, source.language) == (
        "2023-11-22",
        "sources/해임.txt",
        "ko",
    )


def test_add_source_names_a_document_it_cannot_read_and_adds_the_others(
    tmp_path: Path, capsys
) -> None:
    main(["new", str(tmp_path / "t")])
    timeline = tmp_path / "t" / "timeline.yaml"
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text("A sentence.\n", encoding="utf-8")
    empty.write_bytes(b"")
    capsys.readouterr()
    assert main(["add-source", str(timeline), str(empty), str(good)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"{empty}:1:1: error: ")
    assert captured.out == "good\n"
    assert [p.name for p in (tmp_path / "t" / "sources").iterdir()] == ["good.txt"]
    assert main(["add-source", str(timeline), str(good)]) == 1
    assert "this text is already the source 'good'" in capsys.readouterr().err


def test_add_source_refuses_what_it_cannot_do_with_exit_2(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("x\n", encoding="utf-8")
    assert main(["add-source", str(tmp_path / "missing.yaml"), str(doc)]) == 2
    main(["new", str(tmp_path / "t")])
    timeline = str(tmp_path / "t" / "timeline.yaml")
    assert main(["add-source", timeline, str(doc), "--published", "2023-13"]) == 2
    assert main(["add-source", timeline, str(doc), str(doc), "--title", "T"]) == 2
    assert f"{doc}:1:1: error: --published" in capsys.readouterr().err
    assert main(["add-source", timeline, str(doc), "--title", " \n\t "]) == 2
    assert main(["new", ""]) == 2


def test_add_source_writes_nothing_when_the_timeline_cannot_be_saved(
    tmp_path: Path, capsys
) -> None:
    main(["new", str(tmp_path / "t")])
    timeline = tmp_path / "t" / "timeline.yaml"
    doc = tmp_path / "a.txt"
    doc.write_text("A sentence.\n", encoding="utf-8")
    timeline.write_text("schema: 1\nsources: {a: 1}\n", encoding="utf-8")
    assert main(["add-source", str(timeline), str(doc)]) == 2
    assert "its sources are not a list" in capsys.readouterr().err
    assert list((tmp_path / "t" / "sources").iterdir()) == []


def test_add_source_follows_a_linked_timeline_to_its_folder(tmp_path: Path, capsys) -> None:
    main(["new", str(tmp_path / "real")])
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "timeline.yaml"
    link.symlink_to(tmp_path / "real" / "timeline.yaml")
    doc = tmp_path / "a.txt"
    doc.write_text("A sentence.\n", encoding="utf-8")
    assert main(["add-source", str(link), str(doc), "--title", "a\nb\x1b"]) == 0
    assert (tmp_path / "real" / "sources" / "a-b.txt").is_file()
    assert link.is_symlink()
    assert main(["check", str(tmp_path / "real" / "timeline.yaml")]) == 0
    from viewer.core.store import load_timeline

    assert load_timeline(link).timeline.sources[0].title.get("en") == "a b"


def test_suggest_prints_each_dated_sentence_and_json_lines(tmp_path: Path, capsys) -> None:
    import json

    text = tmp_path / "a.txt"
    text.write_text("이사회는 지난 17일 올트먼을 해임했다.\n\n하루 뒤 직원들이 반발했다.\n")
    assert main(["suggest", str(text), "--published", "2023-11-22"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{text}:1:1: 2023-11-17 ")
    assert lines[1].startswith(f"{text}:3:1: no date (")
    assert main(["suggest", str(text), "--published", "2023-11-22", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == {
        "start": 5,
        "end": 11,
        "expression": "지난 17일",
        "date": "2023-11-17",
        "borrowed": True,
        "sentence": "이사회는 지난 17일 올트먼을 해임했다.",
    }
    assert rows[1]["date"] is None and rows[1]["borrowed"] is False


def test_suggest_exits_2_on_an_unreadable_file(tmp_path: Path, capsys) -> None:
    assert main(["suggest", str(tmp_path / "none.txt")]) == 2
    assert capsys.readouterr().out.startswith(f"{tmp_path / 'none.txt'}:1:1: error: ")


@pytest.mark.parametrize("verb", ["add-source", "suggest"])
def test_every_new_command_has_help_that_starts_with_its_usage(verb: str, capsys) -> None:
    with pytest.raises(SystemExit):
        main([verb, "--help"])
    assert capsys.readouterr().out.startswith(f"usage: timeline-viewer {verb} ")


def test_export_writes_each_text_format_and_follows_the_filter(
    sample_path: Path, tmp_path: Path, capsys
) -> None:
    import csv
    import json

    assert main(["export", str(sample_path), "--format", "markdown", "--lang", "ko"]) == 0
    assert capsys.readouterr().out.startswith("# ")
    out = tmp_path / "t.json"
    code = main(
        ["export", str(sample_path), "--format", "timelinejs", "-o", str(out),
         "--actor", "sam-altman", "--from", "2023-11-20"]
    )  # fmt: skip
    assert code == 0
    slides = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert [s["unique_id"] for s in slides] == ["altman-returns"]
    table = tmp_path / "t.csv"
    assert main(["export", str(sample_path), "--format", "csv", "-o", str(table)]) == 0
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(table.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "id" and len(rows) == 3


def test_export_refuses_what_it_cannot_do_with_exit_2(sample_path: Path, capsys) -> None:
    name = str(sample_path)
    assert main(["export", name, "--format", "markdown", "--actor", "nobody"]) == 2
    assert main(["export", name, "--format", "markdown", "--from", "2024", "--to", "2023"]) == 2
    assert main(["export", name, "--format", "svg"]) == 2, "a drawing needs -o"
    assert main(["export", "/nonexistent.yaml", "--format", "html"]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{name}:1:1: error: no actor with the id 'nobody' in this timeline"
    assert all(re.match(r".+:\d+:\d+: error: ", line) for line in lines)
    assert main(["export", name, "--format", "html", "--kind", "rumour"]) == 2
    assert main(["export", name, "--format", "html", "--source", "gone"]) == 2
    assert "'rumour' is not a kind of event" in capsys.readouterr().out


def test_export_takes_every_part_of_the_filter(sample_path: Path, capsys) -> None:
    import json

    def slides(*extra: str) -> list[str]:
        code = main(["export", str(sample_path), "--format", "timelinejs", *extra])
        assert code == 0
        return [s["unique_id"] for s in json.loads(capsys.readouterr().out)["events"]]

    assert slides() == ["altman-fired", "altman-returns"]
    assert slides("--text", "해고") == ["altman-fired"]
    assert slides("--tag", "leadership", "--kind", "fact") == ["altman-fired"]
    assert slides("--source", "news", "--with-evidence") == ["altman-fired", "altman-returns"]
    assert slides("--kind", "claim") == []
    assert slides("--undated") == []


def test_export_draws_and_lays_out_through_qt(sample_path: Path, tmp_path: Path, qapp) -> None:
    out = tmp_path / "t.png"
    assert (
        main(["export", str(sample_path), "--format", "png", "-o", str(out), "--width", "800"]) == 0
    )
    assert out.read_bytes().startswith(b"\x89PNG")
    report = tmp_path / "r.pdf"
    assert main(["export", str(sample_path), "--format", "report", "-o", str(report)]) == 0
    assert report.read_bytes().startswith(b"%PDF")
    bad = main(["export", str(sample_path), "--format", "svg", "-o", str(out), "--range", "x"])
    assert bad == 2


def test_a_timelinejs_export_imports_back_with_its_titles_dates_and_order(
    tmp_path: Path, capsys
) -> None:
    import json

    from viewer.core.dates import parse_edtf
    from viewer.core.store import load_timeline
    from viewer.resources import bundled_timeline

    exported = tmp_path / "t.json"
    main(["export", str(bundled_timeline()), "--format", "timelinejs", "-o", str(exported)])
    capsys.readouterr()
    target = tmp_path / "again" / "timeline.yaml"
    assert main(["import", str(exported), "-o", str(target)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == str(target)
    slides = json.loads(exported.read_text(encoding="utf-8"))["events"]
    events = load_timeline(target).timeline.events
    assert out[-2] == f"{len(slides)} events imported, 4 periods, 0 warnings"
    periods = load_timeline(target).timeline.periods
    assert [p.title.get("en") for p in periods] == [
        p.title.get("en") for p in load_timeline(bundled_timeline()).timeline.periods
    ]
    original = {e.id: e for e in load_timeline(bundled_timeline()).timeline.events}
    assert [e.id for e in events] == [s["unique_id"] for s in slides]
    for event in events:
        before = original[event.id]
        assert event.title.get("en") == before.title.get("en")
        # TimelineJS has no qualifiers or open ends: the days and the precision come back
        again, first = parse_edtf(event.date), before.edtf
        assert again.precision == first.precision, event.id
        if not (first.open_start or first.open_end):
            assert (again.earliest, again.latest) == (first.earliest, first.latest), event.id


def test_import_refuses_bad_input_with_a_located_error_and_writes_nothing(
    tmp_path: Path, capsys
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"events": [\n  {"start_date": {"year": 2023}\n', encoding="utf-8")
    target = tmp_path / "out" / "timeline.yaml"
    assert main(["import", str(broken), "-o", str(target)]) == 2
    assert re.match(rf"{re.escape(str(broken))}:\d+:\d+: error: ", capsys.readouterr().out)
    assert not (tmp_path / "out").exists()
    table = tmp_path / "t.csv"
    table.write_text("When,What\n2023-11-17,해임\n", encoding="utf-8")
    assert main(["import", str(table), "-o", str(target), "--map", "date=When,title=What"]) == 0
    assert main(["import", str(table), "-o", str(target)]) == 2, "a timeline is there now"
    assert main(["import", str(table), "-o", str(tmp_path / "x"), "--map", "nonsense"]) == 2


def test_search_prints_events_then_passages_and_json_lines(capsys) -> None:
    import json

    from viewer.resources import bundled_timeline

    name = str(bundled_timeline())
    assert main(["search", name, "전격 결정"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(re.match(r"\S+ (\w+|\d+:\d+): ", line) for line in lines)
    assert main(["search", name, "Sam Altman", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert set(rows[0]) == {"kind", "id", "field", "start", "end", "text"}
    assert {row["kind"] for row in rows} <= {"event", "source"}
    assert main(["search", name, "zzzqqq"]) == 1
    assert main(["search", "/nonexistent.yaml", "x"]) == 2
