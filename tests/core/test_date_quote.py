"""The sentence that states an event's date is evidence too: checked, anchored and counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.anchoring import SourceText
from viewer.core.coverage import source_coverage
from viewer.core.evidence_index import index_source
from viewer.core.model import Event, Evidence, LocalText, Source, Timeline
from viewer.core.problems import Severity
from viewer.core.store import load_text
from viewer.core.validation import anchor_date_quote, anchor_evidence

TEXT = (
    "11월 17일 금요일, 이사회는 올트먼을 해임했다. 직원들은 놀랐다.\n\n"
    "11월 21일 화요일, 이사회는 더 이상 버틸 수 없었다. 올트먼이 CEO로 복귀했다.\n\n"
    "2024년 5월, 수츠케버가 떠났다."
)


def _timeline(date_quote: str | None) -> Timeline:
    evidence = Evidence("s", "올트먼이 CEO로 복귀했다.", date_quote=date_quote)
    return Timeline(
        sources=(Source("s", file="s.txt"),),
        events=(Event("back", "2023-11-21", LocalText.of("Back"), evidence=(evidence,)),),
    )


def _problems(date_quote: str | None) -> list[tuple[Severity, str]]:
    from viewer.core.writer import dump_timeline

    result = load_text(
        dump_timeline(_timeline(date_quote)), Path("t.yaml"), {"s": SourceText(TEXT)}
    )
    return [(p.severity, p.message) for p in result.problems]


def test_a_date_quote_found_in_the_source_is_no_problem() -> None:
    assert _problems("11월 21일 화요일, 이사회는 더 이상 버틸 수 없었다.") == []


def test_a_date_quote_not_in_the_source_is_an_error_on_its_key() -> None:
    (problem,) = _problems("11월 22일 수요일")
    assert problem == (Severity.ERROR, "date quote not found in source 's'")


def test_an_approximate_or_empty_date_quote_is_reported() -> None:
    (approximate,) = _problems("11월 21일 화요일, 이사회는 더 이상 버틸 수 업었다.")
    assert approximate[0] is Severity.WARNING and "approximately" in approximate[1]
    (empty,) = _problems("")
    assert empty[0] is Severity.ERROR and "date_quote is empty" in empty[1]


def test_of_several_places_the_date_quote_nearest_the_quote_is_taken() -> None:
    text = SourceText("이사회. 11월 21일. 다른 일.\n\n11월 21일. 그가 복귀했다.\n\n11월 21일.")
    evidence = Evidence("s", "그가 복귀했다.", date_quote="11월 21일.")
    quote = anchor_evidence(text, evidence)
    date = anchor_date_quote(text, evidence, near=quote)
    assert date.found and date.start == text.text.index("11월 21일. 그가")


def test_coverage_counts_dated_sentences_used_by_quotes_or_date_quotes() -> None:
    text = SourceText(TEXT)
    dated = [span for span in text.sentence_spans() if "월" in TEXT[span[0] : span[1]]]
    assert len(dated) == 3
    without = source_coverage(text, index_source(_timeline(None), "s", text), dated)
    assert len(without.unsupported) == 3 and without.share == 0
    with_date = _timeline("11월 21일 화요일, 이사회는 더 이상 버틸 수 없었다.")
    covered = source_coverage(text, index_source(with_date, "s", text), dated)
    assert [TEXT[a:b][:7] for a, b in covered.unsupported] == ["11월 17일", "2024년 5"]
    assert covered.share == pytest.approx(1 / 3)
    assert covered.next_unsupported(0) == covered.unsupported[1]
    assert covered.next_unsupported(covered.unsupported[1][0]) == covered.unsupported[0]
    assert covered.next_unsupported(0, backwards=True) == covered.unsupported[1]


def test_a_source_without_dated_sentences_has_no_coverage_share() -> None:
    text = SourceText("날짜 없는 글.")
    coverage = source_coverage(text, index_source(Timeline(), "s", text), [])
    assert coverage.share is None and coverage.next_unsupported(0) is None
