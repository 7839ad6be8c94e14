"""A lock beside a file, so that two commands changing the same timeline take turns instead
of one silently undoing the other."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["FileLocked", "lock_beside"]

STALE_SECONDS = 600  # a lock this old was left by a command that was killed


class FileLocked(OSError):
    """Another command holds the lock, and did not let go in time."""


@contextmanager
def lock_beside(path: Path, wait: float = 30.0) -> Iterator[None]:
    """Hold `.NAME.lock` beside `path` while the block runs, waiting up to `wait` seconds
    for another holder; a lock older than ten minutes is taken over."""
    lock = Path(path).with_name(f".{Path(path).name}.lock")
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            break
        except FileExistsError:
            try:
                if time.time() - lock.stat().st_mtime > STALE_SECONDS:
                    lock.unlink(missing_ok=True)
                    continue
            except FileNotFoundError:
                continue
            if time.monotonic() > deadline:
                raise FileLocked(f"{path} is being changed by another command ({lock})") from None
            time.sleep(0.05)
    try:
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        yield
    finally:
        lock.unlink(missing_ok=True)
