"""Who can be the actor of an act at all: agent nouns that bar some categories (a trigger test of ``coding``).

PLOVER codes interactions between political actors.  A natural hazard is no actor ("an earthquake struck the
valley": the manual's open issues leave disasters uncoded, having no actor), and voters or the members of a
body voting for or against something ("120 MPs voted for the motion", "voters rejected the charter", "the
ruling was backed by three judges") take part in that body's internal procedure, not in an act between actors
(unless what they vote on names an actor: "senators rejected the Chilean proposal").
Nor is an accident or a civilian vehicle an actor (rule ``accident_or_vehicle_agent``: "the funicular derailed and
killed nine", "the crash killed four", "the fire gutted the market"), unless a modifier names whose it is ("Israeli fire
killed two", "army trucks rammed the gate", "a Greek-flagged tanker"): a place is not an owner ("a Lisbon tram").
Judges backing a decision cast their vote within the court (support only: the court's ruling is an act).
The agent of a noun is its possessor or by-phrase (``noun_agent``: "the storm ... in its second strike"), and a
participle right after a relative clause takes that clause's agent (``relative_clause_agent``: "recalled the floods
that hit the valley, destroying homes").  Measured 2026-12-05 with the output rule ``hazard_as_actor``: real dev 4
false events dropped (a cyclone, a storm's "strike", seismic events, a funicular's "injured"), no gold event lost.
The nouns are data: ``non_agents.tsv`` (hazard, accident, instrument, with sources) and ``coder_words.tsv``
(``ballot_nouns``, ``bench_nouns``); the categories each bars are
PLOVER's (``vocab``).  The test reads the trigger's grammatical agent only, so a named actor with such a word
nearby ("Peru sent aid after the earthquake", "lawmakers voted to impeach her") is untouched.
"""
from __future__ import annotations

from ...model import PLOVER_CATEGORIES
from .grammar import measured, subject
from .vocab import (ACCIDENT_NOUNS, ACTOR_KINDS, BALLOT_CATEGORIES, BALLOT_NOUNS, BENCH_CATEGORIES, BENCH_NOUNS, HAZARD_NOUNS,
                    INSTRUMENT_NOUNS, RELATIVE_PRONOUNS, VERBAL_CATEGORIES)

# prepositions by which what is voted on names its other party
PARTY_PREPS = ("with", "between", "to")


