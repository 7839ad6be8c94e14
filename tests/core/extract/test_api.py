"""The entry points: one ExtractError, naming the file, for every way a document can fail;
the limits; and pasting from the clipboard."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.core.extract.builders import NOISE, PARAGRAPHS, TITLE, news_page
from viewer.core.extract import (
    MAX_INPUT_BYTES,
    MAX_TEXT_BYTES,
    SUPPORTED_SUFFIXES,
    ExtractError,
    extract_clipboard_text,
    extract_document,
)
from viewer.core.extract import api as api_module
from viewer.core.validation import MAX_SOURCE_BYTES


def test_the_text_limit_is_the_source_limit() -> None:
    assert MAX_TEXT_BYTES == MAX_SOURCE_BYTES == 64 * 2**20
    assert MAX_INPUT_BYTES == 100 * 2**20


@pytest.mark.parametrize("name", ["문서.hwp", "사진.png", "README"])
def test_an_unsupported_suffix_is_refused_naming_the_supported_ones(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_text("내용", encoding="utf-8")
    with pytest.raises(ExtractError) as caught:
        extract_document(path)
    message = str(caught.value)
    assert message.startswith(f"'{name}' cannot be used as a source: ")
    assert message.endswith("only .txt, .md, .markdown, .html, .htm, .docx, .pdf.")


def test_suffixes_are_matched_whatever_their_case(tmp_path: Path) -> None:
    path = tmp_path / "메모.TXT"
    path.write_text("대문자 확장자\n", encoding="utf-8")
    assert extract_document(path).text == "대문자 확장자\n"
    assert ".txt" in SUPPORTED_SUFFIXES


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
@pytest.mark.parametrize("content", [b"", b"  \r\n\t\n"])
def test_an_empty_file_is_refused(tmp_path: Path, suffix: str, content: bytes) -> None:
    path = tmp_path / f"빈{suffix}"
    path.write_bytes(content)
    with pytest.raises(ExtractError, match=rf"^'빈{suffix}' is empty.$"):
        extract_document(path)


def test_a_file_with_nothing_but_a_bom_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode("utf-16"))
    with pytest.raises(ExtractError, match=r"^No text found in 'bom.txt'.$"):
        extract_document(path)


def test_missing_files_and_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ExtractError, match=r"^'없음.txt' does not exist.$"):
        extract_document(tmp_path / "없음.txt")
    (tmp_path / "폴더.txt").mkdir()
    with pytest.raises(ExtractError, match=r"^'폴더.txt' is a folder, not a document.$"):
        extract_document(tmp_path / "폴더.txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_never_opened(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(ExtractError, match=r"is not a regular file"):
        extract_document(path)  # opening it would block for ever


def test_a_file_over_the_input_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "큰 파일.pdf"
    with path.open("wb") as file:
        file.truncate(MAX_INPUT_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(
        ExtractError, match=r"^'큰 파일.pdf' is larger than 100 MB, the limit for a document.$"
    ):
        extract_document(path)


def test_text_over_the_source_limit_is_refused_saying_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "긴 글.txt"
    line = ("가나다라마바사 " * 1000 + "\n").encode()
    path.write_bytes(line * (MAX_TEXT_BYTES // len(line) + 1))
    assert path.stat().st_size <= MAX_INPUT_BYTES
    with pytest.raises(
        ExtractError,
        match=r"^The text of '긴 글.txt' is larger than 64 MB, the limit for a source.$",
    ):
        extract_document(path)


def test_a_library_failure_becomes_an_extract_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(data: bytes, name: str) -> None:
        raise KeyError("/Root")

    monkeypatch.setitem(api_module._EXTRACTORS, ".pdf", broken)
    path = tmp_path / "문서.pdf"
    path.write_bytes(b"%PDF-1.4 ...")
    with pytest.raises(ExtractError, match=r"^'문서.pdf' could not be read: '/Root'.$") as caught:
        extract_document(path)
    assert isinstance(caught.value.__cause__, KeyError)  # kept for the error log


def test_a_name_with_a_line_break_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "둘째\n줄.txt"
    path.write_bytes(b"")
    with pytest.raises(ExtractError, match=r"^'둘째\\n줄.txt' is empty.$"):
        extract_document(path)


# -- the clipboard ----------------------------------------------------------------------------


def test_pasted_plain_text_is_cleaned() -> None:
    document = extract_clipboard_text("첫 문단\r\n\r\n\r\n둘째 문단  \r\n")
    assert document.text == "첫 문단\n\n둘째 문단\n"
    assert (document.format, document.encoding, document.language) == ("txt", None, "ko")
    assert document.title == "첫 문단", "a first line standing alone is the headline"
    assert extract_clipboard_text("한 문장으로 된 글이다.\n").title is None


def test_pasted_html_keeps_its_paragraphs() -> None:
    html = (
        "<html><body><!--StartFragment--><p>"
        + PARAGRAPHS[0]
        + "</p><p>"
        + PARAGRAPHS[1]
        + "<br>줄바꿈 뒤</p><!--EndFragment--></body></html>"
    )
    plain = PARAGRAPHS[0] + "\n" + PARAGRAPHS[1] + "\n줄바꿈 뒤"
    document = extract_clipboard_text(plain, html)
    assert document.text == f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n줄바꿈 뒤\n"
    assert document.format == "html"


def test_html_that_lost_text_gives_way_to_the_plain_text() -> None:
    document = extract_clipboard_text(
        "그림 설명과 본문이 모두 있다.", "<img alt='그림'><p>본문</p>"
    )
    assert (document.text, document.format) == ("그림 설명과 본문이 모두 있다.\n", "txt")


def test_a_whole_pasted_page_gives_its_article() -> None:
    page = news_page()
    plain = "\n".join([TITLE, *PARAGRAPHS, *NOISE])
    document = extract_clipboard_text(plain, page)
    assert document.text == "\n\n".join(PARAGRAPHS) + "\n"
    assert (document.title, document.author, document.published) == (TITLE, "김철수", "2023-11-22")


@pytest.mark.parametrize(("text", "html"), [("", None), ("  \n", "<p> </p>"), ("", "<br>")])
def test_an_empty_clipboard_is_refused(text: str, html: str | None) -> None:
    with pytest.raises(ExtractError, match=r"^The clipboard holds no text to make a source of.$"):
        extract_clipboard_text(text, html)


def test_importing_the_extractors_loads_no_qt() -> None:
    import subprocess

    script = (
        "import sys, viewer.core.extract\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
