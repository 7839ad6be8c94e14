"""Refresh the translation sources from the code and compile them.

    python packaging/update_translations.py

Runs pyside6-lupdate over viewer/ (new strings appear in resources/translations/*.ts, marked
unfinished until translated; English only translates plural forms, the rest falls back to the
source text), then tidies the catalogues:

- a string that moved to another class keeps its translation: an unfinished message whose
  source text is translated elsewhere in the same catalogue takes that translation;
- English plural forms are written from the "(s)" convention ("%n event(s)" becomes
  "%n event" and "%n events");
- messages that no longer occur in the code are dropped.

Finally pyside6-lrelease builds the .qm files the app loads. The .qm files are committed, so
installing the app needs no Qt tools. What is still unfinished is listed: translate it in the
.ts file (Qt Linguist or any editor) and run this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
_GONE = ("vanished", "obsolete")


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


def english_plurals(source: str) -> tuple[str, str] | None:
    """The singular and plural of a "(s)" source text, or None when it has no "(s)"."""
    if "(s)" not in source:
        return None
    return source.replace("(s)", ""), source.replace("(s)", "s")


def tidy(ts: Path) -> list[str]:
    """Carry moved translations, fill English plurals, drop gone messages; return what is
    still unfinished."""
    tree = ET.parse(ts)
    english = ts.stem.endswith("_en")
    known: dict[tuple[str, bool], ET.Element] = {}
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is not None
            and translation.get("type") in (None, *_GONE)
            and "".join(translation.itertext()).strip()
        ):
            known.setdefault(_key(message), translation)
    unfinished = []
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in _GONE:
                context.remove(message)
            elif kind == "unfinished" and not _fill(
                message, translation, known.get(_key(message)), english
            ):
                unfinished.append(message.findtext("source") or "")
        if not context.findall("message"):
            tree.getroot().remove(context)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return unfinished


def _key(message: ET.Element) -> tuple[str, bool]:
    return message.findtext("source") or "", message.get("numerus") == "yes"


def _fill(
    message: ET.Element, translation: ET.Element, known: ET.Element | None, english: bool
) -> bool:
    source = message.findtext("source") or ""
    if english:
        if message.get("numerus") != "yes":
            return True  # English falls back to the source text
        forms = english_plurals(source)
        if forms is None:
            return False  # plural forms without "(s)" are written by hand
        _set_forms(translation, list(forms))
        return True
    if known is None:
        return False
    if message.get("numerus") == "yes":
        _set_forms(translation, [form.text or "" for form in known.findall("numerusform")])
    else:
        translation.text = known.text
    translation.attrib.pop("type", None)
    return True


def _set_forms(translation: ET.Element, forms: list[str]) -> None:
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    for text in forms:
        ET.SubElement(translation, "numerusform").text = text
    translation.attrib.pop("type", None)


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
        for source in tidy(ts):
            print(f"{ts.name}: untranslated: {' '.join(source.split())}")
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )


if __name__ == "__main__":
    main()
