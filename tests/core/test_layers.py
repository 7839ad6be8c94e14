"""The core never imports Qt, so it runs and tests without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import viewer.core


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [f"viewer.core.{info.name}" for info in pkgutil.iter_modules(viewer.core.__path__)]
    assert "viewer.core.store" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
