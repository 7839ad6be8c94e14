"""The bundled chronology is as careful as a fact-checker's: every claim anchored, nothing loose."""

from __future__ import annotations

import re

import pytest

from viewer.app import main
from viewer.core.agreement import disagrees, disputed_events
from viewer.core.anchoring import MatchKind, SourceText
from viewer.core.mentions import mentions
from viewer.core.store import load_timeline
from viewer.core.validation import anchor_evidence
from viewer.resources import bundled_timeline

FOLDER = bundled_timeline().parent
TAGS_HEADING = re.compile(r"^\s*[-*|]\s*`(?P<tag>[a-z-]+)`", re.MULTILINE)
# A date expression in a quote: a year, a month, a day or a number of weeks ("1주일만에").
DATE_EXPRESSION = re.compile(r"\d{4}|\d{1,2}\s*월|\d{1,2}\s*일|\d+\s*주일")
# Sentence endings that give what they report only as hearsay or rumour.
HEARSAY_ENDING = re.compile(
    r"(다고|라고) 합니다\.$|알려져 있구요\.$|전해졌습니다\.$"
    r"|이야기가 (돌고 있습니다|나오네요)|찌라시"
)
# The events whose sources say different things, recorded on their evidence entries as
# claims_date / claims_note (README, "Disagreements between sources").
DISPUTED = {
    "sutskever-joins-openai",
    "musk-main-early-funder",
    "altman-becomes-ceo",
    "altman-no-equity",
    "gpt4-turbo-128k-launched",
    "altman-fired",
    "firing-announced",
    "sutskever-led-ouster",
    "employee-letter",
    "altman-joins-microsoft",
    "board-anthropic-merger",
    "altman-reinstated",
}


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
    assert 70 <= len(result.timeline.events) <= 150


def _event(result, event_id):
    return result.timeline.events_by_id[event_id]


def _sources(event) -> list[str]:
    return [evidence.source for evidence in event.evidence]


def test_every_date_quote_anchors_exactly_and_once_in_its_own_source(result) -> None:
    count = 0
    for event in result.timeline.events:
        for evidence in event.evidence:
            if evidence.date_quote is None:
                continue
            count += 1
            assert event.date, (event.id, "a date_quote on an undated event")
            text = SourceText(result.texts[evidence.source].text)
            anchor = text.find(evidence.date_quote)
            assert anchor.kind.value == "exact", (event.id, evidence.date_quote)
            assert anchor.occurrences == 1, (event.id, evidence.date_quote)
            assert evidence.date_quote != evidence.quote, event.id
    assert count >= 60


def test_a_date_from_outside_the_quote_is_quoted_or_said_to_be_borrowed(result) -> None:
    for event in result.timeline.events:
        if not event.date:
            continue
        notes = event.notes.get("en")
        for evidence in event.evidence:
            if DATE_EXPRESSION.search(evidence.quote) or evidence.date_quote:
                continue
            assert "borrowed" in notes or "no sentence" in notes, (event.id, evidence.source)


def test_the_return_on_tuesday_is_dated_by_its_own_sentence(result) -> None:
    evidence = {e.source: e for e in _event(result, "altman-reinstated").evidence}
    tuesday = evidence["ms-white-knight"]
    assert tuesday.quote == "올트먼이 CEO로 복귀했다."
    assert tuesday.date_quote == "11월 21일 화요일, 이사회는 더 이상 버틸 수 없었다."


def test_the_board_replacement_is_split_by_source(result) -> None:
    ids = set(result.timeline.events_by_id)
    assert "board-replaced" not in ids
    resign = _event(result, "firing-directors-resign")
    assert _sources(resign) == ["musk-altman-emails"] and resign.kind == "fact"
    assert resign.date == "2023-11/2023-12"  # under "2023년", after the November firing
    reported = _event(result, "return-with-new-board-reported")
    assert _sources(reported) == ["altman-scheme-fiction"] and reported.kind == "claim"


