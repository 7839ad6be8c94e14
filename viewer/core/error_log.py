"""The log of errors the app did not expect: what a bug report needs, kept in one small file."""

from __future__ import annotations

import datetime
import platform
import sys
import traceback
from pathlib import Path

import platformdirs

from viewer import __version__
from viewer.core.workspace import APP_NAME

MAX_LOG_BYTES = 1_000_000  # past this, the oldest entries go
MAX_ENTRY_CHARACTERS = 20_000  # one entry; a message may quote a whole hostile file


def error_log_path() -> Path:
    """The per-user file the unexpected errors are written to."""
    return platformdirs.user_log_path(APP_NAME, appauthor=False) / "errors.log"


def log_error(error: BaseException, path: Path | None = None) -> Path:
    """Append `error` with its traceback to the log (`path`, else the per-user one) and return
    the log's path; raises OSError when it cannot be written."""
    path = path or error_log_path()
    stamp = datetime.datetime.now(datetime.UTC).astimezone().isoformat(timespec="seconds")
    details = "".join(traceback.format_exception(error))
    if len(details) > MAX_ENTRY_CHARACTERS:
        half = MAX_ENTRY_CHARACTERS // 2
        cut = len(details) - 2 * half
        details = f"{details[:half]}\n[... {cut} characters ...]\n{details[-half:]}"
    entry = (
        f"--- {stamp} timeline-viewer {__version__}, Python {platform.python_version()}, "
        f"{sys.platform}\n{details}\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.read_bytes() if path.is_file() else b""
    new = entry.encode("utf-8", "backslashreplace")
    if len(old) + len(new) > MAX_LOG_BYTES:
        old = _newest_entries(old, MAX_LOG_BYTES // 2)
    # not atomic, but a log: at worst its oldest lines are lost, never a user's file
    path.write_bytes(old + new)
    return path


def _newest_entries(log: bytes, size: int) -> bytes:
    """The tail of `log` of at most `size` bytes, starting at an entry."""
    tail = log[-size:]
    start = tail.find(b"\n--- ")
    return tail[start + 1 :] if start >= 0 else b""
