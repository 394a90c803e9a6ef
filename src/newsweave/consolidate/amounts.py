"""Amounts across documents: the range a figure allows, and whether two figures of one kind can both be true."""
from __future__ import annotations

import math

from ..model import Quantity

# "about 1,000" allows this share either side
APPROXIMATE_SHARE = 0.1


def unit_class(unit: str) -> str:
    return f"money:{unit}" if len(unit) == 3 and unit.isupper() else unit


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"


def value_range(q: Quantity) -> tuple[float, float, str]:
    """The range a quantity allows, and how to show it."""
    if q.value_max is not None:
        return q.value, q.value_max, f"{_fmt(q.value)}-{_fmt(q.value_max)}"
    if q.bound == "at_least":
        return q.value, math.inf, f"at least {_fmt(q.value)}"
    if q.bound == "at_most":
        return 0.0, q.value, f"at most {_fmt(q.value)}"
    return q.value, q.value, _fmt(q.value)


def _counted_head(q: Quantity) -> str | None:
    return q.counted.split()[-1].casefold().rstrip("s") if q.counted and q.counted.split() else None


def amounts_conflict(a: Quantity, b: Quantity) -> bool:
    """Two figures of the same unit counting the same thing ("217 officers", "230 police officers") whose ranges
    do not overlap: they cannot describe one act ("about" widens a figure by :data:`APPROXIMATE_SHARE`)."""
    if unit_class(a.unit) != unit_class(b.unit) or (a.per or None) != (b.per or None):
        return False
    ha, hb = _counted_head(a), _counted_head(b)
    if ha and hb and ha != hb:
        return False
    (la, xa, _), (lb, xb, _) = value_range(a), value_range(b)
    if a.approximate:
        la, xa = la * (1 - APPROXIMATE_SHARE), xa * (1 + APPROXIMATE_SHARE)
    if b.approximate:
        lb, xb = lb * (1 - APPROXIMATE_SHARE), xb * (1 + APPROXIMATE_SHARE)
    return xa < lb or xb < la


def _widened(q: Quantity) -> tuple[float, float]:
    low, high, _label = value_range(q)
    return (low * (1 - APPROXIMATE_SHARE), high * (1 + APPROXIMATE_SHARE)) if q.approximate else (low, high)


class FigureRanges:
    """The figures of a group, kept so that whether a new figure conflicts with any of them
    (:func:`amounts_conflict`) costs one look-up, not one test per figure held.

    Per unit class and ``per``, and per counted head (None too) and over all heads: the least upper end and
    the greatest lower end of the held figures' ranges. A figure ``a`` conflicts with some held ``b`` of its
    kind exactly when ``a``'s upper end is below the greatest lower end, or its lower end above the least upper
    end, of the figures whose heads do not differ from its own (all of them when ``a`` has no head)."""

    __slots__ = ("bounds",)
    ALL = object()  # the key of the bounds over every head

    def __init__(self) -> None:
        self.bounds: dict[tuple, list[float]] = {}

    @staticmethod
    def describe(q: Quantity) -> tuple:
        """What :meth:`add` and :meth:`conflicts` read of a figure (worked out once per figure by a caller that
        asks about it many times)."""
        return (unit_class(q.unit), q.per or None), _counted_head(q), _widened(q)

    def add(self, q: Quantity | tuple) -> None:
        kind, head, (low, high) = q if isinstance(q, tuple) else self.describe(q)
        for key in (self.ALL, head):
            b = self.bounds.setdefault((*kind, key), [math.inf, -math.inf])
            b[0], b[1] = min(b[0], high), max(b[1], low)

    def conflicts(self, q: Quantity | tuple) -> bool:
        kind, head, (low, high) = q if isinstance(q, tuple) else self.describe(q)
        for key in ((self.ALL,) if head is None else (head, None)):
            b = self.bounds.get((*kind, key))
            if b is not None and (high < b[1] or b[0] < low):
                return True
        return False