def test_hearsay_about_the_return_is_not_pinned_to_19_november(result) -> None:
    talks = _event(result, "altman-return-talks")
    assert _sources(talks) == ["altman-scheme-fiction"] and talks.kind == "fact"
    assert talks.date == "2023-11-19"
    murati = _event(result, "murati-reinstatement-reported")
    assert _sources(murati) == ["devday-aftermath"] and murati.kind == "claim"
    assert murati.date != "2023-11-19" and not murati.date.startswith("2023-11-19")
    # The return itself is cited only by the sources that state it as done.
    assert "altman-scheme-fiction" not in _sources(_event(result, "altman-reinstated"))


def test_brockman_is_dated_as_the_only_source_dates_him(result) -> None:
    brockman = _event(result, "brockman-removed")
    assert _sources(brockman) == ["devday-aftermath"]
    assert brockman.date == "2023-11-13~"  # one week after DevDay, 11월 6일
    notes = brockman.notes.get("en")
    assert "openai-downfall-scenarios" in notes and "altman-fired" in notes
    assert "borrowed" in notes


def test_no_title_says_brockman_joined_microsoft(result) -> None:
    for event in result.timeline.events:
        ko, en = event.title.exact("ko"), event.title.exact("en")
        assert ko != "알트만, 브록만과 함께 마이크로소프트 합류"
        assert "with Brockman" not in en
        if "브록만" in ko and "합류" in ko:
            assert "예정" in ko, event.id
    summary = _event(result, "altman-joins-microsoft").summary.exact("ko")
    assert "합류할 예정" in summary


def test_the_employee_letter_gives_each_source_its_own_figure(result) -> None:
    letter = _event(result, "employee-letter")
    title = letter.title.exact("en") + letter.title.exact("ko")
    assert "700" not in title
    summary = letter.summary.exact("en")
    assert "more than 700 of its 770" in summary and "about 700 of about 770" in summary
    assert "over 90%" in summary
    notes = letter.notes.get("en")
    for figure in ("(700명이상)", "(700명 정도)", "(700명 이상)"):
        assert figure in notes, figure


def test_the_sleep_figure_is_not_tied_to_the_crisis(result) -> None:
    sleep = _event(result, "eightsleep-sleep-loss")
    assert "drama" not in sleep.summary.exact("en") and "사태" not in sleep.summary.exact("ko")
    assert sleep.date == "../2023-11-22"


def test_dangelo_is_named_as_the_articles_name_him(result) -> None:
    dangelo = result.timeline.actors_by_id["adam-dangelo"]
    assert dangelo.name.exact("ko") == "디안젤로"
    assert all("애덤" not in alias and "Adam" not in alias for alias in dangelo.aliases)
    for event in result.timeline.events:
        for text in (event.title, event.summary):
            assert "Adam" not in text.exact("en") and "애덤" not in text.exact("ko"), event.id
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    assert "Where names come from" in readme and "디안젤로" in readme


def test_reported_statements_follow_one_rule(result) -> None:
    """That a named speaker said something is a fact; what it asserts is a claim (README)."""
    acts = {
        "nadella-x-post",
        "nadella-tv-pressure",
        "altman-guest-badge-post",
        "sutskever-criticizes-altman",
        "khosla-backs-altman",
        "altman-no-ipo-strange-decision",
        "us-officials-unprecedented",
        "chollet-tweet",
        "rivals-claim-better-models",
        "firing-reasons-disclosed",
    }
    for event_id in acts:
        assert _event(result, event_id).kind == "fact", event_id
    prefixes = {
        "Author's view": "opinion",
        "Author's verdict": "opinion",
        "Author's guess": "speculation",
        "Author's forecast": "speculation",
        "Scenario": "speculation",
        "Fiction": "speculation",
    }
    for event in result.timeline.events:
        head, colon, _ = event.title.exact("en").partition(": ")
        if colon:
            assert event.kind == prefixes.get(head, "claim"), (event.id, head)
        if event.kind == "fact" and any(
            HEARSAY_ENDING.search(evidence.quote) for evidence in event.evidence
        ):
            assert "hearsay" in event.notes.get("en"), event.id


