"""Figures over time: each estimate of a count, who gave it first, who repeated it, and since when.

An *estimate* is one value (or range) for one numeric slot (:mod:`.contradictions`: modality, counted
class, owner, unit; killed, wounded and casualties are different slots). Reports of the same value
in the same slot are *echoes* of one estimate when they are in documents of the same story (a repost,
a rewrite) or come from the same origin (the primary source the text names, else its speaker): three
outlets repeating one agency's figure are one estimate with two echoes, while two sources reaching the
same number independently are two estimates.

Each estimate keeps its primary source, the first outlet that reported it, the first and last
publication date it was seen on, its scope when the text states one ("sent to Russia's Far East",
"in the Kursk region", "killed") and the quantities it rests on; :func:`estimates` returns them in
time order (undated last). ``newsweave figures`` and the briefing's "Figures over time" show them.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePath
from typing import Callable, Iterable

from ..disjoint import DisjointSets
from ..model import Claim, Document, Evidence
from .contradictions import Reading, SlotWords, scope_of, slot_words

# a speaker or origin written as one of these names nobody: shown as no source, never joins reports
PRONOUNS = frozenset("he she they it we i you him her them this that who".split())
# an origin that names no one in particular ("reports", "the agency"): shown, but two reports citing
# it are not thereby one origin
VAGUE_ORIGINS = frozenset("reports report sources source officials official media analysts experts".split())


@dataclass(frozen=True)
class Estimate:
    """One value for one slot, with its reports (documents in the order they were published)."""
    slot: str
    label: str  # as the first report writes it: "about 1,500", "10,000-12,000", "at least 10,000"
    low: float  # the range the value allows (inf for "at least")
    high: float
    counted: str  # the counted class: troops, killed, wounded, casualties, artillery shells, ...
    owner: str | None  # ISO alpha-3 of the state the counted things belong to
    unit: str
    projected: bool  # a forecast ("could reach 12,000"), not a report
    scope: str | None  # "sent to Russia's Far East", "in the Kursk region", "trained", or None
    written: str | None  # the counted phrase as the first report writes it
    source: str | None  # the primary source (origin, else speaker), as named
    first_outlet: str | None
    first_doc: str
    first_seen: str | None
    last_seen: str | None
    docs: tuple[str, ...]
    stories: tuple[str, ...]
    quantities: tuple[str, ...]
    evidence: tuple[Evidence, ...]

    @property
    def echoes(self) -> int:
        """Reports after the first: reposts, rewrites and later repeats of the same origin."""
        return len(self.docs) - 1


def _parse_slot(slot: str) -> tuple[bool, str, str | None]:
    """(projected, counted class, owner) of a slot written by contradictions.readings."""
    modality, rest = slot.split(" ", 1)
    noun, _, owner_unit = rest.partition(" of ")
    owner = owner_unit.rsplit(" (", 1)[0]
    return modality == "projected", noun, None if owner == "unknown owner" else owner


def primary_source(r: Reading, claim: Claim | None, name_of: Callable[[str], str | None],
                   canon: Callable[[str], str], entity_named: Callable[[str], str | None] = lambda _n: None
                   ) -> tuple[str | None, str | None]:
    """(the primary source as shown, the key two reports of one origin share) of one reading.

    The origin the text cites ("citing the defence ministry") comes first; else the claim's speaker
    entity (merged across documents), else the speaker as written, else the actor an event says reported
    it. A pronoun names nobody; a vague origin ("reports") is shown but joins nothing. A name that is an
    entity's name or alias (``entity_named``) shares that entity's key, so "citing the defence ministry"
    in one article and the ministry speaking in another are one origin.
    """
    q = r.quantity
    cited = (claim.origin if claim is not None else None) or q.origin
    if claim is not None and claim.speaker and (not cited or cited == claim.speaker_text):
        return name_of(claim.speaker) or claim.speaker, f"entity:{canon(claim.speaker)}"
    for name in (cited, claim.speaker_text if claim is not None else None, r.speaker):
        if not name or name.strip().casefold() in PRONOUNS:
            continue
        shown = name_of(name) or name  # an origin may be an entity id
        if shown.startswith("The "):
            shown = "the " + shown[4:]
        entity = entity_named(shown)
        if entity:
            return name_of(entity) or shown, f"entity:{canon(entity)}"
        folded = " ".join(shown.split()).casefold()
        vague = folded.removeprefix("the ").split(" ")[-1] in VAGUE_ORIGINS or folded.startswith("the ")
        return shown, None if vague else f"name:{folded}"
    return None, None


def _label(r: Reading) -> str:
    q = r.quantity
    if q.value_max is None and q.bound in (None, "about") and (q.approximate or q.bound == "about"):
        return f"about {r.label}"
    return r.label


def _outlet(doc: Document) -> str:
    return doc.outlet.name or doc.site or PurePath(doc.source).name or doc.source


def estimates(readings: Iterable[Reading], documents: dict[str, Document], story_of: dict[str, str],
              claims: dict[str, Claim], name_of: Callable[[str], str | None] = lambda _i: None,
              canon: Callable[[str], str] = lambda i: i, words: SlotWords | None = None,
              entity_named: Callable[[str], str | None] = lambda _n: None) -> list[Estimate]:
    """The estimates the readings make, in time order (first seen; undated last)."""
    words = words or slot_words()
    by_value: dict[tuple[str, str], list[Reading]] = defaultdict(list)
    for r in readings:
        if r.quantity.doc in documents:
            by_value[(r.slot, r.label)].append(r)
    out: list[Estimate] = []
    for (slot, _value), group in by_value.items():
        out.extend(_estimates_of(slot, group, documents, story_of, claims, name_of, canon, words, entity_named))
    out = _join_unknown_owners(out)
    return sorted(out, key=lambda e: (e.first_seen is None, e.first_seen or "", e.counted, e.owner or "",
                                      e.projected, e.low, e.label, e.first_doc))


def _join_unknown_owners(found: list[Estimate]) -> list[Estimate]:
    """An estimate whose owner the text leaves unsaid ("2,400 soldiers would change little") joins the one
    estimate of the same value, class and modality with a known owner in the same story: it repeats it."""
    known: dict[tuple, list[Estimate]] = defaultdict(list)
    for e in found:
        if e.owner:
            known[(e.projected, e.counted, e.unit, e.low, e.high)].append(e)
    out, absorbed = [], defaultdict(list)
    for e in found:
        if e.owner is None:
            same = [k for k in known.get((e.projected, e.counted, e.unit, e.low, e.high), ())
                    if set(k.stories) & set(e.stories)]
            if len(same) == 1:
                absorbed[id(same[0])].append(e)
                continue
        out.append(e)
    return [_merge(e, absorbed[id(e)]) if absorbed.get(id(e)) else e for e in out]


def _merge(e: Estimate, others: list[Estimate]) -> Estimate:
    docs = tuple(dict.fromkeys([*e.docs, *(d for o in others for d in o.docs)]))
    dates = sorted(d for d in (e.first_seen, e.last_seen, *(x for o in others for x in (o.first_seen, o.last_seen)))
                   if d)
    return dataclasses.replace(
        e, docs=docs, stories=tuple(sorted({*e.stories, *(s for o in others for s in o.stories)})),
        first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
        quantities=(*e.quantities, *(q for o in others for q in o.quantities)),
        evidence=(*e.evidence, *(x for o in others for x in o.evidence)),
        source=e.source or next((o.source for o in others if o.source), None), scope=e.scope or next(
            (o.scope for o in others if o.scope), None))


def _estimates_of(slot, group, documents, story_of, claims, name_of, canon, words, entity_named) -> list[Estimate]:
    # reports in publication order (undated last), then by document and position
    def when(r: Reading) -> tuple:
        d = documents[r.quantity.doc]
        return (d.published is None, d.published or "", PurePath(d.source).name, r.quantity.start)

    group = sorted(group, key=when)
    sources = [primary_source(r, claims.get(r.quantity.claim or ""), name_of, canon, entity_named) for r in group]
    # union of the reports that are echoes of each other: same story, or same origin
    echoes = DisjointSets(range(len(group)))
    first_with: dict[str, int] = {}
    for i, r in enumerate(group):
        doc = r.quantity.doc
        for key in (f"story:{story_of.get(doc, doc)}", sources[i][1]):
            if key is not None:
                echoes.union(i, first_with.setdefault(key, i))
    members = echoes.groups(range(len(group)))
    projected, counted, owner = _parse_slot(slot)
    out = []
    for idx in members.values():
        rs = [group[i] for i in idx]
        docs = tuple(dict.fromkeys(r.quantity.doc for r in rs))
        dates = sorted(d for d in (documents[x].published for x in docs) if d)
        first = rs[0]
        text_of = {x: documents[x].text for x in docs}
        scope = next((s for r in rs if (s := scope_of(r.quantity, text_of[r.quantity.doc], words))), None)
        out.append(Estimate(
            slot=slot, label=_label(first), low=first.low, high=first.high, counted=counted, owner=owner, unit=first.quantity.unit,
            projected=projected, scope=scope, written=first.quantity.counted,
            source=next((sources[i][0] for i in idx if sources[i][0]), None),
            first_outlet=_outlet(documents[docs[0]]), first_doc=docs[0],
            first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
            docs=docs, stories=tuple(sorted({story_of.get(d, d) for d in docs})),
            quantities=tuple(r.quantity.id for r in rs),
            evidence=tuple(Evidence(r.quantity.doc, r.quantity.start, r.quantity.end) for r in rs)))
    return out
