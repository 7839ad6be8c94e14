"""The Markdown chronology, read back with markdown-it: headings, blockquotes, literal data."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.core.export.builders import (
    BUNDLED_EVENTS,
    DATE_QUOTE,
    FORMULA_QUOTE,
    MARKUP_TITLE,
    NOTES,
    SCRIPT_QUOTE,
    SCRIPT_TITLE,
    bundled,
    sample,
)
from viewer.core.export import ExportOptions, to_markdown
from viewer.core.export.markdown import escape_line, escape_lines
from viewer.core.model import Event, LocalText, Timeline

# GFM's extras too, so that escaping | and ~ is checked where they would mean something.
MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
# Token types that only markup the data could have made would produce.
FORBIDDEN = {"link_open", "image", "html_inline", "html_block", "code_inline", "code_block",
             "fence", "s_open", "table_open", "hr", "ordered_list_open"}  # fmt: skip


@dataclass
class Block:
    kind: str  # "h1".."h3", "p", "quote" (a paragraph inside a blockquote) or "li"
    text: str  # the text a reader sees, line breaks as "\n"
    emphasised: list[str]


def read(markdown: str) -> list[Block]:
    """The document's blocks in order, as a reader sees them."""
    tokens = MD.parse(markdown)
    assert not {token.type for token in tokens} & FORBIDDEN
    blocks, quote_depth, item_depth, kind = [], 0, 0, "p"
    for token in tokens:
        quote_depth += {"blockquote_open": 1, "blockquote_close": -1}.get(token.type, 0)
        item_depth += {"list_item_open": 1, "list_item_close": -1}.get(token.type, 0)
        if token.type == "heading_open":
            kind = token.tag
        elif token.type == "paragraph_open":
            kind = "quote" if quote_depth else "li" if item_depth else "p"
        elif token.type == "inline":
            blocks.append(_inline(kind, token.children or []))
    return blocks


def _inline(kind: str, children: list) -> Block:
    assert not {child.type for child in children} & FORBIDDEN
    text, emphasised, inside = "", [], None
    for child in children:
        if child.type in ("em_open", "strong_open"):
            inside = ""
        elif child.type in ("em_close", "strong_close"):
            emphasised.append(inside)
            inside = None
        else:
            piece = "\n" if child.type in ("softbreak", "hardbreak") else child.content
            text += piece
            inside = None if inside is None else inside + piece
    return Block(kind, text, emphasised)


def texts(blocks: list[Block], kind: str) -> list[str]:
    return [block.text for block in blocks if block.kind == kind]


def test_the_chronology_has_a_title_events_in_order_an_undated_section_and_sources() -> None:
    blocks = read(to_markdown(sample(), ExportOptions()))
    assert texts(blocks, "h1") == ["Sample *crisis*"]
    assert texts(blocks, "h2") == ["Chronology", "Undated", "Sources"]
    assert texts(blocks, "h3") == [
        "2015 (2015) — OpenAI founded",
        f"Nov 2023 (2023-11) — {MARKUP_TITLE}",
        f"Nov 17, 2023 — {SCRIPT_TITLE}",
        "Nov 17–21, 2023 — # Five days",
        "배경: 수츠케버",
        "오픈AI 사태 <b>정리</b>",
        "*x* [a](b)",
        "ghost",
    ]


def test_every_quote_is_a_blockquote_naming_its_source_with_the_date_quote() -> None:
    quotes = texts(read(to_markdown(sample(), ExportOptions())), "quote")
    assert quotes == [
        "+1 이라는 말",
        "— ghost (unknown source)",
        SCRIPT_QUOTE,
        "— *x* [a](b), Nov 2023 onward",
        "Date stated in: " + DATE_QUOTE,
        "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다.",
        "— 오픈AI 사태 <b>정리</b>, 예시일보, Nov 22, 2023",
        FORMULA_QUOTE,
        "— *x* [a](b), Nov 2023 onward",
        "This source gives: Nov 18, 2023",
        "This source says: *Not* the board",
        '@SUM(1) 닷새, 그리고 "복귀", 끝',
        "— 오픈AI 사태 <b>정리</b>, 예시일보, Nov 22, 2023",
    ]


def test_kind_actors_summary_and_notes_are_marked() -> None:
    blocks = read(to_markdown(sample(), ExportOptions()))
    paragraphs = texts(blocks, "p")
    assert "Kind: Claim · Actors: OpenAI board" in paragraphs
    assert "Kind: Opinion · Actors: elon-musk" in paragraphs  # an unknown actor by its id
    assert "Staff sign a letter." in paragraphs
    assert f"Notes: {NOTES}" in paragraphs
    # emphasis comes only from the export's own labels, never from the data's asterisks
    emphasised = {text for block in blocks for text in block.emphasised}
    assert emphasised == {
        "Kind:",
        "Actors:",
        "Notes:",
        "Date stated in:",
        "This source gives:",
        "This source says:",
    }


def test_the_source_list_gives_full_metadata() -> None:
    items = texts(read(to_markdown(sample(), ExportOptions())), "li")
    assert items[:7] == [
        "ID: news",
        "Author: 김기자",
        "Publisher: 예시일보",
        "Published: Nov 22, 2023 (2023-11-22)",
        "URL: https://news.example/a?x=1&y=2",
        "Language: ko",
        "File: sources/news.txt",
    ]
    assert "cited, but not in the timeline's list of sources" in items


