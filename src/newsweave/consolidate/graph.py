"""One graph across documents: entities, events and claims merged, with their corroboration.

Merging never deletes: the per-document records stay as they are; the merged records list
their members, and corroboration counts *stories* (a story is an original and its copies),
so a wire text reposted twenty times is still one source.
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from functools import lru_cache
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from ..disjoint import DisjointSets
from ..model import Claim, Document, Entity, Event, Evidence, Quantity, stable_id
from .amounts import FigureRanges
from .candidates import ClusterIndex, FigureFits
from .eventdates import (REPORTED_WINDOW_DAYS, UNDATED_REPORT_WINDOW_DAYS, _action_date, _before_bound, _doc_years,
                         _last_day, _more_precise, _span_with, _window_fits, dates_compatible, report_lead, reports_fit,
                         undated_joins)
from .orgnames import org_keys
from .records import EntityLink, MergedEvent

# claims of one speaker are the same claim when their normalised texts are this similar
# (rapidfuzz token_sort_ratio, 0..100): the same quote with different punctuation, an article
# or a clause trimmed scores >= 90; two different sentences of one speaker on one topic <= 70
# (tests/test_consolidate.py has the table)
CLAIM_MIN_SIMILARITY = 82


@lru_cache(maxsize=1 << 16)  # a much-quoted speaker's words are slugged once per claim of every run
def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# -- entities -------------------------------------------------------------------------------

def link_entities(entities: Iterable[Entity]) -> dict[str, EntityLink]:
    """Map every entity id to the id of the entity it is merged into.

    - the same Wikidata QID is one entity (whatever the ids);
    - states are one entity per ISO code;
    - persons without a QID merge by name (accents, case and punctuation aside) when their
      countries agree or one is unknown ("Marie Dumoulin" with and without FRA); two different
      known countries keep them apart, and a name-only record joins them only when one country
      is known for that name;
    - a one-word person name ("Dumoulin") joins the only full name ending with it;
    - organisations, groups and locations merge by name or alias within their kind;
    - organisations and groups of one state merge when a name or alias, the state's own name taken
      off, describes the same body ("Seoul's spy agency", the NIS's alias "South Korea's spy agency":
      :mod:`newsweave.consolidate.orgnames`), unless the gazetteer tells them apart (two QIDs).
    """
    entities = sorted({e.id: e for e in entities}.values(), key=lambda e: e.id)
    links = _UnionFind(entities)
    by_key, persons_by_name = _link_keys(entities)
    for key, group in by_key.items():
        if key[0] in ("organization", "group", "location"):
            _link_by_country(links, group, f"same {key[0]}")
            continue
        for other in group[1:]:
            links.union(group[0].id, other.id, f"same {key[0]}")
    for group in persons_by_name.values():
        _link_namesakes(links, group)
    _link_surnames(links, persons_by_name)
    _link_descriptions(links, entities)
    return {e.id: EntityLink(entity=e.id, canonical=links.root(e.id), rule=links.rule.get(e.id, "itself"))
            for e in entities}


class _UnionFind:
    """Disjoint sets of entity ids; the smallest id of a set is its root, and each id keeps the
    rule of the first union that joined it to another. Two sets with different Wikidata QIDs are
    two things the gazetteer tells apart: they are never joined."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        entities = list(entities)
        self.sets = DisjointSets(e.id for e in entities)
        self.qid = {e.id: e.wikidata for e in entities}
        self.rule: dict[str, str] = {}

    def root(self, x: str) -> str:
        return self.sets.root(x)

    def union(self, a: str, b: str, why: str) -> None:
        ra, rb = self.root(a), self.root(b)
        qa, qb = self.qid[ra], self.qid[rb]
        if ra != rb and not (qa and qb and qa != qb):
            self.sets.union(ra, rb)
            self.qid[min(ra, rb)] = qa or qb
            self.rule.setdefault(a, why)
            self.rule.setdefault(b, why)


