"""Tests for the evidence header: "2 of 3" navigation, the agreement line, title, byline, notice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QToolButton

from tests.ui.conftest import shown
from tests.ui.source.fixtures import child
from viewer.core.model import Event, Evidence, LocalText, Source, Timeline
from viewer.ui.source.header import EvidenceHeader, source_name

NEWS = Source(
    "news",
    title=LocalText.of({"en": "Sample news", "ko": "예시 기사"}),
    published="2023-11-17",
    author="Jane Doe",
    publisher="Example News",
    url="https://example.com/?a=1&b=<2>",
)
WIRE = Source("wire", title=LocalText.of({"en": "Wire report"}))
MARKUP = Source("markup", title=LocalText.of("<b>x</b><img src=x.png>"))
BARE = Source("bare")
TIMELINE = Timeline(sources=(NEWS, WIRE, MARKUP, BARE))


def event_citing(*sources: str) -> Event:
    """An event with one evidence entry per source id, in order."""
    return Event("fired", evidence=tuple(Evidence(s, f"quote {i}") for i, s in enumerate(sources)))


@pytest.fixture
def header(qtbot) -> EvidenceHeader:
    """An empty header, shown so that visibility can be read."""
    return shown(qtbot, EvidenceHeader(), 480, 220)


def label(header: EvidenceHeader, name: str) -> QLabel:
    return child(header, QLabel, name)


def button(header: EvidenceHeader, name: str) -> QToolButton:
    return child(header, QToolButton, name)


def test_source_name_is_the_title_in_the_language_else_english_else_the_id() -> None:
    assert source_name(TIMELINE, "news", "ko") == "예시 기사"
    assert source_name(TIMELINE, "news", "en") == "Sample news"
    assert source_name(TIMELINE, "wire", "ko") == "Wire report"
    assert source_name(TIMELINE, "bare", "en") == "bare"
    assert source_name(TIMELINE, "missing", "ko") == "missing"


def test_the_counter_says_which_evidence_is_read_and_the_arrows_ask_for_its_neighbours(
    qtbot, header: EvidenceHeader
) -> None:
    header.show_event(event_citing("news", "wire", "bare"), 1, TIMELINE, "en")
    assert label(header, "evidenceCounter").text() == "2 of 3"
    with qtbot.waitSignal(header.evidence_chosen) as following:
        qtbot.mouseClick(button(header, "evidenceNext"), Qt.MouseButton.LeftButton)
    assert following.args == [2]
    with qtbot.waitSignal(header.evidence_chosen) as previous:
        qtbot.mouseClick(button(header, "evidencePrev"), Qt.MouseButton.LeftButton)
    assert previous.args == [0]
    assert label(header, "evidenceCounter").text() == "2 of 3"  # the owner moves, not the header


def test_the_arrows_stop_at_the_first_and_the_last_evidence(qtbot, header: EvidenceHeader) -> None:
    event = event_citing("news", "wire", "bare")
    header.show_event(event, 0, TIMELINE, "en")
    assert label(header, "evidenceCounter").text() == "1 of 3"
    assert not button(header, "evidencePrev").isEnabled()
    assert button(header, "evidenceNext").isEnabled()
    with qtbot.assertNotEmitted(header.evidence_chosen):
        qtbot.mouseClick(button(header, "evidencePrev"), Qt.MouseButton.LeftButton)
    header.show_event(event, 2, TIMELINE, "en")
    assert label(header, "evidenceCounter").text() == "3 of 3"
    assert button(header, "evidencePrev").isEnabled()
    assert not button(header, "evidenceNext").isEnabled()


def test_the_list_names_each_evidence_source_and_picking_one_asks_for_it(
    qtbot, header: EvidenceHeader
) -> None:
    combo = child(header, QComboBox, "evidenceSources")
    with qtbot.assertNotEmitted(header.evidence_chosen):
        header.show_event(event_citing("news", "wire", "bare"), 0, TIMELINE, "ko")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "1. 예시 기사",
        "2. Wire report",
        "3. bare",
    ]
    assert combo.currentIndex() == 0
    combo.setFocus()
    with qtbot.waitSignal(header.evidence_chosen) as chosen:
        qtbot.keyClick(combo, Qt.Key.Key_End)
    assert chosen.args == [2]


def test_a_single_evidence_needs_no_navigation(header: EvidenceHeader) -> None:
    header.show_event(event_citing("news"), 0, TIMELINE, "en")
    assert not button(header, "evidenceNext").isVisible()
    assert not button(header, "evidencePrev").isVisible()
    assert not label(header, "evidenceCounter").isVisible()
    assert not child(header, QComboBox, "evidenceSources").isVisible()
    assert not label(header, "evidenceAgreement").isVisible()


def test_the_agreement_line_shows_only_when_two_or_more_sources_report_the_event(
    header: EvidenceHeader,
) -> None:
    agreement = label(header, "evidenceAgreement")
    header.show_event(event_citing("news", "news"), 0, TIMELINE, "en")
    assert button(header, "evidenceNext").isVisible()  # two entries ...
    assert not agreement.isVisible()  # ... but one source
    header.show_event(event_citing("news", "wire", "news"), 0, TIMELINE, "en")
    assert agreement.isVisible()
    assert agreement.text() == "Reported by 2 sources"


def test_the_agreement_tooltip_names_the_sources_escaped(header: EvidenceHeader) -> None:
    header.show_event(event_citing("markup", "news"), 0, TIMELINE, "ko")
    agreement = label(header, "evidenceAgreement")
    assert agreement.textFormat() == Qt.TextFormat.PlainText
    assert agreement.text() == "Reported by 2 sources"
    assert agreement.toolTip() == (
        "Reported by 2 sources: &lt;b&gt;x&lt;/b&gt;&lt;img src=x.png&gt;, 예시 기사"
    )


def test_the_byline_joins_author_publisher_and_date_in_the_language(
    header: EvidenceHeader,
) -> None:
    meta = label(header, "sourceMeta")
    header.show_source(NEWS, "news", TIMELINE, "en")
    assert label(header, "sourceTitle").text() == "Sample news"
    assert meta.isVisible()
    assert meta.text() == "Jane Doe · Example News · Nov 17, 2023"
    header.show_source(NEWS, "news", TIMELINE, "ko")
    assert label(header, "sourceTitle").text() == "예시 기사"
    assert meta.text() == "Jane Doe · Example News · 2023년 11월 17일"


def test_the_byline_leaves_out_what_is_missing_and_hides_when_nothing_is_known(
    header: EvidenceHeader,
) -> None:
    meta = label(header, "sourceMeta")
    header.show_source(Source("press", publisher="연합뉴스"), "press", TIMELINE, "ko")
    assert meta.text() == "연합뉴스"
    header.show_source(Source("odd", published="sometime in 2023"), "odd", TIMELINE, "en")
    assert meta.text() == "sometime in 2023"  # a date that does not parse shows as written
    header.show_source(BARE, "bare", TIMELINE, "en")
    assert meta.text() == ""
    assert not meta.isVisible()


def test_the_title_is_plain_text_and_its_tooltip_the_escaped_address(
    header: EvidenceHeader,
) -> None:
    title = label(header, "sourceTitle")
    header.show_source(MARKUP, "markup", TIMELINE, "en")
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert title.text() == "<b>x</b><img src=x.png>"
    assert title.toolTip() == ""  # no address
    header.show_source(NEWS, "news", TIMELINE, "en")
    assert title.toolTip() == "https://example.com/?a=1&amp;b=&lt;2&gt;"


def test_no_source_clears_the_title_and_byline(header: EvidenceHeader) -> None:
    header.show_source(NEWS, "news", TIMELINE, "en")
    header.show_source(None, "", TIMELINE, "en")
    assert label(header, "sourceTitle").text() == ""
    assert label(header, "sourceTitle").toolTip() == ""
    assert not label(header, "sourceMeta").isVisible()


def test_an_unknown_source_is_named_by_its_id(header: EvidenceHeader) -> None:
    header.show_source(None, "ghost", TIMELINE, "en")
    assert label(header, "sourceTitle").text() == "ghost"
    assert not label(header, "sourceMeta").isVisible()


def test_the_notice_shows_its_text_literally_and_hides_when_empty(
    header: EvidenceHeader,
) -> None:
    notice = label(header, "anchorNotice")
    header.set_notice("Quote not found: “<b>x</b>”")
    assert notice.isVisible()
    assert notice.textFormat() == Qt.TextFormat.PlainText
    assert notice.text() == "Quote not found: “<b>x</b>”"
    header.set_notice("")
    assert not notice.isVisible()
    header.set_notice("The quote occurs 2 times in this source.")
    assert notice.isVisible()
