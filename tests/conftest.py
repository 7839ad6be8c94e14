"""Shared fixtures; Qt runs headless and user folders point into the test's temporary folder."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property-based tests stay bounded in CI; `--hypothesis-profile=thorough` searches longer.
settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile("ci")

SAMPLE_SOURCE = (
    "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다.\n"
    "직원 700명 이상이 해임 반대 서명에 참여했다.\n"
    "11월 21일 화요일, 올트먼이 CEO로 복귀했다.\n"
)

SAMPLE_TIMELINE = """\
schema: 1
title:
  en: Sample crisis
  ko: 예시 사태

sources:
  - id: news
    title: 예시 기사
    file: sources/news.txt
    published: "2023-11-22"
    language: ko

actors:
  - id: sam-altman
    name:
      en: Sam Altman
      ko: 샘 올트먼
    aliases: [올트먼]
    kind: person
  - id: openai-board
    name:
      en: OpenAI board
      ko: 오픈AI 이사회
    kind: group

events:
  - id: altman-fired
    date: "2023-11-17"
    title:
      en: Board fires Altman
      ko: 이사회, 올트먼 해고
    actors: [sam-altman, openai-board]
    tags: [leadership]
    kind: fact
    evidence:
      - source: news
        quote: 2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다.

  - id: altman-returns
    date: "2023-11-21"
    title:
      en: Altman returns as CEO
      ko: 올트먼 CEO 복귀
    actors: [sam-altman]
    kind: fact
    evidence:
      - source: news
        quote: 11월 21일 화요일, 올트먼이 CEO로 복귀했다.
"""


def write_timeline(
    folder: Path, yaml_text: str = SAMPLE_TIMELINE, sources: dict[str, str | bytes] | None = None
) -> Path:
    """Write a timeline file and its sources into `folder`; return the YAML path."""
    sources = {"news.txt": SAMPLE_SOURCE} if sources is None else sources
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    for name, content in sources.items():
        target = folder / "sources" / name
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    path = folder / "timeline.yaml"
    path.write_text(textwrap.dedent(yaml_text), encoding="utf-8")
    return path


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    """A valid sample timeline with one source, two actors and two events."""
    return write_timeline(tmp_path)
