"""Layout: time <-> x, packing without overlaps, clusters, and cost that follows the view."""

from __future__ import annotations

import datetime
import itertools

from viewer.core.layout import is_background, layout_band
from viewer.core.model import Event, date_of
from viewer.core.spans import Span, SpanIndex, event_span, time_bounds
from viewer.core.viewport import Viewport

DAY = float(datetime.date(2023, 11, 17).toordinal())


def width_of(_index: int) -> float:
    return 80.0


def overlaps(a, b) -> bool:
    return a.lane == b.lane and a.left < b.right and b.left < a.right


def test_event_spans_follow_the_date_precision() -> None:
    bounds = (DAY - 1000, DAY + 1000)
    day = event_span(0, Event("a", date="2023-11-17"), bounds)
    month = event_span(1, Event("b", date="2023-11"), bounds)
    open_end = event_span(2, Event("c", date="2023-11-17/.."), bounds)
    vague = event_span(3, Event("d", date="2015~"), bounds)
    assert (day.start, day.end, day.point) == (DAY, DAY + 1, True)
    assert (month.end - month.start, month.point) == (30, False)
    assert open_end.open_end and open_end.end == bounds[1]
    assert vague.vague
    assert event_span(4, Event("e"), bounds) is None
    assert time_bounds([date_of("2023-11-17"), None, date_of("2023-12")]) == (
        DAY,
        float(datetime.date(2023, 12, 31).toordinal() + 1),
    )


def test_packed_boxes_never_overlap_and_every_event_is_shown_or_counted() -> None:
    spans = [Span(i, DAY + (i % 40) * 0.5, DAY + (i % 40) * 0.5 + 1 + i % 3) for i in range(120)]
    view = Viewport(DAY - 2, 30.0, 1200)
    layout = layout_band(SpanIndex(spans), view, 6, width_of)
    boxes = layout.boxes
    assert all(not overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert all(0 <= box.lane < 6 for box in boxes)
    assert len(boxes) + layout.hidden == 120
    assert layout.clusters, "120 events cannot fit in 6 rows"
    cluster_edges = [(c.x0, c.x1) for c in layout.clusters]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(cluster_edges))


def test_events_outside_the_view_are_not_laid_out() -> None:
    spans = [Span(0, DAY, DAY + 1), Span(1, DAY + 100, DAY + 101)]
    layout = layout_band(SpanIndex(spans), Viewport(DAY - 5, 20.0, 400), 4, width_of)
    assert [box.index for box in layout.boxes] == [0]
    assert layout.hidden == 0


def test_a_long_span_that_began_before_the_view_is_still_drawn() -> None:
    spans = [Span(0, DAY - 3000, DAY + 3000), Span(1, DAY + 5, DAY + 6)]
    layout = layout_band(SpanIndex(spans), Viewport(DAY, 20.0, 400), 4, width_of)
    assert sorted(box.index for box in layout.boxes) == [0, 1]
    long_box = next(box for box in layout.boxes if box.index == 0)
    assert long_box.x0 < 0 < long_box.x1


def test_a_dense_week_becomes_clusters_without_visiting_each_event() -> None:
    spans = [Span(i, DAY + (i % 7) + (i % 100) / 100, DAY + (i % 7) + 1) for i in range(50_000)]
    index = SpanIndex(spans)
    seen: list[int] = []

    def measured(event_index: int) -> float:
        seen.append(event_index)
        return 60.0

    layout = layout_band(index, Viewport(DAY - 1000, 0.5, 1200), 8, measured)
    assert layout.hidden + len(layout.boxes) == 50_000
    assert len(seen) < 200, "the layout looked at events one by one"


def test_span_index_counts_and_finds_by_start() -> None:
    spans = [Span(i, DAY + i, DAY + i + 2 ** (i % 6)) for i in range(100)]
    index = SpanIndex(spans)
    assert index.size == 100
    assert index.count_starting(DAY + 10, DAY + 20) == 10
    assert [s.index for s in index.starting(DAY + 10, DAY + 13)] == [10, 11, 12]
    crossing = {s.index for s in index.crossing(DAY + 50.5)}
    assert crossing == {s.index for s in spans if s.start < DAY + 50.5 < s.end}