def _link_keys(entities: list[Entity]) -> tuple[dict[tuple, list[Entity]], dict[str, list[Entity]]]:
    """Entities by what merges them outright (QID, state code, a name or alias within a kind), and
    persons by the slug of their name (merged by :func:`_link_namesakes`)."""
    by_key: dict[tuple, list[Entity]] = defaultdict(list)
    persons_by_name: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if e.wikidata:
            by_key[("qid", e.wikidata)].append(e)
        if e.kind == "country" and e.country:
            by_key[("state", e.country)].append(e)
        elif e.kind == "person":
            persons_by_name[slug(e.name)].append(e)
        elif e.kind in ("organization", "group", "location"):
            for name in {e.name, *e.aliases}:
                if len(slug(name)) > 1:
                    by_key[(e.kind, slug(name))].append(e)
    return by_key, persons_by_name


def _link_namesakes(links: _UnionFind, group: list[Entity]) -> None:
    """Persons of one name: one per country, and all one when at most one country is known."""
    qids = {e.wikidata for e in group if e.wikidata}
    countries = {e.country for e in group if e.country}
    if len(qids) > 1:
        return  # namesakes the gazetteer tells apart
    for country in countries:
        same = [e for e in group if e.country == country]
        for other in same[1:]:
            links.union(same[0].id, other.id, "same person name and country")
    if len(countries) <= 1:
        for other in group[1:]:
            links.union(group[0].id, other.id, "same person name")


def _link_by_country(links: _UnionFind, group: list[Entity], why: str) -> None:
    """Bodies sharing a name or alias: one per state ("Foreign Ministry" of two states is two), and
    those of no known state join the one state's body when only one state is known for the name."""
    countries = sorted({e.country for e in group if e.country})
    for country in countries:
        same = [e for e in group if e.country == country]
        for other in same[1:]:
            links.union(same[0].id, other.id, why)
    if len(countries) <= 1:
        for other in group[1:]:
            links.union(group[0].id, other.id, why)


def _link_descriptions(links: _UnionFind, entities: list[Entity]) -> None:
    """Organisations and groups of one state that a description key joins (see :mod:`.orgnames`)."""
    by_description: dict[tuple, list[Entity]] = defaultdict(list)
    for e in entities:
        if e.kind in ("organization", "group"):
            for key in org_keys((e.name, *e.aliases), e.country):
                by_description[(e.kind, e.country, key)].append(e)
    for (_kind, country, key), group in by_description.items():
        if len({e.wikidata for e in group if e.wikidata}) > 1:
            continue  # two bodies the gazetteer tells apart
        for other in group[1:]:
            links.union(group[0].id, other.id, f"same description in {country} ({key})")


def _link_surnames(links: _UnionFind, persons_by_name: dict[str, list[Entity]]) -> None:
    """Surnames alone join the one full name ending with them (when their countries do not differ)."""
    full_names = [k for k in persons_by_name if "-" in k]
    for name, group in persons_by_name.items():
        if "-" in name:
            continue
        owners = [k for k in full_names if k.endswith("-" + name)]
        if len(owners) == 1:
            target = persons_by_name[owners[0]][0]
            for e in group:
                if not e.country or not target.country or e.country == target.country:
                    links.union(target.id, e.id, "surname of a full name")


# -- corroboration helpers ------------------------------------------------------------------

@dataclass(frozen=True)
class Corpus:
    """What merging needs to know about documents: their story, publication date and store sequence (the order in
    which they entered the store, ``document_sequence``; a document without one comes after those with one)."""
    story_of: dict[str, str]
    published: dict[str, str | None]
    sequence: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, documents: Iterable[Document], story_of: dict[str, str]) -> "Corpus":
        """``documents`` in the order they entered the store."""
        documents = list(documents)
        published = {d.id: d.published for d in documents}
        return cls(story_of={d: story_of.get(d, d) for d in published}, published=published,
                   sequence={d.id: i for i, d in enumerate(documents)})

    def stories(self, docs: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted({self.story_of.get(d, d) for d in docs}))

    def first_published(self, docs: Iterable[str]) -> str | None:
        dates = [self.published.get(d) for d in docs if self.published.get(d)]
        return min(dates) if dates else None


def _evidence(record: Event | Claim) -> tuple[Evidence, ...]:
    own = getattr(record, "evidence", ()) or ()
    return tuple(own) if own else (Evidence(record.doc, record.start, record.end),)


