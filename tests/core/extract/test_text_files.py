"""Text files: encodings are detected, Korean legacy ones above all, even in short texts."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests.core.extract.builders import PARAGRAPHS
from viewer.core.extract import ExtractError, extract_document
from viewer.core.extract.encoding import NotText, decode_text

# Short texts on which charset-normalizer alone guesses wrong (Big5, UTF-16) or right.
SHORT_KOREAN = [
    "가",
    "한글",
    "서울",
    "안녕하세요",
    "샘 올트먼 해임",
    "메모: 회의는 3시",
    "오픈AI 이사회",
]
LONG_KOREAN = "\n".join(PARAGRAPHS)


@pytest.mark.parametrize("text", [*SHORT_KOREAN, LONG_KOREAN])
@pytest.mark.parametrize("codec", ["cp949", "euc-kr"])
def test_korean_legacy_text_of_any_length_decodes_right(text: str, codec: str) -> None:
    decoded = decode_text(text.encode(codec))
    assert decoded.text == text
    # what EUC-KR can write is reported as EUC-KR, which CP949 extends
    assert decoded.encoding == "euc-kr"
    assert not decoded.guessed


def test_cp949_only_syllables_are_reported_as_cp949() -> None:
    text = "똠방각하 햏 - 확장 완성형 글자가 섞인 문장입니다."
    data = text.encode("cp949")
    with pytest.raises(UnicodeDecodeError):
        data.decode("euc-kr")
    decoded = decode_text(data)
    assert (decoded.text, decoded.encoding) == (text, "cp949")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "한글 텍스트".encode(), "utf-8"),
        ("한글 텍스트".encode("utf-16"), "utf-16"),  # with its BOM, little- or big-endian
        (codecs.BOM_UTF16_BE + "한글 텍스트".encode("utf-16-be"), "utf-16"),
        ("한글 텍스트".encode("utf-32"), "utf-32"),
        ("한글 텍스트".encode(), "utf-8"),
    ],
)
def test_unicode_encodings_are_told_by_bom_or_validity(data: bytes, encoding: str) -> None:
    decoded = decode_text(data)
    assert (decoded.text, decoded.encoding) == ("한글 텍스트", encoding)


def test_utf16_without_a_bom_is_told_by_its_nul_bytes() -> None:
    decoded = decode_text("Meeting notes: 회의록 2023".encode("utf-16-le"))
    assert (decoded.text, decoded.encoding) == ("Meeting notes: 회의록 2023", "utf-16")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("中华人民共和国成立于一九四九年。北京是中国的首都，也是政治中心。", "gb2312"),
        ("日本語のテキストです。東京は晴れています。明日は雨でしょう。", "shift_jis"),
        ("Привет, мир! Это короткий текст на русском языке для проверки.", "cp1251"),
    ],
)
def test_other_legacy_encodings_are_not_taken_for_korean(text: str, codec: str) -> None:
    decoded = decode_text(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding not in ("cp949", "euc-kr")
    assert decoded.guessed


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "is a PNG image, not text"),
        (b"%PDF-1.7\n" + bytes(range(256)), "is a PDF document, not text"),
        (b"PK\x03\x04" + bytes(100), "is a ZIP archive"),
        (b"abc" + b"\x00" * 50 + b"def" * 20, "holds NUL bytes"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "starts with a UTF-16 byte-order mark but is not"),
    ],
)
def test_binary_data_is_not_text(data: bytes, says: str) -> None:
    with pytest.raises(NotText, match=says):
        decode_text(data)


def test_a_stray_nul_is_dropped_not_taken_for_binary(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_bytes("첫 줄\x00입니다\n".encode())
    assert extract_document(path).text == "첫 줄입니다\n"


def test_a_cp949_file_is_decoded_and_the_user_told(tmp_path: Path) -> None:
    path = tmp_path / "기사.txt"
    path.write_bytes((LONG_KOREAN + "\r\n").encode("cp949"))
    document = extract_document(path)
    assert document.text == "\n".join(PARAGRAPHS) + "\n"
    assert (document.encoding, document.format, document.language) == ("euc-kr", "txt", "ko")
    assert document.notes == ("decoded as EUC-KR (Korean)",)


def test_a_utf8_file_needs_no_note(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text("한 줄\n", encoding="utf-8")
    document = extract_document(path)
    assert (document.encoding, document.notes) == ("utf-8", ())


def test_a_guessed_encoding_asks_the_user_to_check(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_bytes("Привет, мир! Это короткий текст на русском языке.".encode("cp1251"))
    document = extract_document(path)
    assert document.encoding == "cp1251"
    assert document.notes == (
        "decoded as CP1251, which was guessed: check that the text reads right",
    )


def test_text_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    decomposed = "\u1112\u1161\u11ab\u1100\u1173\u11af"  # 한글 as conjoining jamo (NFD)
    path.write_bytes(
        f"\ufeff  첫 문단 {decomposed}\t \r\n둘째 줄\x07\r\r\n\n\n\n셋째 문단   \n\n\n".encode()
    )
    assert extract_document(path).text == "  첫 문단 한글\n둘째 줄\n\n셋째 문단\n"


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(500), b"\x00\x01\x02\x03" * 300, bytes(range(256)) * 8],
)
def test_binary_named_txt_is_refused_with_the_file_named(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "사진.txt"
    path.write_bytes(data)
    with pytest.raises(ExtractError, match=r"^'사진.txt' (is a PNG image|holds NUL|is not text)"):
        extract_document(path)


def test_a_first_line_standing_alone_is_taken_as_the_title() -> None:
    from viewer.core.extract.text_files import headline

    assert headline("오픈AI 사태, 닷새의 기록\n\n본문 첫 문장.\n") == "오픈AI 사태, 닷새의 기록"
    assert headline("본문이 바로 시작한다.\n\n둘째 문단.\n") is None, "a sentence is no title"
    assert headline("첫 줄\n둘째 줄이 붙어 있다\n") is None, "no blank line after it"
    assert headline("x" * 200 + "\n\n본문\n") is None
    assert headline("\n\n") is None
