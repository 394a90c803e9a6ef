"""Whom a request, refusal or concession is addressed to when the clause names the addressee by what it is
rather than by name (recipient rules of ``parties.PARTY_RULES``, same signature)."""
from __future__ import annotations

from .vocab import STATE_SECTORS


def recipient_own_organ_addressed(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_own_organ_addressed``: a request addressed to a state organ named by its agent noun
    alone ("called on the military to stop the raids", "urged the police to free them": a sector of class state
    in ``sector_classes.tsv``, words from ``agents.tsv``), with no state named in the phrase and no single state
    of the article to stand for it, is laid on the requester's own state: an official asking "the army" asks
    their own state's army.  PLOVER codes a state's forces by the state (real dev gold names such an addressee
    by the state or the organ's noun).  Only for an actor tied to one state that is not that state itself (a state
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

