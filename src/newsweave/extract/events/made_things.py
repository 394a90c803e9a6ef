"""Rule ``recipient_maker_of_the_acted_on_thing`` (issue 13, recipients missing).

A hostile or demanding act on a thing that the phrase says someone made is aimed at its maker: "the governor banned
a march organized by the Labour Party" (COERCE -> the Labour Party), "the court struck down decrees issued by the
Finance Ministry" (-> the ministry), "nurses defied a government deadline" (REJECT -> the state whose government set
it).  The maker is the by-phrase of the past participle that describes the object (``acl``, VBN), as
``roles.described_by`` reads it for an act noun; for a thing someone decides (``AUTHORED_THINGS``: a deadline, an
order, a ruling) also a state organ named by a common noun before it ("a government deadline", "the army's
order": ``ACTING_ORGAN_SECTORS``), which stands for the article's one state or the state it is about
(``r.context_state``, ``r.dominant_state``).  Only for an act of ``DYAD_CATEGORIES`` with an actor and no recipient
yet, never the actor or its own state (a party of that state may be the other side: "Kenyan police banned a rally
organized by the Orange Democratic Movement").  A thing with no maker named ("a march organized on Friday", "a
deadline set for Monday") stays without recipient.  Real dev 2026-12-07 (608 texts, events): two acts gain a recipient
(strikers defying a government deadline, true; drivers protesting a government decision), F1 0.530 -> 0.531, P 0.564
-> 0.566; seeds, holdout, blind (own) and PLOVER unchanged.  No dev maker by by-phrase is an entity yet ("a rally
organized by the opposition": "the opposition" is none there).
"""
from __future__ import annotations

from .grammar import preps
from .phrases import phrase_entities
from .vocab import ACTING_ORGAN_SECTORS, AUTHORED_THINGS, DYAD_CATEGORIES

RULE = "recipient_maker_of_the_acted_on_thing"


def recipient_maker_of_the_acted_on_thing(r, tok, entry, obj, actors, recipients, joint):
    """The maker the object's participle by-phrase or organ modifier names, as the recipient of an act on it."""
    if recipients or not actors or obj is None or obj.pos_ != "NOUN" or entry.category not in DYAD_CATEGORIES:
        return None
    own = set(actors) | {r.key(a) for a in actors}
    maker = [e for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"
             for p in preps(r, c, {"by"}) for e in phrase_entities(r, p) if e not in own]
    maker = maker or [e for e in organ_state(r, obj) if e not in own]
    return (actors, list(dict.fromkeys(maker))) if maker else None


def organ_state(r, obj) -> list[str]:
    """The state a decided thing's organ modifier stands for ("a government deadline": the article's state)."""
    state = r.context_state or r.dominant_state
    if state is None or obj.lemma_.lower() not in AUTHORED_THINGS:
        return []
    organs = [c for c in obj.children if c.dep_ in ("compound", "poss") and c.i not in r.token_entities
              and r.agent_sector(c) in ACTING_ORGAN_SECTORS]
    return [state] if organs else []
