"""Input files in each format the importers read, written by hand after each format's
documentation, and a helper that checks what a written import loads as."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from viewer.core.store import LoadResult

# TimelineJS 3 JSON: one slide a line, so that slide N (0-based) of `events` is on line
# EVENT_LINE + N and the era on ERA_LINE.
TIMELINEJS_EVENTS: list[Any] = [
    {
        "start_date": {"year": 2023, "month": 11, "day": 17, "hour": 14, "minute": 30},
        "text": {
            "headline": "이사회, 올트먼 <i>해임</i> &amp; 발표",
            "text": "<p>오픈AI 이사회는 &quot;솔직하지 않았다&quot;고 밝혔다.</p>"
            "<p>둘째 문단, <a href='https://example.com/board'>성명</a> 참고.</p>",
        },
        "group": "지배구조",
        "unique_id": "altman-fired",
        "media": {
            "url": "https://example.com/a.jpg",
            "caption": "사진 <b>설명</b>",
            "credit": "AP",
            "thumbnail": "https://example.com/t.jpg",
        },
        "display_date": "11월 17일 오후",
        "background": {"color": "#123456"},
        "autolink": False,
        "mood": "tense",
        "tags": ["unknown", "key"],
    },
    {
        "start_date": {"year": "2023", "month": "11"},
        "text": {"headline": "Month only"},
        "unique_id": "has space",
    },
    {
        "start_date": {"year": "2015", "display_date": "around 2015"},
        "end_date": {"year": 2018},
        "text": {"headline": "Years, an interval"},
        "unique_id": "altman-fired",
    },
    {"start_date": {"year": -500}, "end_date": {"year": -400}, "text": {"headline": "BCE"}},
    {"start_date": {"year": 12000}, "text": {"headline": "Far future"}},
    {"start_date": {"year": 2024}, "text": {"text": "<p>No headline: the text stands in</p>"}},
    "not a slide",
    {
        "start_date": {"year": 2023, "month": 11, "day": 21},
        "end_date": {"year": 2023, "month": 11, "day": 21, "hour": 9},
        "text": {"headline": "Same day, an end time"},
    },
]
TIMELINEJS_ERA = {
    "start_date": {"year": 2015},
    "end_date": {"year": 2019, "month": 3},
    "text": {"headline": "초기 <b>시대</b>"},
}
EVENT_LINE = 9
ERA_LINE = EVENT_LINE + len(TIMELINEJS_EVENTS) + 2


def timelinejs_json() -> str:
    """A TimelineJS file with a title slide, eras, groups, HTML, times, media, odd ids,
    unknown keys and years the timeline cannot hold."""
    title = {
        "text": {"headline": "OpenAI <b>사태</b>", "text": "<p>첫 문단</p><p>둘째 문단</p>"},
        "media": {"url": "https://example.com/title.jpg"},
    }
    lines = [
        "{",
        f'  "title": {json.dumps(title, ensure_ascii=False)},',
        '  "scale": "human",',
        '  "creator": "someone",',
        '  "sources": "a top-level key the timeline has too",',
        "",
        "",
        '  "events": [',
    ]
    assert len(lines) == EVENT_LINE - 1
    lines += [
        "    "
        + json.dumps(slide, ensure_ascii=False)
        + ("," if index < len(TIMELINEJS_EVENTS) - 1 else "")
        for index, slide in enumerate(TIMELINEJS_EVENTS)
    ]
    lines += ["  ],", '  "eras": [']
    assert len(lines) == ERA_LINE - 1
    lines.append("    " + json.dumps(TIMELINEJS_ERA, ensure_ascii=False))
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


# The TimelineJS template's columns in another order and case, with spaces, an unknown
# column, a multi-line cell, a blank row and a row with a cell past the header.
TIMELINEJS_CSV = (
    " headline ,TEXT,year,Month,day,time,End Year,end month,End Day,End Time,Display Date,"
    "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background,메모\n"
    'OpenAI 사태,"<p>제목 슬라이드</p>",,,,,,,,,,,,,,title,,#000000,\n'
    '이사회의 해임 발표,"<p>첫 문단</p>\n<p>둘째 문단</p>",2023,11,17,2:30 PM,,,,,'
    "금요일 오후,https://example.com/v,AP,<b>영상</b>,,,지배구조,https://example.com/bg.jpg,"
    "확인 필요\n"
    "Month only,,2023,11,,,,,,,,,,,,,,,\n"
    ",,,,,,,,,,,,,,,,,,\n"
    "Span of years,,2015,,,,2018,,,,,,,,,,,,,spare cell\n"
    "BCE,,-500,,,,,,,,,,,,,,,,\n"
    "Bad time,,2023,11,17,25:99,,,,,,,,,,,,,\n"
    "Odd type,,2020,,,,,,,,,,,,,slide,,,\n"
    "초기 시대,,2015,,,,2019,3,,,,,,,,era,,,\n"
)
TIMELINEJS_CSV_ROW_LINES = {"title": 2, "fired": 3, "month": 5, "span": 7, "bce": 8, "time": 9}


# A Timeline (thetimelineproj) file, version 2.x: categories, a container with subevents, a
# milestone, fuzzy ends, an event that ends today, times of day, a BCE year, an unknown
# element, eras and the view.
TIMELINE_XML = """\
<?xml version="1.0" encoding="utf-8"?>
<timeline>
  <version>2.5.0 (67ed963f67ff 2021-10-05)</version>
  <timetype>gregoriantime</timetype>
  <eras>
    <era>
      <name>해임 사태</name>
      <start>2023-11-17 00:00:00</start>
      <end>2023-11-22 00:00:00</end>
      <color>238,219,240</color>
      <ends_today>False</ends_today>
    </era>
  </eras>
  <categories>
    <category>
      <name>지배구조</name>
      <color>235,82,255</color>
      <done_color>255,153,153</done_color>
      <font_color>0,0,0</font_color>
    </category>
    <category>
      <name>Board</name>
      <color>45,130,210</color>
      <parent>지배구조</parent>
    </category>
  </categories>
  <events>
    <event>
      <start>2023-11-17 00:00:00</start>
      <end>2023-11-21 00:00:00</end>
      <text>[1]닷새</text>
      <fuzzy>False</fuzzy>
      <locked>False</locked>
      <ends_today>False</ends_today>
      <description>The five days</description>
      <default_color>240,206,132</default_color>
    </event>
    <event>
      <start>2023-11-17 14:30:00</start>
      <end>2023-11-17 14:30:00</end>
      <text>(1)이사회, 올트먼 해임</text>
      <fuzzy>False</fuzzy>
      <locked>True</locked>
      <ends_today>False</ends_today>
      <category>Board</category>
      <description>오픈AI 이사회는 올트먼을 해고했다.

