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
