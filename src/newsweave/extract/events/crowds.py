"""Whom crowd control is used on when its clause names no target (a recipient rule run with ``purposes.PURPOSE_RULES``,
same signature).

"Police fired tear gas as the protesters hurled stones", "fans fled when police fired tear gas", "protesters threw
bottles at the officers, who responded with water cannon": the tear gas has no object party of its own; the crowd it
answers is the subject of the clause the act is tied to (a clause of time or cause on it, the clause it hangs on, or
one coordinated with it).  PLOVER's manual codes crowd-control (ASSAULT mode ``crowd-control``: tear gas, water
cannons) as force used on that crowd; which rows are crowd control is data (the mode column of
``data/plover/lexicon.tsv``).
"""
from __future__ import annotations

from .phrases import phrase_entities

CROWD_CONTROL_MODES = frozenset({"crowd-control"})
CLAUSE_DEPS = ("advcl", "conj", "relcl", "ccomp")


def _linked_clauses(tok):
    """The verbs of the clauses tied to ``tok``'s own: its adverbial and coordinated clauses, and the clause it hangs
    on (through a relative clause on a noun, the verb that noun belongs to)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    out = [c for c in verb.children if c.dep_ in ("advcl", "conj") and c.pos_ in ("VERB", "AUX")]
    up = verb
    while up.dep_ in CLAUSE_DEPS or up.pos_ not in ("VERB", "AUX"):
        if up.head is up:
            break
        up = up.head
        if up.pos_ in ("VERB", "AUX"):
            out.append(up)
            break
    return [c for c in out if c is not verb]


def recipient_the_crowd_it_answered(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_the_crowd_it_answered``: a crowd-control act (a lexicon row of mode crowd-control) with no
    recipient is used on the unnamed group (protesters, fans, students) that is the subject of a clause tied to it:
    "police fired tear gas as the protesters hurled stones" -> the protesters.  Not a state, organisation or person,
    and not the actor itself."""
    if recipients or entry.mode not in CROWD_CONTROL_MODES or not actors:
        return None
    own = {r.key(a) for a in actors}
    for clause in _linked_clauses(tok):
        for s in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            found = [e for e in phrase_entities(r, s, kinds={"group"}) if r.key(e) not in own]
            if found:
                return actors, found[:1]
    return None


CROWD_RULES = (recipient_the_crowd_it_answered,)
