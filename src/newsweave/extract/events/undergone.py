"""Who gets a nominal act that is the object of a verb of getting (a recipient rule run first by
``counterparts.apply_party_rules``, same signature as ``parties.PARTY_RULES``).

"Lima drew condemnation from Quito", "the minister faced criticism from the opposition", "the junta received a
warning from the bloc": the subject of ``RECEIVING_VERBS`` (coder_words.tsv receiving_verbs) gets the act, its
from-phrase makes it (``roles.maker_from_phrase``).  PLOVER codes the target of an accusation, a warning or a
backing as its recipient (manual, Event Categories); the subject is that target, never the act's maker, so
``roles.noun_actor`` never takes the getting verb's subject as the actor either.
"""
from __future__ import annotations

from .phrases import phrase_entities
from .vocab import OBJECT_DEPS, RECEIVING_VERBS


def getting_verb(tok):
    """The verb of getting whose object the noun trigger ``tok`` is, or None."""
    if tok.pos_ != "NOUN" or tok.dep_ not in OBJECT_DEPS:
        return None
    verb = tok.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in RECEIVING_VERBS else None


def recipient_subject_of_the_getting_verb(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_subject_of_the_getting_verb``: a nominal act that is the object of a verb of getting
    ("X drew condemnation from Y", "X faced criticism from Y") is aimed at the verb's subject (or, for a thing
    like "X's decision", at the one the subject's phrase names), not at any party of its own phrase."""
    verb = getting_verb(tok)
    if verb is None or joint or not actors:
        return None
    got = [e for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for e in phrase_entities(r, c)
           if e not in actors]
    return (actors, got) if got else None


GETTING_RULES = (recipient_subject_of_the_getting_verb,)