def test_long_spans_from_before_the_view_leave_rows_for_the_events_on_screen() -> None:
    long = [Span(i, DAY - 400 - i, DAY + 400) for i in range(20)]
    today = [Span(100 + i, DAY + 2 + i, DAY + 3 + i, point=True) for i in range(4)]
    layout = layout_band(SpanIndex(long + today), Viewport(DAY, 60.0, 600), 6, width_of)
    shown = {box.index for box in layout.boxes}
    assert {100, 101, 102, 103} <= shown
    assert len(shown & set(range(20))) == 2, "a third of six rows for spans from before"
    assert layout.hidden == 18


def test_a_day_is_never_background_even_where_it_is_wider_than_the_view() -> None:
    decades = [Span(i, DAY - 4000 - i, DAY + 4000) for i in range(3)]
    day = Span(9, DAY, DAY + 1, point=True)
    view = Viewport(DAY - 0.2, 2000.0, 600)  # a fifth of a day: the day is 2000 px wide
    assert not is_background(day, view)
    layout = layout_band(SpanIndex([*decades, day]), view, 3, width_of)
    assert 9 in {box.index for box in layout.boxes}


def test_a_long_span_starting_in_view_waits_until_the_short_ones_have_their_rows() -> None:
    year = Span(0, DAY, DAY + 365)  # starts first, covers the whole view
    days = [Span(1 + i, DAY + 5 + i * 12, DAY + 6 + i * 12, point=True) for i in range(3)]
    layout = layout_band(SpanIndex([year, *days]), Viewport(DAY, 20.0, 600), 3, width_of)
    lanes = {box.index: box.lane for box in layout.boxes}
    assert lanes[0] > max(lanes[1], lanes[2], lanes[3]), lanes
    assert is_background(year, Viewport(DAY, 20.0, 600))
    assert not is_background(days[0], Viewport(DAY, 20.0, 600))
    assert is_background(Span(9, DAY, DAY + 1, open_end=True), Viewport(DAY, 20.0, 600))


def test_a_label_near_the_right_edge_goes_to_the_left_of_its_event() -> None:
    view = Viewport(DAY, 10.0, 500)
    layout = layout_band(SpanIndex([Span(0, DAY + 48, DAY + 49, point=True)]), view, 2, width_of)
    box = layout.boxes[0]
    assert box.label_x + box.label_width <= box.x0
    assert box.left >= 0 and box.right <= view.width


def _dense_day(count: int) -> list[Span]:
    return [Span(i, DAY + i / (count * 2), DAY + 1, point=True) for i in range(count)]


def test_the_selected_event_is_drawn_even_where_its_neighbours_become_a_cluster() -> None:
    spans = _dense_day(30)
    index = SpanIndex(spans)
    view = Viewport(DAY - 5, 20.0, 400)
    plain = layout_band(index, view, 3, width_of)
    assert 17 not in {box.index for box in plain.boxes}, "a dense day is a cluster"
    kept = layout_band(index, view, 3, width_of, keep=spans[17])
    assert 17 in {box.index for box in kept.boxes}
    assert len(kept.boxes) + kept.hidden == 30, "every event is shown or counted once"
    assert all(not overlaps(a, b) for i, a in enumerate(kept.boxes) for b in kept.boxes[i + 1 :])


def test_a_selected_event_in_a_crowded_row_is_kept_and_the_others_pack_around_it() -> None:
    spans = [Span(i, DAY + i * 0.2, DAY + i * 0.2 + 0.1, point=True) for i in range(12)]
    index = SpanIndex(spans)
    view = Viewport(DAY - 1, 100.0, 800)
    plain = layout_band(index, view, 2, width_of)
    hidden = next(span for span in spans if span.index not in {b.index for b in plain.boxes})
    kept = layout_band(index, view, 2, width_of, keep=hidden)
    assert hidden.index in {box.index for box in kept.boxes}
    assert len(kept.boxes) + kept.hidden == 12
    assert all(not overlaps(a, b) for i, a in enumerate(kept.boxes) for b in kept.boxes[i + 1 :])


