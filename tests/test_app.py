"""The entry point: `main` runs `check` or opens a window; `python -m viewer` is the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_TIMELINE, write_timeline
from viewer import __version__
from viewer.app import main

ROOT = Path(__file__).resolve().parent.parent


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m viewer ARGS` in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=60,
    )


@pytest.fixture
def broken_path(tmp_path: Path) -> Path:
    """A timeline whose second event names an actor nobody declared."""
    text = SAMPLE_TIMELINE.replace("actors: [sam-altman]", "actors: [sam-altman, nobody]")
    return write_timeline(tmp_path / "broken", text)


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Stand in for opening the main window: record the file asked for, exit with status 7."""
    opened: list[str | None] = []

    def run(file: str | None) -> int:
        opened.append(file)
        return 7

    monkeypatch.setattr("viewer.ui.shell.application.run", run)
    return opened


def test_version_prints_the_version_and_exits_0(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"timeline-viewer {__version__}\n"


def test_check_returns_0_for_a_clean_file_and_1_for_one_with_errors(
    sample_path: Path, broken_path: Path, capsys
) -> None:
    assert main(["check", str(sample_path)]) == 0
    assert main(["check", str(broken_path)]) == 1
    assert main(["check", str(sample_path), str(broken_path)]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "2 files checked: 1 error, 0 warnings"


def test_check_without_a_file_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check"])
    assert exited.value.code == 2
    assert "timeline-viewer check" in capsys.readouterr().err


def test_an_unknown_option_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--frobnicate"])
    assert exited.value.code == 2
    assert "unrecognized arguments: --frobnicate" in capsys.readouterr().err


def test_a_file_opens_in_the_window_and_its_exit_status_is_mains(windows: list) -> None:
    assert main(["crisis.yaml"]) == 7
    assert windows == ["crisis.yaml"]


def test_with_no_arguments_the_window_opens_on_the_default(windows: list) -> None:
    assert main([]) == 7
    assert windows == [None]


def test_check_opens_no_window(windows: list, sample_path: Path, capsys) -> None:
    assert main(["check", str(sample_path)]) == 0
    assert windows == []


def test_a_file_called_check_opens_when_given_after_a_double_dash(windows: list) -> None:
    assert main(["--", "check"]) == 7
    assert windows == ["check"]


def test_without_an_argument_list_main_reads_the_command_line(
    monkeypatch: pytest.MonkeyPatch, sample_path: Path, broken_path: Path, windows: list
) -> None:
    monkeypatch.setattr(sys, "argv", ["timeline-viewer", "check", str(broken_path)])
    assert main() == 1
    monkeypatch.setattr(sys, "argv", ["timeline-viewer", str(sample_path)])
    assert main() == 7
    assert windows == [str(sample_path)]


def test_check_never_loads_qt(sample_path: Path) -> None:
    script = (
        "import sys\n"
        "from viewer.app import main\n"
        f"status = main(['check', {str(sample_path)!r}])\n"
        "print(status, sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.splitlines()[-1] == "0 []"


# -- python -m viewer -------------------------------------------------------------------------


def test_the_module_prints_the_version() -> None:
    done = run_module("--version")
    assert done.returncode == 0
    assert done.stdout == f"timeline-viewer {__version__}\n"


def test_the_module_exits_with_checks_status(sample_path: Path, broken_path: Path) -> None:
    clean = run_module("check", str(sample_path))
    assert clean.returncode == 0
    assert clean.stdout == "1 file checked: 0 errors, 0 warnings\n"
    broken = run_module("check", str(broken_path))
    assert broken.returncode == 1
    assert "unknown actor 'nobody'" in broken.stdout
    missing = run_module("check", str(sample_path.parent / "missing.yaml"))
    assert missing.returncode == 2
    assert "cannot read the file" in missing.stdout