# -- events ---------------------------------------------------------------------------------

def date_test(date: str | None, e: Event) -> str:
    """In words, why mention ``e`` fits a merged event dated ``date``: the date test of :func:`merge_events`
    (explicit or relative dates agree at the precision both give, so two different days never merge; a
    "reported" date is only an upper bound the group's date must not pass)."""
    basis = getattr(e, "date_basis", None)
    if basis == "reported" and e.date:
        if not date:
            return (f"reported {e.date}: an upper bound only, and the group has no date of its own (across stories,"
                    f" its reports lie within {UNDATED_REPORT_WINDOW_DAYS} days of each other)")
        return (f"reported {e.date}: an upper bound only; the group's date {date} is on or before it"
                f" (and at most {REPORTED_WINDOW_DAYS} days earlier across stories)")
    if e.date:
        if not date:
            return f"{basis or 'dated'} {e.date}: the group has no other date"
        same = "the same day as" if len(e.date) >= 10 and len(date) >= 10 else "agrees at its precision with"
        return f"{basis or 'dated'} {e.date}: {same} the group's date {date}"
    return ("no date: joined as a repeat in the same document or story, or by its report date (within"
            f" {UNDATED_REPORT_WINDOW_DAYS} days of every member's when the group has no date either) or its"
            " document's years")


def generic_groups(entities: Iterable[Entity]) -> frozenset[str]:
    """Ids of generic, unnamed groups: an agent noun ("protesters", "gunmen", "residents") with no state
    and no identity of its own. Two documents naming one are no evidence that they report one act."""
    return frozenset(e.id for e in entities if e.kind == "group" and not e.country and not e.wikidata)


def unanchored_actors(entities: Iterable[Entity]) -> frozenset[str]:
    """Ids of actors that name no act by themselves: the generic groups (:func:`generic_groups`) and the states.
    A state acts in every story about it ("Myanmar attacked", "Israel attacked", "Sweden opened an
    investigation"), so two stories saying only that a state did something of one type, with no recipient, are
    no more evidence of one act than two stories on "protesters" marching."""
    entities = list(entities)
    return generic_groups(entities) | frozenset(e.id for e in entities if e.kind == "country")


def _only_generic(e: Event, generic: frozenset[str]) -> bool:
    """An event whose actors are all unanchored (:func:`unanchored_actors`: generic groups, states) and that
    names no recipient to anchor it."""
    return bool(e.actor) and not e.recipient and all(a in generic for a in e.actor)


def generic_joins(e: Event, members: list[Event], corpus: Corpus) -> bool:
    """Whether a mention with only generic groups or states as actors (and no recipient) may join ``members``: a
    repeat in the same document or story (a copy), or a mention whose place lies in the same state."""
    story = corpus.story_of.get(e.doc, e.doc)
    if any(m.doc == e.doc or corpus.story_of.get(m.doc, m.doc) == story for m in members):
        return True
    country = e.location.country if e.location else None
    return bool(country) and any(m.location is not None and m.location.country == country for m in members)


def event_key(e: Event, canonical: dict[str, str]) -> tuple:
    """What must be equal for two events to merge: type, modes, and actors and recipients once merged."""
    actors = tuple(sorted({canonical.get(a, a) for a in e.actor}))
    recipients = tuple(sorted({canonical.get(r, r) for r in e.recipient}))
    return (e.event_type, e.mode, actors, recipients, e.auxiliary)


