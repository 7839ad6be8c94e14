"""Small timelines made in the tests: Korean text, month- and year-precision dates, intervals,
an undated event, markup in titles and quotes, and evidence citing an unknown source."""

from __future__ import annotations

from viewer.core.model import Actor, Event, Evidence, LocalText, Source, Timeline
from viewer.core.store import load_timeline
from viewer.resources import bundled_timeline

BUNDLED_EVENTS = 131

SCRIPT_TITLE = "Board fires <script>alert(1)</script> Altman"
MARKUP_TITLE = "*x* and [a](b) & <b>bold</b>"
SCRIPT_QUOTE = "<script>alert('q')</script> 직원 **700명** 서명 & [링크](javascript:x)"
FORMULA_QUOTE = '=HYPERLINK("http://evil.example", "클릭")'
DATE_QUOTE = "11월 중순\n- 이사회가 움직였다"
NOTES = "Disagreement: news says 11월 17일, blog says 11월 중순."


def sample() -> Timeline:
    """Sources, actors and events covering what the exports must show."""
    return Timeline(
        title=LocalText.of({"en": "Sample *crisis*", "ko": "예시 <사태>"}),
        sources=(
            Source(
                "news",
                title=LocalText.of("오픈AI 사태 <b>정리</b>"),
                file="sources/news.txt",
                published="2023-11-22",
                author="김기자",
                publisher="예시일보",
                url="https://news.example/a?x=1&y=2",
                language="ko",
            ),
            Source(
                "blog",
                title=LocalText.of("*x* [a](b)"),
                file="sources/blog.txt",
                published="2023-11/..",
                url="javascript:alert(1)",
                language="ko",
            ),
        ),
        actors=(
            Actor("sam-altman", LocalText.of({"en": "Sam Altman", "ko": "샘 올트먼"})),
            Actor(
                "board", LocalText.of({"en": "OpenAI board", "ko": "오픈AI 이사회"}), kind="group"
            ),
        ),
        events=(
            Event(
                "month-claim",
                date="2023-11",
                title=LocalText.of({"en": MARKUP_TITLE, "ko": "11월의 <혼란> & 소동"}),
                summary=LocalText.of({"en": "Staff sign a letter.", "ko": "직원들이 서명했다."}),
                actors=("board",),
                kind="claim",
                evidence=(Evidence("blog", SCRIPT_QUOTE, date_quote=DATE_QUOTE),),
                notes=LocalText.of(NOTES),
            ),
            Event(
                "fired",
                date="2023-11-17",
                title=LocalText.of({"en": SCRIPT_TITLE, "ko": "이사회, 올트먼 해고"}),
                actors=("sam-altman", "board"),
                tags=("leadership", "governance"),
                evidence=(
                    Evidence(
                        "news", "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다."
                    ),
                    Evidence(
                        "blog",
                        FORMULA_QUOTE,
                        claims_date="2023-11-18",
                        claims_note=LocalText.of(
                            {"en": "*Not* the board", "ko": "이사회가 <아님>"}
                        ),
                    ),
                ),
            ),
            Event(
                "founded",
                date="2015",
                title=LocalText.of({"en": "OpenAI founded", "ko": "OpenAI 설립"}),
                actors=("elon-musk",),  # no such actor
                kind="opinion",
                evidence=(Evidence("ghost", "+1 이라는 말"),),  # no such source
            ),
            Event(
                "five-days",
                date="2023-11-17/2023-11-21",
                title=LocalText.of({"en": "# Five days", "ko": "닷새"}),
                kind="speculation",
                evidence=(Evidence("news", '@SUM(1) 닷새, 그리고 "복귀", 끝'),),
            ),
            Event(
                "background", title=LocalText.of({"ko": "배경: 수츠케버"}), actors=("sam-altman",)
            ),
        ),
    )


def bundled() -> Timeline:
    """The bundled chronology of the OpenAI crisis."""
    return load_timeline(bundled_timeline()).timeline