def test_the_authors_forecasts_and_explanations_are_kept(result) -> None:
    expected = {
        "scenario-long-standoff": ("openai-downfall-scenarios", "speculation"),
        "forecast-rough-patch": ("devday-aftermath", "speculation"),
        "forecast-closed-practices-fade": ("devday-aftermath", "speculation"),
        "governance-blamed": ("altman-scheme-fiction", "opinion"),
        "counterfactual-without-microsoft": ("ms-white-knight", "speculation"),
        "forecast-microsoft-final-winner": ("ms-white-knight", "speculation"),
        "gpts-app-store-column": ("openai-downfall-scenarios", "fact"),
    }
    for event_id, (source, kind) in expected.items():
        event = _event(result, event_id)
        assert _sources(event) == [source] and event.kind == kind, event_id
    assert "바로 지배구조 때문입니다" in _event(result, "governance-blamed").evidence[0].quote


def test_not_mentions_are_words_of_the_sources_that_hold_a_spelling(result) -> None:
    texts = [text.text for text in result.texts.values()]
    used = [actor for actor in result.timeline.actors if actor.not_mentions]
    assert used
    for actor in used:
        for word in actor.not_mentions:
            assert any(word in text for text in texts), (actor.id, word)
            assert any(spelling in word for spelling in actor.spellings), (actor.id, word)
    for_profit = result.timeline.actors_by_id["openai-lp"]
    for text in texts:
        for start, _ in mentions(text, for_profit):
            assert not text[:start].endswith(("비", "비영리 ")), text[start - 4 : start + 8]


def test_every_claimed_date_is_valid_and_differs_from_its_event(result) -> None:
    count = 0
    for event in result.timeline.events:
        for evidence in event.evidence:
            if evidence.claims_date is None:
                continue
            count += 1
            assert evidence.claimed_edtf is not None, (event.id, evidence.claims_date)
            assert evidence.claims_date != event.date, (event.id, evidence.source)
    assert count >= 5


def test_every_claims_note_gives_both_languages(result) -> None:
    for event in result.timeline.events:
        for evidence in event.evidence:
            if evidence.claims_note:
                for lang in ("en", "ko"):
                    assert evidence.claims_note.exact(lang), (event.id, evidence.source, lang)


def test_the_disagreements_between_sources_are_recorded_on_the_evidence(result) -> None:
    disputed = {event.id for event in disputed_events(result.timeline)}
    assert disputed == DISPUTED, disputed ^ DISPUTED
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Disagreements between sources", 1)[1].split("\n## ", 1)[0]
    for event_id in DISPUTED:
        assert f"`{event_id}`" in section, event_id
        assert disagrees(_event(result, event_id)), event_id


def test_each_source_keeps_its_own_date_where_they_differ(result) -> None:
    def claimed(event_id):
        return {e.source: e.claims_date for e in _event(result, event_id).evidence}

    assert claimed("sutskever-joins-openai") == {
        "musk-altman-emails": "2015",
        "altman-scheme-fiction": "2014",
    }
    assert claimed("firing-announced") == {
        "altman-scheme-fiction": "2023-11-18",
        "openai-downfall-scenarios": "2023-11-17",
    }
    fired = claimed("altman-fired")
    assert fired.pop("musk-altman-emails") == "2023-11"
    assert set(fired.values()) == {None}  # the others give the 17th, or no date at all
    notes = {e.source: e.claims_note.get("en") for e in _event(result, "employee-letter").evidence}
    assert "More than 700 of 770" in notes["altman-scheme-fiction"]
    assert "About 700 of about 770" in notes["openai-downfall-scenarios"]
    assert "over 90%" in notes["ms-white-knight"]
