"""Sentences end at terminators in Korean, English and CJK text, never inside a line break or
an abbreviation, and without the blanks around them."""

from __future__ import annotations

from viewer.core.sentences import END_CHARS, END_RE, split_sentences


def pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_korean_sentences_end_at_their_full_stops_question_and_exclamation_marks() -> None:
    assert pieces("이사회가 해임했다. 왜일까? 놀랍다!") == [
        "이사회가 해임했다.",
        "왜일까?",
        "놀랍다!",
    ]


def test_a_quoted_sentence_keeps_its_closing_quote_and_what_follows_on_the_line() -> None:
    assert pieces("그는 “실수했다.”라고 말했다. 끝.") == ["그는 “실수했다.”라고 말했다.", "끝."]
    assert pieces("“돌아가겠다.” 올트먼이 답했다.") == ["“돌아가겠다.”", "올트먼이 답했다."]


def test_decimals_initials_and_abbreviations_do_not_end_a_sentence() -> None:
    text = "J. K. Rowling met Mr. Lee (Dr. Kim too) at 3.5 p.m. in the U.S. on Friday. Next."
    assert pieces(text) == [
        "J. K. Rowling met Mr. Lee (Dr. Kim too) at 3.5 p.m. in the U.S. on Friday.",
        "Next.",
    ]


def test_a_lowercase_word_before_a_stop_ends_the_sentence() -> None:
    assert pieces("It was over. then it began.") == ["It was over.", "then it began."]


def test_cjk_terminators_end_a_sentence_with_no_space_after_them() -> None:
    assert pieces("今日は晴れ。明日は雨！本当？") == ["今日は晴れ。", "明日は雨！", "本当？"]


def test_no_sentence_runs_across_a_line_break_of_any_kind() -> None:
    text = "첫 줄\n둘째 줄\u2028셋째 줄\r\n넷째 줄"
    assert pieces(text) == ["첫 줄", "둘째 줄", "셋째 줄", "넷째 줄"]


def test_spans_leave_out_surrounding_blanks_and_blank_lines() -> None:
    text = "  첫째다.   둘째다.\r\n\r\n \t \n셋째?!  \n"
    spans = split_sentences(text)
    assert pieces(text) == ["첫째다.", "둘째다.", "셋째?!"]
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)
    assert split_sentences("") == [] and split_sentences(" \n\t ") == []


def test_every_terminator_and_closer_can_end_a_sentence() -> None:
    assert {".", "?", "!", "。", "？", "！", "”", "’", "」", ")"} <= END_CHARS
    assert END_RE.findall("a.b”c」") == [".", "”", "」"]
    assert all(sentence[-1] in END_CHARS for sentence in pieces("하나. 둘! “셋.” 넷?"))
