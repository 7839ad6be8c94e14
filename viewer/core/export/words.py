"""The fixed words of every export, in English and Korean: one table, so that the formats agree.

Data text (titles, quotes, names) never goes through here; only the words an export adds
around it: headings, labels, kind names and the sentences that describe a filter.
"""

from __future__ import annotations

EXPORT_LANGUAGES = ("en", "ko")

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "timeline": "Timeline",
        "chronology": "Chronology",
        "undated": "Undated",
        "sources": "Sources",
        "untitled": "(untitled)",
        "kind": "Kind",
        "actors": "Actors",
        "notes": "Notes",
        "date_stated_in": "Date stated in",
        "edtf": "EDTF",
        "date_not_understood": "Date not understood",
        "unknown_source": "unknown source",
        "source_not_listed": "cited, but not in the timeline's list of sources",
        "no_events": "No events.",
        "id": "ID",
        "author": "Author",
        "publisher": "Publisher",
        "published": "Published",
        "report": "Chronology report",
        "report.counts": "{events} events from {sources} sources",
        "report.made": "Made on {day}",
        "date": "Date",
        "event": "Event",
        "evidence": "Evidence",
        "url": "URL",
        "language": "Language",
        "file": "File",
        "kind.fact": "Fact",
        "kind.claim": "Claim",
        "kind.opinion": "Opinion",
        "kind.speculation": "Speculation",
        # Filter lines: {names} is a list of actors, {start}/{end} EDTF texts.
        "filter.any": "Events with {names}",
        "filter.all": "Events with all of {names}",
        "filter.or": " or ",
        "filter.and": " and ",
        "filter.from_to": "from {start} to {end}",
        "filter.from": "from {start}",
        "filter.to": "until {end}",
        "filter.join": "{who}, {when}",
        "filter.dates_only": "Events {when}",
        "left_out": "{count} undated event(s) left out: TimelineJS places every slide at a date.",
    },
    "ko": {
        "timeline": "연대기",
        "chronology": "연대기",
        "undated": "날짜 미상",
        "sources": "출처",
        "untitled": "(제목 없음)",
        "kind": "유형",
        "actors": "관련 인물·단체",
        "notes": "비고",
        "date_stated_in": "날짜 근거",
        "edtf": "EDTF",
        "date_not_understood": "해석할 수 없는 날짜",
        "unknown_source": "알 수 없는 출처",
        "source_not_listed": "인용되었으나 출처 목록에 없음",
        "no_events": "사건이 없습니다.",
        "id": "ID",
        "author": "작성자",
        "publisher": "발행처",
        "published": "발행일",
        "report": "연대기 보고서",
        "report.counts": "출처 {sources}건, 사건 {events}건",
        "report.made": "{day} 작성",
        "date": "날짜",
        "event": "사건",
        "evidence": "근거",
        "url": "URL",
        "language": "언어",
        "file": "파일",
        "kind.fact": "사실",
        "kind.claim": "주장",
        "kind.opinion": "의견",
        "kind.speculation": "추측",
        # Korean needs no particle after a name list when it ends in 관련, whatever the name.
        "filter.any": "{names} 관련 사건",
        "filter.all": "{names} 모두 관련된 사건",
        "filter.or": " 또는 ",
        "filter.and": ", ",
        "filter.from_to": "{start}부터 {end}까지",
        "filter.from": "{start}부터",
        "filter.to": "{end}까지",
        "filter.join": "{who}, {when}",
        "filter.dates_only": "{when}의 사건",
        "left_out": "날짜 미상 사건 {count}건 제외: TimelineJS는 모든 슬라이드를 날짜에 놓습니다.",
    },
}


def word(key: str, lang: str) -> str:
    """The fixed word `key` in `lang` ('en' or 'ko'); an unknown key is a programming error."""
    return _WORDS[lang][key]
