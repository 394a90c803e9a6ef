"""Who a meeting brought together, when the meeting noun is the subject of a verb of gathering (a recipient rule
run before ``parties.PARTY_RULES``, same signature).

"A summit hosted by Lima brought together the presidents of Chile and Bolivia": the summit's actor is its host
(the agent of "hosted by", read by ``roles``), and those it brought together are whom the host met.  PLOVER's
CONSULT is "all consultations and meetings", its sides the ones meeting (PLOVER manual, "Compound and Reciprocal
Actors").  The verbs of gathering are data (``data/plover/gathering_verbs.tsv``).
"""
from __future__ import annotations

from ..plover import PLOVER_DIR, _rows
from .phrases import phrase_entities

GATHERING_VERBS = {row["verb"].strip().lower(): (row.get("particle") or "").strip().lower()
                   for row in _rows(PLOVER_DIR / "gathering_verbs.tsv", ("verb",))}


def _gathering_verb(tok):
    """The verb of gathering ``tok`` (a meeting noun) is the subject of, or None."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    particle = GATHERING_VERBS.get(verb.lemma_.lower())
    if particle is None:
        return None
    if particle and not any(c.lower_ == particle for c in verb.children if c.dep_ in ("prt", "advmod")):
        return None
    return verb


def recipient_brought_together_by_the_meeting(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_brought_together_by_the_meeting``: a meeting noun (CONSULT) with an actor and no recipient
    that is the subject of a verb of ``GATHERING_VERBS`` ("the summit brought together X and Y") met those the
    verb's object names, other than its actors: the host -> X, Y.  Not for a meeting that is no subject of such a
    verb ("the summit ended"), nor when the object names no entity."""
    if recipients or entry.category != "CONSULT" or tok.pos_ != "NOUN" or not actors:
        return None
    verb = _gathering_verb(tok)
    if verb is None:
        return None
    own = {r.key(a) for a in actors}
    met = [e for o in verb.children if o.dep_ == "dobj" for e in phrase_entities(r, o) if r.key(e) not in own]
    return (actors, met) if met else None


GATHERING_RULES = (recipient_brought_together_by_the_meeting,)
