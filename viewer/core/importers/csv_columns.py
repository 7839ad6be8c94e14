"""Which column of a table holds which field of an event: the fields, and a first guess."""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core.importers.csv_reading import column_key

__all__ = ["FIELDS", "TITLE_FIELDS", "guess_mapping"]

FIELDS = (
    "id",
    "date",
    "end_date",
    "title",
    "title_en",
    "title_ko",
    "summary",
    "actors",
    "tags",
    "kind",
    "source",
    "quote",
)
TITLE_FIELDS = ("title", "title_en", "title_ko", "summary")  # one of them names an event

# Header names taken for each field, English and Korean, as `column_key` writes them; a field
# takes the first column whose name is one of its own.
_NAMES = {
    "id": ("id", "event id", "unique id", "unique_id", "slug", "아이디", "식별자", "번호"),
    "date": (
        "date",
        "start",
        "start date",
        "start_date",
        "when",
        "year",
        "날짜",
        "일자",
        "일시",
        "시작",
        "시작일",
        "연도",
        "시기",
    ),
    "end_date": ("end", "end date", "end_date", "until", "끝", "종료", "종료일", "마감일"),
    "title": ("title", "headline", "event", "name", "제목", "사건", "헤드라인", "이름"),
    "title_en": ("title_en", "title (en)", "english title", "title en", "영문 제목", "영어 제목"),
    "title_ko": (
        "title_ko",
        "title (ko)",
        "korean title",
        "title ko",
        "한글 제목",
        "국문 제목",
        "한국어 제목",
    ),
    "summary": (
        "summary",
        "description",
        "text",
        "details",
        "content",
        "body",
        "내용",
        "요약",
        "설명",
        "본문",
    ),
    "actors": (
        "actors",
        "actor",
        "people",
        "persons",
        "who",
        "participants",
        "인물",
        "관련 인물",
        "등장인물",
        "행위자",
        "주체",
    ),
    "tags": ("tags", "tag", "category", "categories", "group", "태그", "분류", "범주", "카테고리"),
    "kind": ("kind", "type", "유형", "종류"),
    "source": ("source", "sources", "url", "link", "출처", "자료", "링크", "기사"),
    "quote": ("quote", "quotation", "evidence", "excerpt", "인용", "인용문", "근거", "발췌"),
}


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """A mapping {field: column} from the names of a table's columns, in English or Korean
    (날짜, 제목, 내용, 인물, 출처, 인용, ...); each column serves one field at most."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for field in FIELDS:
        for name in header:
            if name not in used and column_key(name) in _NAMES[field]:
                mapping[field] = name
                used.add(name)
                break
    return mapping
