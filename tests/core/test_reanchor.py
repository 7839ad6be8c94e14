"""Tests for carrying a source's evidence over to a new version of its text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from viewer.core.model import Event, Evidence, Source, Timeline
from viewer.core.reanchor import (
    ReanchorStatus,
    apply_reanchor,
    marked_diff,
    reanchor,
)

OLD = (
    "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다.\n"
    "직원 700명 이상이 해임 반대 서명에 참여했다.\n"
    "그날 밤 이사회는 성명을 냈다.\n"
    "11월 21일 화요일, 올트먼이 CEO로 복귀했다.\n"
    "그는 돌아가겠다고 말했다.\n"
    "이사회는 그 결정을 공식적으로 발표했다.\n"
    "이사회는 그가 솔직하지 않았다고 밝혔다.\n"
    "기자들은 샘 올트먼을 만났다. 주주들은 샘 올트먼을 만났다.\n"
)
NEW = (
    "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트만을 해고했다.\n"  # a letter
    "직원 770명 이상이 해임 반대 서명에 참여했다.\n"  # a number
    "그날 밤 이사회는 성명을 냈다. 다음 날 이사회는 성명을 냈다.\n"  # now twice
    "11월 21일 화요일, 올트먼이 CEO로 복귀했다.\n"
    "그는 “돌아가겠다”고 말했다.\n"  # quote marks
    "이사회는 그 결정을 공식적으로 발표하지 않았다.\n"  # a negation
    "기자들은 샘 올트만을 만났다. 주주들은 샘 올트만을 만났다.\n"  # the 솔직 sentence is gone
)

TYPO = "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다."
NUMBER = "직원 700명 이상이 해임 반대 서명에 참여했다."
STATEMENT = "이사회는 성명을 냈다."
RETURN = "11월 21일 화요일, 올트먼이 CEO로 복귀했다."
SAID = '그는 "돌아가겠다"고 말했다.'
NEGATED = "이사회는 그 결정을 공식적으로 발표했다."
GONE = "이사회는 그가 솔직하지 않았다고 밝혔다."
MET = "샘 올트먼을 만났다."

EVIDENCE = {
    "typo": Evidence("news", TYPO),
    "number": Evidence("news", NUMBER),
    "statement": Evidence("news", STATEMENT),  # once in the old text, twice in the new
    "statement-next-day": Evidence("news", STATEMENT, prefix="다음 날 "),
    "return": Evidence("news", RETURN, prefix="지난 ", occurrence=3),  # hints gone stale
    "said": Evidence("news", SAID),
    "negated": Evidence("news", NEGATED),
    "gone": Evidence("news", GONE),
    "met": Evidence("news", MET, occurrence=2),
    "met-first": Evidence("news", MET),
}


def timeline() -> Timeline:
    events = tuple(
        Event(name, evidence=(Evidence("other", TYPO), evidence))
        for name, evidence in EVIDENCE.items()
    )
    return Timeline(sources=(Source("news"), Source("other")), events=events)


def entries() -> dict:
    return {entry.event_id: entry for entry in reanchor(timeline(), "news", NEW).entries}


def passage(entry) -> str:
    return NEW[entry.start : entry.end]


def test_every_entry_citing_the_source_is_listed_with_its_place() -> None:
    report = reanchor(timeline(), "news", NEW)
    assert report.source_id == "news" and report.text.text == NEW
    listed = [(e.event_id, e.event_index, e.evidence_index) for e in report.entries]
    assert listed == [(name, i, 1) for i, name in enumerate(EVIDENCE)]
    assert all(e.evidence is EVIDENCE[e.event_id] for e in report.entries)


@pytest.mark.parametrize(
    ("name", "status", "found"),
    [
        ("typo", ReanchorStatus.FUZZY, TYPO.replace("올트먼", "올트만")),
        ("number", ReanchorStatus.CHANGED, NUMBER.replace("700", "770")),
        ("statement", ReanchorStatus.EXACT, STATEMENT),
        ("return", ReanchorStatus.EXACT, RETURN),
        ("said", ReanchorStatus.NORMALIZED, "그는 “돌아가겠다”고 말했다."),
        ("negated", ReanchorStatus.CHANGED, "이사회는 그 결정을 공식적으로 발표하지 않았다."),
        ("met", ReanchorStatus.FUZZY, "샘 올트만을 만났다."),
    ],
)
def test_each_entry_says_how_its_quote_stands_in_the_new_text(
    name: str, status: ReanchorStatus, found: str
) -> None:
    entry = entries()[name]
    assert entry.status is status
    assert passage(entry) == found
    assert (entry.anchor.score == 1.0) is (
        status in (ReanchorStatus.EXACT, ReanchorStatus.NORMALIZED)
    )


def test_a_lost_quote_has_no_place_and_its_best_score() -> None:
    entry = entries()["gone"]
    assert entry.status is ReanchorStatus.LOST
    assert (entry.start, entry.end) == (-1, -1)
    assert 0 < entry.anchor.score < 0.85
    assert (entry.changes, entry.diff) == ((), "")


def test_approximate_entries_show_what_differs() -> None:
    found = entries()
    assert found["typo"].diff == "… 이사회는 샘 올트[-먼-]{+만+}을 해고했다."
    assert found["typo"].changes == ()
    assert found["number"].diff == "직원 [-700-]{+770+}명 이상이 해임 …"
    assert [c.describe() for c in found["number"].changes] == ['"700명" became "770명"']
    assert found["negated"].diff == "… 결정을 공식적으로 발표[-했-]{+하지 않았+}다."
    assert [c.kind for c in found["negated"].changes] == ["negation"]
    assert all(found[name].diff == "" for name in ("statement", "return", "said"))


def test_the_hints_pick_among_passages_worded_alike() -> None:
    found = entries()
    # approximate matching takes the first; the occurrence says it is the second
    assert found["met"].start == NEW.rindex(MET.replace("올트먼", "올트만"))
    assert found["met-first"].start == NEW.index(MET.replace("올트먼", "올트만"))


def apply() -> dict[str, Evidence]:
    applied = apply_reanchor(timeline(), reanchor(timeline(), "news", NEW))
    return {event.id: event.evidence[1] for event in applied.events}


def test_a_reworded_quote_is_rewritten_to_the_new_wording() -> None:
    assert apply()["typo"] == Evidence("news", TYPO.replace("올트먼", "올트만"))


def test_a_rewritten_quote_worded_twice_gets_the_occurrence_it_stands_at() -> None:
    new = apply()
    assert new["met"] == Evidence("news", "샘 올트만을 만났다.", occurrence=2)
    assert new["met-first"] == Evidence("news", "샘 올트만을 만났다.", occurrence=1)


def test_changed_lost_and_still_ambiguous_quotes_are_left_as_they_were() -> None:
    new = apply()
    for name in ("number", "negated", "gone", "statement"):
        assert new[name] is EVIDENCE[name], name


def test_hints_are_refreshed_only_where_they_no_longer_fit() -> None:
    new = apply()
    assert new["statement-next-day"] is EVIDENCE["statement-next-day"]  # it still picks it
    assert new["said"] is EVIDENCE["said"]
    assert new["return"] == Evidence("news", RETURN)  # the prefix and occurrence went stale


def test_after_applying_every_quote_left_to_the_user_is_the_one_still_flagged() -> None:
    applied = apply_reanchor(timeline(), reanchor(timeline(), "news", NEW))
    again = {e.event_id: e for e in reanchor(applied, "news", NEW).entries}
    before = entries()
    for name, entry in again.items():
        if before[name].status is ReanchorStatus.FUZZY:
            assert entry.status is ReanchorStatus.EXACT, name
            assert (entry.start, entry.end) == (before[name].start, before[name].end)
        if entry.status is ReanchorStatus.EXACT and name != "statement":
            assert not entry.anchor.ambiguous, name
    assert again["statement"].anchor.ambiguous  # nothing says which of the two is meant
    assert {n for n, e in again.items() if e.status is ReanchorStatus.CHANGED} == {
        "number",
        "negated",
    }


def test_other_sources_and_their_evidence_are_untouched() -> None:
    before = timeline()
    applied = apply_reanchor(before, reanchor(before, "news", NEW))
    assert applied.sources == before.sources
    for event, old in zip(applied.events, before.events, strict=True):
        assert event.evidence[0] is old.evidence[0]
    assert reanchor(before, "nothing-cites-this", NEW).entries == ()


def test_an_entry_edited_since_the_report_is_left_alone() -> None:
    before = timeline()
    report = reanchor(before, "news", NEW)
    edited = Evidence("news", "사용자가 고친 인용문.")
    typo = replace(before.events[0], evidence=(before.events[0].evidence[0], edited))
    changed = replace(before, events=(typo, *before.events[1:]))
    assert apply_reanchor(changed, report).events[0].evidence[1] is edited
    shorter = replace(before, events=before.events[1:])  # events moved: ids no longer match
    assert apply_reanchor(shorter, report).events == shorter.events


def one_quote(evidence: Evidence, text: str) -> Evidence:
    """The evidence after reanchoring a timeline citing `text` by `evidence` alone."""
    tl = Timeline(sources=(Source("news"),), events=(Event("left", evidence=(evidence,)),))
    return apply_reanchor(tl, reanchor(tl, "news", text)).events[0].evidence[0]


def test_a_normalized_quote_keeps_hints_that_pick_it_and_loses_stale_ones() -> None:
    twice = "그는\n떠났다. 그녀는 남았다. 그는  떠났다. 끝."
    picked = Evidence("news", "그는 떠났다.", prefix="남았다. ")
    assert one_quote(picked, twice) is picked
    stale = Evidence("news", "그는 떠났다.", prefix="엉뚱한 ", occurrence=2)
    assert one_quote(stale, "그는\n떠났다. 끝.") == Evidence("news", "그는 떠났다.")
    # hints that contradict each other pick nothing: which one is meant is the user's call
    assert one_quote(stale, twice) is stale


@pytest.mark.parametrize(
    ("quote", "passage", "marked"),
    [
        ("지지율은 27%였다.", "지지율은 49%였다.", "지지율은 [-27-]{+49+}%였다."),
        ("주가는 3.5% 떨어졌다.", "주가는 13.5% 떨어졌다.", "주가는 [-3.5-]{+13.5+}% 떨어졌다."),
        (
            "The board fired Sam Altman on Friday after a long review.",
            "The board praised Sam Altman on Friday after a long review.",
            "The board [-fir-]{+prais+}ed Sam Altman …",
        ),
        ("a b c d e f g h i j k", "a b c d e X g h i j k", "… d e [-f-]{+X+} g h …"),
        ("He did go.", "He did not go.", "He did {+not +}go."),
        ("같다.", "같다.", "같다."),
        ("“인용”이다", '"인용"이다', '"인용"이다'),  # compared with quote marks unified
    ],
)
def test_the_marked_diff_shows_changes_with_a_few_words_around(
    quote: str, passage: str, marked: str
) -> None:
    assert marked_diff(quote, passage) == marked