def test_a_selected_span_from_before_the_view_is_kept_out_of_the_edge_cluster() -> None:
    long = [Span(i, DAY - 400 - i, DAY + 400) for i in range(20)]
    layout = layout_band(SpanIndex(long), Viewport(DAY, 60.0, 600), 3, width_of, keep=long[15])
    assert 15 in {box.index for box in layout.boxes}
    assert len(layout.boxes) + layout.hidden == 20


def test_selecting_a_shown_foreign_or_distant_event_changes_nothing() -> None:
    spans = [Span(i, DAY + i * 0.2, DAY + i * 0.2 + 0.1, point=True) for i in range(12)]
    distant = Span(12, DAY + 500, DAY + 501, point=True)
    index = SpanIndex([*spans, distant])
    view = Viewport(DAY - 1, 100.0, 800)
    plain = layout_band(index, view, 2, width_of)
    assert plain.clusters, "the row is crowded"
    shown = spans[plain.boxes[0].index]
    foreign = Span(999, DAY, DAY + 1, point=True)  # at the same place, but another band's event
    for keep in (shown, foreign, distant):
        assert layout_band(index, view, 2, width_of, keep=keep) == plain


def test_span_index_knows_its_members() -> None:
    spans = [Span(i, DAY + i // 3, DAY + i // 3 + 2 ** (i % 4)) for i in range(30)]
    index = SpanIndex(spans[::2])
    assert all(index.contains(span) for span in spans[::2])
    assert not any(index.contains(span) for span in spans[1::2])


def test_a_label_with_no_room_on_either_side_is_shortened_to_stay_in_view() -> None:
    view = Viewport(DAY, 10.0, 300)
    point = Span(0, DAY + 15, DAY + 16, point=True)  # mid-view: 145 px free left, 135 right
    bar = Span(1, DAY + 10, DAY + 18)  # 80 px long: 96 px free left, 116 right
    for span in (point, bar):
        box = layout_band(SpanIndex([span]), view, 2, lambda _: 600.0).boxes[0]
        assert box.left >= 0 and box.right <= view.width
        assert box.label_width > 100, "the roomier side is used"


def test_a_bar_running_off_the_right_edge_keeps_its_label_inside_the_visible_part() -> None:
    view = Viewport(DAY, 10.0, 150)
    bar = Span(0, DAY + 2, DAY + 400)  # 130 px visible, less than its label needs
    box = layout_band(SpanIndex([bar]), view, 2, lambda _: 600.0).boxes[0]
    assert box.label_x == box.x0 + 4 and box.label_x + box.label_width <= view.width


def test_clusters_stay_inside_the_view_whatever_its_width() -> None:
    spans = [
        Span(i, DAY + (i % 50) * 0.2, DAY + (i % 50) * 0.2 + 0.1, point=True) for i in range(500)
    ]
    for width in (530.0, 555.0, 560.0):
        view = Viewport(DAY, width / 10, width)
        layout = layout_band(SpanIndex(spans), view, 3, width_of)
        assert layout.clusters
        assert all(0 <= c.x0 < c.x1 <= width for c in layout.clusters)
        assert len(layout.boxes) + layout.hidden == 500
        edges = [(c.x0, c.x1) for c in layout.clusters]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(edges))


def test_the_first_spans_of_a_crowd_are_found_without_looking_at_the_rest() -> None:
    spans = [Span(i, DAY + (i % 7) * 0.1, DAY + (i % 7) * 0.1 + 2 ** (i % 5)) for i in range(500)]
    index = SpanIndex(spans)
    first = index.first_starting(DAY, DAY + 1, 6)
    expected = sorted(spans, key=lambda span: (span.start, span.index))[:6]
    assert first == expected
