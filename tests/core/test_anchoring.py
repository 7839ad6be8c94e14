"""Tests for anchoring evidence quotes in source texts."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from viewer.core.anchoring import (
    MAX_COUNTED,
    Anchor,
    MatchKind,
    SourceText,
    find_all,
    find_quote,
    nfc,
    normalize,
    utf16_offset,
)

KOREAN = (
    "오픈AI 이사회는 17일 샘 올트먼 최고경영자를 해임했다. "
    "이사회는 그가 솔직하지 않았다고 밝혔다.\n"
    "\n"
    "마이크로소프트는 즉시 성명을 냈다. 주가는 3.5% 떨어졌다! 직원들은 동요했을까?\n"
    "그는 “이사회가 실수했다.”라고 말했다. “돌아가겠다.” 올트먼이 답했다.\n"
)

ENGLISH = (
    "Mr. Altman met Dr. Lee in the U.S. on Friday. The board cited e.g. candour vs. speed. "
    "Shares fell 3.5 percent! Was it planned?\n"
    "   \n"
    "A new paragraph starts here"
)


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in SourceText(text).sentence_spans()]


# -- exact and ambiguous ---------------------------------------------------------------------


def test_exact_whole_sentence() -> None:
    src = SourceText(KOREAN)
    quote = "이사회는 그가 솔직하지 않았다고 밝혔다."
    anchor = src.find(quote)
    assert anchor.kind is MatchKind.EXACT
    assert src.text[anchor.start : anchor.end] == quote
    assert anchor.start == KOREAN.index(quote)
    assert (anchor.score, anchor.occurrences) == (1.0, 1)
    assert anchor.found and not anchor.ambiguous and not anchor.disambiguated


def test_exact_part_of_a_sentence_and_surrounding_whitespace_ignored() -> None:
    src = SourceText(KOREAN)
    anchor = src.find("  샘 올트먼 최고경영자를\n")
    assert anchor.kind is MatchKind.EXACT
    assert src.text[anchor.start : anchor.end] == "샘 올트먼 최고경영자를"


def test_ambiguous_quote_reports_count_and_first_occurrence() -> None:
    text = "회의가 열렸다. 그는 반대했다. 다시 회의가 열렸다. 그는 반대했다."
    anchor = SourceText(text).find("그는 반대했다.")
    assert anchor.kind is MatchKind.EXACT
    assert anchor.occurrences == 2
    assert anchor.ambiguous and not anchor.disambiguated
    assert anchor.start == text.index("그는 반대했다.")


def test_sentence_inside_a_longer_sentence_counts() -> None:
    # "그렇다." is a whole sentence once and the tail of another sentence once.
    text = "그렇다. 정말 그렇다. 아니다."
    anchor = SourceText(text).find("그렇다.")
    assert anchor.occurrences == 2
    assert anchor.ambiguous
    assert anchor.start == 0


def test_line_without_end_mark_counted_by_scan() -> None:
    text = "속보\n속보 이사회 해임\n"
    anchor = SourceText(text).find("속보")
    assert (anchor.kind, anchor.start, anchor.occurrences) == (MatchKind.EXACT, 0, 2)


def test_overlapping_occurrences_count() -> None:
    assert SourceText("아아아아").find("아아").occurrences == 3


TWICE = (
    "첫날 그는 “좋다.” 라고 했다. 둘째 날 그는 “좋다.” 라고 했다. 셋째 날 그는 “좋다.” 라고 썼다."
)


@pytest.mark.parametrize(
    ("hints", "nth"),
    [
        ({"prefix": "둘째 날 그는"}, 1),
        ({"prefix": "셋째   날\n그는 "}, 2),  # context compares after whitespace normalization
        ({"suffix": "라고 썼다"}, 2),
        ({"prefix": "날 그는", "suffix": "라고 썼다."}, 2),
        ({"occurrence": 2}, 1),
        ({"occurrence": 3}, 2),
        ({"occurrence": 1}, 0),
    ],
)
def test_disambiguation(hints: dict, nth: int) -> None:
    quote = "“좋다.”"
    starts = [m.start() for m in re.finditer(re.escape(quote), TWICE)]
    anchor = SourceText(TWICE).find(quote, **hints)
    assert anchor.kind is MatchKind.EXACT
    assert anchor.occurrences == 3
    assert anchor.start == starts[nth]
    assert anchor.end == starts[nth] + len(quote)
    assert anchor.disambiguated and not anchor.ambiguous


def test_hints_fit_a_span_as_find_compares_them() -> None:
    quote = "“좋다.”"
    first, second, third = ((m.start(), m.end()) for m in re.finditer(quote, TWICE))
    src = SourceText(TWICE)
    assert src.hints_fit(*second, "둘째 날 그는", None)
    assert src.hints_fit(*second, "둘째   날\n그는 ", " 라고")  # after normalization
    assert not src.hints_fit(*first, "둘째 날 그는", None)
    assert src.hints_fit(*third, None, "라고 썼다.") and not src.hints_fit(*second, None, "썼다")
    assert src.hints_fit(*first, None, None) and src.hints_fit(*first, "", "")
    # as in find, a long hint compares by its last 200 characters, here mostly "x"
    assert not src.hints_fit(*third, "x" * 1_000_000 + "셋째 날 그는", None)
    assert src.find(quote, prefix="x" * 1_000_000 + "셋째 날 그는").ambiguous


def test_normalize_unifies_quote_marks_and_collapses_whitespace() -> None:
    assert normalize("  \u201c좋다.\u201d\n\t\u2018네\u2019  ") == "\"좋다.\" '네'"


def test_prefix_with_straight_quotes_matches_curly_source() -> None:
    text = 'He said "yes" twice. She said "yes" once.'
    anchor = SourceText(text.replace('"yes"', "\u201cyes\u201d")).find("yes", prefix='She said "')
    assert anchor.start == text.rindex("yes")
    assert anchor.disambiguated


@pytest.mark.parametrize(
    "hints",
    [{"prefix": "아무도 쓰지 않은 말"}, {"suffix": "라고"}, {"occurrence": 7}, {"occurrence": 0}],
)
def test_hints_that_pick_nothing_fall_back_to_first_and_stay_ambiguous(hints: dict) -> None:
    anchor = SourceText(TWICE).find("“좋다.”", **hints)
    assert anchor.start == TWICE.index("“좋다.”")
    assert anchor.occurrences == 3
    assert anchor.ambiguous


def test_hints_on_a_unique_quote_change_nothing() -> None:
    anchor = SourceText(KOREAN).find("주가는 3.5% 떨어졌다!", prefix="엉뚱한", occurrence=2)
    assert anchor.start == KOREAN.index("주가는")
    assert anchor.occurrences == 1 and not anchor.disambiguated and not anchor.ambiguous


def indexed(text: str) -> SourceText:
    """A SourceText that has built its sentence index: a source with few quotes is scanned
    for each, so the index is only used once many different quotes were looked up."""
    source = SourceText(text)
    for n in range(40):
        source.find(f"없는 문장 {n}.")
    assert source._index is not None, "the index is built after enough different quotes"
    return source


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (KOREAN, "이사회는 그가 솔직하지 않았다고 밝혔다."),
        (KOREAN, "주가는 3.5% 떨어졌다!"),
        (KOREAN, "“돌아가겠다.”"),
        ("회의가 열렸다. 그는 반대했다. 다시 회의가 열렸다. 그는 반대했다.", "그는 반대했다."),
        ("그렇다. 정말 그렇다. 아니다.", "그렇다."),
        ("속보\n속보 이사회 해임\n", "속보"),
        ("아아아아", "아아"),
        ("그는 떠났다.\n\n그는   떠났다.", "그는 떠났다."),
        (TWICE, "“좋다.”"),
        (ENGLISH, "Shares fell 3.5 percent!"),
    ],
)
def test_scanned_and_indexed_sources_anchor_alike(text: str, quote: str) -> None:
    for hints in ({}, {"occurrence": 2}, {"prefix": "그는"}, {"suffix": "라고 썼다."}):
        assert SourceText(text).find(quote, **hints) == indexed(text).find(quote, **hints)


def test_answers_are_remembered_per_quote_and_hints() -> None:
    source = SourceText(TWICE)
    first = source.find("“좋다.”")
    second = source.find("“좋다.”", occurrence=2)
    assert first.start < second.start and not first.disambiguated and second.disambiguated
    assert source.find("“좋다.”") is first and source.find("“좋다.”", occurrence=2) is second


def test_a_sentence_said_thousands_of_times_is_counted_to_the_cap() -> None:
    text = "그는 반대했다. " * (MAX_COUNTED + 500)
    for source in (SourceText(text), indexed(text)):
        anchor = source.find("그는 반대했다.")
        assert (anchor.start, anchor.occurrences) == (0, MAX_COUNTED)


# -- normalized --------------------------------------------------------------------------------


def test_newline_in_quote_matches_space_in_source() -> None:
    src = SourceText(KOREAN)
    anchor = src.find("마이크로소프트는 즉시\n성명을   냈다.")
    assert anchor.kind is MatchKind.NORMALIZED
    assert anchor.score == 1.0 and anchor.occurrences == 1
    assert src.text[anchor.start : anchor.end] == "마이크로소프트는 즉시 성명을 냈다."


def test_space_in_quote_matches_line_break_and_runs_in_source() -> None:
    text = "첫 줄이다. 이사회는\n  그를\t\t해임했다. 끝."
    src = SourceText(text)
    anchor = src.find("이사회는 그를 해임했다.")
    assert anchor.kind is MatchKind.NORMALIZED
    assert (anchor.start, anchor.end) == (text.index("이사회는"), text.index(" 끝."))


def test_straight_quotes_match_curly_source() -> None:
    src = SourceText(KOREAN)
    anchor = src.find('그는 "이사회가 실수했다."라고 말했다.')
    assert anchor.kind is MatchKind.NORMALIZED
    assert src.text[anchor.start : anchor.end] == "그는 “이사회가 실수했다.”라고 말했다."


def test_curly_single_quotes_and_whitespace_together() -> None:
    text = "He called it \u2018a mistake\u2019\nand left. Nothing else."
    anchor = SourceText(text).find("He called it 'a mistake' and left.")
    assert anchor.kind is MatchKind.NORMALIZED
    assert text[anchor.start : anchor.end] == "He called it \u2018a mistake\u2019\nand left."


def test_normalized_ambiguity_and_occurrence() -> None:
    text = "그는\n떠났다. 그녀는 남았다. 그는  떠났다."
    anchor = SourceText(text).find("그는 떠났다.", occurrence=2)
    assert anchor.kind is MatchKind.NORMALIZED
    assert anchor.occurrences == 2 and anchor.disambiguated
    assert text[anchor.start : anchor.end] == "그는  떠났다."


# -- fuzzy and not found -----------------------------------------------------------------------


def test_fuzzy_when_a_word_changed_in_the_source() -> None:
    text = "첫 문장이다. 대통령은 어제 서울에서 기자들과 만나 새 정책을 발표했다. 마지막 문장이다."
    quote = "대통령은 어제 부산에서 기자들과 만나 새 정책을 발표했다."
    anchor = SourceText(text).find(quote)
    assert anchor.kind is MatchKind.FUZZY
    assert 0.85 <= anchor.score < 1.0
    assert anchor.occurrences == 1 and anchor.found and not anchor.ambiguous
    assert (anchor.start, anchor.end) == (text.index("대통령은"), text.index(" 마지막"))


def test_fuzzy_when_the_source_passage_grew() -> None:
    text = "Intro. The board said on Friday that it had lost confidence in him. Outro."
    quote = "The board said that it had lost confidence in him."
    anchor = SourceText(text).find(quote)
    assert anchor.kind is MatchKind.FUZZY
    assert 0.85 <= anchor.score < 1.0
    assert text[anchor.start : anchor.end] == (
        "The board said on Friday that it had lost confidence in him."
    )


def test_fuzzy_threshold_is_respected() -> None:
    text = "The president met reporters in Seoul on Monday and announced a new policy."
    quote = "The president met journalists in Seoul on Monday and announced a new policy."
    loose = SourceText(text).find(quote)
    strict = SourceText(text).find(quote, threshold=0.99)
    assert loose.kind is MatchKind.FUZZY
    assert strict.kind is MatchKind.NOT_FOUND
    assert strict.score == pytest.approx(loose.score)
    assert (strict.start, strict.end, strict.occurrences) == (-1, -1, 0)


def test_unrelated_quote_is_not_found() -> None:
    anchor = SourceText(KOREAN).find("완전히 다른 이야기를 담은 문장은 여기에 없습니다.")
    assert anchor.kind is MatchKind.NOT_FOUND
    assert not anchor.found and not anchor.ambiguous
    assert 0.0 <= anchor.score < 0.85
    assert (anchor.start, anchor.end, anchor.occurrences) == (-1, -1, 0)


def test_quote_longer_than_source_is_not_found() -> None:
    anchor = find_quote(
        "짧다.", "짧다. 그리고 이 인용문은 원문보다 훨씬 길어서 원문 전체를 포함한다."
    )
    assert anchor.kind is MatchKind.NOT_FOUND
    assert anchor.score < 0.85


@pytest.mark.parametrize("quote", ["", "   ", "\n\t"])
def test_empty_quote_is_not_found(quote: str) -> None:
    anchor = SourceText(KOREAN).find(quote)
    assert anchor == Anchor(MatchKind.NOT_FOUND, -1, -1, 0.0, 0, False)


def test_empty_source_is_not_found() -> None:
    assert SourceText("").find("무엇").kind is MatchKind.NOT_FOUND
    assert SourceText(" \n ").find("무엇").kind is MatchKind.NOT_FOUND


# -- Unicode -----------------------------------------------------------------------------------


def test_nfd_source_and_nfc_quote_match_exactly() -> None:
    quote = "이사회는 그가 솔직하지 않았다고 밝혔다."
    src = SourceText(unicodedata.normalize("NFD", KOREAN))
    assert src.text == KOREAN  # stored composed
    anchor = src.find(quote)
    assert anchor.kind is MatchKind.EXACT
    assert src.text[anchor.start : anchor.end] == quote


def test_nfc_source_and_nfd_quote_match_exactly() -> None:
    quote = "마이크로소프트는 즉시 성명을 냈다."
    anchor = find_quote(KOREAN, unicodedata.normalize("NFD", quote))
    assert anchor.kind is MatchKind.EXACT
    assert (anchor.start, anchor.end) == (KOREAN.index(quote), KOREAN.index(quote) + len(quote))


def test_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "한국어")
    assert len(decomposed) > 3
    assert nfc(decomposed) == "한국어"
    assert nfc("plain") == "plain"


def test_emoji_before_quote_shifts_utf16_offsets_by_one_each() -> None:
    quote = "결정을 내렸다."
    text = "🙂 이사회가 🙂🙂 " + quote + " 🎉"
    src = SourceText(text)
    anchor = src.find(quote)
    assert anchor.kind is MatchKind.EXACT
    assert src.utf16_offset(anchor.start) == anchor.start + 3
    assert src.utf16_offset(anchor.end) == anchor.end + 3
    assert utf16_offset(text, anchor.start) == anchor.start + 3
    assert src.from_utf16_offset(anchor.start + 3) == anchor.start
    assert src.utf16_offset(len(text)) == len(text) + 4
    for offset in range(len(text) + 1):
        u16 = src.utf16_offset(offset)
        assert u16 == utf16_offset(text, offset) == len(text[:offset].encode("utf-16-le")) // 2
        assert src.from_utf16_offset(u16) == offset


def test_utf16_position_inside_a_surrogate_pair_rounds_down() -> None:
    src = SourceText("a🙂b")
    assert src.from_utf16_offset(2) == 1  # between the two halves of the emoji
    assert src.from_utf16_offset(3) == 2
    assert src.from_utf16_offset(99) == 3
    assert src.utf16_offset(99) == 4
    assert src.from_utf16_offset(-5) == src.utf16_offset(-5) == 0


# -- sentences ---------------------------------------------------------------------------------


def test_korean_sentences() -> None:
    assert sentences(KOREAN) == [
        "오픈AI 이사회는 17일 샘 올트먼 최고경영자를 해임했다.",
        "이사회는 그가 솔직하지 않았다고 밝혔다.",
        "마이크로소프트는 즉시 성명을 냈다.",
        "주가는 3.5% 떨어졌다!",
        "직원들은 동요했을까?",
        "그는 “이사회가 실수했다.”라고 말했다.",
        "“돌아가겠다.”",
        "올트먼이 답했다.",
    ]


def test_english_sentences_with_abbreviations_and_decimals() -> None:
    assert sentences(ENGLISH) == [
        "Mr. Altman met Dr. Lee in the U.S. on Friday.",
        "The board cited e.g. candour vs. speed.",
        "Shares fell 3.5 percent!",
        "Was it planned?",
        "A new paragraph starts here",
    ]


def test_sentence_spans_exclude_whitespace_and_blank_lines() -> None:
    text = "  첫째다.   둘째다.\r\n\r\n \t \n셋째?!  \n"
    spans = SourceText(text).sentence_spans()
    assert [text[a:b] for a, b in spans] == ["첫째다.", "둘째다.", "셋째?!"]
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)


def test_cjk_full_stop_splits_without_space() -> None:
    assert sentences("今日は晴れ。明日は雨。") == ["今日は晴れ。", "明日は雨。"]


def test_sentence_at() -> None:
    src = SourceText(KOREAN)
    second = KOREAN.index("이사회는 그가")
    span = src.sentence_at(second + 3)
    assert (
        span is not None
        and src.text[span[0] : span[1]] == "이사회는 그가 솔직하지 않았다고 밝혔다."
    )
    assert src.sentence_at(second) == span
    assert src.sentence_at(span[1]) == span  # a cursor just after the last character
    assert src.sentence_at(KOREAN.index("\n\n") + 1) is None  # on a blank line
    assert src.sentence_at(-1) is None
    assert SourceText("").sentence_at(0) is None


def test_sentence_spans_are_cached() -> None:
    src = SourceText(KOREAN)
    assert src.sentence_spans() is src.sentence_spans()


# -- find_all ----------------------------------------------------------------------------------


def test_find_all() -> None:
    text = "올트먼은 말했다. 샘 올트먼이 돌아왔다. 올트먼"
    assert find_all(text, "올트먼") == [(0, 3), (12, 15), (23, 26)]
    assert all(text[a:b] == "올트먼" for a, b in find_all(text, "올트먼"))
    assert find_all(text, unicodedata.normalize("NFD", "올트먼")) == find_all(text, "올트먼")
    assert find_all("aaaa", "aa") == [(0, 2), (2, 4)]  # non-overlapping
    assert find_all(text, "없는 이름") == []
    assert find_all(text, "") == [] and find_all(text, "  ") == []


# -- counts against brute force ----------------------------------------------------------------


def brute_starts(text: str, quote: str) -> list[int]:
    return [m.start() for m in re.finditer(f"(?={re.escape(quote)})", text)]


@pytest.mark.parametrize("seed", range(5))
def test_counts_and_positions_match_brute_force(seed: int) -> None:
    rnd = random.Random(seed)
    # A small vocabulary makes sentences repeat and nest inside one another.
    words = ["그렇다.", "정말", "그는", "“좋다.”", "말했다.", "Mr.", "3.5", "아니다!", "왜?"]
    lines = [" ".join(rnd.choices(words, k=rnd.randint(1, 12))) for _ in range(60)]
    text = "\n".join(lines)
    spans = SourceText(text).sentence_spans()
    quotes = {text[a:b] for a, b in spans} | set(words) | {"정말 그렇다."}
    for src in (SourceText(text), indexed(text)):
        for quote in sorted(quotes):
            expected = brute_starts(text, quote)
            anchor = src.find(quote)
            if not expected:
                assert anchor.kind is not MatchKind.EXACT
                continue
            assert anchor.kind is MatchKind.EXACT, quote
            assert anchor.occurrences == len(expected), quote
            assert anchor.start == expected[0], quote
            if len(expected) > 1:
                last = src.find(quote, occurrence=len(expected))
                assert last.start == expected[-1] and last.disambiguated


def test_many_lookups_use_the_sentence_index() -> None:
    # "문장 {n}" rather than "{n}번째": sentence 0 would occur inside sentence 10, 20 and so on.
    text = "\n".join(f"문장 {n}은 여기서 끝난다. 그리고 덧붙임 {n}이다." for n in range(2000))
    src = SourceText(text)
    for a, b in src.sentence_spans():
        anchor = src.find(text[a:b])
        assert (anchor.kind, anchor.start, anchor.end, anchor.occurrences) == (
            MatchKind.EXACT,
            a,
            b,
            1,
        )


def test_past_its_budget_a_quote_not_found_as_written_is_not_compared_approximately() -> None:
    from viewer.core.anchoring import FuzzyBudget

    src = SourceText("이사회는 올트먼을 해고했다. " * 50)
    budget = FuzzyBudget(units=len(src.text) * 2)  # room for two comparisons
    near, nearer, third = (
        "이사회는 올트만을 해고했다.",
        "이사회가 올트먼을 해고했다.",
        "이사회는 올트먼을 해임했다.",
    )
    assert src.find(near, budget=budget).kind is MatchKind.FUZZY
    assert src.find(nearer, budget=budget).kind is MatchKind.FUZZY
    skipped = src.find(third, budget=budget)
    assert skipped.kind is MatchKind.NOT_FOUND and not skipped.compared
    assert src.find(near, budget=budget).kind is MatchKind.FUZZY, "an answer found stands"
    assert src.find("이사회는 올트먼을 해고했다.", budget=budget).kind is MatchKind.EXACT
    assert src.find(third).compared, "without a budget every quote is compared"
    assert src.find(third).kind is MatchKind.FUZZY, "a skipped comparison is made next time"


def test_a_megabyte_of_prefix_is_compared_by_its_end() -> None:
    before = "가나다라마바사 " * 40  # 320 characters before the second occurrence
    src = SourceText("반복. " + before + "반복.")
    found = src.find("반복.", prefix="x" * 1_000_000 + before)
    assert found.start == src.text.rindex("반복.") and found.disambiguated
