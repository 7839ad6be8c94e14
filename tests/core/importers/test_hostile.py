"""Input that cannot be imported is refused with a located message, quickly, reading nothing
it should not: malformed files, entity bombs, external entities, wrong encodings, files of
another kind, empty and oversized files."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from tests.core.importers.samples import write
from viewer.core.importers import MAX_INPUT_BYTES, ImportFailed, building, import_file


def failure(path: Path, **options) -> ImportFailed:
    with pytest.raises(ImportFailed) as caught:
        import_file(path, **options)
    assert caught.value.problem.is_error
    assert caught.value.problem.file == str(path)
    return caught.value


def test_malformed_json_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, "t.json", '{"events": [\n  {"text": {"headline": "a"},}\n]}')
    problem = failure(path).problem
    assert (problem.line, problem.column) == (2, 30)  # at the "}" after the comma
    assert "not valid JSON" in problem.message
    assert problem.format().startswith(f"{path}:2:30: error: ")


def test_malformed_xml_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, "t.timeline", "<timeline>\n<events>\n<event></events>\n</timeline>")
    problem = failure(path).problem
    assert problem.line == 3 and "mismatched tag" in problem.message


def test_malformed_csv_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", 'date,title\n2023,fine\n2024,"broken"quote\n')
    problem = failure(path).problem
    assert problem.line == 3 and "malformed" in problem.message


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<timeline><version>1.0.0</version><categories/><events><event>
<start>2012-07-04 00:00:00</start><end>2012-07-04 00:00:00</end><text>&lol9;</text>
</event></events></timeline>
"""


def test_an_entity_bomb_is_refused_quickly(tmp_path: Path) -> None:
    path = write(tmp_path, "bomb.timeline", BOMB)
    started = time.perf_counter()
    problem = failure(path).problem
    # a billion 'lol's would take minutes and gigabytes; refusing the DTD takes nothing
    assert time.perf_counter() - started < 1
    assert problem.line == 2 and "document type declaration" in problem.message


def test_an_external_entity_is_refused_and_not_read(tmp_path: Path) -> None:
    secret = write(tmp_path, "secret.txt", "TOP-SECRET-PASSWORD")
    text = f"""<?xml version="1.0"?>
<!DOCTYPE timeline [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>
<timeline><version>1.0.0</version><categories/><events><event>
<start>2012-07-04 00:00:00</start><end>2012-07-04 00:00:00</end><text>&leak;</text>
</event></events></timeline>
"""
    caught = failure(write(tmp_path, "leak.timeline", text))
    assert caught.problem.line == 2
    assert "TOP-SECRET" not in str(caught)


def test_an_undeclared_entity_is_not_well_formed(tmp_path: Path) -> None:
    path = write(tmp_path, "t.timeline", "<timeline>\n<version>&nbsp;</version></timeline>")
    problem = failure(path).problem
    assert problem.line == 2 and "undefined entity" in problem.message


def test_xml_of_another_kind_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "feed.xml", '<?xml version="1.0"?>\n<rss><channel/></rss>')
    assert "root element is <rss>" in failure(path).problem.message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[1, 2]", "the JSON is a list"),
        ('"events"', "a single value"),
        ('{"title": {"text": {"headline": "x"}}}', "it has no 'events' list"),
        ('{"events": {"a": 1}}', "it has no 'events' list"),
        # a vis.js timeline: items, but no TimelineJS slide among them
        ('{"events": [{"id": 1, "content": "A", "start": "2020-06-20"}]}', "none of its events"),
    ],
)
def test_json_that_is_no_timelinejs_file_is_refused(tmp_path: Path, content: str, message: str):
    assert message in failure(write(tmp_path, "t.json", content)).problem.message


def test_json_nested_too_deeply_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "t.json", '{"events": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert "nested too deeply" in failure(path).problem.message


def test_json_that_is_not_utf8_is_located(tmp_path: Path) -> None:
    text = '{"events": [\n{"text": {"headline": "올트먼 해임"}}]}'
    problem = failure(write(tmp_path, "t.json", text.encode("cp949"))).problem
    assert problem.line == 2 and "not UTF-8" in problem.message


def test_json_in_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = json.dumps({"events": [{"text": {"headline": "올트먼"}}]}, ensure_ascii=False)
    report = import_file(write(tmp_path, "t.json", text.encode("utf-16")))
    assert report.timeline.events[0].title.get("ko") == "올트먼"


def test_xml_whose_bytes_are_not_its_declared_encoding_is_located(tmp_path: Path) -> None:
    text = '<?xml version="1.0" encoding="utf-8"?>\n<timeline>\n<version>해임</version></timeline>'
    problem = failure(write(tmp_path, "t.timeline", text.encode("cp949"))).problem
    assert problem.line == 3 and "not well-formed" in problem.message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "is a PNG image"),
        (b"\xff\xfe" + "날짜,제목\n".encode("utf-16-le") + b"\x00\xd8", "UTF-16"),
        (bytes(range(256)) * 64, "not text"),
    ],
)
def test_csv_that_is_not_text_is_refused(tmp_path: Path, data: bytes, message: str) -> None:
    assert message in failure(write(tmp_path, "t.csv", data)).problem.message


@pytest.mark.parametrize("name", ["t.json", "t.csv", "t.timeline", "t.xml", "t"])
@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_an_empty_file_is_refused(tmp_path: Path, name: str, content: bytes) -> None:
    problem = failure(write(tmp_path, name, content)).problem
    assert problem.message == "the file is empty"


def test_a_file_over_64_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.truncate(70 * 2**20)  # sparse: 70 MB that take no room
    assert path.stat().st_size > MAX_INPUT_BYTES
    started = time.perf_counter()
    assert "larger than 64 MB" in failure(path).problem.message
    assert time.perf_counter() - started < 1


def test_a_pipe_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    assert "not a regular file" in failure(path).problem.message


def test_a_missing_file_or_a_folder_cannot_be_read(tmp_path: Path) -> None:
    assert "cannot read" in failure(tmp_path / "missing.csv").problem.message
    assert "cannot read" in failure(tmp_path).problem.message


def test_events_past_the_cap_are_counted_and_left_out_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(building, "MAX_EVENTS", 3)
    slides = [json.dumps({"text": {"headline": f"e{n}"}}) for n in range(5)]
    path = write(tmp_path, "t.json", '{"events": [\n' + ",\n".join(slides) + "\n]}")
    report = import_file(path)
    assert [e.title.get("en") for e in report.timeline.events] == ["e0", "e1", "e2"]
    assert (report.records, report.imported, report.skipped) == (5, 3, 2)
    (warning,) = report.warnings
    assert warning.line == 5  # the first slide left out
    assert "only the first 3 events" in warning.message and "the 2 records" in warning.message
