"""An import written as a new timeline folder loads back clean and in canonical form."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.importers.samples import (
    TIMELINE_XML,
    TIMELINEJS_CSV,
    timelinejs_json,
    unexpected,
    write,
)
from viewer.core.importers import import_file, write_import
from viewer.core.store import load_timeline
from viewer.core.writer import SaveError, dump_timeline

TABLE = (
    "날짜,제목,인물,출처,인용\n"
    "2023-11-17,해임,샘 올트먼,https://example.com/a,오픈AI 이사회는 샘 올트먼을 해고했다.\n"
    "2023-11-21,복귀,샘 올트먼,https://example.com/a,올트먼이 CEO로 복귀했다.\n"
    "2023-11-21,복귀 보도,,뉴스,올트먼이 CEO로 복귀했다.\n"
)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("story.json", timelinejs_json()),
        ("sheet.csv", TIMELINEJS_CSV),
        ("story.timeline", TIMELINE_XML),
        ("table.csv", TABLE),
    ],
)
def test_a_written_import_loads_back_clean(tmp_path: Path, name: str, content: str) -> None:
    report = import_file(write(tmp_path, name, content))
    timeline_file = write_import(report, tmp_path / "imported")
    result = load_timeline(timeline_file)
    assert unexpected(result) == []
    assert result.complete
    assert result.timeline.events == report.timeline.events  # extra keys and all
    assert result.timeline.extra == report.timeline.extra
    assert result.timeline.title == report.timeline.title
    # what was written is what the app writes: a save changes nothing
    assert dump_timeline(result.timeline) == timeline_file.read_text(encoding="utf-8")
    assert sorted(path.name for path in timeline_file.parent.iterdir()) == [
        "sources",
        "timeline.yaml",
    ]


def test_the_quotes_of_a_table_anchor_in_the_source_files_written(tmp_path: Path) -> None:
    report = import_file(write(tmp_path, "table.csv", TABLE))
    timeline_file = write_import(report, tmp_path / "imported")
    result = load_timeline(timeline_file)
    assert result.problems == []  # every event has evidence, and every quote is found
    files = sorted((timeline_file.parent / "sources").iterdir())
    assert [path.name for path in files] == ["example-com-a.txt", "뉴스.txt"]
    assert files[0].read_text(encoding="utf-8") == (
        "오픈AI 이사회는 샘 올트먼을 해고했다.\n\n올트먼이 CEO로 복귀했다.\n"
    )
    sources = result.timeline.sources
    assert [source.file for source in sources] == [
        "sources/example-com-a.txt",
        "sources/뉴스.txt",
    ]


def test_a_folder_that_holds_a_timeline_is_left_as_it_is(tmp_path: Path) -> None:
    report = import_file(write(tmp_path, "story.json", timelinejs_json()))
    folder = tmp_path / "existing"
    folder.mkdir()
    (folder / "timeline.yaml").write_text("schema: 1\n", encoding="utf-8")
    with pytest.raises(SaveError, match="already holds a timeline"):
        write_import(report, folder)
    assert (folder / "timeline.yaml").read_text(encoding="utf-8") == "schema: 1\n"
    assert sorted(path.name for path in folder.iterdir()) == ["timeline.yaml"]


def test_a_file_in_the_way_is_refused(tmp_path: Path) -> None:
    report = import_file(write(tmp_path, "story.json", timelinejs_json()))
    in_the_way = write(tmp_path, "taken", "not a folder")
    with pytest.raises(SaveError, match="is a file"):
        write_import(report, in_the_way)
    assert in_the_way.read_text(encoding="utf-8") == "not a folder"
