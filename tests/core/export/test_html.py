"""The HTML page, read back with html.parser: no markup from the data, every quote, no links
that could run code, nothing fetched from elsewhere."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

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
from viewer.core.export import ExportOptions, to_html
from viewer.core.export.html_parts import safe_href
from viewer.core.model import Event, Evidence, LocalText, Source, Timeline

EXPECTED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "p", "main",
                 "section", "h2", "article", "h3", "span", "figure", "blockquote", "br",
                 "figcaption", "cite", "a", "strong", "dl", "dt", "dd"}  # fmt: skip


class Page(HTMLParser):
    """Every element with its attributes, and the text of chosen elements."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, list[str]] = {}
        self._open: list[tuple[str, str]] = []  # (tag, key) of the collecting elements
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag == "br":
            self._add("\n")
            return
        if tag in ("title", "h1", "h2", "h3", "blockquote", "figcaption", "p", "dd", "style"):
            key = f"{tag}.{attributes['class']}" if attributes.get("class") else tag
            self._open.append((tag, key))
            self.texts.setdefault(key, []).append("")

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1][0] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        self._add(data)

    def _add(self, data: str) -> None:
        for _, key in self._open:
            self.texts[key][-1] += data

    def tags(self) -> set[str]:
        return {tag for tag, _ in self.elements}

    def attributes(self, tag: str, name: str) -> list[str | None]:
        return [attrs.get(name) for t, attrs in self.elements if t == tag and name in attrs]


def test_the_page_is_self_contained_printable_html5() -> None:
    text = to_html(sample(), ExportOptions(lang="ko"))
    assert text.startswith("<!DOCTYPE html>\n")
    page = Page(text)
    assert page.tags() <= EXPECTED_TAGS
    assert page.attributes("html", "lang") == ["ko"]
    assert page.attributes("meta", "charset") == ["utf-8"]
    [style] = page.texts["style"]
    assert "@media print" in style
    assert '"Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif' in style
    # nothing is loaded from elsewhere
    assert "url(" not in style and "@import" not in style
    assert not any("src" in attrs for _, attrs in page.elements)
    assert not any(name.startswith("on") for _, attrs in page.elements for name in attrs)


def test_data_text_is_escaped_and_reads_back_as_written() -> None:
    page = Page(to_html(sample(), ExportOptions()))
    assert "script" not in page.tags() and "b" not in page.tags()
    assert page.texts["title"] == ["Sample *crisis*"]
    assert page.texts["h1"] == ["Sample *crisis*"]
    assert page.texts["h3"][:5] == [
        "2015 (2015) — OpenAI founded",
        f"Nov 2023 (2023-11) — {MARKUP_TITLE}",
        f"Nov 17, 2023 — {SCRIPT_TITLE}",
        "Nov 17–21, 2023 — # Five days",
        "배경: 수츠케버",
    ]
    assert page.texts["h2"] == ["Chronology", "Undated", "Sources"]
    assert page.texts["p.notes"] == [f"Notes: {NOTES}"]
    assert "Kind: Claim · Actors: OpenAI board" in page.texts["p.meta"]


def test_every_quote_and_date_quote_is_present_with_its_source() -> None:
    page = Page(to_html(sample(), ExportOptions()))
    assert page.texts["blockquote"] == [
        "+1 이라는 말",
        SCRIPT_QUOTE,
        "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다.",
        FORMULA_QUOTE,
        '@SUM(1) 닷새, 그리고 "복귀", 끝',
    ]
    assert page.texts["blockquote.date-quote"] == [DATE_QUOTE]
    assert page.texts["p.claim"] == [
        "This source gives: Nov 18, 2023",
        "This source says: *Not* the board",
    ]
    korean = Page(to_html(sample(), ExportOptions(lang="ko")))
    assert korean.texts["p.claim"] == [
        "이 출처의 날짜: 2023년 11월 18일",
        "이 출처의 설명: 이사회가 <아님>",
    ]
    assert page.texts["figcaption"][:3] == [
        "— ghost (unknown source)",
        "— *x* [a](b), Nov 2023 onward",
        "— 오픈AI 사태 <b>정리</b>, 예시일보, Nov 22, 2023",
    ]
    # quotes are marked as Korean for fonts and screen readers, from the source's language
    assert page.attributes("blockquote", "lang") == ["ko"] * 5  # not the unknown source's