def merge_events(events: Iterable[Event], canonical: dict[str, str], corpus: Corpus,
                 quantities: dict[str, Quantity] | None = None,
                 generic: frozenset[str] = frozenset(),
                 doc_years: dict[str, frozenset[str]] | None = None,
                 walked: dict | None = None) -> list[MergedEvent]:
    """Events describing the same action: same type, PLOVER mode (what was given or done: troops, arms,
    money ...) and auxiliary mode, same actors and recipients once entities are merged, dates that do not
    exclude each other, and figures that do not conflict ("217 officers arrived" and "230 officers arrived"
    are two arrivals). ``quantities``: the figures by id, to read each event's own. ``generic``: the ids of
    unanchored actors (:func:`unanchored_actors`: generic groups, states), whose mentions without a recipient
    join across stories only when their places agree (:func:`generic_joins`). ``doc_years``: :func:`_doc_years`
    of every event of the events' documents, when ``events`` are some keys' events only (the incremental stage).
    ``walked``: filled with each key's clusters (:func:`event_clusters`).

    Two clusters can share an id only within one key (the id hashes the key), so merging the events of some
    keys gives those keys' rows of merging them all."""
    quantities = quantities or {}
    merged = []
    for (event_type, _mode, actors, recipients, auxiliary), date, mid, members in event_clusters(
            events, canonical, corpus, quantities, generic, doc_years, walked):
        docs = tuple(sorted({e.doc for e in members}))
        stories = corpus.stories(docs)
        merged.append(MergedEvent(
            id=mid,
            event_type=event_type, actor=actors, recipient=recipients, date=date, auxiliary=auxiliary,
            events=tuple(sorted(e.id for e in members)), docs=docs, stories=stories, sources=len(stories),
            first_published=corpus.first_published(docs),
            evidence=tuple(ev for e in sorted(members, key=lambda e: (e.doc, e.start)) for ev in _evidence(e)),
        ))
    merged.sort(key=lambda m: (m.date or "9999", m.event_type, m.id))
    return merged


def event_clusters(events: Iterable[Event], canonical: dict[str, str], corpus: Corpus,
                   quantities: dict[str, Quantity], generic: frozenset[str] = frozenset(),
                   doc_years: dict[str, frozenset[str]] | None = None, walked: dict | None = None):
    """The clusters :func:`merge_events` makes, as (key, date, merged id, members in cluster order): what its rows
    are built from (the incremental stage builds their lists by SQL from the members). ``walked``: filled with
    key -> (its mentions in :func:`member_order`, its :class:`_Cluster` list, ids set), what the store keeps of a
    key to extend its clusters (consolidate/incremental.py)."""
    events = list(events)
    doc_years = _doc_years(events) if doc_years is None else doc_years
    keyed: dict[tuple, list[Event]] = defaultdict(list)
    for e in events:
        keyed[event_key(e, canonical)].append(e)
    seen = set()
    for key, group in keyed.items():
        event_type, mode, actors, recipients, auxiliary = key
        group = sorted(group, key=lambda e: member_order(e, corpus))
        clusters = cluster_walk(group, quantities, corpus, doc_years, generic)
        for c in clusters:
            c.id = cluster_id(key, c, quantities, seen)
            yield key, c.date, c.id, c.members
        if walked is not None:
            walked[key] = (group, clusters)


def cluster_id(key: tuple, c: "_Cluster", quantities: dict[str, Quantity], seen: set[str]) -> str:
    """A new cluster's merged id: its key, date and first member's figures (another cluster of the key with all
    three alike: and the first member's id); added to ``seen``, the ids taken."""
    event_type, mode, actors, recipients, auxiliary = key
    mid = stable_id("mevent", event_type, actors, recipients, auxiliary, c.date,
                    *((mode,) if mode else ()), *_first_figures(c.members, quantities))
    mid = stable_id("mevent", mid, c.members[0].id) if mid in seen else mid
    seen.add(mid)
    return mid


class _Cluster:
    """One date cluster while merging: its date, members and figures (:class:`FigureRanges`), and what
    :func:`undated_joins` and :func:`generic_joins` read of its members kept as sets (the stories and the
    states of the places), so asking a cluster costs a few look-ups however many members it holds."""

    __slots__ = ("date", "members", "held", "stories", "countries", "created", "id", "reports")

    def __init__(self, date: str | None) -> None:
        self.date = date
        self.created = date  # the date it was indexed under (candidates.ClusterIndex)
        self.id: str | None = None
        self.members: list[Event] = []
        self.held = FigureRanges()
        self.stories: set[str] = set()
        self.countries: set[str] = set()
        self.reports: tuple[_dt.date, _dt.date] | None = None  # the first and last report days of its members

    def add(self, e: Event, story: str, figures: list[tuple], reported: str | None = None) -> None:
        self.members.append(e)
        self.reports = _span_with(self.reports, reported)
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
        if not _action_date(e) and self.story not in c.stories:
            if not c.date:
                if not reports_fit(c.reports, self.reported):
                    return False
            elif self.reported:
                if not _window_fits(c.date, self.reported, report_lead(e.auxiliary)):
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


