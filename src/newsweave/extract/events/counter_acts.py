"""A counter-act is its maker's own (issue 13, actor and recipient swapped).

Rule ``means_of_the_countering_subject``: the with-phrase of a verb of answering an opponent's act
(``coder_words.tsv`` answering_verbs) names the subject's own means, its own act ("X countered Y's tariffs with
tariffs of its own", "X repelled the raid with air strikes"), unlike the object, the act answered ("X countered Y's
tariffs": Y's; ``COUNTERING_VERBS`` keeps the subject from the object's act).  The parser often hangs the
with-phrase on that object ("Y's tariffs with tariffs"): an act is not qualified by another act that way, so it is
still the verb's.  A verb of countering that answers nothing keeps its with-phrase from the subject ("coinciding
with strikes").
"""
from __future__ import annotations

from .phrases import phrase_entities
from .vocab import ANSWERING_VERBS, OBJECT_DEPS

RULE = "means_of_the_countering_subject"


def means_of_the_countering_subject(r, verb, tok) -> bool:
    """The noun ``tok`` is the means the subject of ``verb`` answers with (records the role rule)."""
    if verb.lemma_.lower() not in ANSWERING_VERBS or RULE in r.off:
        return False
    prep = next((a for a in tok.ancestors if a.dep_ == "prep" and a.lower_ == "with"), None)
    if prep is None or not (prep.head.i == verb.i or (prep.head.dep_ in OBJECT_DEPS and prep.head.head.i == verb.i)):
        return False
    r.role_rule = r.role_rule or f"roles:{RULE}"
    return True


def recipient_maker_of_the_answered_act(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_maker_of_the_answered_act``: the response a with-phrase names ("Chad met the Libyan offensive
    with air strikes", "the Bolivian offensive was met with Chilean air strikes") is aimed at whoever made the act
    answered, the object (or passive subject) of the answering verb: LBY, BOL."""
    if recipients or tok.pos_ != "NOUN":
        return None
    prep = next((a for a in tok.ancestors if a.dep_ == "prep" and a.lower_ == "with"), None)
    if prep is None:
        return None
    verb = prep.head.head if prep.head.dep_ in OBJECT_DEPS else prep.head
    if verb.lemma_.lower() not in ANSWERING_VERBS:
        return None
    answered = [c for c in verb.children if c.dep_ in (*OBJECT_DEPS, "nsubjpass") and c.i != tok.i]
    got = [e for a in answered for e in phrase_entities(r, a) if e not in actors]
    return (actors, got) if got else None
