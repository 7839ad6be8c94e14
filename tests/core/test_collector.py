"""The cycle collector around large timelines: paused while one is read or written, and told
to pass over one once it is read."""

from __future__ import annotations

import gc
import weakref

from viewer.core.collector import collector_paused, settle


def test_the_collector_is_paused_while_reading_and_runs_again_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


class Record:
    """Something a weak reference can follow."""


def test_what_is_alive_when_settled_is_no_longer_walked_but_still_freed() -> None:
    gc.unfreeze()
    try:
        kept = [Record() for _ in range(1000)]
        settle()
        assert gc.get_freeze_count() >= len(kept)
        assert all(item is not kept for item in gc.get_objects()), "settled, not walked"
        first = weakref.ref(kept[0])
        del kept  # reference counting frees what is settled, as ever
        assert first() is None
    finally:
        gc.unfreeze()
