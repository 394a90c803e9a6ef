"""A place no gazetteer row places in a state, as the target of an act: the state the text puts it in.

The named-entity tagger finds towns, villages and bases the gazetteer does not know ("the village of Varna
in eastern Ruritania"); such a place has no state, so an attack on it had no recipient a reader of event
data can use.  PLOVER (like CAMEO) codes the target of an attack on a place by the place's state:

- ``state_named_beside``: the text puts the place in a state or a known place of one, in an in-phrase or an
  apposition of one of its mentions or of the noun it names ("the village of X in northern Y", "X, Y");
- ``recipient_state_a_target_stands_for``: a target that names no state but stands for one: a definite state
  noun ("flew medics into the Andean republic": a state named before) or, for an act of force, a state
  organ with no state named ("guerrillas ambushed a police patrol": the state the article is about);
- ``other_side_of_the_dyad``: in an article about two states, an act of force by one of them on a place the
  text does not locate falls on the other (as ``dyad.recipient_from_the_article_dyad`` does for acts that
  name no one).
"""
from __future__ import annotations

from .grammar import preps
from .implicit import state_entity
from .phrases import state_of_place
from .vocab import ACTING_ORGAN_SECTORS, ORGAN_MEMBER_NOUNS, PLACE_TARGET_CATEGORIES, RECIPIENT_PREPS, STATE_NOUNS


# how far up from a place's head word its locating phrase may hang: "shelled the village of X in Y" (X -> of ->
# village -> shelled: the in-phrase of the act, which the parser often hangs on the verb)
LOCATING_DEPTH = 3


def unplaced(r, eid: str) -> bool:
    e = r.entity(eid)
    return e is not None and e.kind == "location" and not e.country


def state_named_beside(r, eid: str) -> str | None:
    """The state an in-phrase or apposition of one of the place's mentions names ("X in northern Y" -> Y,
    "X, a hamlet in Y"), also of the noun it names or of the clause it is the target of ("shelled the hamlet
    of X in Y")."""
    for start, mentioned in r.mention_starts:
        if mentioned != eid:
            continue
        span = r.doc.char_span(start, start + 1, alignment_mode="expand")
        tok = span[0] if span is not None and len(span) else None
        while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head  # "San" of "San Lorenzo": the name's head word
        for _ in range(LOCATING_DEPTH + 1):
            if tok is None:
                break
            for h in locators(tok):
                for other in r.token_entities.get(h.i, []):
                    state = state_of_place(r, other) if other != eid else None
                    if state:
                        return state
            tok = tok.head if tok.head is not tok and tok.pos_ in ("PROPN", "NOUN", "ADP") else None
    return None


def locators(tok) -> list:
    """The words that may say where ``tok`` is: the objects of its in-phrases, its appositions and theirs."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            out.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ in ("appos", "npadvmod"):
            out.append(c)
            out.extend(p for x in c.children if x.dep_ == "prep" and x.lower_ == "in" for p in x.children if p.dep_ == "pobj")
    return out


def other_side_of_the_dyad(r, actors) -> str | None:
    """The other of the article's two states, when the actors are all of one of them."""
    sides = {r.key(a) for a in actors}
    if not r.dyad or len(sides) != 1 or not sides <= set(r.dyad):
        return None
    return r.dyad[sides.pop()]


def recipient_state_of_an_unplaced_place(r, tok, entry, obj, actors, recipients, joint):
    """An act of force on a place no row places in a state falls on the state the text puts it in, else (in an
    article about two states, by one of them) on the other state: "shelled Varna in Ruritania" (Ruritania)."""
    if entry.category not in PLACE_TARGET_CATEGORIES or not any(unplaced(r, e) for e in recipients):
        return None
    out: list[str] = []
    for e in recipients:
        state = (state_named_beside(r, e) or other_side_of_the_dyad(r, actors)) if unplaced(r, e) else e
        state = state or e
        if state not in out and state not in actors:
            out.append(state)
    return actors, out


