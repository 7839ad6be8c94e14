"""PDFs: the text layer as paragraphs, Korean included; running headers and page numbers left
out; scanned, encrypted and damaged files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.extract.builders import ENGLISH, PARAGRAPHS, make_pdf
from viewer.core.extract import ExtractError, extract_document
from viewer.core.extract.pdf_layout import Line, Page, paragraphs_of, remove_running_lines


def _paragraphs(text: str) -> list[str]:
    return text.rstrip("\n").split("\n\n")


@pytest.mark.parametrize("font", ["HYSMyeongJo-Medium", "HYGothic-Medium"])
def test_korean_paragraphs_come_out_whole(tmp_path: Path, font: str) -> None:
    path = make_pdf(
        tmp_path / "기사.pdf", PARAGRAPHS, font=font, title="오픈AI 사태", author="김철수"
    )
    document = extract_document(path)
    assert _paragraphs(document.text) == PARAGRAPHS
    assert (document.title, document.author, document.language) == ("오픈AI 사태", "김철수", "ko")
    assert document.format == "pdf"
    assert document.published is not None  # the creation date, with a note saying so
    assert document.notes == (
        "the publication date is the date the PDF was made, from its properties: check it",
    )


def test_paragraphs_marked_by_indent_alone_are_told_apart(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "들여쓰기.pdf", PARAGRAPHS, first_indent=11, space_after=0)
    assert _paragraphs(extract_document(path).text) == PARAGRAPHS


def test_a_paragraph_goes_on_across_pages_and_page_furniture_is_dropped(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "긴 문서.pdf", PARAGRAPHS, repeat=20, header="한빛일보 특집 2023년 11월 22일"
    )
    document = extract_document(path)
    assert _paragraphs(document.text) == PARAGRAPHS * 20
    assert "한빛일보 특집" not in document.text  # the running header
    assert "- 3 -" not in document.text  # a page number


def test_character_wrapped_korean_keeps_every_letter(tmp_path: Path) -> None:
    # Lines that break inside words join with a space (a PDF cannot tell such a break from a
    # break at a space); no letter is lost or doubled.
    path = make_pdf(tmp_path / "글자.pdf", PARAGRAPHS, font="HYGothic-Medium", cjk_wrap=True)
    found = _paragraphs(extract_document(path).text)
    assert [p.replace(" ", "") for p in found] == [p.replace(" ", "") for p in PARAGRAPHS]


def test_an_english_pdf(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "en.pdf", ENGLISH, font="Helvetica", title="OpenAI crisis")
    document = extract_document(path)
    assert _paragraphs(document.text) == ENGLISH
    assert (document.title, document.language) == ("OpenAI crisis", "en")


def test_the_language_the_pdf_declares_wins_over_the_guess(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "lang.pdf"
    drawing = canvas.Canvas(str(path), lang="ko-KR")
    drawing.drawString(72, 700, "The board met on Friday and it was in the news.")
    drawing.save()
    assert extract_document(path).language == "ko"  # the script alone would say English


def test_a_pdf_without_a_text_layer_needs_ocr(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "스캔.pdf"
    drawing = canvas.Canvas(str(path))
    drawing.rect(50, 50, 300, 400, fill=1)  # a page that is a picture and nothing else
    drawing.showPage()
    drawing.save()
    with pytest.raises(
        ExtractError, match=r"^No text found in '스캔.pdf': scanned documents need OCR first.$"
    ):
        extract_document(path)


def test_pages_without_text_are_counted_in_the_notes(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
    path = tmp_path / "일부.pdf"
    drawing = canvas.Canvas(str(path))
    drawing.setFont("HYGothic-Medium", 12)
    drawing.drawString(72, 700, "첫 쪽에만 글이 있다.")
    drawing.showPage()
    drawing.rect(50, 50, 300, 400, fill=1)
    drawing.showPage()
    drawing.save()
    document = extract_document(path)
    assert document.text == "첫 쪽에만 글이 있다.\n"
    assert "1 of 2 pages have no text (scanned pages need OCR first)" in document.notes


def _encrypted(path: Path, user_password: str) -> Path:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
    encryption = pdfencrypt.StandardEncryption(user_password, "owner", canPrint=0, strength=128)
    drawing = canvas.Canvas(str(path), encrypt=encryption)
    drawing.setFont("HYGothic-Medium", 12)
    drawing.drawString(72, 700, "인쇄가 금지된 문서입니다.")
    drawing.save()
    return path


def test_a_password_protected_pdf_is_refused_saying_so(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "비밀.pdf", user_password="secret")
    with pytest.raises(ExtractError, match=r"^'비밀.pdf' is password-protected"):
        extract_document(path)


def test_a_pdf_that_only_forbids_printing_is_read(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "인쇄금지.pdf", user_password="")
    assert extract_document(path).text == "인쇄가 금지된 문서입니다.\n"


@pytest.mark.parametrize("cut", [0.3, 0.6])
def test_a_truncated_pdf_is_damaged(tmp_path: Path, cut: float) -> None:
    whole = make_pdf(tmp_path / "whole.pdf", PARAGRAPHS).read_bytes()
    path = tmp_path / "잘림.pdf"
    path.write_bytes(whole[: int(len(whole) * cut)])
    with pytest.raises(ExtractError, match=r"^'잘림.pdf' is damaged or is not a PDF document.$"):
        extract_document(path)


def test_a_text_file_named_pdf_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "가짜.pdf"
    path.write_text("PDF가 아니라 그냥 글입니다.", encoding="utf-8")
    with pytest.raises(ExtractError, match=r"is damaged or is not a PDF document"):
        extract_document(path)


# -- the layout rules, on lines made by hand --------------------------------------------------


def _line(text: str, top: float, left: float = 72, right: float = 520) -> Line:
    return Line(text, left, top - 11, right, top, size=11, first_word=30)


def test_a_line_that_ends_short_ends_its_paragraph() -> None:
    lines = [
        _line("첫 문단의 첫 줄은 끝까지 간다", 700),
        _line("첫 문단의 끝.", 684, right=200),  # room left for the next word: a break
        _line("둘째 문단은 끝까지 가는 줄로", 668),
        _line("이어진다.", 652, right=150),
    ]
    assert paragraphs_of([Page(lines, 842)]) == [
        "첫 문단의 첫 줄은 끝까지 간다 첫 문단의 끝.",
        "둘째 문단은 끝까지 가는 줄로 이어진다.",
    ]


def test_a_wider_gap_between_lines_ends_a_paragraph() -> None:
    lines = [
        _line("하나", 700),
        _line("둘", 684),
        _line("셋", 668),
        _line("넷", 640),
        _line("다섯", 624),
    ]
    assert paragraphs_of([Page(lines, 842)]) == ["하나 둘 셋", "넷 다섯"]


def test_chinese_and_japanese_lines_join_without_a_space() -> None:
    lines = [_line("東京は晴れ", 700), _line("です。", 684, right=150)]
    assert paragraphs_of([Page(lines, 842)]) == ["東京は晴れです。"]


def test_page_numbers_and_recurring_headers_are_removed() -> None:
    pages = [
        Page([_line("한빛일보 특집", 820), _line(f"본문 {n}쪽의 글", 700), _line(str(n), 40)], 842)
        for n in range(1, 5)
    ]
    remove_running_lines(pages)
    assert [[line.text for line in page.lines] for page in pages] == [
        [f"본문 {n}쪽의 글"] for n in range(1, 5)
    ]