_UNNUMBERED = 1 << 62  # the store sequence of a document without one: after every numbered one


def member_order(e: Event, corpus: Corpus) -> tuple:
    """A mention's place in its key's order: the most precise action dates first, then by date; within one date,
    by its document's publication date (missing last), then the document's store sequence (the order documents
    entered the store: a batch's documents come after the stored ones of the same day, so their mentions mostly
    extend a key's clusters), then its place in the text (ties, which no stored order breaks, by id)."""
    date = _action_date(e) or ""
    return (-len(date), date, corpus.published.get(e.doc) or "9999", corpus.sequence.get(e.doc, _UNNUMBERED),
            e.doc, e.start, e.id)


def _date_clusters(group: list[Event], quantities: dict[str, Quantity], corpus: Corpus,
                   doc_years: dict[str, frozenset[str]],
                   generic: frozenset[str] = frozenset(), *,
                   try_all: bool = False) -> list[tuple[str | None, list[Event]]]:
    """Mentions of one key in clusters of compatible dates and figures; the most precise dates first, so a
    month-only mention joins a dated cluster, and an undated one does when :func:`undated_joins` says so.
    Each mention joins the first cluster that accepts it; only the clusters :class:`.candidates.ClusterIndex`
    names are asked (``try_all``: every cluster, by the member-by-member test :func:`_accepts`, as a test's
    reference)."""
    group = sorted(group, key=lambda e: member_order(e, corpus))
    return [(c.date, c.members) for c in cluster_walk(group, quantities, corpus, doc_years, generic, try_all=try_all)]


def cluster_walk(group: list[Event], quantities: dict[str, Quantity], corpus: Corpus,
                 doc_years: dict[str, frozenset[str]], generic: frozenset[str] = frozenset(), *,
                 try_all: bool = False, clusters: list[_Cluster] | None = None,
                 holding: Iterable[tuple[int, str]] = ()) -> list[_Cluster]:
    """The walk of :func:`_date_clusters` over ``group`` (in :func:`member_order`), after ``clusters`` (those the
    mentions before it made, without their members; ``holding``: (cluster, story) of their members, for every
    story of ``group``): the clusters with their new members (``clusters`` are extended in place)."""
    clusters = [] if clusters is None else clusters
    lengths = {len(c.created) for c in clusters if c.created} | {len(_action_date(e)) for e in group if _action_date(e)}
    index = ClusterIndex(lengths, _last_day, REPORTED_WINDOW_DAYS, UNDATED_REPORT_WINDOW_DAYS,
                         max((report_lead(e.auxiliary) for e in group), default=0))
    for c in clusters:
        index.add(c.created, c.reports)
    for i, story in holding:
        index.joined(i, story)
        clusters[i].stories.add(story)
    # a cluster's figures as the ranges amounts_conflict compares (FigureRanges): a key reported in thousands of
    # documents holds many figures, and each new mention is checked against their bounds, not every figure
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
            clusters.append(_Cluster(_action_date(e)))
            chosen = index.add(_action_date(e), _span_with(None, m.reported))
        clusters[chosen].add(e, m.story, m.figures, m.reported)
        index.joined(chosen, m.story)
    return clusters


def _first_figures(members: list[Event], quantities: dict[str, Quantity]) -> tuple[str, ...]:
    """The first member's figures, in the id of a cluster that has any (two arrivals of one key and date
    differ by them)."""
    first = members[0]
    return tuple(f"{quantities[q].value:g}{quantities[q].unit}" for q in first.quantities if q in quantities)


# -- claims (consolidate/claimgraph.py, which reads the helpers above) ---------------------------------

from .claimgraph import (_QUOTES, _claim_clusters, claim_clusters, claim_id, claim_key, claim_key_text,  # noqa: E402,F401
                         claim_origin, claim_text_clusters, merge_claims, same_claim)