def recipient_state_a_target_stands_for(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_state_a_target_stands_for``: the act's object or recipient phrase names no state but stands
    for one, and nothing (or only a place the gazetteer puts in no state) was found as the recipient:

    - a definite state noun with no state named in it ("flew medics into the Andean republic", "the Alpine
      country"): it refers back to the nearest state named before it that is not the actor's;
    - for an act of force, a state organ with no state named ("guerrillas ambushed the police in the
      highlands", "ambushed police"): the other state of the article when a state of its two acts, else the state
      the article is about (``r.context_state``, ``r.dominant_state``), never the actor's own.
    """
    if recipients and not all(unplaced(r, e) for e in recipients):
        return None
    own = {r.key(a) for a in actors}
    heads = ([obj] if obj is not None else []) + list(preps(r, tok, RECIPIENT_PREPS))
    for h in heads:
        if not unnamed(r, h):
            continue
        if state_noun(h):
            state = state_named_before(r, h, own)
        elif entry.category in PLACE_TARGET_CATEGORIES and r.agent_sector(h) in ACTING_ORGAN_SECTORS:
            state = other_side_of_the_dyad(r, actors) or r.context_state or r.dominant_state
        elif entry.category in PLACE_TARGET_CATEGORIES and "organ_a_member_noun_refers_to" not in r.off and (
                organ := organ_a_member_noun_refers_to(r, h)) is not None:
            state = organ_state(r, organ) or other_side_of_the_dyad(r, actors) or r.context_state or r.dominant_state
            if state is not None and r.key(state) not in own:
                r.party_rules.append("organ_a_member_noun_refers_to")  # cited beside this rule's own name
        else:
            continue
        if state is not None and r.key(state) not in own:
            return actors, [state]
    return None


def organ_a_member_noun_refers_to(r, h):
    """Rule ``organ_a_member_noun_refers_to``: a bare member noun of a state's force (``ORGAN_MEMBER_NOUNS``:
    "officers", "an officer", with no modifier saying whose) stands for the state organ (an agent noun of
    ``ACTING_ORGAN_SECTORS``: police, army, security forces) named nearest before it in its sentence or the one
    before ("police said the crowd threw stones at officers"); none named there: no one's (an "officer" of a firm,
    a party or a ship is no state's)."""
    if h.pos_ != "NOUN" or h.lemma_.lower() not in ORGAN_MEMBER_NOUNS or any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in h.children):
        return None
    start = h.sent.start
    start = r.doc[start - 1].sent.start if start > 0 else start
    for t in reversed(r.doc[start:h.i]):
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in ORGAN_MEMBER_NOUNS and r.same_block(t) and (
                r.agent_sector(t) in ACTING_ORGAN_SECTORS):
            return t
    return None


def organ_state(r, organ) -> str | None:
    """The state a state organ's own words name ("Philippine police", "Chile's army"), or None."""
    for t in [organ, *(c for c in organ.children if c.dep_ in ("amod", "compound", "poss", "nmod"))]:
        for eid in r.token_entities.get(t.i, ()):
            e = r.entity(eid)
            if e is not None and e.country and (state := state_entity(r, e.country)):
                return state  # (a force named as an organisation of its state too: "the Philippine National Police")
    return None


def state_named_before(r, h, own: set) -> str | None:
    """The state entity of the nearest mention before ``h`` of a state that is not one of ``own``."""
    for start, eid in reversed(r.mention_starts):
        e = r.entity(eid)
        if start < h.idx and e is not None and e.kind == "country" and r.key(eid) not in own:
            return eid
    return None


def state_noun(h) -> bool:
    """A definite state noun: "the Andean republic", "the small kingdom" (not "a country", "countries")."""
    return h.lemma_.lower() in STATE_NOUNS and h.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children)


def unnamed(r, h) -> bool:
    """No word of the phrase's head or its modifiers names a state or a placed entity ("the Andean republic":
    only a region; "Peruvian police": a state named)."""
    near = [h, *[c for c in h.children if c.dep_ in ("amod", "compound", "poss", "nmod")]]
    return not any(not unplaced(r, e) for t in near for e in r.token_entities.get(t.i, []))
