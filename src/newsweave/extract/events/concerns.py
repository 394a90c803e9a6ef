"""Rule ``recipient_subject_of_the_feared_clause``: a concern or an alarm whose that-clause names who is feared to act.

"X expressed concern that Y might not honour the truce", "voiced alarm that Z's troops had crossed the border": the
feeling noun (``feeling_nouns`` in coder_words.tsv) names no recipient by a preposition, yet its clausal complement
(a that-clause hung on the noun) says whose conduct worries the speaker: the subject of that clause, PLOVER's
ACCUSE being disapproval aimed at a party.  It runs before ``output.inquiry_or_concern_aimed_at_no_one``, which drops
a concern aimed at no one ("concern that the treaty might collapse": a thing, no party, stays aimed at no one).
Real dev 2026-12-07 (608 texts, events): 2 true events more, no false one (tp 557 -> 559, F1 0.539 -> 0.540).
"""
from __future__ import annotations

from .output import PARTY_KINDS
from .phrases import best_entities
from .prior_targets import give_recipient
from .vocab import FEELING_NOUNS

RULE = "recipient_subject_of_the_feared_clause"


def feared_subject_parties(r, noun, actors) -> list[str]:
    """The parties the subject of the noun's that-clause names, none of them an actor."""
    out: list[str] = []
    # (the parser may hang the clause on the verb the noun is the object of: "expressed concern that Y ...")
    hosts = [noun] + ([noun.head] if noun.dep_ in ("dobj", "obj") else [])
    for clause in (c for h in hosts for c in h.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                   and c.i > noun.i):
        if not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            continue
        for s in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            # (the subject's own name, its owner or adjective: "Y", "Y's troops", "Argentine troops")
            out += [e for t in s.subtree if t.i in r.token_entities for e in best_entities(r, t.i)
                    if e not in out and e not in actors and getattr(r.entity(e), "kind", None) in PARTY_KINDS]
    return out


def with_feared_subjects(r, groups: list[list]) -> list[list]:
    """Each group of feeling nouns with an actor and no recipient nor target takes the one party its first
    mention's that-clause names as its subject."""
    if RULE in r.off:
        return groups
    for g in groups:
        f = g[0]
        if f.category != "ACCUSE" or not f.actor or any(m.recipient or m.target for m in g):
            continue
        span = r.doc.char_span(f.trigger, f.trigger + 1, alignment_mode="expand")
        if span is None or not len(span) or span[0].pos_ != "NOUN" or span[0].lemma_.lower() not in FEELING_NOUNS:
            continue
        got = feared_subject_parties(r, span[0], f.actor)
        if len(got) == 1:
            give_recipient(g, got[0], f"concerns:{RULE}")
    return groups