둘째 문단.
      </description>
      <alert>2023-11-18 09:00:00;follow up</alert>
      <hyperlink>https://example.com/fired</hyperlink>
      <progress>40</progress>
      <default_color>200,200,200</default_color>
      <mood>tense</mood>
    </event>
    <event>
      <start>2023-11-19 10:00:00</start>
      <end>2023-11-21 18:15:30</end>
      <text>Fuzzy both</text>
      <fuzzy>True</fuzzy>
      <locked>False</locked>
      <ends_today>False</ends_today>
      <categories>
        <category>지배구조</category>
        <category>Board</category>
      </categories>
    </event>
    <event>
      <start>2023-11-01 00:00:00</start>
      <end>2023-11-30 00:00:00</end>
      <text> [sic] brackets</text>
      <fuzzy>False</fuzzy>
      <fuzzy_start>True</fuzzy_start>
      <fuzzy_end>False</fuzzy_end>
      <locked>False</locked>
      <ends_today>True</ends_today>
    </event>
    <event>
      <start>2023-11-22 00:00:00</start>
      <end>2023-11-22 00:00:00</end>
      <text>Milestone</text>
      <fuzzy>False</fuzzy>
      <locked>False</locked>
      <ends_today>False</ends_today>
      <milestone>True</milestone>
    </event>
    <event>
      <start>-500-03-01 00:00:00</start>
      <end>-500-03-01 00:00:00</end>
      <text>BCE</text>
      <fuzzy>Maybe</fuzzy>
      <locked>False</locked>
      <ends_today>False</ends_today>
    </event>
    <event>
      <start>2023-11-20 00:00:00</start>
      <end>2023-11-20 00:00:00</end>
      <text></text>
      <description>Text-less: the description stands in</description>
    </event>
  </events>
  <view>
    <displayed_period>
      <start>2023-10-28 19:42:22</start>
      <end>2023-12-02 18:35:52</end>
    </displayed_period>
    <hidden_categories>
      <name>Board</name>
    </hidden_categories>
  </view>
  <now>2024-01-01 12:00:00</now>
</timeline>
"""


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line of `text` holding `needle`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in text")


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """`content` written to `folder/name` (text as UTF-8)."""
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def unexpected(result: LoadResult) -> list[str]:
    """The problems of a loaded import other than the one every imported event has: no
    evidence (none of these formats carries any but the CSV table's quotes)."""
    return [p.format() for p in result.problems if "has no evidence" not in p.message]