def test_korean_uses_korean_words_and_keeps_korean_text() -> None:
    text = to_markdown(sample(), ExportOptions(lang="ko"))
    blocks = read(text)
    assert texts(blocks, "h1") == ["예시 <사태>"]
    assert texts(blocks, "h2") == ["연대기", "날짜 미상", "출처"]
    assert "2023년 11월 (2023-11) — 11월의 <혼란> & 소동" in texts(blocks, "h3")
    paragraphs = texts(blocks, "p")
    for kind in ("사실", "주장", "의견", "추측"):
        assert any(p.startswith(f"유형: {kind}") for p in paragraphs)
    assert "유형: 사실 · 관련 인물·단체: 샘 올트먼, 오픈AI 이사회" in paragraphs
    assert "비고: " + NOTES in paragraphs
    assert "날짜 근거: " + DATE_QUOTE in texts(blocks, "quote")
    assert "샘 올트먼" in text  # Korean is written as is, not escaped


def test_a_filtered_export_names_the_filter_and_leaves_out_undated_events() -> None:
    options = ExportOptions(actor_ids=("board",), date_from="2023-11-17")
    blocks = read(to_markdown(sample(), options))
    description = "Events with OpenAI board, from 2023-11-17"
    assert (blocks[1].kind, blocks[1].text, blocks[1].emphasised) == (
        "p",
        description,
        [description],
    )
    assert texts(blocks, "h2") == ["Chronology", "Sources"]
    # the month overlaps the range, though it starts before it
    assert [h for h in texts(blocks, "h3") if "—" in h] == [
        f"Nov 2023 (2023-11) — {MARKUP_TITLE}",
        f"Nov 17, 2023 — {SCRIPT_TITLE}",
    ]


def test_odd_data_is_shown_as_it_is() -> None:
    timeline = Timeline(
        events=(
            Event("empty", date="2023-12-01"),
            Event("bad", date="2023-13-45", title=LocalText.of("Bad date")),
        )
    )
    blocks = read(to_markdown(timeline, ExportOptions()))
    assert texts(blocks, "h1") == ["Timeline"]
    assert texts(blocks, "h3") == ["Dec 1, 2023 — (untitled)", "Bad date"]
    assert "Date not understood: 2023-13-45" in texts(blocks, "p")
    assert "No events." in texts(read(to_markdown(Timeline(), ExportOptions())), "p")


TEXT = st.text(st.sampled_from("abc 가나\t\n\\`*_[]()<>#|~&!-+=.:;0123456789'\"{}"), max_size=40)


@given(TEXT)
def test_any_text_on_one_line_reads_back_as_written(text: str) -> None:
    expected = " ".join(text.split())
    if not expected:
        return
    [block] = read(escape_line(expected))
    assert (block.kind, block.text) == ("p", expected)


@given(TEXT)
def test_any_text_in_lines_reads_back_line_by_line(text: str) -> None:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    blocks = read(escape_lines(text))
    assert [block.text for block in blocks] == (["\n".join(lines)] if lines else [])


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_bundled_chronology_exports_every_event_in_date_order(lang: str) -> None:
    timeline = bundled()
    assert len(timeline.events) == BUNDLED_EVENTS
    sections: dict[str, list[str]] = {}
    section = ""
    blocks = read(to_markdown(timeline, ExportOptions(lang=lang)))
    for block in blocks:
        if block.kind == "h2":
            section = block.text
        elif block.kind == "h3":
            sections.setdefault(section, []).append(block.text)
    chronology, undated, _sources = sections.values()
    dated = [event for event in timeline.events if event.edtf]
    assert len(chronology) + len(undated) == BUNDLED_EVENTS
    assert chronology == [_heading(event, lang) for event in sorted(dated, key=_sort_key)]
    assert undated == [event.title.get(lang) for event in timeline.events if not event.edtf]
    quotes = sum(len(event.evidence) for event in timeline.events)
    assert sum(block.text.startswith("— ") for block in blocks if block.kind == "quote") == quotes


def _sort_key(event: Event) -> object:
    assert event.edtf is not None
    return event.edtf.sort_key


def _heading(event: Event, lang: str) -> str:
    assert event.edtf is not None
    edtf = f" ({event.edtf.text})" if event.edtf.precision.name != "DAY" else ""
    return f"{event.edtf.render(lang)}{edtf} — {event.title.get(lang)}"


def test_the_periods_are_listed_before_the_chronology() -> None:
    import dataclasses

    from viewer.core.model import Period

    timeline = dataclasses.replace(
        sample(),
        periods=(
            Period(
                "crisis",
                LocalText.of({"en": "The *crisis*", "ko": "사태"}),
                "2023-11-17/2023-11-21",
            ),
            Period("undated", LocalText.of("No date")),
        ),
    )
    text = to_markdown(timeline, ExportOptions())
    assert "## Periods\n\n- **Nov 17–21, 2023**: The \\*crisis\\*\n\n## Chronology" in text
    assert "No date" not in text
    assert "## 시대 구분\n\n- **2023년 11월 17\\~21일**: 사태" in to_markdown(
        timeline, ExportOptions(lang="ko")
    )


def test_a_claimed_date_that_is_the_events_own_is_not_shown_as_a_difference() -> None:
    timeline = sample()
    fired = timeline.events_by_id["fired"]
    news, blog = fired.evidence
    same = dataclasses.replace(blog, claims_date=fired.date, claims_note=LocalText())
    events = tuple(
        dataclasses.replace(fired, evidence=(news, same)) if e is fired else e
        for e in timeline.events
    )
    text = to_markdown(dataclasses.replace(timeline, events=events), ExportOptions())
    assert "This source gives" not in text
