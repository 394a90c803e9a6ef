"""Whom a coercive act is aimed at when its clause names the target only in a purpose clause (a recipient rule run
before ``parties.PARTY_RULES``, same signature).

"Lima proclaimed a curfew so as to fight the cartels", "the army imposed a curfew to crush the rebels",
"Washington raised tariffs to punish Ottawa": the declaration, the curfew and the tariffs have no object party of
their own; the purpose infinitive says whom they are against.  PLOVER codes the target of COERCE, ASSAULT and
SANCTION as the recipient.  The verbs of such a purpose are data (``data/plover/purpose_verbs.tsv``): a purpose of
help ("to help the farmers") names no target.
"""
from __future__ import annotations

from ..plover import PLOVER_DIR, _rows

PURPOSE_VERBS = frozenset(row["verb"].strip().lower() for row in _rows(PLOVER_DIR / "purpose_verbs.tsv", ("verb",)))
# PLOVER categories whose recipient is the act's target (PLOVER manual, "Event Categories")
TARGETED_CATEGORIES = frozenset({"COERCE", "ASSAULT", "SANCTION"})


def _purpose_clauses(tok):
    """The infinitive purpose clauses of ``tok``'s clause: "... to combat X" (advcl with ``to``) and "... in order to
    combat X" (an acl under "order").  A noun trigger ("a curfew", "tariffs") is read from the verb it is the object
    of."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    out = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    out += [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
            if o.dep_ == "pobj" and o.lower_ == "order" for a in o.children if a.dep_ == "acl"]
    return out


def recipient_aimed_at_in_the_purpose(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_aimed_at_in_the_purpose``: a COERCE, ASSAULT or SANCTION act with no recipient whose clause
    goes on with a purpose infinitive of a verb of ``PURPOSE_VERBS`` ("proclaimed a curfew to fight the cartels")
    is aimed at that verb's object when the object is an entity that is not the actor: "fight the cartels" -> the
    gangs.  Not for a purpose of help or of any verb not listed, nor for an object that names no entity."""
    if recipients or entry.category not in TARGETED_CATEGORIES or not actors:
        return None
    own = {r.key(a) for a in actors}
    for clause in _purpose_clauses(tok):
        if clause.lemma_.lower() not in PURPOSE_VERBS and clause.lower_ not in PURPOSE_VERBS:
            continue
        for o in (c for c in clause.children if c.dep_ == "dobj"):
            found = [e for e in r.token_entities.get(o.i, ()) if r.key(e) not in own]
            if found:
                return actors, found[:1]
    return None


PURPOSE_RULES = (recipient_aimed_at_in_the_purpose,)
