"""Which date clusters of one merge key a mention may join, without trying every cluster.

:func:`~newsweave.consolidate.graph._date_clusters` gives each mention, most precise dates first, to the
first cluster (in creation order) that accepts it. A key reported over years has thousands of clusters, and
trying each for each mention made merging cost the square of the key's size. A cluster's date is fixed
when it is created (every later mention is as precise or less), so the clusters that can accept a mention
are few and known in advance:

- a mention dated at some precision: the clusters whose date starts with its date;
- an undated one: those holding a member of its story, the undated clusters of no known report, and those
  whose first report lies within the undated window of its report date (eventdates.reports_fit; a range of them
  ordered by first report; a mention of no known report: every undated cluster), those of the years its
  document dates other actions in, and those whose date falls in the window its report date allows (per date
  precision the clusters were created in date order: the window is a range of them).

:meth:`ClusterIndex.candidates` yields a superset of the accepting clusters in creation order; the caller
still asks the full test of each, so the first accepted is the one trying every cluster finds.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import heapq
from collections import defaultdict
from collections.abc import Callable, Iterator


class ClusterIndex:
    """The clusters of one key by date prefix, story and year, and per date length the range of each window."""

    def __init__(self, lengths: set[int], last_day: Callable[[str], _dt.date], window_days: int,
                 undated_days: int = 0, lead_days: int = 0) -> None:
        self.lengths = sorted(lengths)
        self.last_day = last_day
        self.window_days = window_days
        self.lead_days = lead_days  # how far after a report a cluster's date may begin (eventdates.report_lead)
        self.undated_days = undated_days
        self.by_prefix: dict[tuple[int, str], list[int]] = defaultdict(list)
        self.by_story: dict[str, list[int]] = defaultdict(list)
        self.in_story: set[tuple[str, int]] = set()
        self.by_year: dict[str, list[int]] = defaultdict(list)
        self.undated: list[int] = []  # the undated clusters of a known report, in creation order
        self.by_first: list[int] = []  # their first report days at creation (ordinals), ascending
        self.by_first_ids: list[int] = []  # ... and the clusters in that order (ties in creation order)
        self.unreported: list[int] = []  # the undated clusters of no known report
        self.undated_sorted = True  # whether they were created in order of first report (then the orders agree)
        # per date length: first cluster index, dates and last days in creation (= date) order
        self.blocks: dict[int, tuple[int, list[str], list[int | None]]] = {}
        self.unsorted: set[int] = set()  # date lengths whose dates or days do not ascend (then: whole block)
        self.size = 0

    def add(self, date: str | None, reports: tuple[_dt.date, _dt.date] | None = None) -> int:
        """Index a new cluster dated ``date`` (``reports``: an undated one's first and last report days); returns
        its index."""
        i = self.size
        self.size += 1
        if not date:
            if reports is not None:
                first = reports[0].toordinal()
                at = bisect.bisect_right(self.by_first, first)
                self.undated_sorted &= at == len(self.by_first)
                self.undated.append(i)
                self.by_first.insert(at, first)
                self.by_first_ids.insert(at, i)
            else:
                self.unreported.append(i)
            return i
        for n in self.lengths:
            if n <= len(date):
                self.by_prefix[(n, date[:n])].append(i)
        self.by_year[date[:4]].append(i)
        _start, dates, days = self.blocks.setdefault(len(date), (i, [], []))
        try:
            day = self.last_day(date).toordinal()
        except ValueError:
            day = None
        if day is None or (dates and (date < dates[-1] or days[-1] is None or day < days[-1])):
            self.unsorted.add(len(date))
        dates.append(date)
        days.append(day)
        return i

    def joined(self, i: int, story: str) -> None:
        """Cluster ``i`` holds a member of ``story``."""
        if (story, i) not in self.in_story:
            self.in_story.add((story, i))
            bisect.insort(self.by_story[story], i)

    def candidates(self, date: str | None, story: str, reported: str | None, before: str | None,
                   years: frozenset[str], fits: "FigureFits | None" = None) -> Iterator[int]:
        """Cluster indices, ascending, that may accept a mention dated ``date`` (its action date) of ``story``.
        Undated mentions: ``reported`` its report date (or None), ``before`` the date no cluster may be later
        than (a mention dated by its report), ``years`` the years its document dates other actions in.
        ``fits``: the clusters the mention's figures may still fit (:class:`FigureFits`); the others are left out."""
        keep = (lambda xs: xs) if fits is None else fits.among
        if date:
            yield from keep(self.by_prefix.get((len(date), date), ()))
            return
        sources = [keep(self.by_story.get(story, ())), keep(self.unreported),
                   keep(self._undated_window(reported) if reported else self.undated)]
        if reported:
            sources += [fits.within(r) if fits is not None else r
                        for r in (self._window(reported, before, n) for n in self.blocks)]
        else:
            sources += [keep(self.by_year.get(y, ())) for y in sorted(years)]
        last = -1
        for i in heapq.merge(*sources):
            if i != last:
                last = i
                yield i

    def _undated_window(self, reported: str) -> list[int]:
        """The undated clusters, ascending, whose first report at creation lies within ``undated_days`` of
        ``reported``: a cluster's first report only falls as it grows, so its first at creation bounds it from
        above (none first reported more than the window before fits), and its last only rises from there (none
        first reported more than the window after fits: eventdates.reports_fit). Found by bisection in the
        clusters ordered by first report, so the cost is the window's, not the key's."""
        try:
            day = (_dt.date.fromisoformat(reported[:10]) if len(reported) >= 10 else self.last_day(reported)).toordinal()
        except ValueError:
            return self.undated  # an unreadable report date tells nothing (eventdates.reports_fit)
        window = self.by_first_ids[bisect.bisect_left(self.by_first, day - self.undated_days):
                                   bisect.bisect_right(self.by_first, day + self.undated_days)]
        return window if self.undated_sorted else sorted(window)

    def _window(self, reported: str, before: str | None, length: int) -> range:
        """The clusters of one date length whose date ends at most ``window_days`` before ``reported`` and begins
        at most ``lead_days`` after it (and is not later than ``before``); the whole block when its dates do not
        sort as days."""
        start, dates, days = self.blocks[length]
        whole = range(start, start + len(dates))
        try:
            day = _dt.date.fromisoformat(reported[:10]) if len(reported) >= 10 else self.last_day(reported)
        except ValueError:
            return range(0)  # no window fits (eventdates._window_fits); the story and undated clusters remain
        if length in self.unsorted:
            return whole
        lo = bisect.bisect_left(days, day.toordinal() - self.window_days)
        # a date begins on or before a day when its day (or month, or year) is at most that day's
        latest = _dt.date.fromordinal(min(day.toordinal() + self.lead_days, _dt.date.max.toordinal())).isoformat()
        k = min(length, 10)
        hi = bisect.bisect_right(dates, latest[:k], key=lambda d: d[:k])
        if before:  # ascending dates have ascending prefixes
            n = min(length, len(before))
            hi = min(hi, bisect.bisect_right(dates, before[:n], key=lambda d: d[:n]))
        return range(start + lo, start + max(lo, hi))


class FigureFits:
    """The clusters one set of figures may still fit, kept per set of figures while a key is merged.

    A cluster's figures only grow, so a cluster whose figures conflict with a mention's conflicts with every
    later mention bearing the same figures: it is left out of their walks for good (an undated mention with
    figures otherwise asks every cluster of its report window, most of them holding other figures). ``good``
    ascends and holds every cluster checked that did not conflict when checked (one may since have taken a
    conflicting figure: the caller's full test still rejects it, and :meth:`drop` leaves it out after)."""

    __slots__ = ("good", "members", "checked")

    def __init__(self) -> None:
        self.good: list[int] = []
        self.members: set[int] = set()
        self.checked = 0

    def extend(self, size: int, conflicts: Callable[[int], bool]) -> None:
        """Check the clusters made since the last call (indices ``checked`` .. ``size - 1``)."""
        for i in range(self.checked, size):
            if not conflicts(i):
                self.good.append(i)
                self.members.add(i)
        self.checked = size

    def drop(self, i: int) -> None:
        """Cluster ``i`` now conflicts with these figures (and will for good)."""
        if i in self.members:
            self.members.discard(i)
            del self.good[bisect.bisect_left(self.good, i)]

    def among(self, indices):
        """The good clusters among ``indices`` (ascending), lazily: a walk that stops at the first taker does not
        filter a year's every cluster (a cluster dropped while walking was already passed). When the good clusters
        are far fewer than ``indices``, the two ascending lists are intersected by leaps (bisection in each), so a
        key whose clusters mostly hold other figures is not walked cluster by cluster."""
        members = self.members
        if not isinstance(indices, list) or len(self.good) * 4 >= len(indices):
            return (i for i in indices if i in members)
        return self._leapfrog(indices)

    def _leapfrog(self, indices: list[int]):
        good, last = self.good, -1
        while True:  # ``good`` may lose the cluster last yielded (drop): found again by bisection each step
            k = bisect.bisect_right(good, last)
            if k >= len(good):
                return
            i = good[k]
            j = bisect.bisect_left(indices, i)
            if j >= len(indices):
                return
            if indices[j] == i:
                yield i
                last = i
            else:
                last = indices[j] - 1

    def within(self, r: range) -> list[int]:
        """The good clusters in the range ``r`` (a report window), found by bisection."""
        return self.good[bisect.bisect_left(self.good, r.start):bisect.bisect_left(self.good, r.stop)]
