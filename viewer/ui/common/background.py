"""Pure work (core code, no Qt) run in a worker thread, its result brought back to the GUI
thread, so that a long computation leaves the window drawn and answering.

Results travel through one relay object that lives as long as the application: a worker never
emits on an object the GUI thread may be deleting (a use after free), and a result is
delivered only while the object that asked for it still exists."""

from __future__ import annotations

import atexit
import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    import concurrent.futures


class _Relay(QObject):
    call = Signal(object, object, object)  # owner, function, argument; queued to the GUI thread

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._call)

    def _call(self, owner: QObject, function: Callable[[Any], None], argument: Any) -> None:
        if shiboken6.isValid(owner):
            function(argument)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    """The relay, made on first use (always from the GUI thread) and kept."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def prepare() -> None:
    """Make the relay now, in the GUI thread, before a worker may need it."""
    _the_relay()


def in_gui_thread(owner: QObject, function: Callable[[Any], None], argument: Any) -> None:
    """From any thread: call `function(argument)` in the GUI thread, if `owner` still exists.
    Once the application is quitting there is nobody to tell: nothing is raised or printed,
    since a worker thread writing to stderr while the interpreter shuts down aborts it."""
    with contextlib.suppress(RuntimeError):
        _the_relay().call.emit(owner, function, argument)


def run_in_background(owner: QObject, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
    """Run `work()` in a new thread, then `done(result)` in the GUI thread while `owner`
    exists; `done` is given the exception instead when `work` raised one."""
    prepare()

    def target() -> None:
        try:
            result = work()
        except Exception as exc:  # the GUI thread decides what it means
            result = exc
        in_gui_thread(owner, done, result)

    threading.Thread(target=target, daemon=True).start()


_pool: concurrent.futures.ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def in_process(function: Callable[..., Any], *arguments: Any) -> Any:
    """`function(*arguments)` worked out in a helper process, waited for here (call it from a
    worker thread): long pure-Python work in a thread would hold the interpreter lock the GUI
    thread needs, and on two cores make every click wait. `function` and its arguments must
    pickle; where no process can be started, the work is done here instead."""
    # imported here, by the first work: the window need not wait for them as it opens
    import concurrent.futures.process
    import multiprocessing

    global _pool
    with _pool_lock:
        if _pool is None:
            # spawn, never fork: a forked copy of a process running Qt's threads can deadlock
            context = multiprocessing.get_context("spawn")
            _pool = concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context)
            atexit.register(_pool.shutdown, wait=False, cancel_futures=True)
        pool = _pool
    try:
        return pool.submit(function, *arguments).result()
    except (concurrent.futures.process.BrokenProcessPool, OSError):  # no helper: do it here
        return function(*arguments)
