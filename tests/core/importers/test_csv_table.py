"""Any CSV table: a mapping from its header, dates in common forms, actors, sources, quotes."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests.core.importers.samples import write
from viewer.core.importers import ImportFailed, guess_mapping, import_file
from viewer.core.model import Evidence, LocalText

TABLE = (
    "번호,날짜,종료일,제목,내용,인물,분류,유형,출처,인용,비고\n"
    "fired,2023-11-17,,이사회 올트먼 해임,이사회가 발표했다,샘 올트먼; 오픈AI 이사회,지배구조,사실,"
    'https://example.com/a,"오픈AI 이사회는 샘 올트먼을 해고했다.",메모\n'
    'back,2023년 11월 21일,,올트먼 복귀,,샘 올트먼,"지배구조, 복귀",claim,뉴스,'
    "올트먼이 CEO로 복귀했다.,\n"
    "with space,Nov 2023,,Month,,,,의견,뉴스,올트먼이 CEO로 복귀했다.,\n"
    ",2023/11/17,17.11.2023,Same day,,,,,,,\n"
    ",2015,2018,Years,,,,,,,\n"
    ",2023-11-17 14:30,,Timed,,,,,,,\n"
    ",someday,,Bad date,,,,소문,,,\n"
    ",2023-11-22,,,요약만 있다,,,,,인용만 있다,\n"
    ",,,Source only,,,,,뉴스2,,\n"
)


@pytest.fixture
def report(tmp_path: Path):
    return import_file(write(tmp_path, "table.csv", TABLE))


def by_title(report, title: str):
    return next(e for e in report.timeline.events if e.title == LocalText.of(title))


def test_the_mapping_is_guessed_from_korean_and_english_names() -> None:
    header = [
        "번호",
        "날짜",
        "종료일",
        "제목",
        "내용",
        "인물",
        "분류",
        "유형",
        "출처",
        "인용",
        "비고",
    ]
    assert guess_mapping(header) == {
        "id": "번호",
        "date": "날짜",
        "end_date": "종료일",
        "title": "제목",
        "summary": "내용",
        "actors": "인물",
        "tags": "분류",
        "kind": "유형",
        "source": "출처",
        "quote": "인용",
    }
    english = ["When", " Headline ", "Title (KO)", "Description", "People", "Source", "Quote"]
    assert guess_mapping(english) == {
        "date": "When",
        "title": " Headline ",
        "title_ko": "Title (KO)",
        "summary": "Description",
        "actors": "People",
        "source": "Source",
        "quote": "Quote",
    }


def test_a_row_maps_every_field(report) -> None:
    assert report.format == "csv"
    fired = report.timeline.events[0]
    assert fired.id == "fired"
    assert fired.date == "2023-11-17"
    assert fired.title == LocalText.of("이사회 올트먼 해임")
    assert fired.summary == LocalText.of("이사회가 발표했다")
    assert fired.tags == ("지배구조",)
    assert fired.kind == "fact"
    actors = report.timeline.actors_by_id
    assert [actors[a].name for a in fired.actors] == [
        LocalText.of("샘 올트먼"),
        LocalText.of("오픈AI 이사회"),
    ]
    (evidence,) = fired.evidence
    source = report.timeline.sources_by_id[evidence.source]
    assert source.url == "https://example.com/a"
    assert evidence == Evidence(source=source.id, quote="오픈AI 이사회는 샘 올트먼을 해고했다.")
    assert dict(fired.extra) == {"비고": "메모"}  # the unmapped column


def test_lists_kinds_and_shared_records(report) -> None:
    back = by_title(report, "올트먼 복귀")
    assert back.date == "2023-11-21"
    assert back.tags == ("지배구조", "복귀")  # commas where a cell has no semicolon
    assert back.kind == "claim"
    fired = report.timeline.events[0]
    assert back.actors == fired.actors[:1]  # one actor record for one name
    assert len(report.timeline.actors) == 2
    month = by_title(report, "Month")
    assert month.kind == "opinion"
    assert month.evidence[0].source == back.evidence[0].source  # one source record a name


@pytest.mark.parametrize(
    ("title", "date"),
    [
        ("Month", "2023-11"),
        ("Same day", "2023-11-17"),
        ("Years", "2015/2018"),
        ("Timed", "2023-11-17"),
    ],
)
def test_dates_in_common_forms_keep_their_precision(report, title: str, date: str) -> None:
    assert by_title(report, title).date == date


def test_a_time_of_day_is_kept(report) -> None:
    assert dict(by_title(report, "Timed").extra)["time"] == "14:30"


def test_what_cannot_be_used_is_kept_under_its_column_and_warned(report) -> None:
    bad = by_title(report, "Bad date")
    assert bad.date is None
    assert dict(bad.extra) == {"날짜": "someday", "유형": "소문"}
    assert bad.kind == "fact"
    spaced = by_title(report, "Month")
    assert spaced.id == "with-space" and dict(spaced.extra)["번호"] == "with space"
    summary_only = by_title(report, "요약만 있다")
    assert dict(summary_only.extra)["인용"] == "인용만 있다"  # a quote without a source
    source_only = by_title(report, "Source only")
    assert source_only.evidence == () and dict(source_only.extra)["출처"] == "뉴스2"
    lines = {p.line for p in report.warnings}
    assert lines == {4, 8, 9, 10}  # the rows of the id, the date and kind, the quote, the source
    assert sum("someday" in p.message for p in report.warnings) == 1


def test_nothing_is_dropped_silently(report) -> None:
    rows = TABLE.count("\n") - 1
    assert report.records == report.imported == rows == len(report.timeline.events)


def test_each_source_gets_a_text_of_its_quotes(report) -> None:
    sources = {s.title.get("ko") or s.url: s for s in report.timeline.sources}
    news = sources["뉴스"]
    assert news.file == f"sources/{news.id}.txt"
    assert news.url is None
    # the same quote twice is written once, so that it anchors once
    assert report.source_texts[news.id] == "올트먼이 CEO로 복귀했다.\n"
    assert report.source_texts[sources["뉴스2"].id] == "\n"
    assert any("sources made of the source column" in note for note in report.notes)


def test_titles_in_two_languages(tmp_path: Path) -> None:
    data = "date,title_en,title_ko\n2023,Fired,해임\n2024,,복귀\n"
    report = import_file(write(tmp_path, "t.csv", data))
    first, second = report.timeline.events
    assert first.title == LocalText.of({"en": "Fired", "ko": "해임"})
    assert second.title == LocalText.of({"ko": "복귀"})


def test_a_mapping_given_is_used(tmp_path: Path) -> None:
    data = "when,what,who\n2023-11-17,Fired,a;b\n"
    mapping = {"date": "WHEN", "title": "what", "actors": "who"}
    report = import_file(write(tmp_path, "t.csv", data), mapping=mapping)
    (event,) = report.timeline.events
    assert (event.date, event.title, event.actors) == (
        "2023-11-17",
        LocalText.of("Fired"),
        ("a", "b"),
    )


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"title": "nope"}, "no column 'nope'"),
        ({"colour": "when"}, "names the field 'colour'"),
        ({"date": "when"}, "no column gives the events' titles"),
    ],
)
def test_a_mapping_that_cannot_be_used_is_refused(tmp_path: Path, mapping, message) -> None:
    path = write(tmp_path, "t.csv", "when,what\n2023,x\n")
    with pytest.raises(ImportFailed, match=message):
        import_file(path, mapping=mapping)


def test_a_table_with_no_title_column_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="no column gives the events' titles") as failure:
        import_file(write(tmp_path, "t.csv", "a,b\n1,2\n"))
    assert failure.value.problem.line == 1


ROWS = "날짜,제목\n2023-11-17,올트먼 해임\n2023-11-21,올트먼 복귀\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ROWS.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ROWS.encode("utf-8"), "utf-8"),
        (ROWS.encode("utf-16"), "utf-16"),  # with a byte-order mark
        (ROWS.encode("cp949"), "euc-kr"),
        (ROWS.replace("해임", "똠방").encode("cp949"), "cp949"),  # 똠 is CP949's alone
    ],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    report = import_file(write(tmp_path, "t.csv", data))
    assert report.encoding == encoding
    assert report.timeline.events[1].title == LocalText.of("올트먼 복귀")
    assert report.warnings == []


def test_a_guessed_encoding_is_warned(tmp_path: Path) -> None:
    data = "date,title\n2023,Café crème à la carte déjà vu\n".encode("cp1252")
    report = import_file(write(tmp_path, "t.csv", data))
    # a detector may take this for another Latin encoding: that is why the guess is warned
    assert report.timeline.events[0].title.get("en").startswith("Caf")
    (warning,) = report.warnings
    assert f"read as {report.encoding}, a guess" in warning.message
