"""The Qt layer's package: PySide6 does not read the source of each module imported."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest


def test_modules_imported_after_pyside6_are_not_read_for_features(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import viewer.ui  # noqa: F401 - what the test is about

    source = "import PySide6.QtCore\n\nVALUE = 1\n"
    (tmp_path / "names_pyside6.py").write_text(source)
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    try:
        module = __import__("names_pyside6")  # as an import statement does
        assert module.VALUE == 1
        assert str(tmp_path / "names_pyside6.py") not in linecache.cache, "its source unread"
    finally:
        sys.modules.pop("names_pyside6", None)
