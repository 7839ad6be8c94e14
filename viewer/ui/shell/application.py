"""Builds the Qt application: settings, translations, the document and the main window."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from viewer.ui.common.collector import collect_in_gui_thread
from viewer.ui.common.fonts import use_bundled_korean_font
from viewer.ui.common.icons import app_icon
from viewer.ui.common.prompts import Prompts
from viewer.ui.common.translations import Translations
from viewer.ui.document import Document
from viewer.ui.settings import APPLICATION, ORGANIZATION, Settings
from viewer.ui.shell.error_guard import ErrorGuard
from viewer.ui.shell.files import bundled_or_working_copy
from viewer.ui.shell.main_window import MainWindow

SUPPORTED = ("en", "ko")
DESKTOP_ID = "org.timelineviewer.TimelineViewer"  # packaging/linux/DESKTOP_ID.desktop


def initial_language(settings: Settings) -> str:
    """The saved language, else the system's when we have it, else English."""
    if settings.language in SUPPORTED:
        return settings.language
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def startup_file(argument: str | None, settings: Settings) -> Path:
    """The file given, else the last one opened if it still exists, else the bundled one."""
    if argument:
        return Path(argument)
    last = Path(settings.last_file) if settings.last_file else None
    return last if last and last.is_file() else bundled_or_working_copy()


def create_window(
    app: QApplication, file: str | None, settings: Settings, prompts: Prompts | None = None
) -> MainWindow:
    """Build translations, document and main window, and open the startup file; every question
    to the user goes through `prompts` (Qt's dialogs by default)."""
    collect_in_gui_thread(app)
    use_bundled_korean_font(app)
    app.setWindowIcon(app_icon())
    language = initial_language(settings)
    translations = Translations(app)
    translations.apply(language)
    document = Document(language)
    window = MainWindow(document, settings, prompts or Prompts())

    def switch_language(code: str) -> None:
        settings.language = code
        translations.apply(code)
        document.set_language(code)

    window.language_requested.connect(switch_language)
    window.show()
    # opening a file offers the edits a crash left for it; at a start with no file named, the
    # copies left for other files (or untitled ones) are offered after that
    window.open_path(startup_file(file, settings))
    if not file and not window.isWindowModified():  # nothing was restored for that file
        window.offer_recovery()
    # where a PySide6 still reads the source of each module imported after it (viewer.ui
    # turns that off where it can), those lines, 7 MB, are kept for nothing once the window is up
    linecache.clearcache()
    return window


def run(file: str | None) -> int:
    """Open the main window on `file` (or the default) and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Timeline Viewer")
    app.setDesktopFileName(DESKTOP_ID)  # a Wayland desktop finds the menu entry and its icon
    prompts = Prompts()
    guard = ErrorGuard(prompts, app)
    guard.install()
    window = create_window(app, file, Settings(), prompts)
    status = app.exec()
    guard.uninstall()
    del window
    return status
