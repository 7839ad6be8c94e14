"""Persisted UI settings: each one written and read back through an ini file, with defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from viewer.ui.settings import MAX_RECENT, Settings, settings_file


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def open_settings(ini: Path) -> Settings:
    return Settings(QSettings(str(ini), QSettings.Format.IniFormat))


def reopened(settings: Settings, ini: Path) -> Settings:
    """The settings as the next run of the app reads them from disk."""
    settings.sync()
    return open_settings(ini)


def write_ini(ini: Path, text: str) -> Settings:
    ini.write_text(text, encoding="utf-8")
    return open_settings(ini)


def test_a_fresh_file_gives_every_default(ini: Path) -> None:
    settings = open_settings(ini)
    assert settings.geometry.isEmpty() and settings.window_state.isEmpty()
    assert settings.language == ""
    assert settings.last_file == ""
    assert settings.recent_files == []
    assert settings.grouping == "none"
    assert settings.colour_mode == "kind"
    assert settings.view_range(Path("/any/timeline.yaml")) is None


def test_the_window_geometry_and_state_round_trip_as_bytes(ini: Path) -> None:
    settings = open_settings(ini)
    settings.geometry = QByteArray(b"\x01\xd9\xd0\xcb\x00\x03")
    settings.window_state = QByteArray(b"\x00\xff\x00\x00state")
    again = reopened(settings, ini)
    assert again.geometry == QByteArray(b"\x01\xd9\xd0\xcb\x00\x03")
    assert again.window_state == QByteArray(b"\x00\xff\x00\x00state")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("language", "ko"),
        ("last_file", "/home/kim/timelines/crisis.yaml"),
        ("grouping", "actor"),
        ("colour_mode", "source"),
    ],
)
def test_each_text_setting_round_trips(ini: Path, name: str, value: str) -> None:
    settings = open_settings(ini)
    setattr(settings, name, value)
    assert getattr(reopened(settings, ini), name) == value


def test_settings_are_written_under_their_keys(ini: Path) -> None:
    settings = open_settings(ini)
    settings.language = "ko"
    settings.grouping = "tag"
    settings.colour_mode = "source"
    settings.last_file = "/data/t.yaml"
    settings.sync()
    raw = QSettings(str(ini), QSettings.Format.IniFormat)
    assert raw.value("ui/language") == "ko"
    assert raw.value("view/grouping") == "tag"
    assert raw.value("view/colour") == "source"
    assert raw.value("files/last") == "/data/t.yaml"


def test_a_recent_file_goes_first_and_round_trips(ini: Path) -> None:
    settings = open_settings(ini)
    settings.add_recent_file(Path("/a.yaml"))
    settings.add_recent_file(Path("/b.yaml"))
    assert reopened(settings, ini).recent_files == ["/b.yaml", "/a.yaml"]


def test_reopening_a_recent_file_moves_it_first_without_repeating_it(ini: Path) -> None:
    settings = open_settings(ini)
    for name in ("a", "b", "c"):
        settings.add_recent_file(Path(f"/{name}.yaml"))
    settings.add_recent_file(Path("/a.yaml"))
    assert settings.recent_files == ["/a.yaml", "/c.yaml", "/b.yaml"]


def test_recent_files_keep_only_the_newest_ten(ini: Path) -> None:
    settings = open_settings(ini)
    for number in range(12):
        settings.add_recent_file(Path(f"/t{number}.yaml"))
    recent = reopened(settings, ini).recent_files
    assert MAX_RECENT == 10
    assert recent == [f"/t{number}.yaml" for number in range(11, 1, -1)]


def test_a_single_recent_file_reads_back_as_a_list(ini: Path) -> None:
    settings = open_settings(ini)
    settings.add_recent_file(Path("/only.yaml"))
    assert reopened(settings, ini).recent_files == ["/only.yaml"]


def test_a_forgotten_recent_file_is_gone_and_the_rest_keep_their_order(ini: Path) -> None:
    settings = open_settings(ini)
    for name in ("a", "b", "c"):
        settings.add_recent_file(Path(f"/{name}.yaml"))
    settings.remove_recent_file("/b.yaml")
    settings.remove_recent_file("/never-there.yaml")
    assert reopened(settings, ini).recent_files == ["/c.yaml", "/a.yaml"]
    again = reopened(settings, ini)
    again.remove_recent_file("/c.yaml")
    again.remove_recent_file("/a.yaml")
    assert reopened(again, ini).recent_files == []


def test_the_view_range_is_kept_for_each_timeline_to_four_decimals(ini: Path) -> None:
    settings = open_settings(ini)
    first, second = Path("/data/one.yaml"), Path("/data/two.yaml")
    settings.set_view_range(first, 738_841.123_456, 738_843.5)
    settings.set_view_range(second, 700_000.0, 700_100.25)
    again = reopened(settings, ini)
    assert again.view_range(first) == (738_841.1235, 738_843.5)
    assert again.view_range(second) == (700_000.0, 700_100.25)
    assert again.view_range(Path("/data/three.yaml")) is None


def test_a_later_view_range_replaces_the_earlier_one(ini: Path) -> None:
    settings = open_settings(ini)
    path = Path("/data/one.yaml")
    settings.set_view_range(path, 1.0, 2.0)
    settings.set_view_range(path, 3.0, 4.0)
    assert reopened(settings, ini).view_range(path) == (3.0, 4.0)


@pytest.mark.parametrize("stored", ["soon", "1.0", "1,2,3", "a,b", ""])
def test_a_bad_stored_view_range_is_no_range(ini: Path, stored: str) -> None:
    settings = open_settings(ini)
    path = Path("/data/one.yaml")
    settings.set_view_range(path, 1.0, 2.0)
    settings.sync()
    raw = QSettings(str(ini), QSettings.Format.IniFormat)
    raw.beginGroup("view")
    [group] = raw.childGroups()
    raw.setValue(f"{group}/range", stored)
    raw.endGroup()
    raw.sync()
    assert open_settings(ini).view_range(path) is None


def test_invalid_stored_values_fall_back_to_the_defaults(ini: Path) -> None:
    settings = write_ini(
        ini,
        "[ui]\nlanguage=@Invalid()\n"
        "[files]\nlast=@Invalid()\nrecent=@Invalid()\n"
        "[view]\ngrouping=@Invalid()\ncolour=@Invalid()\n",
    )
    assert settings.language == ""
    assert settings.last_file == ""
    assert settings.recent_files == []
    assert settings.grouping == "none"
    assert settings.colour_mode == "kind"


def test_without_a_qsettings_the_file_is_in_the_users_config_folder(
    isolated_user_state: Path,
) -> None:
    path = settings_file()
    assert path.name == "settings.ini"
    assert path.is_relative_to(isolated_user_state / "config")
    settings = Settings()
    settings.language = "ko"
    settings.sync()
    assert path.is_file()
    assert open_settings(path).language == "ko"
