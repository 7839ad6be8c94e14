"""Make the Korean fallback font the app ships, from NanumGothic (SIL Open Font License 1.1).

    python packaging/make_font.py [NanumGothic.ttf]

Reads NanumGothic.ttf (Debian's fonts-nanum puts it in /usr/share/fonts/truetype/nanum/),
keeps Latin, punctuation, Hangul (every syllable and jamo) and the CJK ideographs the font has
(Hanja), drops the hinting, and renames the family: the licence reserves the name NanumGothic
for the original, so a modified version takes a name of its own. Writes
resources/fonts/TimelineViewerGothic.ttf; needs fontTools (pip install fonttools), which the
app itself does not.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
TARGET = ROOT / "resources" / "fonts" / "TimelineViewerGothic.ttf"
FAMILY = "Timeline Viewer Gothic"
UNICODES = (
    "U+0020-007E,U+00A0-00FF,U+1100-11FF,U+2000-206F,U+3000-303F,U+3130-318F,U+3200-32FF,"
    "U+4E00-9FFF,U+A960-A97F,U+AC00-D7A3,U+D7B0-D7FF,U+F900-FAFF,U+FF00-FFEF"
)


def make(source: Path, target: Path) -> None:
    """Subset `source` to the characters above and rename it, into `target`."""
    options = subset.Options()
    options.hinting = False
    options.name_languages = ["*"]
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)
    for table in ("TSI0", "TSI1", "TSI2", "TSI3", "TSI5"):  # the hinting tool's own sources
        if table in font:
            del font[table]
    names = font["name"]
    names.names = [record for record in names.names if record.nameID not in (1, 3, 4, 6, 16, 17)]
    for name_id, text in (
        (1, FAMILY),
        (3, f"{FAMILY} Regular; subset of NanumGothic"),
        (4, FAMILY),
        (6, FAMILY.replace(" ", "")),
    ):
        names.setName(text, name_id, 3, 1, 0x409)
        names.setName(text, name_id, 1, 0, 0)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)


if __name__ == "__main__":
    make(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE, TARGET)
    print(f"{TARGET}: {TARGET.stat().st_size / 1e6:.2f} MB")
