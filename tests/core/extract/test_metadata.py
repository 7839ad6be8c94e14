"""Metadata values: dates become EDTF, names and titles lose their filler, and what cannot be
trusted becomes None."""

from __future__ import annotations

import datetime

import pytest

from viewer.core.extract.cleaning import clean_text
from viewer.core.extract.language import guess_language, language_code
from viewer.core.extract.metadata import clean_author, clean_title, clean_url, edtf_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-11-22", "2023-11-22"),
        ("2023-11-22T10:31:00+09:00", "2023-11-22"),
        ("2023-11-22T23:30:00-05:00", "2023-11-22"),  # the publisher's own day, not UTC's
        ("2023-11", "2023-11"),
        ("2023", "2023"),
        ("20231122", "2023-11-22"),
        ("D:20231122103100+09'00'", "2023-11-22"),
        ("D:2023", "2023"),
        ("2023.11.22", "2023-11-22"),
        ("2023. 11. 22. 오전 10:31", "2023-11-22"),
        ("2023년 11월 22일", "2023-11-22"),
        ("2023/1/5", "2023-01-05"),
        ("Wed, 22 Nov 2023 10:31:00 +0900", "2023-11-22"),
        ("November 22, 2023", "2023-11-22"),
        ("22 Nov. 2023", "2023-11-22"),
        (datetime.date(2023, 11, 22), "2023-11-22"),
        (2023, "2023"),
    ],
)
def test_dates_become_edtf(value: object, expected: str) -> None:
    assert edtf_date(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", "어제", "2023-13-01", "2023-02-30", "0000-01-01", "9999-01-01", None, True, 3.5, 12],
)
def test_what_is_not_a_date_is_none(value: object) -> None:
    assert edtf_date(value) is None


def test_a_date_in_the_future_is_not_a_publication_date() -> None:
    next_year = datetime.date.today().year + 1
    assert edtf_date(f"{next_year}-06-01") is None
    assert edtf_date(datetime.date.today().isoformat()) == datetime.date.today().isoformat()


def test_file_dates_before_the_earliest_year_are_not_trusted() -> None:
    assert edtf_date("1601-01-01T00:00:00Z", earliest=1990) is None
    assert edtf_date("1601-01-01T00:00:00Z") == "1601-01-01"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("김철수 기자", "김철수"),
        ("김철수 선임기자 cskim@news.example", "김철수"),
        (["김철수 기자", "이영희 특파원"], "김철수, 이영희"),
        ("By Jane Doe and John Roe", "Jane Doe, John Roe"),
        ("https://www.facebook.com/news", None),
        ("admin", None),
        ("", None),
        (None, None),
        ([{"name": "x"}], None),
    ],
)
def test_authors_are_cleaned(value: object, expected: str | None) -> None:
    assert clean_author(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  오픈AI,\n올트먼 복귀  ", "오픈AI, 올트먼 복귀"),
        ("Microsoft Word - 보고서 초안", "보고서 초안"),
        ("Untitled", None),
        ("제목 없음", None),
        ("보고서_최종.hwp", None),
        ("x" * 301, None),
        (42, None),
    ],
)
def test_titles_are_cleaned(value: object, expected: str | None) -> None:
    assert clean_title(value) == expected


def test_only_absolute_web_urls_are_kept() -> None:
    assert clean_url(" https://news.example/a?b=1 ") == "https://news.example/a?b=1"
    assert clean_url("/article/1") is None
    assert clean_url("javascript:alert(1)") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("오픈AI 이사회는 샘 올트먼 CEO를 해임했다.", "ko"),
        ("漢字가 섞인 國漢文 混用 문장이다.", "ko"),
        ("東京は晴れです。明日は雨でしょう。", "ja"),
        ("北京是中国的首都。", "zh"),
        ("The board of OpenAI removed Sam Altman as chief executive on Friday.", "en"),
        ("Le conseil d'administration a renvoyé son directeur vendredi soir.", None),
        ("12345 --- !!!", None),
    ],
)
def test_the_language_is_guessed_from_the_script(text: str, expected: str | None) -> None:
    assert guess_language(text) == expected


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("ko-KR", "ko"), ("en_US", "en"), ("KO", "ko"), ("", None), ("한국어", None)],
)
def test_language_tags_become_codes(tag: str, expected: str | None) -> None:
    assert language_code(tag) == expected


def test_clean_text_leaves_one_blank_line_between_paragraphs() -> None:
    assert clean_text("가\n\n\n\n나\n\n다\u2028라\x0c마\n\n") == "가\n\n나\n\n다\n라\n마\n"
    assert clean_text(" \n\t\n") == ""
    assert clean_text("\ud800깨진 대리 문자") == "\ufffd깨진 대리 문자\n"
