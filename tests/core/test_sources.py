from pathlib import Path

import pytest

from viewer.core.model import Event, Evidence, LocalText, Source, Timeline
from viewer.core.sources import (
    SourceInUse,
    add_source,
    citing_events,
    create_timeline,
    dismiss_sentence,
    file_stem,
    new_source_id,
    remove_source,
    replace_source,
    update_source,
    write_source_text,
)
from viewer.core.store import load_timeline
from viewer.core.writer import SaveError


def test_a_new_timeline_is_a_folder_with_an_empty_timeline_and_a_sources_folder(
    tmp_path: Path,
) -> None:
    path = create_timeline(tmp_path / "내 연대기", "  오픈AI   사태 ")
    assert path == tmp_path / "내 연대기" / "timeline.yaml"
    assert (tmp_path / "내 연대기" / "sources").is_dir()
    result = load_timeline(path)
    assert result.problems == []
    assert result.timeline.title.get("ko") == "오픈AI 사태"
    assert result.timeline.events == ()


def test_a_new_timeline_never_replaces_one_that_exists(tmp_path: Path) -> None:
    create_timeline(tmp_path, "First")
    before = (tmp_path / "timeline.yaml").read_bytes()
    with pytest.raises(SaveError, match="already holds a timeline"):
        create_timeline(tmp_path, "Second")
    assert (tmp_path / "timeline.yaml").read_bytes() == before


def test_a_new_timeline_cannot_be_made_inside_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(SaveError, match="is a file"):
        create_timeline(tmp_path / "file", "T")
    with pytest.raises(SaveError, match="could not create"):
        create_timeline(tmp_path / "file" / "below", "T")


def test_source_ids_come_from_the_name_and_never_repeat() -> None:
    timeline = Timeline(sources=(Source("openai-사태", file="a.txt"),))
    assert new_source_id("OpenAI 사태", timeline) == "openai-사태-2"
    assert new_source_id("The Board's Letter.html", timeline) == "the-board-s-letter-html"
    assert new_source_id("!!!", timeline) == "source"


def test_source_texts_are_written_beside_the_timeline_without_overwriting(
    tmp_path: Path,
) -> None:
    timeline_file = tmp_path / "timeline.yaml"
    first = write_source_text(timeline_file, "기사", "첫째\n")
    second = write_source_text(timeline_file, "기사", "둘째\n")
    assert (first, second) == ("sources/기사.txt", "sources/기사-2.txt")
    assert (tmp_path / first).read_text(encoding="utf-8") == "첫째\n"
    assert (tmp_path / second).read_text(encoding="utf-8") == "둘째\n"


def _cited() -> Timeline:
    return Timeline(
        sources=(Source("a", file="a.txt"), Source("b", file="b.txt")),
        events=(
            Event("e1", title=LocalText.of("one"), evidence=(Evidence("a", "q"),)),
            Event("e2", title=LocalText.of("two"), evidence=(Evidence("b", "q"),)),
            Event("e3", title=LocalText.of("three"), evidence=(Evidence("a", "r"),)),
        ),
    )


def test_a_cited_source_is_not_removed_and_the_events_are_named() -> None:
    timeline = _cited()
    assert citing_events(timeline, "a") == ["e1", "e3"]
    with pytest.raises(SourceInUse, match="cited by 2 events: e1, e3") as caught:
        remove_source(timeline, "a")
    assert caught.value.event_ids == ["e1", "e3"]
    free = Timeline(sources=timeline.sources)
    assert [s.id for s in remove_source(free, "a").sources] == ["b"]


def test_adding_updating_and_replacing_keep_the_order_of_sources() -> None:
    timeline = add_source(_cited(), Source("c", file="c.txt"))
    assert [s.id for s in timeline.sources] == ["a", "b", "c"]
    with pytest.raises(ValueError, match="already exists"):
        add_source(timeline, Source("a", file="x.txt"))
    renamed = update_source(timeline, Source("b", LocalText.of("Bee"), file="b.txt"))
    assert renamed.sources_by_id["b"].title.get("en") == "Bee"
    assert [s.id for s in renamed.sources] == ["a", "b", "c"]
    moved = replace_source(renamed, "b", "sources/b-2.txt")
    assert moved.sources_by_id["b"].file == "sources/b-2.txt"
    assert moved.sources_by_id["b"].title.get("en") == "Bee"


def test_a_dismissed_sentence_is_remembered_once() -> None:
    timeline = dismiss_sentence(_cited(), "a", "11월 18일 직원들이 반발했다.")
    again = dismiss_sentence(timeline, "a", "11월 18일 직원들이 반발했다.")
    assert again.sources_by_id["a"].dismissed == ("11월 18일 직원들이 반발했다.",)
    assert again.sources_by_id["b"].dismissed == ()


def test_a_long_title_gives_an_id_cut_after_a_whole_word() -> None:
    stem = file_stem("OpenAI DevDay 이후 급변하는 OpenAI 상황과 마이크로소프트의 선택")
    assert stem == "openai-devday-이후-급변하는-openai-상황과"
    assert len(file_stem("가" * 100)) == 40


def test_texts_are_never_written_outside_the_timelines_folder(tmp_path: Path) -> None:
    (tmp_path / "outside").mkdir()
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "sources").symlink_to(tmp_path / "outside")
    with pytest.raises(SaveError, match="cannot hold the texts"):
        write_source_text(tmp_path / "t" / "timeline.yaml", "a", "text\n")
    assert list((tmp_path / "outside").iterdir()) == []
