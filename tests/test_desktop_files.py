"""The Linux desktop files: a menu entry, AppStream metadata and a file type that agree with
each other and with the program, and an install script that puts them where desktops look."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from viewer.ui.common.icons import APP_ICON_SIZES
from viewer.ui.shell.application import DESKTOP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = DESKTOP_ID  # the app names its desktop entry so
MIME = "application/vnd.timelineviewer.timeline+yaml"
ICONS = ROOT / "resources" / "icons" / "app"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_launches_the_program_on_a_file_and_names_its_type() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Name"] == "Timeline Viewer"
    assert entry["Name[ko]"] and entry["Comment[ko]"]
    assert entry["Exec"] == "timeline-viewer %f"
    assert entry["Icon"] == APP_ID
    assert MIME in entry["MimeType"].split(";")


def test_the_metainfo_launches_the_menu_entry_and_has_a_screenshot_and_release_notes() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/mediatype") == MIME
    assert root.find("screenshots/screenshot/image").text.startswith("https://")
    release = root.find("releases/release")
    assert release.get("version") and release.find("description/p").text.strip()


def test_the_file_type_matches_timeline_files() -> None:
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    kind = root.find("m:mime-type", namespace)
    assert kind.get("type") == MIME
    globs = {glob.get("pattern") for glob in kind.findall("m:glob", namespace)}
    assert {"timeline.yaml", "*.timeline.yaml"} <= globs


def test_the_icon_comes_as_svg_and_in_every_size() -> None:
    assert (ICONS / "timeline-viewer.svg").read_text(encoding="utf-8").startswith("<svg")
    for size in APP_ICON_SIZES:
        data = (ICONS / f"timeline-viewer-{size}.png").read_bytes()
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert data.startswith(b"\x89PNG") and (width, height) == (size, size)


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("desktop-file-validate", [str(LINUX / f"{APP_ID}.desktop")]),
        ("appstreamcli", ["validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")]),
    ],
)
def test_the_desktop_tools_accept_the_files(tool: str, arguments: list[str]) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (PACKAGE=1 .ci/run installs it)")
    done = subprocess.run([tool, *arguments], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_install_script_installs_for_the_user_and_uninstalls(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(LINUX, bundle / "share")
    shutil.copytree(ICONS, bundle / "share" / "icons")
    shutil.copy2(ROOT / "packaging" / "install-linux.sh", bundle / "install-linux.sh")
    program = bundle / "timeline-viewer"
    program.write_text("#!/bin/sh\necho bundled\n", encoding="utf-8")
    program.chmod(0o755)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    script = str(bundle / "install-linux.sh")
    subprocess.run(["sh", script], env=env, check=True, capture_output=True)
    data = home / "data"
    installed = data / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{data}/timeline-viewer/app/timeline-viewer" %f' in installed.read_text()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    launcher = home / ".local" / "bin" / "timeline-viewer"
    assert subprocess.run([launcher], capture_output=True, text=True).stdout == "bundled\n"
    subprocess.run(["sh", script, "--uninstall"], env=env, check=True, capture_output=True)
    assert not installed.exists() and not launcher.exists()
    assert not (data / "timeline-viewer").exists()


def test_the_install_script_refuses_without_a_bundle(tmp_path: Path) -> None:
    folder = tmp_path / "packaging"
    folder.mkdir()
    shutil.copy2(ROOT / "packaging" / "install-linux.sh", folder / "install-linux.sh")
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    done = subprocess.run(
        ["sh", str(folder / "install-linux.sh")], env=env, capture_output=True, text=True
    )
    assert done.returncode == 2 and "packaging/build.py" in done.stderr
