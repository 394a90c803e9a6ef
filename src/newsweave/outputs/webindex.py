"""The web view's lookups, built once per snapshot, so a page costs what it shows rather than the store's size.

A page used to scan every mention, claim and event group of the store for each request (and the actor page
compared every claim with every mention of the actor); these indexes answer the same questions by key, in
the same order. Long lists are cut into pages of :data:`PAGE_SIZE` (see :class:`Paged`).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import islice
from typing import Iterable, Sequence

PAGE_SIZE = 50


@dataclass(frozen=True)
class Paged:
    """One page of a list: its items, the page number (1-based), and how many items and pages there are."""
    items: list
    page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))

    @property
    def more(self) -> bool:
        return self.page < self.pages

    @classmethod
    def of(cls, items: Sequence, page: int) -> "Paged":
        page = max(1, page)
        start = (page - 1) * PAGE_SIZE
        return cls(items=list(items[start:start + PAGE_SIZE]), page=page, total=len(items))


class ActorLookups:
    """Per merged actor: its entity ids, mentions, claims and event groups; claims by document; figures by claim."""

    def __init__(self, view) -> None:
        self.canon = canon = view.canon
        self.members: dict[str, set[str]] = defaultdict(set)
        for k in view.entities:
            self.members[canon(k)].add(k)
        self.mentions: dict[str, list] = defaultdict(list)
        for m in view.mentions:
            self.mentions[canon(m.entity)].append(m)
        self.claim_position = {cid: i for i, cid in enumerate(view.claims)}
        self.quantity_position = {qid: i for i, qid in enumerate(view.quantities)}
        self.claims_by: dict[str, list] = defaultdict(list)
        self.claims_in: dict[str, list] = defaultdict(list)
        for c in view.claims.values():
            if c.speaker:
                self.claims_by[canon(c.speaker)].append(c)
            self.claims_in[c.doc].append(c)
        self.quantities_of_claim: dict[str, list] = defaultdict(list)
        for q in view.quantities.values():
            if q.claim:
                self.quantities_of_claim[q.claim].append(q)
        self.groups_out: dict[str, list] = defaultdict(list)
        self.groups_in: dict[str, list] = defaultdict(list)
        for g in view.groups:
            for a in dict.fromkeys(canon(x) for x in g.actor):
                self.groups_out[a].append(g)
            for r in dict.fromkeys(canon(x) for x in g.recipient):
                self.groups_in[r].append(g)

    def claims_about(self, eid: str) -> list:
        """Claims by someone else whose span holds a mention of ``eid``, in the store's order."""
        found = {}
        for m in self.mentions.get(eid, ()):
            for c in self.claims_in.get(m.doc, ()):
                if c.start <= m.start and m.end <= c.end and not (c.speaker and self.canon(c.speaker) == eid):
                    found[c.id] = c
        return sorted(found.values(), key=lambda c: self.claim_position[c.id])

    def quantities_of_claims(self, claims: Iterable) -> list:
        """The figures attached to ``claims``, in the store's order."""
        found = [q for c in claims for q in self.quantities_of_claim.get(c.id, ())]
        return sorted(found, key=lambda q: self.quantity_position[q.id])


def first(items: Iterable, n: int) -> list:
    """The first ``n`` of ``items``, without reading the rest (a search stops at its last hit shown)."""
    return list(islice(items, n))
