"""Refresh the translation sources from the code and compile them.

    python packaging/update_translations.py

Runs pyside6-lupdate over viewer/ (new strings appear in resources/translations/*.ts, marked
unfinished until translated; English only translates plural forms, the rest falls back to the
source text) and pyside6-lrelease to build the .qm files the app loads. The .qm
files are committed, so installing the app needs no Qt tools.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    """The path of a PySide6 tool next to this Python, or on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    """Every Python file of the app, relative to the repository."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "viewer").rglob("*.py"))


def main() -> None:
    catalogues = sorted(TRANSLATIONS.glob("*.ts"))
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-ts",
            *(str(ts.relative_to(ROOT)) for ts in catalogues),
        ],
        cwd=ROOT,
        check=True,
    )
    for ts in catalogues:
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )


if __name__ == "__main__":
    main()
