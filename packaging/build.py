"""Build the desktop bundle: one folder that runs with no Python or packages installed.

    python packaging/build.py

Runs PyInstaller (pip install pyinstaller) on the app, with the bundled chronology, the
resources (icons, translations, the Korean font) and the user guide, leaving out the parts of
Qt and Python the app does not use. Writes dist/timeline-viewer/, with the Linux desktop
files and `install-linux.sh` beside the executable, and reports the bundle's size:

    dist/timeline-viewer/timeline-viewer                  opens the bundled chronology
    dist/timeline-viewer/timeline-viewer --version
    dist/timeline-viewer/timeline-viewer check FILE
    dist/timeline-viewer/install-linux.sh [--uninstall]   menu entry, icon, file type
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "timeline-viewer"
WORK = ROOT / "build" / "pyinstaller"
ICON = ROOT / "resources" / "icons" / "app" / "timeline-viewer-256.png"
# Qt and Python modules the app never imports; PyInstaller would carry some of them along.
UNUSED = (
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtDBus", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools",
    "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtNetworkAuth", "PySide6.Qt3DCore",
    "PySide6.QtWebEngineCore", "PySide6.QtMultimedia", "tkinter", "unittest", "pydoc_data",
    "pytest", "hypothesis", "reportlab", "PIL",
)  # fmt: skip
QT_LANGUAGES = ("en", "ko")  # the UI's languages: Qt's own texts in the others are left out


def data_arguments() -> list[str]:
    """What the bundle carries besides code, where viewer/resources.py looks when frozen."""
    pairs = [(ROOT / "resources", "resources"), (ROOT / "data", "data")]
    pairs += [(ROOT / "docs" / name, "docs") for name in ("guide.md", "guide.ko.md")]
    return [f"--add-data={source}{os.pathsep}{target}" for source, target in pairs]


def build() -> Path:
    """Run PyInstaller and lay the desktop files beside the executable."""
    entry = WORK / "timeline_viewer.py"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text("from viewer.app import main\n\nraise SystemExit(main())\n", encoding="utf-8")
    command = [
        sys.executable, "-m", "PyInstaller", str(entry), "--name", "timeline-viewer",
        "--onedir", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), "--specpath", str(WORK),
        "--paths", str(ROOT), "--icon", str(ICON),
        *data_arguments(), *(f"--exclude-module={name}" for name in UNUSED),
    ]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT)
    for catalogue in BUNDLE.rglob("PySide6/Qt/translations/*.qm"):
        if catalogue.stem.rsplit("_", 1)[-1] not in QT_LANGUAGES:
            catalogue.unlink()
    share = BUNDLE / "share"
    shutil.copytree(ROOT / "packaging" / "linux", share, dirs_exist_ok=True)
    shutil.copytree(ROOT / "resources" / "icons" / "app", share / "icons", dirs_exist_ok=True)
    shutil.copy2(ROOT / "packaging" / "install-linux.sh", BUNDLE / "install-linux.sh")
    return BUNDLE


def size(folder: Path) -> int:
    """Bytes in `folder` (a link to a library counts once, as its file)."""
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


if __name__ == "__main__":
    bundle = build()
    print(f"{bundle}: {size(bundle) / 1e6:.0f} MB")
