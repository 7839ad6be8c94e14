"""The log of unexpected errors: each entry has its traceback, and the file stays small."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core import error_log
from viewer.core.error_log import log_error


def raised(message: str) -> Exception:
    try:
        raise ValueError(message)
    except ValueError as error:
        return error


def test_an_entry_holds_the_version_and_the_traceback(tmp_path: Path) -> None:
    path = log_error(raised("no such event 'x'"), tmp_path / "logs" / "errors.log")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("--- ") and "timeline-viewer 0." in text
    assert "Traceback (most recent call last)" in text and "in raised" in text
    assert "ValueError: no such event 'x'" in text


def test_entries_are_appended(tmp_path: Path) -> None:
    path = tmp_path / "errors.log"
    log_error(raised("first"), path)
    log_error(raised("second"), path)
    text = path.read_text(encoding="utf-8")
    assert text.count("--- ") == 2 and text.index("first") < text.index("second")


def test_past_its_size_the_log_keeps_the_newest_whole_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(error_log, "MAX_LOG_BYTES", 4000)
    path = tmp_path / "errors.log"
    for n in range(40):
        log_error(raised(f"error number {n}"), path)
    text = path.read_text(encoding="utf-8")
    assert len(text.encode()) <= 4000
    assert text.startswith("--- "), "the oldest kept entry is whole"
    assert "error number 39" in text and "error number 0\n" not in text


def test_a_huge_message_is_cut_in_the_middle(tmp_path: Path) -> None:
    path = log_error(raised("x" * 1_000_000 + " the end"), tmp_path / "errors.log")
    text = path.read_text(encoding="utf-8")
    assert len(text) < error_log.MAX_ENTRY_CHARACTERS + 500
    assert "Traceback" in text and text.rstrip().endswith("the end")
    assert "characters ...]" in text


def test_a_lone_surrogate_in_a_message_is_written_as_an_escape(tmp_path: Path) -> None:
    path = log_error(raised("bad \udc80 byte"), tmp_path / "errors.log")
    assert "bad \\udc80 byte" in path.read_text(encoding="utf-8")
