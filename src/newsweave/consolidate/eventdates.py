"""When two mentions of an act may be one act: their dates, and for undated ones their report dates.

The date tests of event merging (:mod:`.graph`, :mod:`.eventstate`): explicit or relative dates agree at the
precision both give; a "reported" date (the publication date) is only an upper bound; an undated mention of
another story joins a dated group only shortly after its date, and an undated group only within days of its
members' reports.
"""
from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from typing import TYPE_CHECKING, Iterable

from ..model import Event

if TYPE_CHECKING:
    from .graph import Corpus


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Same date at the precision both give ("2024-06" fits "2024-06-19"); unknown fits all."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _more_precise(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    return a if len(a) >= len(b) else b


def _action_date(e: Event) -> str | None:
    """The date the text gives the action; a "reported" date (the publication date) is only an upper bound."""
    return None if getattr(e, "date_basis", None) == "reported" else e.date


# a mention dated only by its report (or not at all) joins a dated cluster of other documents when the
# cluster's date ends at most this many days before that report, and begins on or before it: news reports recent
# acts (a report before the act's date is of another act)
REPORTED_WINDOW_DAYS = 92

# ... except an announced act (auxiliary "future": "the ministers will meet"), reported before its date: its report
# may precede the cluster's date by as much as a past act's may follow it
SCHEDULED_LEAD_DAYS = REPORTED_WINDOW_DAYS


def report_lead(auxiliary: str | None) -> int:
    """How many days before a cluster's date a report of the act may come (:func:`_window_fits`)."""
    return SCHEDULED_LEAD_DAYS if auxiliary == "future" else 0

# an undated mention joins an undated cluster of other stories only when its report date lies within this many days
# of every member's report (the cluster's report span, :func:`reports_fit`): reports of one act with no date of its
# own are published within days of each other (in the dev store at most 2 days apart), while two stories weeks or
# months apart saying only that one state struck or asked another report different acts (18 days and more apart);
# docs/evaluation.md, "Undated groups of other stories: a report window"
UNDATED_REPORT_WINDOW_DAYS = 7


def _doc_years(events: Iterable[Event]) -> dict[str, frozenset[str]]:
    """The years each document dates its own actions in (explicit or relative dates, not its report date)."""
    years: dict[str, set[str]] = defaultdict(set)
    for e in events:
        if _action_date(e):
            years[e.doc].add(_action_date(e)[:4])
    return {doc: frozenset(ys) for doc, ys in years.items()}


def _window_fits(date: str, reported: str, lead: int = 0) -> bool:
    """A cluster date (at its precision) that ends at most :data:`REPORTED_WINDOW_DAYS` before the report date and
    begins at most ``lead`` days after it (:func:`report_lead`; none for an act already done)."""
    try:
        first, last = _first_day(date), _last_day(date)
        day = _dt.date.fromisoformat(reported[:10]) if len(reported) >= 10 else _last_day(reported)
    except ValueError:
        return False
    return (day - last).days <= REPORTED_WINDOW_DAYS and (first - day).days <= lead


def report_day(reported: str | None) -> "_dt.date | None":
    """The day of a report date (the last day of a month or year given alone); None when unknown or unreadable."""
    if not reported:
        return None
    try:
        return _dt.date.fromisoformat(reported[:10]) if len(reported) >= 10 else _last_day(reported)
    except ValueError:
        return None


def reports_fit(span: "tuple[_dt.date, _dt.date] | None", reported: str | None) -> bool:
    """Whether a report date lies within :data:`UNDATED_REPORT_WINDOW_DAYS` of every report of ``span`` (an
    undated cluster's first and last report days). An unknown report date, or a cluster of no known report,
    tells nothing: it fits (as before the window; most of the dev corpus's documents give no publication date,
    and their undated copies and follow-ups of one act would otherwise all part)."""
    day = report_day(reported)
    if span is None or day is None:
        return True
    first, last = span
    return (last - day).days <= UNDATED_REPORT_WINDOW_DAYS and (day - first).days <= UNDATED_REPORT_WINDOW_DAYS


def _report_of(e: Event, corpus: "Corpus") -> str | None:
    """A mention's report date: its "reported" date, else its document's publication date."""
    return e.date if getattr(e, "date_basis", None) == "reported" else corpus.published.get(e.doc)


def _span_with(span: "tuple[_dt.date, _dt.date] | None", reported: str | None):
    """``span`` (first and last report days, or None) widened to hold ``reported``."""
    day = report_day(reported)
    if day is None:
        return span
    return (day, day) if span is None else (min(span[0], day), max(span[1], day))


def _first_day(date: str) -> "_dt.date":
    if len(date) >= 10:
        return _dt.date.fromisoformat(date[:10])
    return _dt.date(int(date[:4]), int(date[5:7]) if len(date) >= 7 else 1, 1)


def _last_day(date: str) -> "_dt.date":
    if len(date) >= 10:
        return _dt.date.fromisoformat(date[:10])
    year, month = int(date[:4]), int(date[5:7]) if len(date) >= 7 else 12
    following = _dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - _dt.timedelta(days=1)


def undated_joins(date: str | None, e: Event, members: list[Event], corpus: "Corpus",
                  doc_years: dict[str, frozenset[str]]) -> bool:
    """Whether a mention without an action date may join a cluster dated ``date``.

    An unknown date alone fits any date, so across documents it needs more: a member in the same
    document or story (a repeat, a copy), the mention's report date shortly after the cluster's date (or
    before it, for an announced act: :func:`report_lead`), or the mention's document dating other actions
    in the cluster's year. Otherwise an undated mention of an old act would join a dated group of a new one
    (or the reverse). A cluster with no date either takes an undated mention of another story only when its
    report date lies within days of every member's (:func:`reports_fit`): two undated mentions of any age are
    no evidence of one act."""
    if _action_date(e):
        return True
    if any(m.doc == e.doc or corpus.story_of.get(m.doc, m.doc) == corpus.story_of.get(e.doc, e.doc)
           for m in members):
        return True
    reported = _report_of(e, corpus)
    if not date:
        span = None
        for m in members:
            span = _span_with(span, _report_of(m, corpus))
        return reports_fit(span, reported)
    if reported:
        return _window_fits(date, reported, report_lead(e.auxiliary))
    return date[:4] in doc_years.get(e.doc, frozenset())


def _before_bound(date: str | None, e: Event) -> bool:
    """A mention dated only by its report fits a cluster dated on or before that report."""
    if getattr(e, "date_basis", None) != "reported" or not date or not e.date:
        return True
    n = min(len(date), len(e.date))
    return date[:n] <= e.date[:n]
