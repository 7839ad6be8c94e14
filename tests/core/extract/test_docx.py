"""Word documents: every paragraph and table row, tracked insertions, content controls and
text boxes included; properties as metadata; damaged, encrypted and bomb files refused."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from tests.core.extract.builders import DOCX_NS, PARAGRAPHS, docx_paragraph, make_docx
from viewer.core.extract import ExtractError, extract_document
from viewer.core.extract import docx as docx_module


def test_paragraphs_and_core_properties(tmp_path: Path) -> None:
    body = "".join(docx_paragraph(text) for text in PARAGRAPHS)
    path = make_docx(
        tmp_path / "보고서.docx",
        body,
        title="오픈AI 사태 보고서",
        creator="김철수",
        created="2023-11-22T01:00:00Z",
        modified="2023-11-23T08:00:00Z",
    )
    document = extract_document(path)
    assert document.text == "\n\n".join(PARAGRAPHS) + "\n"
    assert (document.title, document.author, document.published) == (
        "오픈AI 사태 보고서",
        "김철수",
        "2023-11-22",
    )
    assert (document.format, document.language, document.encoding) == ("docx", "ko", None)
    assert document.notes == (
        "the publication date is the date the document was created, from its properties: check it",
    )


def test_text_python_docx_would_miss_is_read(tmp_path: Path) -> None:
    body = (
        '<w:p><w:r><w:t>이사회는 </w:t></w:r><w:ins w:id="1" w:author="x"><w:r>'
        '<w:t>금요일에 </w:t></w:r></w:ins><w:del w:id="2" w:author="x"><w:r>'
        "<w:delText>삭제된 </w:delText></w:r></w:del><w:r><w:t>발표했다.</w:t></w:r></w:p>"
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>콘텐츠 컨트롤 안의 문장.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
        '<w:p><w:fldSimple w:instr="DATE"><w:r><w:t>2023-11-22</w:t></w:r></w:fldSimple>'
        "<w:r><w:t> 기준</w:t></w:r></w:p>"
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        "<w:p><w:r><w:t>글상자 안의 글</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>글상자 안의 글</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        "<w:r><w:t>본문</w:t><w:tab/><w:t>탭</w:t><w:br/><w:t>줄바꿈</w:t></w:r></w:p>"
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>쪽</w:t></w:r></w:p>'
    )
    document = extract_document(make_docx(tmp_path / "변경.docx", body))
    assert document.text == (
        "이사회는 금요일에 발표했다.\n\n콘텐츠 컨트롤 안의 문장.\n\n2023-11-22 기준\n\n"
        "글상자 안의 글\n\n본문\t탭\n줄바꿈\n\n7쪽\n"
    )


def test_tables_become_rows_of_tab_separated_cells(tmp_path: Path) -> None:
    def cell(*texts: str) -> str:
        return "<w:tc>" + "".join(docx_paragraph(text) for text in texts) + "</w:tc>"

    body = (
        docx_paragraph("일지")
        + "<w:tbl><w:tr>"
        + cell("날짜")
        + cell("사건")
        + "</w:tr><w:tr>"
        + cell("11월 17일")
        + cell("해임", "발표")
        + "</w:tr><w:tr>"
        + cell("")
        + cell("")
        + "</w:tr></w:tbl>"
        + docx_paragraph("끝.")
    )
    document = extract_document(make_docx(tmp_path / "표.docx", body))
    assert document.text == "일지\n\n날짜\t사건\n\n11월 17일\t해임 발표\n\n끝.\n"


def test_footnotes_are_added_at_the_end(tmp_path: Path) -> None:
    footnotes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>로이터 보도.</w:t></w:r></w:p>'
        "</w:footnote>"
    )
    path = make_docx(tmp_path / "각주.docx", docx_paragraph("본문."), footnotes=footnotes)
    document = extract_document(path)
    assert document.text == "본문.\n\n로이터 보도.\n"
    assert document.notes == ("1 footnote or endnote paragraphs were added at the end",)


def test_the_title_style_gives_the_title_when_the_properties_do_not(tmp_path: Path) -> None:
    styles = '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>'
    body = docx_paragraph("머리말") + docx_paragraph("닷새간의 혼란", style="a3")
    path = make_docx(tmp_path / "제목.docx", body, styles=styles, creator="Windows 사용자")
    document = extract_document(path)
    assert document.title == "닷새간의 혼란"
    assert document.author is None  # the Windows account, not an author


@pytest.mark.parametrize(
    ("created", "modified"),
    [
        ("1601-01-01T00:00:00Z", None),  # a template's empty date
        ("2023-11-22T00:00:00Z", "2020-01-01T00:00:00Z"),  # made after it was last changed
        ("지난주", None),
    ],
)
def test_an_untrustworthy_creation_date_is_no_publication_date(
    tmp_path: Path, created: str, modified: str | None
) -> None:
    path = make_docx(
        tmp_path / "d.docx", docx_paragraph("본문."), created=created, modified=modified
    )
    document = extract_document(path)
    assert (document.published, document.notes) == (None, ())


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"PK\x03\x04 not really a zip", "is damaged or is not a Word"),
        (b"just some text, named .docx", "is damaged or is not a Word"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
            "is password-protected",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), r"is an old Word \(.doc\) document"),
    ],
)
def test_bad_word_files_are_refused(tmp_path: Path, data: bytes, says: str) -> None:
    path = tmp_path / "문서.docx"
    path.write_bytes(data)
    with pytest.raises(ExtractError, match=rf"^'문서.docx' {says}"):
        extract_document(path)


def test_a_zip_without_a_document_part_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "문서.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "안녕")
    with pytest.raises(ExtractError, match=r"is damaged or is not a Word"):
        extract_document(path)


def test_malformed_xml_is_damaged(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "문서.docx", "", document_xml=b"<w:document><w:body><w:p>")
    with pytest.raises(ExtractError, match=r"is damaged or is not a Word"):
        extract_document(path)


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "hahahahaha">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b"<w:document " + DOCX_NS.encode() + b"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p>"
        b"<w:p><w:r><w:t>\xeb\xb3\xb8\xeb\xac\xb8</w:t></w:r></w:p></w:body></w:document>"
    )
    document = extract_document(make_docx(tmp_path / "웃음.docx", "", document_xml=laughs))
    assert "haha" not in document.text
    assert document.text == "본문\n"


def test_a_zip_bomb_is_refused_before_it_is_unzipped(tmp_path: Path) -> None:
    path = tmp_path / "폭탄.docx"
    chunk = b"<w:p><w:r><w:t>" + b"a" * (1 << 20) + b"</w:t></w:r></w:p>"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        member.write(b"<w:document " + DOCX_NS.encode() + b"><w:body>")
        for _ in range(130):
            member.write(chunk)
        member.write(b"</w:body></w:document>")
    assert path.stat().st_size < 2 * 2**20  # 130 MB of XML in a small file
    started = time.monotonic()
    with pytest.raises(ExtractError, match=r"holds more than 128 MB of text and markup once"):
        extract_document(path)
    assert time.monotonic() - started < 2


def test_a_part_larger_than_its_header_says_is_read_no_further_than_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = "".join(docx_paragraph(text) for text in PARAGRAPHS * 20)
    path = make_docx(tmp_path / "큰.docx", body)
    monkeypatch.setattr(docx_module, "MAX_DOCUMENT_XML", 4096)
    with pytest.raises(ExtractError, match=r"holds more than 0 MB"):
        extract_document(path)
    # the check on the bytes read, which holds when the header lies about the size
    real_getinfo = zipfile.ZipFile.getinfo

    def lying_getinfo(self: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
        info = real_getinfo(self, name)
        if name == "word/document.xml":
            info.file_size = 100
        return info

    monkeypatch.setattr(zipfile.ZipFile, "getinfo", lying_getinfo)
    with pytest.raises(ExtractError, match=r"(holds more than 0 MB|is damaged)"):
        extract_document(path)
