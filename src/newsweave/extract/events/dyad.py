"""The other state of a two-state article as the recipient of an act that names none (``PARTY_RULES``' rule
``recipient_from_the_article_dyad``, and ``dyad_other_side`` for ``counterparts``): "Peru warned of severe
consequences" in a story on a Peru-Chile dispute is a threat to Chile.  Only acts aimed abroad take it: not one
done through the actor's own courts or legislature (a lexicon row of PLOVER context ``legal``: "would appeal the
verdict", "will prosecute those responsible"), nor a call on its own public ("called for a demonstration"),
nor one the sentence says a person undergoes who is not of the other state ("he was killed by X", "the writer's arrest"): its target is that person, whom the text names.
"""
from __future__ import annotations

from .grammar import lex_entries, preps
from .phrases import names_people, object_pronoun, phrase_entities, resolve_pronoun
from .reader import DYAD_NEAR_PARAGRAPHS
from .vocab import (ACTOR_KINDS, ANYONE_PRONOUNS, DOMESTIC_CONTEXTS, DYAD_CATEGORIES, PERSON_PRONOUNS, PUBLIC_ACT_CATEGORIES,
                    RECIPIENT_PREPS, STATE_NOUNS)


def recipient_from_the_article_dyad(r, tok, entry, obj, actors, recipients, joint):
    """In an article about two states, a hostile or demanding act of one of them that names no one else is
    aimed at the other, as a reader (and a PLOVER coder) takes it: in a story on a Peru-Chile border dispute,
    "Peru warned of severe consequences" is a threat to Chile.  Not an act of a people of one state (an entity
    of kind group: "the Aymara of Peru boycotted the vote"): it is done in their own state's politics, not aimed
    at the other state.  Not when the sentence names whom the act is aimed at, though as no actor ("urged the
    donors to ...", "condemned the militants": ``names_unresolved_recipient``), nor when the other state is not
    named near it (``other_side_nearby``: a passage on one state's own affairs), nor when it is aimed at whoever fits
    a description ("threatened anyone who blocks the road": ``aimed_at_anyone``)."""
    if recipients or entry.category not in DYAD_CATEGORIES or not r.dyad or DOMESTIC_CONTEXTS & set(entry.context):
        return None
    # a body of no state beside one of the two ("Peru and its Western allies demanded") takes that side
    stated = [a for a in actors if (e := r.entities.get(a)) is not None and e.country]
    if stated and all(r.entities[a].kind == "group" for a in stated):
        return None
    other = dyad_other_side(r, tok, obj, {r.key(a) for a in stated or actors})
    if other is None or names_the_patient(r, tok, entry, other) or calls_out_the_public(r, tok, entry, obj) \
            or ("aimed_at_anyone" not in r.off and aimed_at_anyone(tok)):
        return None
    return actors, [other]


def names_the_patient(r, tok, entry, other: str) -> bool:
    """The sentence names a person or people who undergo the act, none of them of the state ``other``: the
    passive subject of the trigger ("he was killed by X", "the fishermen were arrested") or the possessor of a
    noun trigger whose row says its possessor undergoes it (roles ``patient``: "the writer's arrest").  The act is aimed at them, not at the other state."""
    deps = ("nsubjpass",) if tok.pos_ == "VERB" else ("poss",) if entry.roles == "patient" else ()
    heads = [c for c in tok.children if c.dep_ in deps]
    for h in heads:
        got = resolve_pronoun(r, h) if h.lower_ in PERSON_PRONOUNS else phrase_entities(r, h, ACTOR_KINDS)
        people = [r.entities[e] for e in got if e in r.entities and r.entities[e].kind == "person"]
        if (people or (not got and names_people(r, h))) and not any(p.country == other for p in people):
            return True
    return False


def dyad_other_side(r, tok, obj, sides):
    """The article's other state when ``sides`` (the actors' keys) is one state of its dyad, the clause names no
    target of its own though as no entity (``names_unresolved_recipient``) and the other state is named near the
    trigger (``other_side_nearby``); else None."""
    if len(sides) != 1 or not sides <= set(r.dyad):
        return None
    side = next(iter(sides))
    if names_unresolved_recipient(r, tok, obj) or not other_side_nearby(r, tok, r.key(r.dyad[side])):
        return None
    return r.dyad[side]


def names_unresolved_recipient(r, tok, obj) -> bool:
    """The act's object or its recipient phrase ("to", "against", "on"...) names people or an agent ("the delegates",
    "the militant group", "the international community") that no entity stands for, or is a personal pronoun
    no earlier entity stands for ("urged them to leave"), or states in general that no entity stands for (a plural
    of ``STATE_NOUNS``: "accused foreign capitals of meddling", ``states_in_general``): the act is aimed at them, not
    at the other state."""
    heads = ([obj] if obj is not None else []) + list(preps(r, tok, RECIPIENT_PREPS))
    return any(names_people(r, h) or r.agent_sector(h) or (object_pronoun(h) and h.tag_ == "PRP")
               or ("states_in_general" not in r.off and states_in_general(r, h)) for h in heads)


def states_in_general(r, h) -> bool:
    """A plural common noun for states ("capitals", "countries") that names no entity: several states unnamed."""
    return h.tag_ == "NNS" and h.lemma_.lower() in STATE_NOUNS and h.i not in r.token_entities


def other_side_nearby(r, tok, other: str) -> bool:
    """The state ``other`` (or an entity tied to it) is named in the act's paragraph or the
    ``DYAD_NEAR_PARAGRAPHS`` before it."""
    block = r.block[tok.i]
    return any(block - DYAD_NEAR_PARAGRAPHS <= r.block[i] <= block and any(
        (e := r.entities.get(x)) is not None and e.country == other for x in ids) for i, ids in r.token_entities.items())


def aimed_at_anyone(tok) -> bool:
    """The act is aimed at whoever fits a description (``ANYONE_PRONOUNS``): its object or recipient phrase, its
    complement's object ("threatened to punish anyone who crosses"), or its clause's subject ("warned whoever blocks
    the road"): the sentence names its target as no party, so the article's other state is not it."""
    for c in tok.children:
        near = [c] + ([x for x in c.children if x.dep_ in ("dobj", "dative", "pobj", "nsubj")]
                      if c.dep_ in ("prep", "xcomp", "ccomp") else [])
        if any(x.lower_ in ANYONE_PRONOUNS and x.dep_ in ("dobj", "dative", "pobj", "nsubj") for x in near):
            return True
    return False


def calls_out_the_public(r, tok, entry, obj) -> bool:
    """A call for an act the public does (``PUBLIC_ACT_CATEGORIES``: "called for a demonstration", "urged a general
    strike") rallies the actor's own people, not the other state."""
    heads = ([obj] if obj is not None else []) + list(preps(r, tok, {"for"}))
    return entry.category == "REQUEST" and any(e.category in PUBLIC_ACT_CATEGORIES for h in heads for e in lex_entries(r, h))
