"""Records found by their place in a text without reading them all.

A per-record or per-sentence pass that scans every record of a document ("the claims around this
event", "the mentions inside this sentence") costs the square of the document's length: a 5 MB text
holds tens of thousands of each. :class:`SpanIndex` sorts the records by ``start`` once; a query
returns the records that *could* touch a place, and the caller keeps its own test over them. The
records come back in the order they were given, so a caller's "first" or ``min`` picks the same
record as a scan of them all would.
"""
from __future__ import annotations

import bisect
from operator import attrgetter
from typing import Callable, Generic, Iterable, TypeVar

T = TypeVar("T")

_START, _END = attrgetter("start"), attrgetter("end")


class SpanIndex(Generic[T]):
    """Records with character offsets (``start``, ``end`` by default), by position."""

    def __init__(self, items: Iterable[T], start: Callable[[T], int] = _START, end: Callable[[T], int] = _END):
        self.items = list(items)
        self._order = sorted(range(len(self.items)), key=lambda i: start(self.items[i]))
        self._starts = [start(self.items[i]) for i in self._order]
        # the longest record: one that reaches a place starts at most this far before it
        self.reach = max([0, *(end(x) - start(x) for x in self.items)])

    def __len__(self) -> int:
        return len(self.items)

    def starting(self, lo: int, hi: int) -> list[T]:
        """The records that start at ``lo`` to ``hi`` (both included), in the given order."""
        a = bisect.bisect_left(self._starts, lo)
        b = bisect.bisect_right(self._starts, hi)
        if b - a <= 1:
            return [self.items[i] for i in self._order[a:b]]
        return [self.items[i] for i in sorted(self._order[a:b])]

    def around(self, start: int, end: int) -> list[T]:
        """Every record that may overlap, hold, lie inside or touch ``start:end``: those starting from the
        longest record's length before ``start`` up to ``end``, in the given order (a superset: the
        caller tests each)."""
        return self.starting(start - self.reach, end)
