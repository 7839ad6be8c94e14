"""Pausing Python's cycle collector while a whole timeline is read or written."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Reading or writing a large timeline makes millions of objects and no reference cycles,
    and each few hundred new objects would start a cycle collection walking all of them: a
    third of the time of reading a 100,000-event file. Reference counting still frees what is
    dropped; the collector runs again afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def settle() -> None:
    """After a large timeline is read: the cycle collector no longer walks what is alive now
    (millions of objects that hold no cycles and live until the next file), which made each
    full collection take half a second while the views were made of them. Reference counting
    frees those objects when dropped, as ever; the young are collected first."""
    gc.collect(1)
    gc.freeze()
