import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from viewer.ui.common.busy import busy


def test_the_wait_cursor_shows_while_busy_and_goes_even_after_an_error(qapp) -> None:
    assert QGuiApplication.overrideCursor() is None
    with pytest.raises(ValueError), busy():
        assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.WaitCursor
        raise ValueError
    assert QGuiApplication.overrideCursor() is None
