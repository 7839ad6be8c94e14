"""Korean renders with no Korean font installed: in a fontconfig set-up that has no CJK font,
the bundled font takes the Hangul that the system's fonts lack, in the window and in a PDF."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from viewer.resources import resources_dir

ROOT = Path(__file__).resolve().parents[3]
PROBE = """
import json, sys
from PySide6.QtGui import QFontDatabase, QPageSize, QPainter, QPdfWriter, QTextLayout
from PySide6.QtWidgets import QApplication
from viewer.ui.common.fonts import use_bundled_korean_font

app = QApplication([])
found = {"korean_fonts": QFontDatabase.families(QFontDatabase.WritingSystem.Korean)}

def runs():
    layout = QTextLayout("샘 올트먼 해임", app.font())
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    return [[r.rawFont().familyName(), list(r.glyphIndexes())] for r in layout.glyphRuns()]

found["before"] = runs()
found["fallback"] = use_bundled_korean_font(app)
found["after"] = runs()
writer = QPdfWriter(sys.argv[1])
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
painter = QPainter(writer)
painter.setFont(app.font())
painter.drawText(100, 300, "오픈AI 이사회, 샘 올트먼 해고")
painter.end()
print(json.dumps(found))
"""


def run_without_korean_fonts(tmp_path: Path) -> dict:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    latin = Path("/usr/share/fonts/truetype/dejavu")  # a Latin font where the machine has one
    folders = f"<dir>{latin}</dir>" if latin.is_dir() else ""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><dir>{fonts}</dir>{folders}<cachedir>{tmp_path / 'cache'}</cachedir>"
        "</fontconfig>",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    pdf = tmp_path / "korean.pdf"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(pdf)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    found["pdf"] = pdf.read_bytes()
    return found


def test_hangul_is_drawn_from_the_bundled_font_where_the_system_has_no_korean_font(
    tmp_path: Path,
) -> None:
    found = run_without_korean_fonts(tmp_path)
    assert found["korean_fonts"] == [], "the set-up has no Korean font"
    assert all(family != "Timeline Viewer Gothic" for family, _ in found["before"])
    assert found["fallback"] == "Timeline Viewer Gothic"
    hangul = [glyphs for family, glyphs in found["after"] if family == "Timeline Viewer Gothic"]
    assert hangul and all(index > 0 for glyphs in hangul for index in glyphs), found["after"]
    assert b"TimelineViewerGothic" in found["pdf"], "the PDF embeds the font"


def test_the_font_ships_with_its_licence() -> None:
    fonts = resources_dir() / "fonts"
    assert (fonts / "TimelineViewerGothic.ttf").stat().st_size > 1_000_000
    licence = (fonts / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "NAVER" in licence
