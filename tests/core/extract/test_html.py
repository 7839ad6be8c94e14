"""Saved news pages: the article's paragraphs, none of the page around them, and metadata."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.core.extract.builders import NOISE, PARAGRAPHS, TITLE, news_page, portal_page
from viewer.core.extract import ExtractError, extract_document
from viewer.core.extract.html import MAX_ELEMENTS

ARTICLE = "\n\n".join(PARAGRAPHS) + "\n"


def _write(tmp_path: Path, page: str, encoding: str = "utf-8", name: str = "기사.html") -> Path:
    path = tmp_path / name
    path.write_bytes(page.encode(encoding, "xmlcharrefreplace"))
    return path


def test_the_article_is_kept_and_the_page_around_it_left_out(tmp_path: Path) -> None:
    document = extract_document(_write(tmp_path, news_page()))
    assert document.text == ARTICLE
    assert [noise for noise in NOISE if noise in document.text] == []


def test_metadata_comes_from_json_ld_and_meta_tags(tmp_path: Path) -> None:
    document = extract_document(_write(tmp_path, news_page()))
    assert (document.title, document.author, document.publisher) == (TITLE, "김철수", "한빛일보")
    assert (document.published, document.language, document.format) == ("2023-11-22", "ko", "html")
    assert document.url == "https://news.example/article/2023112201"


def test_without_json_ld_the_meta_tags_serve(tmp_path: Path) -> None:
    document = extract_document(_write(tmp_path, news_page(json_ld=False)))
    # og:title carries the site's name, which is taken off
    assert (document.title, document.author, document.publisher) == (TITLE, "김철수", "한빛일보")
    assert document.published == "2023-11-22"


def test_without_any_metadata_the_page_itself_serves(tmp_path: Path) -> None:
    document = extract_document(_write(tmp_path, news_page(json_ld=False, meta=False)))
    assert document.title == TITLE  # the <h1>
    assert document.author == "김철수"  # the byline '김철수 기자'
    assert document.published == "2023-11-22"  # <time datetime>
    assert (document.publisher, document.url) == (None, None)
    assert document.text == ARTICLE


@pytest.mark.parametrize("label", ["euc-kr", "EUC-KR", "ks_c_5601-1987"])
def test_a_page_declared_euc_kr_is_decoded_as_browsers_do(tmp_path: Path, label: str) -> None:
    document = extract_document(_write(tmp_path, news_page(charset=label), "cp949"))
    assert document.text == ARTICLE
    # every Korean label names the same encoding (CP949 where the bytes need its extension)
    assert document.encoding == "euc-kr"
    assert document.notes == ("decoded as EUC-KR (Korean)",)


def test_the_declared_charset_is_used_where_detection_would_guess_wrong(tmp_path: Path) -> None:
    text = "Crème brûlée à la carte, naïve."
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{text}</p></body></html>'
    document = extract_document(_write(tmp_path, page, "cp1252", "cafe.html"))
    # charset-normalizer alone takes these bytes for Central European (ï becomes ď)
    assert document.text == text + "\n"
    assert document.encoding == "windows-1252"


def test_a_page_that_declares_the_wrong_charset_is_detected(tmp_path: Path) -> None:
    document = extract_document(_write(tmp_path, news_page(charset="utf-8"), "cp949"))
    assert document.text == ARTICLE
    assert document.encoding == "euc-kr"


def test_br_separated_paragraphs_stay_paragraphs(tmp_path: Path) -> None:
    document = extract_document(_write(tmp_path, portal_page()))
    paragraphs = document.text.rstrip("\n").split("\n\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in paragraphs
    assert "무단 전재" not in document.text  # the copyright line ending the article


def test_a_page_without_an_article_container_keeps_its_paragraphs(tmp_path: Path) -> None:
    page = (
        "<html><head><title>회의록</title></head><body><h1>회의록</h1>"
        "<p>오늘 회의에서는 예산안을 논의했다. 다음 회의는 금요일이다.</p>"
        "<p>참석자는 다섯 명이었다.</p></body></html>"
    )
    document = extract_document(_write(tmp_path, page))
    assert document.text.endswith(
        "오늘 회의에서는 예산안을 논의했다. 다음 회의는 금요일이다.\n\n참석자는 다섯 명이었다.\n"
    )
    assert document.title == "회의록"


def test_bylines_and_datelines_at_the_ends_are_left_out(tmp_path: Path) -> None:
    body = (
        '<p class="info">김철수 기자 입력 2023.11.22. 오전 10:31</p>'
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<p>김철수 기자 cskim@news.example</p>"
    )
    document = extract_document(_write(tmp_path, news_page(body=body)))
    assert document.text == ARTICLE


@pytest.mark.parametrize(
    ("page", "says"),
    [
        (
            "<html><body><nav><a href='/'>홈</a> <a href='/a'>정치 경제 사회 국제 문화 스포츠</a>"
            "</nav><footer>Copyright 한빛일보. 무단 전재 및 재배포 금지</footer></body></html>",
            "the page holds only menus, links or forms",
        ),
        ("<html><head><title>빈 쪽</title></head><body>  </body></html>", "the page has no text"),
        (
            "<html><body><script>var a = '본문처럼 보이는 스크립트';</script></body></html>",
            "no text",
        ),
    ],
)
def test_a_page_with_no_article_text_is_refused(tmp_path: Path, page: str, says: str) -> None:
    with pytest.raises(ExtractError, match=rf"^No article text found in '기사.html': .*{says}"):
        extract_document(_write(tmp_path, page))


def test_deeply_nested_html_neither_hangs_nor_crashes(tmp_path: Path) -> None:
    page = "<html><body>" + "<div>" * 100_000 + "깊은 본문" + "</div>" * 100_000 + "</body></html>"
    started = time.monotonic()
    with pytest.raises(ExtractError, match=r"No article text found"):
        extract_document(_write(tmp_path, page))
    assert time.monotonic() - started < 10


def test_moderately_nested_html_is_read(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = "<html><body>" + "<div>" * 200 + body + "</div>" * 200 + "</body></html>"
    assert extract_document(_write(tmp_path, page)).text == ARTICLE


def test_a_page_of_too_many_elements_is_written_out_whole_and_fast(tmp_path: Path) -> None:
    count = MAX_ELEMENTS + 10_000
    page = "<html><body><nav>메뉴 링크</nav><article>" + "<p>짧은 문장입니다.</p>" * count
    started = time.monotonic()
    document = extract_document(_write(tmp_path, page + "</article></body></html>"))
    assert time.monotonic() - started < 15
    assert document.text.count("짧은 문장입니다.") == count
    assert "메뉴 링크" not in document.text
    assert document.notes == (
        "the page has more than 50,000 elements, too many to pick out its article: all of its "
        "text outside menus and footers was kept",
    )


def test_an_xhtml_page_with_an_encoding_declaration_is_read(tmp_path: Path) -> None:
    page = '<?xml version="1.0" encoding="euc-kr"?>\n' + news_page(charset="euc-kr")
    document = extract_document(_write(tmp_path, page, "cp949", "기사.htm"))
    assert document.text == ARTICLE


def test_a_tag_with_attributes_by_the_ten_thousand_is_refused(tmp_path) -> None:
    attributes = " ".join(f'a{i}="x"' for i in range(20_000))
    page = tmp_path / "odd.html"
    page.write_text(f"<html><body><p {attributes}>On November 17, 2023.</p></body></html>")
    with pytest.raises(ExtractError, match="tag over 64 KB"):
        extract_document(page)
