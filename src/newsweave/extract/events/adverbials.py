"""Acts named in an adverbial phrase before or beside the main clause, and passives with no subject of their own
(actor rules of ``roles.py``).

An adverbial clause or prepositional gerund with no subject of its own ("While being arrested, X claimed...",
"After meeting Y, X said...") borrows its understood subject from the main clause.  Two misreadings follow:

- ``actor_none_for_passive_adverbial``: a passive adverbial ("while being arrested", "after being detained",
  "when having been questioned") is done TO the main clause's subject; with no by-phrase its doer is unnamed (the
  bare participle, "Asked about it, X said", is ``actor_none_for_bare_participle``).  Acts that move the actor's
  own people or things (``own_theme``: "after being deployed, the troops...") keep their owner as actor.
- ``actor_subject_of_a_fronted_gerund``: the object of the main verb does a gerund only when the gerund's
  preposition follows that object ("accused X of arming Y", "praised X for sending aid": ``actor_gerund_object``);
  a gerund whose preposition comes before the object ("After meeting Y, X accused Z", "Before attacking the post,
  the troops shelled the town") is the main subject's act, as any subjectless adverbial is.
- ``actor_none_for_agentless_passive``: a passive conjunct, infinitive or noun-describing participle with no by-phrase
  has no actor (its understood subject undergoes the act).
"""
from __future__ import annotations

from .grammar import subject
from .phrases import phrase_entities
from .vocab import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS

ADVERBIAL_DEPS = ("advcl", "pcomp")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")


def _main_verb(tok):
    """The verb an adverbial clause or prepositional gerund modifies, or None."""
    if tok.dep_ == "advcl":
        head = tok.head
    elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        head = tok.head.head
    else:
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.i != tok.i else None


def actor_none_for_passive_adverbial(r, tok, seen, own_theme):
    """ "While being arrested, X claimed...", "After being detained, X accused Y": a passive adverbial with no
    subject and no by-phrase has an unnamed doer (its understood subject undergoes it)."""
    if tok.dep_ not in ADVERBIAL_DEPS or tok.tag_ != "VBN" or own_theme:
        return None
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in tok.children):
        return None
    return [] if _main_verb(tok) is not None else None


def actor_subject_of_a_fronted_gerund(r, tok, seen, own_theme):
    """ "After meeting Y, X accused Z": a prepositional gerund whose preposition precedes the main verb's object
    is done by the main verb's subject, not by its object (``actor_gerund_object`` reads "accused X of arming")."""
    if tok.dep_ != "pcomp" or tok.head.dep_ != "prep" or any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return None
    verb = _main_verb(tok)
    if verb is None:
        return None
    obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
    if obj is None or obj.i < tok.head.i:
        return None  # no object, or the gerund follows it: the next rules read it
    subj = subject(r, verb)
    if subj is None:
        return None
    return phrase_entities(r, subj)  # an unresolved pronoun: no actor, rather than the object


def patient_of_a_passive_adverbial(r, tok) -> list[str]:
    """Rule ``patient_of_a_passive_adverbial``: "While being arrested, X claimed...", "After being expelled by Y, X
    left": the understood subject of a passive adverbial (the main clause's subject) undergoes the act: its
    recipient."""
    if "patient_of_a_passive_adverbial" in r.off or tok.dep_ not in ADVERBIAL_DEPS or tok.tag_ != "VBN":
        return []
    if not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return []
    verb = _main_verb(tok)
    subj = (subject(r, verb) or passive_subject_of_the_main_clause(r, verb)) if verb is not None else None
    return phrase_entities(r, antecedent_of_relative_subject(r, verb, subj)) if subj is not None else []


def passive_subject_of_the_main_clause(r, verb):
    """Rule ``patient_passive_subject_of_the_main_clause``: a passive main clause lends its passive subject to the
    adverbial as well ("X was jailed after being convicted by Y", "X is being held after being arrested by Y"): it
    undergoes both acts."""
    if "patient_passive_subject_of_the_main_clause" in r.off:
        return None
    return next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)


def antecedent_of_relative_subject(r, verb, subj):
    """Rule ``patient_antecedent_of_the_relative``: when the clause that lends its subject is a relative clause, its
    subject is a relative pronoun ("X, who is being held after being arrested by Y", "X, who fled but was caught"),
    which names no one itself: the noun the clause describes undergoes the act."""
    if "patient_antecedent_of_the_relative" in r.off or subj.lower_ not in RELATIVE_PRONOUNS or verb.dep_ != "relcl":
        return subj
    return verb.head if verb.head.i < subj.i else subj


def patient_of_a_passive_conjunct(r, tok) -> list[str]:
    """Rule ``patient_of_a_passive_conjunct``: "the rebels advanced on the town but were beaten back by Y": a passive
    joined to an active clause, with no subject of its own, shares that clause's subject, which undergoes it."""
    if "patient_of_a_passive_conjunct" in r.off or tok.dep_ != "conj" or tok.tag_ != "VBN":
        return []
    if not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return []
    subj = subject(r, tok.head) if tok.head.pos_ in ("VERB", "AUX") else None
    return phrase_entities(r, antecedent_of_relative_subject(r, tok.head, subj)) if subj is not None else []


def actor_none_for_agentless_passive(r, tok, seen, own_theme):
    """A passive with no subject of its own and no by-phrase naming an actor: a conjunct ("the rebels advanced on the
    capital but were beaten back"), an infinitive ("the second president to be impeached") or a participle describing
    a noun ("the bodies of those killed", "activists detained last week").  The understood subject (the clause's or
    the noun's) undergoes the act; the doer is unnamed, never the actor of the clause above.  Acts that move the
    actor's own people or things (``own_theme``: "troops assembled and were deployed") keep their owner."""
    if own_theme:
        return None
    passive = any(c.dep_ == "auxpass" for c in tok.children) or (tok.dep_ == "acl" and tok.tag_ == "VBN")
    if not passive or any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "nsubj" for c in tok.children):
        return None
    return []
