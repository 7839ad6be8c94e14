"""The CSV tables, read back with the csv module: columns, dates, the BOM and the formula guard."""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path

import pytest

from tests.core.export.builders import BUNDLED_EVENTS, DATE_QUOTE, FORMULA_QUOTE, bundled, sample
from viewer.core.dates import parse_edtf
from viewer.core.export import CSV_ENCODING, ExportOptions, evidence_to_csv, to_csv, write_csv
from viewer.core.export.csv_export import EVENT_COLUMNS, EVIDENCE_COLUMNS, guard_cell
from viewer.core.model import Event, Evidence, LocalText, Timeline


def rows(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return list(reader)


def test_one_row_per_event_with_the_documented_columns() -> None:
    text = to_csv(sample(), ExportOptions())
    assert next(csv.reader(io.StringIO(text))) == list(EVENT_COLUMNS)
    table = rows(text)
    assert [row["id"] for row in table] == [
        "founded",
        "month-claim",
        "fired",
        "five-days",
        "background",
    ]
    month = table[1]
    assert (month["edtf"], month["earliest"], month["latest"], month["precision"]) == (
        "2023-11",
        "2023-11-01",
        "2023-11-30",
        "month",
    )
    assert (table[0]["earliest"], table[0]["latest"], table[0]["precision"]) == (
        "2015-01-01",
        "2015-12-31",
        "year",
    )
    assert (table[3]["edtf"], table[3]["latest"], table[3]["precision"]) == (
        "2023-11-17/2023-11-21",
        "2023-11-21",
        "day",
    )
    fired = table[2]
    assert fired["title_ko"] == "이사회, 올트먼 해고"
    assert fired["actors"] == "sam-altman;board"
    assert fired["tags"] == "leadership;governance"
    assert fired["sources"] == "news;blog"
    assert fired["first_quote"] == "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다."
    undated = table[4]
    assert (undated["edtf"], undated["earliest"], undated["precision"], undated["title_en"]) == (
        "",
        "",
        "",
        "",
    )
    assert undated["title_ko"] == "배경: 수츠케버"


def test_the_table_is_the_same_in_both_languages() -> None:
    assert to_csv(sample(), ExportOptions(lang="ko")) == to_csv(sample(), ExportOptions())


def test_open_ends_and_invalid_dates_leave_the_day_empty() -> None:
    timeline = Timeline(
        events=(
            Event("open-start", date="../2015"),
            Event("open-end", date="2024-09/.."),
            Event("bad", date="2023-13-45"),
        )
    )
    table = rows(to_csv(timeline, ExportOptions()))
    assert [(r["id"], r["earliest"], r["latest"], r["precision"]) for r in table] == [
        ("open-start", "", "2015-12-31", "year"),
        ("open-end", "2024-09-01", "", "month"),
        ("bad", "", "", ""),
    ]
    assert table[2]["edtf"] == "2023-13-45"  # shown as written


def test_one_row_per_quote_in_the_evidence_table() -> None:
    text = evidence_to_csv(sample(), ExportOptions())
    table = rows(text)
    assert next(csv.reader(io.StringIO(text))) == list(EVIDENCE_COLUMNS)
    assert [(row["event_id"], row["source"]) for row in table] == [
        ("founded", "ghost"),
        ("month-claim", "blog"),
        ("fired", "news"),
        ("fired", "blog"),
        ("five-days", "news"),
    ]
    assert table[1]["date"] == "2023-11"
    assert table[1]["date_quote"] == DATE_QUOTE  # the line break survives; "- " inside is no start
    assert table[4]["quote"] == '\'@SUM(1) 닷새, 그리고 "복귀", 끝'  # commas and quotes survive


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_cells_that_a_spreadsheet_would_run_start_with_a_quote(start: str) -> None:
    timeline = Timeline(
        events=(
            Event(
                f"{start}id",
                title=LocalText.of(f"{start}title"),
                evidence=(Evidence("s", f"{start}q"),),
            ),
        )
    )
    [row] = rows(to_csv(timeline, ExportOptions()))
    assert (row["id"], row["title_en"], row["first_quote"]) == (
        f"'{start}id",
        f"'{start}title",
        f"'{start}q",
    )
    [quote] = rows(evidence_to_csv(timeline, ExportOptions()))
    assert quote["quote"] == f"'{start}q"


def test_other_cells_are_left_as_they_are() -> None:
    assert guard_cell("2023-11-17") == "2023-11-17"
    assert guard_cell("직원 -700명") == "직원 -700명"
    assert guard_cell("'=quoted already") == "'=quoted already"
    assert guard_cell("") == ""
    evidence = rows(evidence_to_csv(sample(), ExportOptions()))
    assert [row["quote"] for row in evidence][2:4] == [
        "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다.",
        "'" + FORMULA_QUOTE,
    ]


def test_write_csv_adds_a_byte_order_mark_and_keeps_crlf(tmp_path: Path) -> None:
    text = to_csv(sample(), ExportOptions())
    path = tmp_path / "events.csv"
    write_csv(text, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,edtf,")
    assert b"\r\n" in raw and b"\r\r\n" not in raw
    with path.open(encoding=CSV_ENCODING, newline="") as file:
        assert file.read() == text


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_bundled_chronology_has_every_event_dated_rows_in_order(lang: str) -> None:
    timeline = bundled()
    table = rows(to_csv(timeline, ExportOptions(lang=lang)))
    assert len(table) == BUNDLED_EVENTS
    assert sorted(row["id"] for row in table) == sorted(event.id for event in timeline.events)
    keys = [_sort_key(row) for row in table if row["edtf"]]
    assert keys == sorted(keys) and len(keys) > BUNDLED_EVENTS // 2
    assert all(not row["edtf"] for row in table[len(keys) :])
    quotes = rows(evidence_to_csv(timeline, ExportOptions(lang=lang)))
    assert len(quotes) == sum(len(event.evidence) for event in timeline.events)


def _sort_key(row: dict[str, str]) -> datetime.date:
    # An open start sorts by its end, as the app does.
    day = row["earliest"] or row["latest"]
    assert day == parse_edtf(row["edtf"]).sort_key.isoformat()
    return datetime.date.fromisoformat(day)
