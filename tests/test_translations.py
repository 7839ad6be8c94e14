"""The UI ships in English and Korean: every string is translated and the catalogues are built."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from viewer.resources import resources_dir

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = resources_dir() / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def messages(ts: Path) -> list[ET.Element]:
    return ET.parse(ts).getroot().findall("./context/message")


def test_every_korean_message_is_translated() -> None:
    found = messages(CATALOGUES / "timeline_viewer_ko.ts")
    assert len(found) > 100
    for message in found:
        translation = message.find("translation")
        text = "".join(translation.itertext()).strip()
        assert translation.get("type") is None and text, message.findtext("source")
        source = message.findtext("source")
        for placeholder in ("%1", "%2", "%n"):
            assert (placeholder in source) == (placeholder in text), source


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not next to this Python")
def test_the_catalogue_holds_every_string_in_the_code(tmp_path: Path) -> None:
    copy = tmp_path / "check_ko.ts"
    shutil.copy(CATALOGUES / "timeline_viewer_ko.ts", copy)
    code = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "viewer").rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), *code, "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True
    )
    missing = [
        m.findtext("source")
        for m in messages(copy)
        if m.find("translation").get("type") == "unfinished"
    ]
    assert missing == [], "run packaging/update_translations.py and translate these"


def test_the_korean_catalogue_translates_the_menus(qapp) -> None:
    translator = QTranslator()
    assert translator.load("timeline_viewer_ko", str(CATALOGUES))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("WindowActions", "&File") == "파일(&F)"
        assert QCoreApplication.translate("WindowStatus", "%n event(s)", "", 3) == "사건 3개"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_plurals_come_from_the_english_catalogue(qapp) -> None:
    translator = QTranslator()
    assert translator.load("timeline_viewer_en", str(CATALOGUES))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("WindowStatus", "%n event(s)", "", 1) == "1 event"
        assert QCoreApplication.translate("WindowStatus", "%n event(s)", "", 3) == "3 events"
    finally:
        QCoreApplication.removeTranslator(translator)
