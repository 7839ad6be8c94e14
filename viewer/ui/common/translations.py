"""The UI's languages: our catalogue and Qt's own, installed for one language at a time."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from viewer.resources import resources_dir


class Translations:
    """Installs the translators for one UI language at a time."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> None:
        """Switch the UI to `language`."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        # English too has a catalogue: it holds the plural forms of "%n event(s)" and the like.
        ours = QTranslator(self._app)
        if ours.load(f"timeline_viewer_{language}", str(resources_dir() / "translations")):
            self._installed.append(ours)
        qt = QTranslator(self._app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt.load(f"qtbase_{language}", qt_folder):
            self._installed.append(qt)
        for translator in self._installed:
            self._app.installTranslator(translator)
