"""The merged events' date clustering as it was before its walk was reworked (wt-perf25): kept here only as the
reference the clustering in newsweave.consolidate.graph must equal (same clusters, same members, same order)."""
from __future__ import annotations

from dataclasses import dataclass

from newsweave.consolidate.amounts import FigureRanges
from newsweave.consolidate.candidates import ClusterIndex, FigureFits
from newsweave.consolidate.graph import (REPORTED_WINDOW_DAYS, Corpus, _action_date, _before_bound, _last_day,
                                         _more_precise, _only_generic, _window_fits, dates_compatible,
                                         generic_joins, undated_joins)
from newsweave.model import Event, Quantity


class _Cluster:
    """One date cluster while merging: its date, members and figures (:class:`FigureRanges`), and what
    :func:`undated_joins` and :func:`generic_joins` read of its members kept as sets (the stories and the
    states of the places), so asking a cluster costs a few look-ups however many members it holds."""

    __slots__ = ("date", "members", "held", "stories", "countries")

    def __init__(self, date: str | None) -> None:
        self.date = date
        self.members: list[Event] = []
        self.held = FigureRanges()
        self.stories: set[str] = set()
        self.countries: set[str] = set()

    def add(self, e: Event, story: str, figures: list[tuple]) -> None:
        self.members.append(e)
        self.date = _more_precise(self.date, _action_date(e))
        self.stories.add(story)
        if e.location is not None and e.location.country:
            self.countries.add(e.location.country)
        for q in figures:
            self.held.add(q)


@dataclass(frozen=True)
class _Mention:
    """What deciding one mention's cluster reads of it, worked out once (not once per cluster asked)."""
    event: Event
    story: str
    figures: list
    generic: bool
    reported: str | None

    def accepted_by(self, c: _Cluster, corpus: Corpus, doc_years: dict[str, frozenset[str]]) -> bool:
        """The test of :func:`_accepts`, read from the cluster's sets (the same answer, tested)."""
        e = self.event
        if not dates_compatible(c.date, _action_date(e)) or not _before_bound(c.date, e):
            return False
        if any(c.held.conflicts(a) for a in self.figures):
            return False
        if c.date and not _action_date(e) and self.story not in c.stories:
            if self.reported:
                if not _window_fits(c.date, self.reported):
                    return False
            elif c.date[:4] not in doc_years.get(e.doc, frozenset()):
                return False
        if self.generic and self.story not in c.stories:
            country = e.location.country if e.location else None
            return bool(country) and country in c.countries
        return True


def _accepts(c: _Cluster, m: _Mention, corpus: Corpus, doc_years: dict[str, frozenset[str]],
             generic: frozenset[str]) -> bool:
    """Whether cluster ``c`` takes mention ``m``: dates that fit, figures that do not conflict (the former test,
    member by member: the reference of :meth:`_Mention.accepted_by`)."""
    e = m.event
    return dates_compatible(c.date, _action_date(e)) and _before_bound(c.date, e) \
        and undated_joins(c.date, e, c.members, corpus, doc_years) \
        and (not _only_generic(e, generic) or generic_joins(e, c.members, corpus)) \
        and not any(c.held.conflicts(a) for a in m.figures)


def _first_taker(m: _Mention, clusters: list[_Cluster], index: ClusterIndex, fits: dict[tuple, FigureFits],
                 corpus: Corpus, doc_years: dict[str, frozenset[str]]) -> int | None:
    """The first cluster, among those the index names, that accepts ``m``; a mention with figures is offered only
    the clusters its figures may still fit (:class:`.candidates.FigureFits`), and a cluster found to conflict
    with them is dropped from their walks."""
    e = m.event
    fit = None
    if m.figures:
        fit = fits.setdefault(tuple(m.figures), FigureFits())
        fit.extend(len(clusters), lambda i: any(clusters[i].held.conflicts(a) for a in m.figures))
    based = getattr(e, "date_basis", None) == "reported"
    for i in index.candidates(_action_date(e), m.story, m.reported, e.date if based else None,
                              doc_years.get(e.doc, frozenset()), fit):
        if m.accepted_by(clusters[i], corpus, doc_years):
            return i
        if fit is not None and any(clusters[i].held.conflicts(a) for a in m.figures):
            fit.drop(i)
    return None


def _date_clusters(group: list[Event], quantities: dict[str, Quantity], corpus: Corpus,
                   doc_years: dict[str, frozenset[str]],
                   generic: frozenset[str] = frozenset(), *,
                   try_all: bool = False) -> list[tuple[str | None, list[Event]]]:
    """Mentions of one key in clusters of compatible dates and figures; the most precise dates first, so a
    month-only mention joins a dated cluster, and an undated one does when :func:`undated_joins` says so.
    Each mention joins the first cluster that accepts it; only the clusters :class:`.candidates.ClusterIndex`
    names are asked (``try_all``: every cluster, by the member-by-member test :func:`_accepts`, as a test's
    reference)."""
    group = sorted(group, key=lambda e: (-len(_action_date(e) or ""), _action_date(e) or "", e.doc, e.start))
    index = ClusterIndex({len(_action_date(e)) for e in group if _action_date(e)}, _last_day, REPORTED_WINDOW_DAYS)
    # a cluster's figures as the ranges amounts_conflict compares (FigureRanges): a key reported in thousands of
    # documents holds many figures, and each new mention is checked against their bounds, not every figure
    clusters: list[_Cluster] = []
    fits: dict[tuple, FigureFits] = {}  # per set of figures borne: the clusters they may still fit
    for e in group:
        based = getattr(e, "date_basis", None) == "reported"
        m = _Mention(e, corpus.story_of.get(e.doc, e.doc),
                     [FigureRanges.describe(quantities[q]) for q in e.quantities if q in quantities],
                     _only_generic(e, generic), e.date if based else corpus.published.get(e.doc))
        if try_all:
            chosen = next((i for i in range(len(clusters)) if _accepts(clusters[i], m, corpus, doc_years, generic)),
                          None)
        else:
            chosen = _first_taker(m, clusters, index, fits, corpus, doc_years)
        if chosen is None:
            chosen = index.add(_action_date(e))
            clusters.append(_Cluster(_action_date(e)))
        clusters[chosen].add(e, m.story, m.figures)
        index.joined(chosen, m.story)
    return [(c.date, c.members) for c in clusters]
