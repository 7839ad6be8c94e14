"""Markdown files: prose without markup, front matter read as metadata."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from viewer.core.extract import extract_document

ARTICLE = """\
---
title: "오픈AI 사태 정리"
author: 김철수 기자
date: 2023-11-22
url: https://blog.example/openai
lang: ko
---
# 닷새간의 혼란

2023년 11월 17일, **오픈AI 이사회**는 *샘 올트먼*을 [해임했다](https://news.example/1 "기사").
![올트먼 사진](altman.png) 이사회는 `성명`을 냈다.
줄바꿈된 둘째 줄.

> 직원 700명 이상이 서명했다.

- 11월 17일: 해임
- 11월 21일: **복귀**
  - 새 이사회 구성

1. 첫째 단계

2. 둘째 단계

```python
print("코드는 그대로")
```

| 날짜 | 사건 |
|---|---|
| 11월 17일 | 해임 |

**"인용"**은 강조 표시가 남지 않는다. snake_case_name 은 그대로, <b>태그</b>는 빠진다.

<div class="note">HTML <i>블록</i>의 글</div>
"""

EXPECTED = """\
닷새간의 혼란

2023년 11월 17일, 오픈AI 이사회는 샘 올트먼을 해임했다.
이사회는 성명을 냈다.
줄바꿈된 둘째 줄.

직원 700명 이상이 서명했다.

11월 17일: 해임
11월 21일: 복귀
새 이사회 구성

첫째 단계

둘째 단계

print("코드는 그대로")

날짜\t사건
11월 17일\t해임

"인용"은 강조 표시가 남지 않는다. snake_case_name 은 그대로, 태그는 빠진다.

HTML 블록의 글
"""


def test_markup_is_stripped_and_front_matter_read(tmp_path: Path) -> None:
    path = tmp_path / "정리.md"
    path.write_text(ARTICLE, encoding="utf-8")
    document = extract_document(path)
    assert document.text == EXPECTED
    assert (document.title, document.author, document.published) == (
        "오픈AI 사태 정리",
        "김철수",
        "2023-11-22",
    )
    assert (document.url, document.language, document.format) == (
        "https://blog.example/openai",
        "ko",
        "md",
    )
    assert document.notes == ()


def test_without_front_matter_the_first_heading_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "memo.markdown"
    path.write_text("소개 문단.\n\n## 작은 제목\n\n제목 아래\n===\n\n본문.\n", encoding="utf-8")
    document = extract_document(path)
    assert document.title == "제목 아래"  # the first level-1 heading, setext or not
    assert document.text == "소개 문단.\n\n작은 제목\n\n제목 아래\n\n본문.\n"
    assert document.published is None


def test_broken_front_matter_is_left_out_and_said(tmp_path: Path) -> None:
    path = tmp_path / "memo.md"
    path.write_text("---\ntitle: [열린 괄호\n---\n본문 문단.\n", encoding="utf-8")
    document = extract_document(path)
    assert document.text == "본문 문단.\n"
    assert document.title is None
    assert document.notes == ("the front matter at the top is not valid YAML, so it was left out",)


def test_a_cp949_markdown_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "memo.md"
    path.write_bytes("# 회의록\n\n**예산안**을 논의했다.\n".encode("cp949"))
    document = extract_document(path)
    assert document.text == "회의록\n\n예산안을 논의했다.\n"
    assert document.encoding == "euc-kr"
    assert document.notes == ("decoded as EUC-KR (Korean)",)


@pytest.mark.parametrize("markup", ["![", "[a](", "*a", "| a "])
def test_markup_bombs_are_kept_as_text_rather_than_parsed_for_minutes(
    tmp_path: Path, markup: str
) -> None:
    path = tmp_path / "bomb.md"
    path.write_text("머리말 문단.\n\n" + markup * 300_000, encoding="utf-8")
    started = time.monotonic()
    document = extract_document(path)
    assert time.monotonic() - started < 10
    assert document.text.startswith("머리말 문단.\n\n" + markup.strip())
    assert document.notes == ("kept with its Markdown markup: the file is too large to strip it",)
