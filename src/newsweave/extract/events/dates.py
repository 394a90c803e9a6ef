"""Dates of event mentions: the date expression of the clause, else the publication date, and when two
mentions' dates are compatible (step 5 of the coder merges only those)."""
from __future__ import annotations

from ...model import TimeExpression
from ...sentences import Sentences
from ..time import DatedTimes, date_for_span
from .reader import Found

# years before the publication year from which a dated event counts as historical background
# (calibrated by hand on our own test sentences: a war three years old is still the story, a 1953 armistice is history)
HISTORICAL_YEARS = 5


def dated(times: tuple[TimeExpression, ...] | DatedTimes, start: int, end: int, text: "str | Sentences",
          published: str | None) -> tuple[str | None, str | None]:
    """The event's date and its basis: a date expression of its clause or sentence ("explicit" or
    "relative" to the publication date), else the publication date ("reported": an upper bound), else None.
    ``times`` is best a :class:`DatedTimes` built once for the document's mentions."""
    times = times if isinstance(times, DatedTimes) else DatedTimes(times)
    value = date_for_span(times, start, end, text=text)
    if value:
        # the expression that gave the date: the nearest one with that value
        near = times.closest(value, start, end)
        return value, "relative" if near is not None and near.relative else "explicit"
    if published:
        return published, "reported"
    return None, None


def compatible(a: Found, b: Found) -> bool:
    """Two mentions' dates do not exclude each other; a reported date only bounds the action from above."""
    x, y = a.date, b.date
    if x is None or y is None:
        return True
    if a.date_basis == "reported" or b.date_basis == "reported":
        n = min(len(x), len(y))
        if a.date_basis == b.date_basis:
            return True
        bound, other = (x, y) if a.date_basis == "reported" else (y, x)
        return other[:n] <= bound[:n]
    return x.startswith(y) or y.startswith(x)


def historical(date: str | None, published: str | None) -> bool:
    if not date or not published:
        return False
    try:
        return int(date[:4]) <= int(published[:4]) - HISTORICAL_YEARS
    except ValueError:
        return False


