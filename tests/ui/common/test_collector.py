"""Tests for the cycle collector run from the GUI thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from viewer.core.collector import collector_paused
from viewer.ui.common.collector import GuiThreadCollector, collect_in_gui_thread


class Cycle:
    """An object in a reference cycle, holding a Qt object, as a closed view's wrapper does."""

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()


def test_the_app_has_one_collector_and_the_automatic_one_is_off(qapp) -> None:
    collector = collect_in_gui_thread(qapp)
    assert collect_in_gui_thread(qapp) is collector
    assert isinstance(collector, GuiThreadCollector) and not gc.isenabled()


def test_cycles_made_in_a_worker_are_freed_by_the_gui_thread(qtbot, qapp) -> None:
    collector = collect_in_gui_thread(qapp)
    made: list[weakref.ref] = []

    def work() -> None:  # allocates well past a generation's threshold
        for _ in range(gc.get_threshold()[0] * 3):
            made.append(weakref.ref(Cycle()))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert all(ref() is not None for ref in made), "nothing was collected in the worker"
    collector.collect_due()
    assert all(ref() is None for ref in made)


def test_no_collection_runs_while_a_file_is_read(qapp) -> None:
    collector = collect_in_gui_thread(qapp)
    with collector_paused():
        cycles = [weakref.ref(Cycle()) for _ in range(gc.get_threshold()[0] * 2)]
        collector.collect_due()
        assert all(ref() is not None for ref in cycles)
    collector.collect_due()
    assert all(ref() is None for ref in cycles)
