"""Pausing Python's cycle collector while a whole timeline is read or written."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Reading or writing a large timeline makes millions of objects and no reference cycles,
    and each few hundred new objects would start a cycle collection walking all of them: a
    third of the time of reading a 100,000-event file. Reference counting still frees what is
    dropped; the collector runs again afterwards."""
    global _pauses
    was_enabled = gc.isenabled()
    gc.disable()
    with _counting:
        _pauses += 1
    try:
        yield
    finally:
        with _counting:
            _pauses -= 1
        if was_enabled:
            gc.enable()


_pauses = 0  # how many readings or writings (in any thread) have the collector paused now
_counting = threading.Lock()


def is_paused() -> bool:
    """Whether a reading or writing has paused the collector (a collector run by hand waits
    for it too)."""
    return _pauses > 0


def settle() -> None:
    """After a large timeline is read: the cycle collector no longer walks what is alive now
    (millions of objects that hold no cycles and live until the next file), which made each
    full collection take half a second while the views were made of them. Reference counting
    frees those objects when dropped, as ever; the young are collected first."""
    gc.collect(1)
    gc.freeze()
