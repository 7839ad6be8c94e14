from viewer.core.anchoring import SourceText
from viewer.core.model import Actor, Event, Evidence, LocalText, Source, Timeline
from viewer.core.search import search

TIMELINE = Timeline(
    sources=(Source("a", file="a.txt"),),
    actors=(Actor("altman", LocalText.of({"en": "Sam Altman", "ko": "샘 올트먼"}), ("올트먼",)),),
    events=(
        Event(
            "fired",
            "2023-11-17",
            LocalText.of({"en": "Board fires Altman", "ko": "이사회, 올트먼 전격해임"}),
            summary=LocalText.of({"ko": "이사회가 올트먼을 해임했다."}),
            actors=("altman",),
            tags=("board",),
            evidence=(Evidence("a", "이사회는 올트먼을 해임했다."),),
        ),
    ),
)
TEXTS = {"a": SourceText("첫 문단.\n\n이사회는 올트먼을 해임했다. 올트먼은\n복귀했다.\n")}


def test_korean_is_found_inside_words_in_every_field_and_in_sources() -> None:
    hits = search(TIMELINE, TEXTS, "해임")
    assert [(h.kind, h.field) for h in hits] == [
        ("event", "title"),
        ("event", "summary"),
        ("event", "quote"),
        ("source", "text"),
    ]
    source = hits[-1]
    assert TEXTS["a"].text[source.start : source.end] == "해임"
    assert "올트먼을 해임했다" in source.text


def test_latin_text_ignores_case_and_a_line_break_counts_as_a_space() -> None:
    assert [(h.field, h.text) for h in search(TIMELINE, TEXTS, "sam ALTMAN")] == [
        ("actor", "Sam Altman")
    ]
    assert [h.field for h in search(TIMELINE, TEXTS, "BOARD")] == ["title", "tag"]
    (hit,) = search(TIMELINE, TEXTS, "올트먼은 복귀")
    assert (hit.kind, TEXTS["a"].text[hit.start : hit.end]) == ("source", "올트먼은\n복귀")


def test_nothing_and_limits() -> None:
    assert search(TIMELINE, TEXTS, "   ") == []
    assert search(TIMELINE, TEXTS, "없는말") == []
    assert len(search(TIMELINE, TEXTS, "올트먼", limit=2)) == 2
    decomposed = "\u1112\u1162\u110b\u1175\u11b7"  # 해임 as NFD jamo
    assert len(search(TIMELINE, TEXTS, decomposed)) == 4
