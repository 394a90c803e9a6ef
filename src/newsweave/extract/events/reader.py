"""The state of one document being read: its parse, entity mentions by token, claims, the lexicon.

Plain look-ups only; the rules that read the parse live in the neighbouring modules and take this
reader as their first argument (``r``).
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field

from ...model import Claim, Document, Entity
from ...nlp.columns import blocks_after_breaks
from ...spans import SpanIndex
from ..entities import EntityResult
from ..entities.gender import person_genders
from ..plover import Lexicon


@dataclass
class Found:
    """One event mention while the document is being read (plain values, no spaCy objects)."""
    category: str
    mode: str | None
    context: list
    actor: list
    recipient: list
    auxiliary: str | None
    start: int
    end: int
    trigger: int  # character offset of the trigger word
    object_class: str | None
    rule: str
    hedged_only: bool = False  # hypothetical only because an epistemic verb hedges it ("believed to have sent")
    claim_main: bool = False  # the trigger is the main predicate of a clause (ROOT or reported that-clause)
    background: bool = False  # a possessed nominal act no verb starts ("its invasion"): background at most
    target: bool = False  # the act names a target the coder did not resolve to a recipient ("attacked a ship"; not a theme: "discussed quotas")
    folded: bool = False  # PLOVER folded the mode into the category (future AID -> AGREE, "will not accept" -> REJECT)
    coded: str = ""  # the lexicon row's category before any folding ("SUPPORT" of "will support X", now AGREE)
    claim: Claim | None = None
    date: str | None = None
    date_basis: str | None = None
    quantities: list = field(default_factory=list)


class DocReader:
    """One parsed document: entity mentions per token, paragraph blocks, claims and the lexicon."""

    def __init__(self, document: Document, parsed, entities: EntityResult, claims, lexicon: Lexicon,
                 off: frozenset[str] = frozenset(), outlets: frozenset[str] = frozenset()) -> None:
        self.doc = parsed
        self.document = document
        self.entities = {e.id: e for e in entities.entities}
        self.lex = lexicon
        self.party_rules: list[str] = []  # the party rules that changed the current mention's parties
        self.fold_rule: str | None = None  # the fold rule that changed the current mention's category
        self.own_state = False  # the current mention's actor is a group of its state's people (coding.acting_group)
        # verbs that are the content of a coded promise, offer, threat or refusal -> (its category, its recipients)
        self.promised: dict[int, tuple[str, frozenset[str]]] = {}
        self.outlets = outlets  # casefolded names of the news outlets (data/outlets.tsv)
        self.off = off  # names of rules switched off (of roles.ACTOR_RULES, coding.FOLD_RULES): for tests and diagnosis
        self.claims = claims
        self.claim_index = SpanIndex(claims)  # claim_at per trigger: the claims around it only
        # token index -> entity ids whose mention covers the token (longest mention first)
        self.token_entities: dict[int, list[str]] = {}
        self.mention_starts: list[tuple[int, str]] = []
        # paragraph number of each token: the parser sometimes runs a sentence across a line break
        # (a title into the lead); roles are only read within the trigger's own paragraph
        self.block: list[int] = blocks_after_breaks(parsed)
        self.current_block: int | None = None
        self.role_rule: str | None = None  # a recorded role rule read a role of the trigger being coded ("phrases:organ_of_a_leader")
        self.resolving = False  # a pronoun is being resolved (no recursion through subjects)
        self.matched: set[int] = set()  # tokens already coded as event triggers
        self.found: list[Found] = []  # the mentions coded so far, in document order (coding.read)
        self.anaphors: dict[int, Found] = {}  # trigger offset of a definite nominal act -> the act it retells (implicit.py)
        self.described: set[int] = set()  # participles that only say who made a nominal act ("strikes ordered by X")
        self.rehearsal_modifiers: list[int] | None = None  # (coding.rehearsal_modifiers, read on first use)
        self.objects: dict[int, object] = {}  # token index -> its object (grammar.object_of, read on first use)
        for m in sorted(entities.mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if m.entity not in self.entities or credit(document.text, m.start, m.end, outlets):
                continue
            span = parsed.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):  # (the span's token indices: no Token per word)
                ids = self.token_entities.setdefault(i, [])
                if m.entity not in ids:
                    ids.append(m.entity)
            self.mention_starts.append((m.start, m.entity))

        self.dyad = article_dyad(self.entities, self.mention_starts)
        # the one state the document names, if it names exactly one (an unmodified "junta" or "army" is its organ)
        states = {e.country for e in self.entities.values() if e.kind == "country" and e.country}
        self.context_state = next((e.id for e in self.entities.values() if e.kind == "country"), None) if len(states) == 1 else None
        self.dominant_state = dominant_state(self.entities, self.mention_starts)
        self._entity_result = entities
        self._genders: dict[str, str] | None = None


    def agent_sector(self, x) -> str | None:
        """The Phoenix sector of an agent noun ("coast guard" -> military, "junta" -> government), or None."""
        return self.agent_phrase(x)[0]


    def agent_phrase(self, x) -> tuple[str | None, frozenset[int]]:
        """The Phoenix sector of an agent noun and the tokens its dictionary phrase covers ("security forces": the
        compound is part of the agent's name, not a modifier naming whose it is)."""
        if not self.lex.agents or x.pos_ not in ("NOUN", "PROPN"):
            return None, frozenset()
        # (an adjective read as a modifier may be the name's first word too: "military officers", "armed forces")
        before = [c for c in x.children if c.dep_ in ("compound", "amod") and c.i == x.i - 1]
        words = [c.lower_ for c in before]
        for phrase, covered in (([*words, x.lower_], before), ([*words, x.lemma_.lower()], before),
                                ([x.lower_], []), ([x.lemma_.lower()], [])):
            sector = self.lex.agents.get(" ".join(phrase))
            if sector:
                return sector, frozenset(c.i for c in covered)
        return None, frozenset()


    def genders(self) -> dict[str, str]:
        """Person id -> the gender the text shows (read on first use; entities.gender)."""
        if self._genders is None:
            self._genders = person_genders(self.doc, self._entity_result)
        return self._genders


    def entity(self, eid: str) -> Entity | None:
        return self.entities.get(eid)


    def claim_at(self, start: int, end: int) -> Claim | None:
        best = None
        for c in self.claim_index.around(start, end):
            if c.start <= start and end <= c.end and (best is None or c.end - c.start < best.end - best.start):
                best = c
        return best


    def key(self, eid: str) -> str:
        e = self.entities.get(eid)
        return (e.country or e.id) if e is not None else eid


    def same_block(self, t) -> bool:
        return self.current_block is None or self.block[t.i] == self.current_block


def credit(text: str, start: int, end: int, outlets: frozenset[str]) -> bool:
    """A news outlet credited in parentheses ("LIMA (Example Wire) -", a photo's "(Example Wire)", a shared
    credit "(Example Wire/Other Service)") only says who reported the text: it never acts or receives in it.
    ``outlets``: casefolded outlet names."""
    if text[start:end].casefold() not in outlets:
        return False
    left, right = text[max(0, start - CREDIT_SPAN):start], text[end:end + CREDIT_SPAN]
    opened, closed = left.rfind("("), right.find(")")
    if opened < 0 or closed < 0:
        return False
    before, after = left[opened + 1:].strip(), right[:closed].strip()
    # the outlet is one whole part of the parenthesis, its other parts joined by slashes only
    return (before == "" or before.endswith("/")) and (after == "" or after.startswith("/")) \
        and all(CREDIT_PART.fullmatch(p.strip()) for p in f"{before}x{after}".split("/"))


# how far a shared credit's parenthesis reaches either side of the outlet, and what one of its parts may hold
CREDIT_SPAN = 40
CREDIT_PART = re.compile(r"[\w .&'-]{1,30}")


# An article is about two states when both are named at least DYAD_MIN_MENTIONS times and no third state is
# named more than DYAD_THIRD_SHARE of the second's mentions (own test sentences; checked on real dev only).
DYAD_MIN_MENTIONS = 3
DYAD_THIRD_SHARE = 0.5
# ... and an act is aimed at the other state only when that state is named in its paragraph or the two before
# (real dev 2026-12-05, the dyad rule's recipients: with two 3 fewer wrong, F1 0.572 -> 0.575; the act's own paragraph only: 0.569)
DYAD_NEAR_PARAGRAPHS = 2


# An article is about one state among several when that state's mentions are at least DOMINANT_RATIO times those of
# any other (checked on real dev only; see implicit.actor_organ_of_the_dominant_state)
DOMINANT_RATIO = 3


def dominant_state(entities: dict, mention_starts: list) -> str | None:
    """The state entity of the state the article is about, when its entities' mentions outnumber every other
    state's ``DOMINANT_RATIO`` times (None when no state is named, or two are named about as often)."""
    counts: dict[str, int] = {}
    for _start, eid in mention_starts:
        e = entities.get(eid)
        if e is not None and e.country and e.kind != "location":
            counts[e.country] = counts.get(e.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < DOMINANT_RATIO * ranked[1][1]):
        return None
    return next((e.id for e in entities.values() if e.kind == "country" and e.country == ranked[0][0]), None)


def article_dyad(entities: dict, mention_starts: list) -> dict[str, str]:
    """The two states an article is about, each mapped to the entity id that names the other (empty when the
    article is not about exactly two states): counts of mentions of entities tied to each state (not of its places,
    where things happen: ``entities.place_states``)."""
    counts: dict[str, int] = {}
    named: dict[str, dict[str, int]] = {}
    for _start, eid in mention_starts:
        e = entities.get(eid)
        if e is None or not e.country or e.kind == "location":
            continue  # (a place is where things happen, no party: "talks in Istanbul")
        counts[e.country] = counts.get(e.country, 0) + 1
        by = named.setdefault(e.country, {})
        by[eid] = by.get(eid, 0) + 1 + 1000 * (e.kind == "country")  # the state itself first, else its most named entity
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[1][1] < DYAD_MIN_MENTIONS or (
            len(ranked) > 2 and ranked[2][1] > DYAD_THIRD_SHARE * ranked[1][1]):
        return {}
    (a, _), (b, _) = ranked[:2]
    best = {k: max(named[k].items(), key=lambda kv: kv[1])[0] for k in (a, b)}
    return {a: best[b], b: best[a]}
