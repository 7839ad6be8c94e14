"""Starting the app: which UI language, which file first, and the translators of a language."""

from __future__ import annotations

import linecache
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from viewer.core.workspace import working_copy_path
from viewer.resources import bundled_timeline
from viewer.ui.settings import Settings
from viewer.ui.shell import application
from viewer.ui.shell.application import Translations, initial_language, startup_file


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def system_locale(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make the system's locale `name` (e.g. "ko_KR") as the application module sees it."""

    class SystemLocale:
        @staticmethod
        def system() -> QLocale:
            return QLocale(name)

    monkeypatch.setattr(application, "QLocale", SystemLocale)


# -- the first language -----------------------------------------------------------------------


@pytest.mark.parametrize("saved", ["en", "ko"])
def test_a_saved_language_wins_over_the_systems(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, saved: str
) -> None:
    system_locale(monkeypatch, "ko_KR" if saved == "en" else "en_US")
    settings.language = saved
    assert initial_language(settings) == saved


@pytest.mark.parametrize("saved", ["", "fr", "KO"])
def test_without_a_usable_saved_language_the_systems_is_used(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, saved: str
) -> None:
    system_locale(monkeypatch, "ko_KR")
    settings.language = saved
    assert initial_language(settings) == "ko"


@pytest.mark.parametrize("system", ["fr_FR", "ja_JP", "C"])
def test_a_system_language_the_app_lacks_gives_english(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, system: str
) -> None:
    system_locale(monkeypatch, system)
    assert initial_language(settings) == "en"


# -- the first file ---------------------------------------------------------------------------


def test_a_file_given_on_the_command_line_wins_over_the_last_file(
    settings: Settings, sample_path: Path
) -> None:
    settings.last_file = str(sample_path)
    assert startup_file("elsewhere/crisis.yaml", settings) == Path("elsewhere/crisis.yaml")


def test_without_an_argument_the_last_file_opens_again(
    settings: Settings, sample_path: Path
) -> None:
    settings.last_file = str(sample_path)
    assert startup_file(None, settings) == sample_path
    assert startup_file("", settings) == sample_path


def test_a_last_file_that_is_gone_gives_the_bundled_chronology(
    settings: Settings, tmp_path: Path
) -> None:
    settings.last_file = str(tmp_path / "deleted.yaml")
    assert startup_file(None, settings) == bundled_timeline()


def test_a_last_file_that_is_a_folder_gives_the_bundled_chronology(
    settings: Settings, tmp_path: Path
) -> None:
    settings.last_file = str(tmp_path)
    assert startup_file(None, settings) == bundled_timeline()


def test_with_nothing_to_go_on_the_bundled_chronology_opens(settings: Settings) -> None:
    assert startup_file(None, settings) == bundled_timeline()
    assert bundled_timeline().is_file()


def test_once_the_bundle_has_a_working_copy_that_opens_instead(settings: Settings) -> None:
    copy = working_copy_path(bundled_timeline())
    copy.parent.mkdir(parents=True)
    copy.write_text("schema: 1\n", encoding="utf-8")
    assert startup_file(None, settings) == copy


# -- translations -----------------------------------------------------------------------------


@pytest.fixture
def translations(qapp) -> Iterator[Translations]:
    """Translations for the test application; the translators it made are dropped afterwards."""
    app = QApplication.instance()
    before = app.findChildren(QTranslator)
    yield Translations(app)
    for translator in app.findChildren(QTranslator):
        if translator not in before:
            app.removeTranslator(translator)
            translator.deleteLater()


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, "", n)


def test_korean_installs_the_apps_catalogue_and_qts_own(translations: Translations) -> None:
    translations.apply("ko")
    assert tr("WindowActions", "&File") == "파일(&F)"
    assert tr("WindowStatus", "%n event(s)", 3) == "사건 3개"
    assert tr("QPlatformTheme", "Cancel") == "취소"


def test_switching_back_to_english_removes_the_korean_translators(
    translations: Translations,
) -> None:
    translations.apply("ko")
    translations.apply("en")
    assert tr("WindowActions", "&File") == "&File"
    assert tr("QPlatformTheme", "Cancel") == "Cancel"


def test_english_installs_the_catalogue_holding_the_english_plurals(
    translations: Translations, english_catalogue: QTranslator
) -> None:
    QCoreApplication.removeTranslator(english_catalogue)
    assert tr("WindowStatus", "%n event(s)", 1) == "1 event(s)"
    translations.apply("en")
    assert tr("WindowStatus", "%n event(s)", 1) == "1 event"
    assert tr("WindowStatus", "%n event(s)", 3) == "3 events"


def test_a_language_without_a_catalogue_leaves_the_ui_in_english(
    translations: Translations,
) -> None:
    translations.apply("ko")
    translations.apply("xx")
    assert tr("WindowActions", "&File") == "&File"
    assert tr("QPlatformTheme", "Cancel") == "Cancel"


def test_applying_the_same_language_twice_is_the_same_as_once(
    translations: Translations,
) -> None:
    translations.apply("ko")
    translations.apply("ko")
    assert tr("WindowActions", "&File") == "파일(&F)"
    translations.apply("en")
    assert tr("WindowActions", "&File") == "&File"


def test_the_module_sources_read_while_starting_are_not_kept(
    open_window, sample_path: Path
) -> None:
    linecache.getline(application.__file__, 1)  # as PySide6 reads each module imported after it
    assert linecache.cache
    open_window(sample_path)
    assert not linecache.cache, "7 MB of source lines, read for nothing"


def test_opening_the_bundled_chronology_loads_no_module_it_does_not_need(tmp_path: Path) -> None:
    # each costs the start 10-20 ms: PyYAML reads only files the fast reader refuses, the
    # helper processes start with the first work given to them
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from viewer.ui.settings import Settings\n"
        "from viewer.ui.shell.application import create_window\n"
        "window = create_window(app, None, Settings())\n"
        "print(sorted({'yaml', 'multiprocessing'} & set(sys.modules)))\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        environment[variable] = str(tmp_path / variable)
    finished = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, timeout=60
    )
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip().splitlines()[-1] == "[]"
