import os
import threading
import time
from pathlib import Path

import pytest

from viewer.core.file_lock import FileLocked, lock_beside


def test_a_second_holder_waits_for_the_first(tmp_path: Path) -> None:
    target = tmp_path / "timeline.yaml"
    order: list[str] = []

    def second() -> None:
        with lock_beside(target):
            order.append("second")

    with lock_beside(target):
        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.2)
        order.append("first")
    thread.join(5)
    assert order == ["first", "second"]
    assert not (tmp_path / ".timeline.yaml.lock").exists()


def test_a_lock_held_too_long_is_refused_and_a_stale_one_taken(tmp_path: Path) -> None:
    target = tmp_path / "timeline.yaml"
    lock = tmp_path / ".timeline.yaml.lock"
    lock.write_text("1")
    with pytest.raises(FileLocked), lock_beside(target, wait=0.1):
        pass
    old = time.time() - 3600
    os.utime(lock, (old, old))
    with lock_beside(target, wait=0.1):
        assert lock.exists()
    assert not lock.exists()
