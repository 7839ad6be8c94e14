"""How far a long piece of work has come, reported to whoever waits, who may stop it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Progress = Callable[[float], None]  # told the share done, 0 to 1; raises Cancelled to stop
ItemT = TypeVar("ItemT")
EVERY = 2048  # items between two reports: often enough to stop within a few milliseconds


class Cancelled(Exception):
    """The one waiting asked for the work to stop; nothing it made is kept."""


def part(progress: Progress | None, start: float, end: float) -> Progress | None:
    """A progress for one stage of the work, reported as its share `start`..`end` of the whole."""
    if progress is None:
        return None
    return lambda done: progress(start + (end - start) * done)


def counted(items: Iterable[ItemT], total: int, progress: Progress | None) -> Iterator[ItemT]:
    """`items`, reporting every EVERY items how many of `total` have been taken."""
    if progress is None:
        yield from items
        return
    progress(0.0)
    for index, item in enumerate(items):
        if index % EVERY == 0 and index:
            progress(index / total)
        yield item
    progress(1.0)
