"""Synthetic timelines for benchmarks: N events over ten years, 30% inside one week.

python -m benchmarks.generate OUT_FOLDER N
"""

from __future__ import annotations

import datetime
import random
import sys
from pathlib import Path

from viewer.core.model import Actor, Event, Evidence, LocalText, Source, Timeline
from viewer.core.writer import save_timeline

START = datetime.date(2015, 1, 1)
DENSE_WEEK = datetime.date(2023, 11, 17)
SOURCE_BYTES = 1_000_000
SOURCES = 3
ACTORS = 60
SHORT_KO = ("이사회 결정", "복귀", "해임", "투자 발표", "서명 운동")
LONG_KO = "오픈AI 이사회는 비영리 재단의 사명과 영리 자회사의 성장 사이에서 긴 논의를 이어갔다"
SHORT_EN = ("Board vote", "Return", "Dismissal", "Investment", "Petition")
TAGS = ("board", "funding", "governance", "leadership", "safety", "employees")
LONG_EN = "The board weighed the nonprofit mission against the growth of the for-profit arm"


def source_sentences(seed: int) -> list[str]:
    """Unique Korean and English sentences adding up to about 1 MB of UTF-8."""
    rng = random.Random(seed)
    sentences: list[str] = []
    size = 0
    number = 0
    while size < SOURCE_BYTES:
        number += 1
        if rng.random() < 0.5:
            sentence = f"기록 #{number}: {rng.choice(SHORT_KO)}에 관한 논의가 이어졌다."
        else:
            sentence = f"Record #{number}: the {rng.choice(SHORT_EN).lower()} was discussed."
        sentences.append(sentence)
        size += len(sentence.encode("utf-8")) + 1
    return sentences


def event_date(rng: random.Random) -> str:
    """A date string: 30% inside the dense week, the rest spread over ten years."""
    if rng.random() < 0.3:
        day = DENSE_WEEK + datetime.timedelta(days=rng.randrange(7))
        return day.isoformat()
    day = START + datetime.timedelta(days=rng.randrange(3650))
    roll = rng.random()
    if roll < 0.6:
        return day.isoformat()
    if roll < 0.8:
        return day.strftime("%Y-%m")
    if roll < 0.9:
        return f"{day.year}~"
    end = day + datetime.timedelta(days=rng.randrange(1, 400))
    return f"{day.isoformat()}/{end.isoformat()}"


def build(n: int, seed: int = 7) -> tuple[Timeline, dict[str, list[str]]]:
    """A timeline of `n` events and the sentences of its sources."""
    rng = random.Random(seed)
    texts = {f"source-{i}": source_sentences(seed + i) for i in range(SOURCES)}
    sources = tuple(
        Source(
            id=sid,
            title=LocalText(plain=f"Synthetic source {sid}"),
            file=f"sources/{sid}.txt",
            language="ko",
        )
        for sid in texts
    )
    actors = tuple(
        Actor(
            id=f"actor-{i}",
            name=LocalText.of({"en": f"Actor {i}", "ko": f"인물 {i}"}),
            kind=("person", "organization", "group")[i % 3],
        )
        for i in range(ACTORS)
    )
    events = []
    for i in range(n):
        sid = f"source-{rng.randrange(SOURCES)}"
        long = rng.random() < 0.2
        title = LocalText.of(
            {
                "en": f"{LONG_EN} ({i})" if long else f"{rng.choice(SHORT_EN)} {i}",
                "ko": f"{LONG_KO} ({i})" if long else f"{rng.choice(SHORT_KO)} {i}",
            }
        )
        events.append(
            Event(
                id=f"event-{i}",
                date=event_date(rng),
                title=title,
                actors=tuple(f"actor-{a}" for a in rng.sample(range(ACTORS), rng.randint(1, 3))),
                kind=rng.choice(("fact", "claim", "opinion", "speculation")),
                tags=tuple(rng.sample(TAGS, rng.randint(0, 2))),
                evidence=(Evidence(sid, rng.choice(texts[sid])),),
            )
        )
    timeline = Timeline(
        title=LocalText(plain=f"Synthetic {n}"),
        sources=sources,
        actors=actors,
        events=tuple(events),
    )
    return timeline, texts


def write(folder: Path, n: int) -> Path:
    """Write a synthetic timeline of `n` events and its sources into `folder`."""
    timeline, texts = build(n)
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    for sid, sentences in texts.items():
        (folder / "sources" / f"{sid}.txt").write_text("\n".join(sentences) + "\n", "utf-8")
    path = folder / "timeline.yaml"
    save_timeline(timeline, path)
    return path


if __name__ == "__main__":
    print(write(Path(sys.argv[1]), int(sys.argv[2])))