def agent_head(r, tok):
    """The head noun of the trigger's agent: a verb's subject (the antecedent of a relative pronoun, the measured
    noun of "one of the floods"), the object of its by-phrase when passive, or for a verb joined to another or a
    participle clause with no subject of its own ("the storm hit the coast, killing ten"), the governing verb's;
    a noun's possessor ("the storm's second strike"; a possessive pronoun stands for its clause's subject: "the
    storm ... in its second strike") or by-phrase ("the destruction by the floods")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return noun_agent_head(r, tok)
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    s = subject(r, tok)
    if s is None:
        s = next((p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if s is None and tok.dep_ in ("conj", "advcl") and tok.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in ("nsubjpass", "csubjpass") for c in tok.children):
        return agent_head(r, tok.head)
    if s is None and tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "obj") and \
            tok.head.head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "agent" for c in tok.children):
        return agent_head(r, tok.head.head)  # "killed two, leaving five injured": the state the act left them in
    if s is not None and s.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
        s = tok.head
    return measured(r, s) if s is not None else None


# possessive pronouns that stand for a thing, not a person ("its second strike", "their path of destruction")
THING_POSSESSIVES = frozenset({"its", "their"})


def noun_agent_head(r, tok):
    """The agent of a noun trigger: its possessor or the object of its by-phrase; a thing's possessive pronoun is
    read as the subject of the clause the noun is in."""
    for c in tok.children:
        if c.dep_ == "poss":
            if c.lower_ in THING_POSSESSIVES:
                verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
                s = subject(r, verb) if verb is not None else None
                return measured(r, s) if s is not None and s.pos_ in ("NOUN", "PROPN") else None
            return measured(r, c)
    by = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"),
              None)
    return measured(r, by) if by is not None else None


def relative_clause_agent(r, tok):
    """A participle with no subject of its own right after a relative clause ("recalled the floods that hit the
    coast in 2012, destroying homes"): the parser may hang it on the main verb, but its doer is the relative
    clause's (the antecedent the clause describes); the agent head of that clause, or None."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj") or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    before = [t for t in tok.head.subtree if t.dep_ == "relcl" and t.i < tok.i]
    if not before:
        return None
    rel = max(before, key=lambda t: t.i)
    gap = [t for t in tok.doc[rel.right_edge.i + 1:tok.i] if not t.is_punct]
    return agent_head(r, rel) if not gap else None


def barred_categories(r, tok) -> frozenset[str]:
    """The categories the trigger's agent cannot act in: all of them for a natural hazard, support and rejection
    for voters and members of a body, support for judges (their vote within the court; the court's ruling, "the
    judges annulled the result", is an act)."""
    head = agent_head(r, tok)
    if head is None:
        return frozenset()
    if "relative_clause_agent" not in r.off:
        rel = relative_clause_agent(r, tok)
        if rel is not None and hazard_named(rel):
            return frozenset(PLOVER_CATEGORIES)
    if tok.pos_ in ("NOUN", "PROPN"):
        # a noun's possessor or by-phrase bars it only as a natural hazard ("the storm's strike"): "the bus
        # company's strike", "the crash's toll" name owners and circumstances, not agents
        return frozenset(PLOVER_CATEGORIES) if "noun_agent" not in r.off and hazard_named(head) else frozenset()
    words = {head.lemma_.lower(), head.lower_}
    # a plural title before names is what they are, as a group: "backed by judges Ana Ruiz and Eva Soto"
    words |= {c.lemma_.lower() for c in head.children if c.dep_ == "compound" and c.tag_ == "NNS"}
    if hazard_named(head) or words & HAZARD_NOUNS:
        return frozenset(PLOVER_CATEGORIES)
    if "accident_or_vehicle_agent" not in r.off and accident_or_vehicle_agent(r, head, words):
        return frozenset(PLOVER_CATEGORIES)
    if "vehicle_says_and_visits_nothing" not in r.off and words & INSTRUMENT_NOUNS:
        # an owned vehicle still acts for its owner ("army trucks rammed the gate"), but it neither speaks nor visits:
        # "an Avianca flight travelling to Lima" is no visit to Peru (issue 13 speech review)
        return frozenset(VERBAL_CATEGORIES)
    if words & BALLOT_NOUNS and not aimed_at_an_actor(r, tok):
        return BALLOT_CATEGORIES
    if words & BENCH_NOUNS and not aimed_at_an_actor(r, tok):
        return BENCH_CATEGORIES
    return frozenset()


def hazard_named(head) -> bool:
    """The agent head is a natural hazard: by its noun ("floods"), by its adjective ("seismic events", "volcanic
    activity") or, a proper name, by the common noun before it ("Tropical Cyclone Chido", "Hurricane Ana")."""
    words = {head.lemma_.lower(), head.lower_} | {c.lemma_.lower() for c in head.children if c.dep_ == "amod"}
    if head.pos_ == "PROPN":
        words |= {c.lower_ for c in head.children if c.dep_ == "compound"}
    return bool(words & HAZARD_NOUNS)


def named_as_hazard(name: str) -> bool:
    """An entity's name holds a natural hazard's noun ("Tropical Cyclone Chido", "Storm Ana", "the Kumbh floods")."""
    return any(w.strip(".,'’").lower() in HAZARD_NOUNS for w in name.split())


def accident_or_vehicle_agent(r, head, words: set[str]) -> bool:
    """The agent is an accident ("the crash killed four"), a civilian vehicle or a fire ("a tram derailed and killed
    nine") that no modifier ties to an actor (``owner``)."""
    if words & ACCIDENT_NOUNS:
        return not any(owner(r, c, states=False) for c in head.children)
    if words & INSTRUMENT_NOUNS:
        return not any(owner(r, c, states=True) for c in head.children)
    return False


def owner(r, c, states: bool) -> bool:
    """The modifier ``c`` names whose the thing is: an agent noun ("army trucks"), an organisation, person or group,
    or with ``states`` a state by its adjective ("Israeli fire", "Russian trucks"); a proper noun, compound or
    possessive, is a place ("a Quito tram", "one of Lisbon's trams", even where the capital stands for its state), and a
    state never owns an accident ("the Peruvian bus crash", "Bolivia's worst rail accident": where it happened)."""
    if c.dep_ not in ("poss", "amod", "compound", "nmod"):
        return False
    if r.agent_sector(c):
        return True
    for t in c.subtree:
        for x in r.token_entities.get(t.i, []):
            e = r.entities.get(x)
            if e is None or e.kind not in ACTOR_KINDS:
                continue
            if e.kind != "country" or (states and (c.pos_ == "ADJ" or c.ent_type_ == "NORP")):
                return True
    return False


def aimed_at_an_actor(r, tok) -> bool:
    """What is voted on or rejected names an actor, itself, by a modifier or as its other party ("senators rejected
    the Chilean proposal", "judges voted against the prime minister", "lawmakers approved the pact with Norway"):
    an act towards that actor, not a ballot on a motion."""
    targets = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    targets += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "against") for p in c.children
                if p.dep_ == "pobj"]
    # the other party of what is voted on: "approved an agreement with Norway", "a treaty between X and Y"
    if any(x.i in r.token_entities for t in targets for c in t.children if c.dep_ == "prep" and c.lower_ in PARTY_PREPS
           for x in c.subtree):
        return True
    return any(t.i in r.token_entities or any(c.dep_ in ("poss", "amod", "compound") and c.i in r.token_entities
                                              for c in t.children) for t in targets)
