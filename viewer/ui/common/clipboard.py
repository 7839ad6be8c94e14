"""Putting several forms of one thing on the clipboard (rows as text and as CSV).

A QMimeData made in Python and left on the clipboard crashes the interpreter when the
application is torn down (Qt deletes it after Python has let go of its wrapper); so before the
application quits, the clipboard is given the same text as a mime data of Qt's own."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

_ours: list[QMimeData] = []  # what this app last put on the clipboard


def put_on_clipboard(text: str, forms: Mapping[str, bytes]) -> None:
    """`text` as plain text, and each of `forms` (mime type: bytes) beside it."""
    data = QMimeData()
    data.setText(text)
    for mime_type, content in forms.items():
        data.setData(mime_type, content)
    QGuiApplication.clipboard().setMimeData(data)
    app = QCoreApplication.instance()
    if app is not None and not _ours:
        app.aboutToQuit.connect(hand_over)
    _ours[:] = [data]


def hand_over() -> None:
    """Leave on the clipboard what it holds as text, in a mime data Qt made itself (called
    when the application quits; tests call it when they are done with the clipboard)."""
    clipboard = QGuiApplication.clipboard()
    if _ours and clipboard.mimeData() is _ours[0]:  # not what another program put there
        clipboard.setText(clipboard.text())
    _ours.clear()
