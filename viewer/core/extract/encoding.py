"""Decoding text files whose encoding nobody wrote down, Korean ones above all.

The order: a byte-order mark; then strict UTF-8; then CP949 (the Windows superset of EUC-KR,
which is how most Korean files that are not UTF-8 come) if the bytes decode as it strictly and
read as Korean; only then charset-normalizer's guess. Detectors go wrong on short Korean texts
(charset-normalizer takes the 4-byte '한글' for Big5 and '샘 올트먼 해임' for UTF-16), and a
strict CP949 decode that yields mostly common Hangul syllables is very rarely anything else.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = ["Decoded", "NotText", "decode_text", "sniff_binary"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),  # before UTF-16 LE, whose BOM it starts with
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
# File signatures, so that an image or an archive named .txt is called what it is.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (such as a .docx or .hwpx document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office or HWP document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
)
_SAMPLE = 1 << 16  # bytes looked at to tell text from binary data
_HANGUL_RE = re.compile("[\uac00-\ud7a3]")
_NON_ASCII_LETTER_RE = re.compile(r"[^\W\d_\x00-\x7f]")
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# About 600 of the commonest Hangul syllables, which make up most of any Korean text but few
# of the syllables that Chinese (GB2312) bytes give when decoded as CP949.
_COMMON_SYLLABLES = frozenset(
    "이다는의에고하가을를서지기한로사도인자리대어나시수해정으일부아적전국그제보것상주있라경게학여만동성와과위들장원문소중공연회생개발관물방내요미세우화신실결현민분계치교비무구선행러면당"
    "통또모본식명음안년월했였되된될말할후저까데때며및등더거오새니심산영조재야용운진차체최출크터특파표품합향호히입업없었않알약양억언얼엔역열왜외울유육은응잘점접좀종좋죠줄즉직집찾처천총추"
    "침카코타택토트판편평포프피필함항허형홍확활휴흐희각간감강객건걸검격견곡곳광군권귀규극근글금급긴길김깊꼭꾸끝난날남납냐너넘네노논놓누눈뉴느늘능단달담답덕던독돌두둘뒤드든디따떠뜻란람래"
    "랑략량런럼렇레려력련렬령례록론료루류률르른름린릴림립마막많망매맥머먹먼메목몸못밀바박반받밝밤배백버번벌범법벽변별병복볼봉북불빠살삼색석설섬셈속손송쇼순술쉬스슬습승십싶쓰씨악암압앞애"
    "액엄엇염예옥온올옮완왕욕움웃웨윤익임작잔잠잡쟁절족존졸죽준즈증질짓짜째쪽착찬찰참창채책철첫청초촌축충취측층친칠커컴케큰키탁탄태테투티팔패퍼페폐푸풍핵험혁혈협혜혹혼환황획효훈휘흔흥힘"
    "됐됩봤줬겠갔왔났썼셨브밖께꺼껏끼낸냈넣녀녁놀농뇌늦닌닐닭댓덟덧델돈됨둔뒷듯딸땅떤떨뚜띄랐램럽렀렵렸롭뢰뤄릅릭맞맡맺멀멈멋몇몰묘묻뭐믿뱃벗벨봄뵙붙빌빛뿐삶샘샀섰셔션솔쇄숙숨쉽슈싸쌀썹"
    "쏘쑥씀씩앉앙얘얻엎엘옆옛옷워웠웬윗읽잃잊잎잖잤잭젊젠젯졌좌죄줍쥐즘짐짝쫓찌찍첨쳐쳤춘춤칙칭캐컵켜쿠퀴킨킬탈탐탑탕탓털텐템톤퇴튀틀틈팀팅퍽펴펼폭폰폴퓨픈핀핑핫햇헌헤혀홀홉홈훨흘흙흰힌"
)


class NotText(ValueError):
    """The bytes are not text in any encoding this module can tell; the message says why, in
    words that follow "the file ..." """


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the encoding it was read as ('utf-8', 'cp949', 'euc-kr', 'utf-16',
    'windows-1252', ...); `guessed` is True when a detector chose it."""

    text: str
    encoding: str
    guessed: bool = False


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary file `data` is ('a PNG image'), or None when it may be text."""
    for signature, kind in _SIGNATURES:
        # "MZ" starts plenty of words too: a program also has NULs in its first bytes.
        if data.startswith(signature) and (signature != b"MZ" or b"\x00" in data[:64]):
            return kind
    return None


def decode_text(data: bytes) -> Decoded:
    """Decode the bytes of a text file; raises NotText for binary data or unknown encodings."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), name)
            except UnicodeDecodeError:
                shown = name.upper()
                raise NotText(f"starts with a {shown} byte-order mark but is not {shown}") from None
    kind = sniff_binary(data)
    if kind:
        raise NotText(f"is {kind}, not text")
    sample = data[:_SAMPLE]
    # A stray NUL or two is dropped with the other control characters; more is binary data.
    if sample.count(0) > len(sample) // 100 + 1:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise NotText("holds NUL bytes, so it is binary data, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    korean = _korean(data)
    if korean is not None:
        return korean
    return _detected(data)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark, told by the NUL half of each ASCII character."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for codec, nuls, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls >= 0.3 * half and others <= 0.01 * half:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            if not _CONTROL_RE.search(text[:_SAMPLE]):
                return Decoded(text, "utf-16", guessed=True)
    return None


def _reads_as_korean(text: str) -> bool:
    """Mostly Hangul among the letters outside ASCII, most of it among the 2,350
    syllables of KS X 1001 (EUC-KR) and much of it common syllables, as Korean text is. Other
    encodings decoded as CP949 give hanja, rare syllables (Chinese GB2312) or syllables of
    CP949's extension (Latin-1, Shift_JIS)."""
    hangul = _HANGUL_RE.findall(text)
    if not hangul:
        return False
    letters = len(_NON_ASCII_LETTER_RE.findall(text))
    if len(hangul) < 0.6 * letters:
        return False
    standard = sum(1 for syllable in hangul if _in_ks_x_1001(syllable))
    frequent = sum(1 for syllable in hangul if syllable in _COMMON_SYLLABLES)
    return standard >= 0.7 * len(hangul) and frequent >= 0.5 * len(hangul)


def _in_ks_x_1001(syllable: str) -> bool:
    encoded = syllable.encode("cp949")
    return len(encoded) == 2 and encoded[0] >= 0xB0 and encoded[1] >= 0xA1


def _korean(data: bytes) -> Decoded | None:
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    if not _reads_as_korean(text[: 4 * _SAMPLE]):
        return None
    try:
        # EUC-KR is CP949 without its extension: name the narrower one when it is enough.
        same = data.decode("euc-kr") == text
    except UnicodeDecodeError:
        same = False
    return Decoded(text, "euc-kr" if same else "cp949")


def _detected(data: bytes) -> Decoded:
    import charset_normalizer  # imported when first needed, as are the other extractors' libraries

    best = charset_normalizer.from_bytes(data[: 4 * _SAMPLE]).best()
    if best is None:
        raise NotText("is not text in any encoding that could be recognised")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise NotText("is not text in any encoding that could be recognised") from None
    if len(_CONTROL_RE.findall(text[:_SAMPLE])) > 0.01 * min(len(text), _SAMPLE):
        raise NotText("holds control characters, so it is binary data, not text")
    name = codecs.lookup(best.encoding).name.replace("_", "-")
    return Decoded(text, {"cp1252": "windows-1252"}.get(name, name), guessed=True)
