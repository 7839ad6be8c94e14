"""Loading tells how far it has come and stops when asked."""

from __future__ import annotations

import pytest

from benchmarks.generate import write
from viewer.core.progress import Cancelled, counted, part
from viewer.core.store import load_timeline


def test_loading_reports_rising_shares_from_zero_to_one(tmp_path) -> None:
    path = write(tmp_path, 5000)
    shares: list[float] = []
    result = load_timeline(path, progress=shares.append)
    assert len(result.timeline.events) == 5000
    assert shares[0] == 0.0 and shares[-1] == 1.0
    assert shares == sorted(shares) and len(shares) > 6


def test_a_cancelled_load_raises_cancelled_even_from_the_check(tmp_path) -> None:
    path = write(tmp_path, 5000)

    def stop_late(share: float) -> None:
        if share > 0.8:  # inside the check of quotes, which turns other errors into problems
            raise Cancelled

    with pytest.raises(Cancelled):
        load_timeline(path, progress=stop_late)


def test_a_part_maps_its_shares_into_its_range_and_counted_reports_every_few_items() -> None:
    shares: list[float] = []
    inner = part(shares.append, 0.5, 0.75)
    assert list(counted(range(5000), 5000, inner)) == list(range(5000))
    assert shares[0] == 0.5 and shares[-1] == 0.75 and len(shares) == 4
    assert part(None, 0, 1) is None
    assert list(counted("abc", 3, None)) == ["a", "b", "c"]
