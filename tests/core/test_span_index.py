"""A subset of a span index (the spans of the events a filter shows, picked by flags) answers
every question as an index made of those spans alone would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.spans import Span, SpanIndex

SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.sampled_from([0.5, 1, 3, 30, 400])), max_size=40
).map(
    lambda extents: [
        Span(index, float(start), float(start) + length, point=length < 1)
        for index, (start, length) in enumerate(extents)
    ]
)


@settings(max_examples=200, deadline=None)
@given(SPANS, st.data())
def test_a_subset_answers_as_an_index_of_the_shown_spans(spans: list[Span], data) -> None:
    flags = bytes(data.draw(st.lists(st.booleans(), min_size=len(spans), max_size=len(spans))))
    subset = SpanIndex(spans).subset(flags)
    alone = SpanIndex([span for span in spans if flags[span.index]])
    assert subset.size == alone.size
    lo = data.draw(st.integers(-5, 70))
    hi = lo + data.draw(st.integers(0, 80))
    most = data.draw(st.integers(1, 6))
    assert subset.count_starting(lo, hi) == alone.count_starting(lo, hi)
    assert subset.starting(lo, hi) == alone.starting(lo, hi)
    assert subset.first_starting(lo, hi, most) == alone.first_starting(lo, hi, most)
    assert subset.crossing(lo + 0.25) == alone.crossing(lo + 0.25)
    for span in spans:
        assert subset.contains(span) == bool(flags[span.index])


def test_a_subset_of_nothing_shown_is_empty() -> None:
    spans = [Span(0, 1.0, 2.0), Span(1, 5.0, 900.0)]
    subset = SpanIndex(spans).subset(b"\x00\x00")
    assert subset.size == 0 and subset.starting(-1e9, 1e9) == []


def test_a_subset_is_not_edited() -> None:
    spans = [Span(0, 1.0, 2.0), Span(1, 5.0, 6.0)]
    with pytest.raises(AssertionError):
        SpanIndex(spans).subset(b"\x01\x00").replaced([spans[0]], [])
