"""Rows put on the clipboard in several forms survive the application quitting, and the
interpreter exits cleanly (a mime data made in Python and left there crashed it)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from viewer.ui.common.clipboard import hand_over, put_on_clipboard

ROOT = Path(__file__).resolve().parents[3]


def test_every_form_is_on_the_clipboard_and_the_text_stays_after_the_hand_over(qapp) -> None:
    put_on_clipboard("a\tb", {"text/csv": b"a,b\r\n"})
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "a\tb" and bytes(data.data("text/csv")) == b"a,b\r\n"
    hand_over()
    assert QGuiApplication.clipboard().text() == "a\tb"


def test_an_application_that_copied_rows_quits_without_crashing() -> None:
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from viewer.ui.common.clipboard import put_on_clipboard
        app = QApplication([])
        put_on_clipboard("a\\tb", {"text/csv": b"a,b"})
        QTimer.singleShot(0, app.quit)
        app.exec()
        print(QApplication.clipboard().text())
        """
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "a\tb"
