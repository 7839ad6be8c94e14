"""The bundled chronology is as careful as a fact-checker's: every claim anchored, nothing loose."""

from __future__ import annotations

import re

import pytest

from viewer.app import main
from viewer.core.anchoring import MatchKind
from viewer.core.store import load_timeline
from viewer.core.validation import anchor_evidence
from viewer.resources import bundled_timeline

FOLDER = bundled_timeline().parent
TAGS_HEADING = re.compile(r"^\s*[-*|]\s*`(?P<tag>[a-z-]+)`", re.MULTILINE)


@pytest.fixture(scope="module")
def result():
    return load_timeline(bundled_timeline())


def test_check_reports_no_errors_and_no_warnings(capsys) -> None:
    assert main(["check", str(bundled_timeline())]) == 0
    assert capsys.readouterr().out.strip().endswith("0 errors, 0 warnings")


def test_every_quote_anchors_exactly_and_once(result) -> None:
    for event in result.timeline.events:
        for evidence in event.evidence:
            anchor = anchor_evidence(result.texts[evidence.source], evidence)
            assert anchor.kind is MatchKind.EXACT, (event.id, evidence.quote)
            assert not anchor.ambiguous, (event.id, evidence.quote)


def test_every_reference_exists_and_every_source_is_cited(result) -> None:
    timeline = result.timeline
    cited = {evidence.source for event in timeline.events for evidence in event.evidence}
    assert cited == set(timeline.sources_by_id)
    for event in timeline.events:
        assert set(event.actors) <= set(timeline.actors_by_id), event.id
        assert event.evidence, event.id


def test_every_tag_is_in_the_documented_vocabulary(result) -> None:
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    vocabulary = set(TAGS_HEADING.findall(readme))
    assert vocabulary, "the README documents the tags"
    used = {tag for event in result.timeline.events for tag in event.tags}
    assert used <= vocabulary, used - vocabulary


def test_every_event_has_both_languages_and_a_unique_short_title(result) -> None:
    titles: dict[str, set[str]] = {"en": set(), "ko": set()}
    for event in result.timeline.events:
        for lang in ("en", "ko"):
            title = event.title.exact(lang)
            assert title and event.summary.exact(lang), (event.id, lang)
            assert len(title) <= 70, (event.id, title)
            assert title not in titles[lang], f"two events are titled {title!r}"
            titles[lang].add(title)


def test_every_alias_occurs_in_a_source_or_is_the_english_name(result) -> None:
    texts = [text.text for text in result.texts.values()]
    for actor in result.timeline.actors:
        for alias in actor.aliases:
            assert alias == actor.name.exact("en") or any(alias in text for text in texts), (
                actor.id,
                alias,
            )


def test_every_actor_takes_part_in_an_event_and_has_both_names(result) -> None:
    taking_part = {actor for event in result.timeline.events for actor in event.actors}
    for actor in result.timeline.actors:
        assert actor.id in taking_part, actor.id
        assert actor.name.exact("en") and actor.name.exact("ko"), actor.id
        assert actor.description.exact("en") and actor.description.exact("ko"), actor.id


def test_the_story_is_covered_from_founding_to_aftermath(result) -> None:
    years = {
        event.edtf.earliest.year
        for event in result.timeline.events
        if event.edtf and event.edtf.earliest
    }
    assert {2015, 2018, 2019, 2023}.issubset(years)
    november = {
        event.date
        for event in result.timeline.events
        if event.date and event.date.startswith("2023-11-")
    }
    assert {"2023-11-17", "2023-11-20", "2023-11-21"} <= november
    assert 70 <= len(result.timeline.events) <= 130