def test_only_http_https_and_mailto_urls_become_links() -> None:
    page = Page(to_html(sample(), ExportOptions()))
    assert set(page.attributes("a", "href")) == {"https://news.example/a?x=1&y=2"}
    # the javascript: URL is shown as text in the source list, not linked
    assert "javascript:alert(1)" in page.texts["dd"]


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.com/a?b=1&c=2", True),
        ("HTTP://EXAMPLE.COM", True),
        ("mailto:desk@example.com", True),
        ("javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>x</script>", False),
        ("file:///etc/passwd", False),
        ("//example.com/x", False),
        ("sources/a.txt", False),
        ("https:no-host", False),
        ('https://example.com/"onmouseover="x', True),  # linked, but with the quote escaped
        ("http://[::1", False),
        ("", False),
    ],
)
def test_safe_href(url: str, linked: bool) -> None:
    href = safe_href(url)
    assert (href is not None) is linked
    if href is not None:
        assert '"' not in href


def test_a_link_keeps_its_url_and_cannot_break_out_of_the_attribute() -> None:
    url = 'https://example.com/"onmouseover="alert(1)'
    timeline = Timeline(
        sources=(Source("s", file="s.txt", url=url),),
        events=(Event("e", date="2023", title=LocalText.of("t"), evidence=(Evidence("s", "q"),)),),
    )
    page = Page(to_html(timeline, ExportOptions()))
    assert set(page.attributes("a", "href")) == {url}
    assert not any(name.startswith("on") for _, attrs in page.elements for name in attrs)


def test_odd_data_does_not_break_the_page() -> None:
    timeline = Timeline(
        events=(
            Event("e", date="2023-12-01", kind="<img src=x>", evidence=(Evidence("", ""),)),
            Event("bad", date="2023-13-45", title=LocalText.of("Bad date")),
        )
    )
    page = Page(to_html(timeline, ExportOptions(lang="ko")))
    assert "img" not in page.tags()
    assert page.texts["h3"] == ["2023년 12월 1일 — (제목 없음)", "Bad date", "?"]
    assert page.texts["p.date-unknown"] == ["해석할 수 없는 날짜: 2023-13-45"]
    assert page.texts["p.meta"][0] == "유형: <img src=x>"
    # an odd kind is no class name; a known one is
    assert page.attributes("article", "class") == ["event", "event kind-fact", "source"]
    assert page.texts["figcaption"] == ["— ? (알 수 없는 출처)"]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_bundled_chronology_has_every_event_and_quote(lang: str) -> None:
    timeline = bundled()
    page = Page(to_html(timeline, ExportOptions(lang=lang)))
    events = [
        attrs
        for tag, attrs in page.elements
        if tag == "article" and "event" in (attrs.get("class") or "")
    ]
    assert len(events) == BUNDLED_EVENTS
    expected = [e.evidence[0].quote for e in sorted(timeline.events, key=_order) if e.evidence]
    firsts = _first_quotes(page)
    normalized = [
        "\n".join(line.strip() for line in q.splitlines() if line.strip()) for q in expected
    ]
    assert firsts == normalized
    assert page.attributes("html", "lang") == [lang]


def _order(event: Event) -> tuple[int, object]:
    # dated events in date order (stable, so stored order within a day), then the undated
    return (0, event.edtf.sort_key) if event.edtf else (1, 0)


def _first_quotes(page: Page) -> list[str]:
    """The first quote of each event article, in page order."""
    quotes, seen_in_article, index = [], False, 0
    blockquotes = page.texts["blockquote"]
    for tag, attrs in page.elements:
        if tag == "article":
            seen_in_article = "event" not in (attrs.get("class") or "")
        elif tag == "blockquote" and "class" not in attrs:
            if not seen_in_article:
                quotes.append(blockquotes[index])
                seen_in_article = True
            index += 1
    return quotes


def test_the_periods_are_listed_before_the_chronology() -> None:
    import dataclasses

    from viewer.core.model import Period

    timeline = dataclasses.replace(
        sample(), periods=(Period("c", LocalText.of("<b>Crisis</b>"), "2023-11-17/2023-11-21"),)
    )
    page = to_html(timeline, ExportOptions())
    assert '<section class="periods">' in page
    assert "&lt;b&gt;Crisis&lt;/b&gt;" in page and "<b>Crisis</b>" not in page
    assert page.index('class="periods"') < page.index('class="chronology"')
