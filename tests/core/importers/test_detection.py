"""Which importer reads a file: by its suffix, else by what it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.importers.samples import TIMELINE_XML, TIMELINEJS_CSV, timelinejs_json, write
from viewer.core.importers import FORMATS, detect_format, import_file

TABLE = "날짜,제목\n2023-11-17,해임\n"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.json", timelinejs_json(), "timelinejs-json"),
        ("a.timeline", TIMELINE_XML, "timeline-xml"),
        ("a.xml", TIMELINE_XML, "timeline-xml"),
        ("a.csv", TIMELINEJS_CSV, "timelinejs-csv"),
        ("a.csv", TABLE, "csv"),
        ("a.tsv", TABLE.replace(",", "\t"), "csv"),
        ("a.txt", timelinejs_json(), "timelinejs-json"),
        ("a", "\ufeff  " + TIMELINE_XML, "timeline-xml"),
        ("a", TIMELINEJS_CSV, "timelinejs-csv"),
        ("A.JSON", "not json at all", "timelinejs-json"),
        ("a.csv", "\x89PNG\r\n\x1a\n", "csv"),
    ],
)
def test_detect_format(name: str, content: str, expected: str) -> None:
    assert detect_format(Path(name), content.encode("utf-8")) == expected
    assert expected in FORMATS


def test_a_format_given_is_used(tmp_path: Path) -> None:
    path = write(tmp_path, "sheet.csv", TIMELINEJS_CSV)
    assert import_file(path).format == "timelinejs-csv"
    report = import_file(path, format="csv", mapping={"title": "Headline", "date": "year"})
    assert report.format == "csv"
    assert report.timeline.events[0].title.get("ko") == "OpenAI 사태"


def test_an_unknown_format_or_a_mapping_for_another_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "story.json", timelinejs_json())
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        import_file(path, format="yaml")
    with pytest.raises(ValueError, match="a mapping is for the csv format"):
        import_file(path, mapping={"title": "headline"})


def test_sniff_names_the_format_and_a_tables_columns(tmp_path) -> None:
    from viewer.core.importers import sniff

    table = tmp_path / "t.csv"
    table.write_text("날짜,제목,출처\n2023-11-17,해임,기사\n", encoding="utf-8")
    assert sniff(table) == ("csv", ["날짜", "제목", "출처"])
    slides = tmp_path / "t.json"
    slides.write_text('{"events": []}', encoding="utf-8")
    assert sniff(slides) == ("timelinejs-json", [])
