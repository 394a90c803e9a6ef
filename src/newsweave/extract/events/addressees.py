"""Whom a request, refusal or concession is addressed to when the clause names the addressee by what it is
rather than by name (recipient rules of ``parties.PARTY_RULES``, same signature)."""
from __future__ import annotations

from .grammar import preps
from .vocab import ENVOY_NOUNS, STATE_SECTORS


def recipient_own_organ_addressed(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_own_organ_addressed``: a request addressed to a state organ named by its agent noun
    alone ("called on the military to stop the raids", "urged the police to free them": a sector of class state
    in ``sector_classes.tsv``, words from ``agents.tsv``), with no state named in the phrase and no single state
    of the article to stand for it, is laid on the requester's own state: an official asking "the army" asks
    their own state's army; an envoy ("urged the delegates", "the ambassadors": ``envoy_nouns``) speaks for a
    state abroad, most often another's, and is no such organ.  PLOVER codes a state's forces by the state (real
    dev gold names such an addressee by the state or the organ's noun).  Only for an actor tied to one state that is not that state itself (a state
    asking its own organ is domestic, and keeps no recipient)."""
    if recipients or entry.category != "REQUEST" or not actors or tok.pos_ != "VERB":
        return None
    addressed = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    addressed += [p for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for p in c.children
                  if p.dep_ == "pobj"]
    addressed += [c for x in tok.children if x.dep_ in ("ccomp", "xcomp") for c in x.children if c.dep_ == "nsubj"]
    if tok.dep_ == "prt" or any(c.dep_ == "prt" and c.lower_ in ("on", "upon") for c in tok.children):
        addressed += [c for c in tok.children if c.dep_ == "dobj"]
    for a in addressed:
        if a.i in r.token_entities:
            return None
        if a.lemma_.lower() in ENVOY_NOUNS:
            continue
        sector, own_words = r.agent_phrase(a)
        if sector not in STATE_SECTORS or any(
                c.dep_ in ("amod", "compound", "poss", "nmod", "prep") and c.i not in own_words
                and c.lower_ not in ("the", "'s") for c in a.children):
            continue
        if r.context_state:
            return None  # the article's one state stands for the organ already (phrases.one_phrase)
        homes = {getattr(r.entities.get(x), "country", None) for x in actors}
        if len(homes) != 1 or None in homes:
            return None
        state = next((o.id for o in r.entities.values() if o.kind == "country" and o.country in homes), None)
        if state is None or state in actors:
            return None
        return actors, [state]
    return None



DEMAND_CONTENT_PREPS = frozenset({"for"})  # "called for an end to X": what is demanded


def recipient_state_the_demand_is_about(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_state_the_demand_is_about``: a request that names no addressee but whose content, what is
    demanded (the object, "urged action on the prisoners held in Bolivia", or the for-phrase, "called for an end to
    Bolivia's crisis"), names one state other than the requester's is made of that state: PLOVER REQUEST's recipient
    is the one asked to act, and a demand about a state's own affairs is laid on it.  Only a state named as a state
    (name, adjective or possessor), never a town ("called for talks in Lima": a venue); none when the content names
    two states or the request has an addressee or a clause of its own ("urged Chile to ...": the other rules)."""
    if recipients or entry.category != "REQUEST" or not actors:
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "dative", "iobj") for c in tok.children):
        return None
    content = ([obj] if obj is not None else []) + [p for p in preps(r, tok, DEMAND_CONTENT_PREPS) if p.i > tok.i]
    content += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in DEMAND_CONTENT_PREPS and c.i > tok.i
                for other in c.conjuncts for p in other.children if p.dep_ == "pobj"]  # "for X and for Y"
    own = {r.key(a) for a in actors}
    states: list[str] = []
    for head in content:
        for t in head.subtree:
            for eid in r.token_entities.get(t.i, ()):
                e = r.entities.get(eid)
                if e is not None and e.kind == "country" and r.key(eid) not in own and eid not in states \
                        and not venue(t, e):
                    states.append(eid)
    return (actors, states) if len(states) == 1 else None


def venue(t, state) -> bool:
    """A state's capital or town named where something is to happen ("talks in Lima"): a place, not the state itself
    (a mention whose words are not the state's name or one of its aliases, after "in"/"at")."""
    if t.dep_ != "pobj" or t.head.lower_ not in ("in", "at"):
        return False
    names = {str(state.name).lower(), *(str(a).lower() for a in (getattr(state, "aliases", None) or ()))}
    return t.lower_ not in names and not any(n.split()[-1] == t.lower_ for n in names)
