"""SpanIndex: the records a look-up by position returns hold every record a scan of them all would find,
in the order they were given (so "the first" and ``min`` pick the same record)."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.spans import SpanIndex

SETTINGS = dict(derandomize=True, database=None, deadline=None, max_examples=300)


@dataclass(frozen=True)
class Rec:
    n: int
    start: int
    end: int


spans = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30)), max_size=60).map(
    lambda xs: [Rec(n, s, s + w) for n, (s, w) in enumerate(xs)])
queries = st.lists(st.tuples(st.integers(-10, 240), st.integers(0, 40)), min_size=1, max_size=20)


@settings(**SETTINGS)
@given(spans, queries)
def test_around_holds_every_record_touching_the_span_in_the_given_order(recs, qs):
    index = SpanIndex(recs)
    for s, w in qs:
        e = s + w
        touching = [r for r in recs if r.start <= e and r.end >= s]
        assert [r for r in index.around(s, e) if r.start <= e and r.end >= s] == touching
        got = index.around(s, e)
        assert got == sorted(got, key=lambda r: r.n)


@settings(**SETTINGS)
@given(spans, queries)
def test_starting_is_the_records_starting_in_the_range(recs, qs):
    index = SpanIndex(recs)
    for lo, w in qs:
        assert index.starting(lo, lo + w) == [r for r in recs if lo <= r.start <= lo + w]


def test_an_empty_index_finds_nothing():
    assert SpanIndex([]).around(0, 10) == [] and SpanIndex([]).starting(0, 10) == []
